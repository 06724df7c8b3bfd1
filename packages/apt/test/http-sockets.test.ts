/**
 * httpGet against real sockets (no fake fetch): a port nobody listens on, a name that does not
 * resolve, and local servers that answer 503 then 200, reset the connection, or break off a
 * body. What is retried is what the project's one retry policy (@pgforge/http) says.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { isRetryableStatus } from '@pgforge/http';
import { HttpError } from '../src/errors.js';
import { httpGet } from '../src/http.js';
import { freePort } from '@pgforge/testkit';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
});

/** A server on 127.0.0.1 answering the n-th request (from 1) with `handler`. */
async function serve(
  handler: (n: number, req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; requests: () => number }> {
  let n = 0;
  const server = createServer((req, res) => handler(++n, req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/dists/x/InRelease`, requests: () => n };
}

/** The first answer breaks off after 10 of its 100 bytes; the next ones are whole. */
function brokenOffOnce(n: number, _req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-length': '100' });
  if (n === 1) {
    res.write('x'.repeat(10));
    setTimeout(() => res.socket?.destroy(), 20);
  } else res.end('y'.repeat(100));
}

function recording() {
  const sleeps: number[] = [];
  return {
    sleeps,
    options: {
      fetch: globalThis.fetch,
      retries: 3,
      sleep: async (ms: number) => void sleeps.push(ms),
    },
  };
}

describe('httpGet on real sockets', () => {
  it('a closed port: one attempt, no wait, saying why', async () => {
    const port = await freePort();
    const { options, sleeps } = recording();
    const started = Date.now();
    const error = await httpGet(`http://127.0.0.1:${port}/x`, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as Error).message).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    expect((error as Error).message).toContain('connection refused): not retried');
    expect(sleeps).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a name that does not resolve: one attempt, no wait', async () => {
    const { options, sleeps } = recording();
    const error = await httpGet('http://no-such-mirror.invalid/x', options).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(
      /getaddrinfo (ENOTFOUND|EAI_AGAIN) no-such-mirror\.invalid.*\(the host name does not resolve: not retried\)$/,
    );
    expect(sleeps).toEqual([]);
  });

  it('503 then 200: retried, the body read', async () => {
    const server = await serve((n, _req, res) => {
      res.writeHead(n === 1 ? 503 : 200);
      res.end(n === 1 ? '' : 'signed');
    });
    const { options, sleeps } = recording();
    const result = await httpGet(server.url, options);
    expect(result.status === 200 && Buffer.from(result.body).toString()).toBe('signed');
    expect(server.requests()).toBe(2);
    expect(sleeps).toHaveLength(1);
  });

  it('429 with Retry-After: 2: waits what the server asked', async () => {
    const server = await serve((n, _req, res) => {
      res.writeHead(n === 1 ? 429 : 200, n === 1 ? { 'retry-after': '2' } : {});
      res.end('ok');
    });
    const { options, sleeps } = recording();
    expect((await httpGet(server.url, options)).status).toBe(200);
    expect(sleeps).toEqual([2000]);
  });

  it('a connection reset before any answer: retried', async () => {
    const server = await serve((n, req, res) => {
      if (n === 1) req.socket.resetAndDestroy();
      else res.end('ok');
    });
    const { options, sleeps } = recording();
    expect((await httpGet(server.url, options)).status).toBe(200);
    expect(server.requests()).toBe(2);
    expect(sleeps).toHaveLength(1);
  });

  it('a body broken off mid-way: retried', async () => {
    const server = await serve(brokenOffOnce);
    const { options } = recording();
    const result = await httpGet(server.url, options);
    expect(result.status === 200 && result.body.length).toBe(100);
    expect(server.requests()).toBe(2);
  });

  it('a body broken off mid-way, tapped: that attempt’s tap is aborted, the next one’s ends', async () => {
    const server = await serve(brokenOffOnce);
    const taps: { written: string; ended: boolean; aborted: boolean }[] = [];
    const tap = () => {
      const seen = { written: '', ended: false, aborted: false };
      taps.push(seen);
      return {
        write: (chunk: Uint8Array) => void (seen.written += Buffer.from(chunk).toString()),
        end: () => ((seen.ended = true), seen.written.length),
        abort: () => void (seen.aborted = true),
      };
    };
    const { options } = recording();
    const result = await httpGet(server.url, options, { tap });
    expect(result).toMatchObject({ status: 200, tapped: 100 });
    expect(taps).toEqual([
      { written: 'x'.repeat(10), ended: false, aborted: true },
      { written: 'y'.repeat(100), ended: true, aborted: false },
    ]);
  });

  it.each([500, 501, 502, 503, 504, 429, 403])(
    'status %i: as many attempts as the shared policy says',
    async (status) => {
      const server = await serve((_n, _req, res) => {
        res.writeHead(status);
        res.end();
      });
      const { options } = recording();
      await expect(httpGet(server.url, options)).rejects.toBeInstanceOf(HttpError);
      expect(server.requests()).toBe(isRetryableStatus(status) ? options.retries + 1 : 1);
    },
  );
});
