/**
 * A local APT repository for tests: files served by node:http on 127.0.0.1 (port 0), with the
 * requests it saw and knobs to fail, stall or corrupt particular paths.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedFailure {
  status: number;
  headers?: Record<string, string>;
}

export interface RepoServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234/pgdg */
  url: string;
  /** Paths (relative to `url`) of every request, in order. */
  requests: string[];
  /** Served files by path relative to `url`; change them at will. */
  files: Map<string, Uint8Array>;
  /** Per path, answers to give before serving the file (one per request). */
  failures: Map<string, (ServedFailure | 'reset')[]>;
  close(): Promise<void>;
}

export async function startRepoServer(
  files: Map<string, Uint8Array>,
  prefix = '/pgdg',
): Promise<RepoServer> {
  const requests: string[] = [];
  const failures = new Map<string, (ServedFailure | 'reset')[]>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.startsWith(`${prefix}/`)
      ? url.pathname.slice(prefix.length + 1)
      : undefined;
    requests.push(path ?? url.pathname);
    const failure = path === undefined ? undefined : failures.get(path)?.shift();
    if (failure === 'reset') {
      req.socket.destroy();
      return;
    }
    if (failure) {
      res.writeHead(failure.status, failure.headers ?? {});
      res.end(`failure ${failure.status}`);
      return;
    }
    const body = path === undefined ? undefined : files.get(path);
    if (req.method !== 'GET' || body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': body.length,
    });
    res.end(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    files,
    failures,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
