/**
 * Local node:http servers standing in for what a real registry cannot be made to do on demand
 * (answer 429, redirect to blob storage, issue bearer tokens). Tests that use them say "fake".
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface FakeServer {
  /** `127.0.0.1:<port>` */
  host: string;
  url: string;
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];
  close(): Promise<void>;
}

export type FakeHandler = (
  /** `body` as text; `rawBody` as sent (binary uploads). */
  request: IncomingMessage & { body: string; rawBody: Buffer },
  response: ServerResponse,
) => void | Promise<void>;

export async function startFakeServer(
  handler: FakeHandler,
  address = '127.0.0.1',
): Promise<FakeServer> {
  const requests: FakeServer['requests'] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks);
      const body = rawBody.toString('utf8');
      requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body,
      });
      Promise.resolve(handler(Object.assign(request, { body, rawBody }), response)).catch(
        (error: unknown) => {
          response.statusCode = 500;
          response.end(String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const host = `${address}:${port}`;
  return {
    host,
    url: `http://${host}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(text);
}
