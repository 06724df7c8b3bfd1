import { describe, expect, it } from 'vitest';
import { HttpError } from '@pgforge/apt';
import { httpGet } from '../src/http.js';

type Answer = Response | Error;

/** A fake fetch answering from a list, recording the URLs asked for. */
function fakeFetch(answers: Answer[]) {
  const calls: string[] = [];
  const fetch = (async (input: string | URL | Request) => {
    calls.push(String(input));
    const answer = answers.shift();
    if (answer === undefined) throw new Error('no more answers');
    if (answer instanceof Error) throw answer;
    return answer;
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

function recordingSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

describe('httpGet', () => {
  it('returns the body of a 200', async () => {
    const { fetch } = fakeFetch([new Response('hello')]);
    const result = await httpGet('http://m/x', { fetch, retries: 3 });
    expect(result.status).toBe(200);
    expect(result.status === 200 && Buffer.from(result.body).toString()).toBe('hello');
  });

  it('reports 404 to the caller without retrying', async () => {
    const { fetch, calls } = fakeFetch([new Response('', { status: 404 })]);
    expect(await httpGet('http://m/x', { fetch, retries: 3 })).toEqual({ status: 404 });
    expect(calls).toHaveLength(1);
  });

  it('retries 429 and 5xx, honouring Retry-After', async () => {
    const { fetch, calls } = fakeFetch([
      new Response('', { status: 429, headers: { 'retry-after': '2' } }),
      new Response('', { status: 503 }),
      new Response('ok'),
    ]);
    const { sleep, delays } = recordingSleep();
    const result = await httpGet('http://m/x', { fetch, retries: 3, sleep });
    expect(result.status).toBe(200);
    expect(calls).toHaveLength(3);
    expect(delays[0]).toBe(2000);
    expect(delays[1]).toBeGreaterThanOrEqual(500); // backoff after the second attempt, jittered
  });

  it('retries a reset connection and gives up after the bound, naming URL and cause', async () => {
    const reset = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
    });
    const { fetch, calls } = fakeFetch([reset, reset, reset]);
    const { sleep, delays } = recordingSleep();
    const error = await httpGet('http://m/x', { fetch, retries: 2, sleep }).catch((e) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toBe(
      'GET http://m/x failed: fetch failed: read ECONNRESET (after 3 attempts)',
    );
    expect(calls).toHaveLength(3);
    expect(delays).toHaveLength(2);
    expect(delays[1]).toBeGreaterThan(delays[0] as number);
  });

  it('does not retry a refused connection, and says why', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
    });
    const { fetch, calls } = fakeFetch([refused, refused, refused]);
    const { sleep, delays } = recordingSleep();
    const error = await httpGet('http://m/x', { fetch, retries: 2, sleep }).catch((e) => e);
    expect(error.message).toBe(
      'GET http://m/x failed: fetch failed: connect ECONNREFUSED 127.0.0.1:9 (nothing listens there (connection refused): not retried)',
    );
    expect(calls).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('does not retry 501, which the server will never do', async () => {
    const { fetch, calls } = fakeFetch([new Response('', { status: 501 })]);
    const error = await httpGet('http://m/x', { fetch, retries: 3 }).catch((e) => e);
    expect(error.status).toBe(501);
    expect(calls).toHaveLength(1);
  });

  it('fails at once on other statuses, with URL and status', async () => {
    const { fetch, calls } = fakeFetch([
      new Response('', { status: 403, statusText: 'Forbidden' }),
    ]);
    const error = await httpGet('http://m/x', { fetch, retries: 3 }).catch((e) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(403);
    expect(error.message).toBe('GET http://m/x failed: HTTP 403 Forbidden');
    expect(calls).toHaveLength(1);
  });

  it('gives up on a 500 after the bound, saying how many attempts', async () => {
    const { fetch } = fakeFetch([
      new Response('', { status: 500 }),
      new Response('', { status: 500 }),
    ]);
    const { sleep } = recordingSleep();
    await expect(httpGet('http://m/x', { fetch, retries: 1, sleep })).rejects.toThrow(
      'GET http://m/x failed: HTTP 500 (after 2 attempts)',
    );
  });
});
