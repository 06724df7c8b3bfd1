/**
 * A Debian mirror caught mid-sync, on purpose: a real HTTP server on 127.0.0.1 in front of the
 * real mirror, which answers 404 to every `by-hash/` path (as this machine's mirror did for the
 * hashes its InRelease listed) and serves chosen files altered. Everything else is passed
 * through unchanged, so InRelease still carries the archive's real signature.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A replacement for one file (a path below the mirror URI, e.g. `dists/sid/InRelease`). */
export type Alteration = (original: Uint8Array) => Promise<Uint8Array> | Uint8Array;

export interface MirrorProxy {
  /** The proxy's archive URI, to put where the mirror's would go. */
  url: string;
  /** Each request, in order: its path and the headers it came with. */
  requests: { path: string; headers: IncomingHttpHeaders }[];
  /** Files to alter, by path; may be changed between runs. */
  alter: Map<string, Alteration>;
  close(): Promise<void>;
}

export async function startMirrorProxy(mirror: string): Promise<MirrorProxy> {
  const upstream = mirror.replace(/\/+$/, '');
  const requests: MirrorProxy['requests'] = [];
  const alter = new Map<string, Alteration>();
  // An altered file is made once: a Contents index takes seconds to rewrite.
  const made = new Map<string, Promise<Uint8Array>>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.replace(/^\/+/, '');
    requests.push({ path, headers: req.headers });
    const reply = async (): Promise<void> => {
      if (req.method !== 'GET' || path.includes('/by-hash/')) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found (mid-sync)');
        return;
      }
      const response = await fetch(`${upstream}/${path}`);
      if (response.status !== 200) {
        res.writeHead(response.status).end();
        return;
      }
      let body: Uint8Array = new Uint8Array(await response.arrayBuffer());
      const change = alter.get(path);
      if (change) {
        let pending = made.get(path);
        if (!pending) {
          pending = Promise.resolve(change(body));
          made.set(path, pending);
        }
        body = await pending;
      }
      res
        .writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': body.length,
        })
        .end(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    };
    reply().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(502);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    alter,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
