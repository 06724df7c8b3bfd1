/**
 * A registry having a bad day, on purpose: a real HTTP server on 127.0.0.1 in front of a real
 * registry that answers some requests itself, with 429 and Retry-After, with 503, or by
 * resetting the connection, and passes the rest through unchanged (the Host header kept, so
 * the registry's upload locations point back at the proxy).
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'none' | '429' | '503' | 'reset';

export interface FaultProxy {
  /** `127.0.0.1:<port>`: a registry host to use instead of the real one. */
  host: string;
  /** Every request, in order, with the fault it met. */
  log: { method: string; path: string; fault: Fault }[];
  close(): Promise<void>;
}

export interface FaultProxyOptions {
  /** The registry behind it, `127.0.0.1:<port>`. */
  upstream: string;
  /** The fault for the n-th request (from 0) of this method and path. */
  fault: (n: number, method: string, path: string) => Fault;
  /** Hold each request this long before answering or forwarding it: a slow link. */
  delayMs?: number;
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const [upstreamHost, upstreamPort] = options.upstream.split(':');
  const log: FaultProxy['log'] = [];
  let n = 0;
  const server = createServer((req, res) => {
    if (options.delayMs) {
      req.pause();
      setTimeout(() => handle(req, res), options.delayMs);
    } else handle(req, res);
  });
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const fault = options.fault(n++, method, path);
    log.push({ method, path, fault });
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault === '429' || fault === '503') {
      // Drain what the client sends first: an unread upload body would stall the connection.
      req.resume();
      req.on('end', () => {
        res
          .writeHead(Number(fault), {
            'content-type': 'application/json',
            ...(fault === '429' ? { 'retry-after': '1' } : {}),
          })
          .end(
            JSON.stringify({
              errors: [
                {
                  code: fault === '429' ? 'TOOMANYREQUESTS' : 'UNAVAILABLE',
                  message: 'injected by the test',
                },
              ],
            }),
          );
      });
      return;
    }
    const forward = httpRequest(
      {
        host: upstreamHost,
        port: Number(upstreamPort),
        method,
        path,
        headers: req.headers,
      },
      (upstream) => {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(res);
      },
    );
    forward.on('error', () => req.socket.destroy());
    req.pipe(forward);
    req.resume();
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
