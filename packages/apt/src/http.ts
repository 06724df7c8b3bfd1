/**
 * GET with bounded retries, by the project's one retry policy (@pgforge/http, shared with the
 * registry client): 429 and 5xx but 501 are retried with exponential backoff, or after the
 * server's Retry-After when it gives one (capped, so a server cannot stall a build); a reset or a
 * timeout is retried; a host that does not resolve or refuses the connection is not, since the
 * same request would meet the same answer.
 */
import {
  BodyTooLargeError,
  classifyNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  readBody,
  retryDelay,
} from '@pgforge/http';
import { HttpError, errorText } from './errors.js';

export interface HttpOptions {
  fetch: typeof globalThis.fetch;
  /** Retries after the first attempt. */
  retries: number;
  /** Waits between attempts; replaced in tests. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * What is fed a body as it arrives (an index decompressed while it downloads): one per attempt
 * that gets a 200, so that a body cut off and fetched again is not fed twice.
 */
export interface BodyTap<T> {
  write(chunk: Uint8Array): void;
  /** The whole body was written: what the tap made of it. */
  end(): T;
  /** The attempt failed: what was written is thrown away. */
  abort(): void;
}

export interface GetOptions<T = unknown> {
  /**
   * Ask every cache on the way (a proxy, a CDN in front of the mirror) to revalidate with the
   * origin: after a checksum mismatch the copy a cache holds may be the stale one.
   */
  revalidate?: boolean;
  /**
   * The most bytes the answer may hold: a longer one (by Content-Length, or counted as it
   * arrives) fails at once with HttpError, not retried, with no more than this held.
   */
  limit?: { bytes: number; reason: string };
  /** Makes a tap for each attempt's body; the result holds what the last one made (`tapped`). */
  tap?: () => BodyTap<T>;
}

export type HttpResult<T = unknown> =
  { status: 200; body: Uint8Array; tapped?: T } | { status: 404 };

const BACKOFF = { baseDelayMs: 500, maxDelayMs: 30_000, random: Math.random };

const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

const attemptsText = (attempts: number): string =>
  ` (after ${attempts} attempt${attempts === 1 ? '' : 's'})`;

/**
 * The body of `url` for 200, `{ status: 404 }` for 404 (callers decide what a missing file
 * means), and HttpError for anything else once retries are spent.
 */
export async function httpGet<T = unknown>(
  url: string,
  options: HttpOptions,
  get: GetOptions<T> = {},
): Promise<HttpResult<T>> {
  const sleep = options.sleep ?? defaultSleep;
  const attempts = Math.max(0, Math.floor(options.retries)) + 1;
  let last: HttpError | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    let retryAfter: number | undefined;
    try {
      const response = await options.fetch(url, {
        redirect: 'follow',
        ...(get.revalidate ? { headers: { 'cache-control': 'no-cache', pragma: 'no-cache' } } : {}),
      });
      if (response.status === 200) {
        // Reading the body can fail mid-way too (connection reset): that is retried below.
        const tap = get.tap?.();
        let body: Uint8Array;
        try {
          body = await readLimited(url, response, get.limit, tap);
        } catch (error) {
          tap?.abort();
          throw error;
        }
        return tap ? { status: 200, body, tapped: tap.end() } : { status: 200, body };
      }
      await response.body?.cancel().catch(() => undefined);
      if (response.status === 404) return { status: 404 };
      const reason = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      if (!isRetryableStatus(response.status)) throw new HttpError(url, response.status, reason);
      last = new HttpError(url, response.status, `${reason}${attemptsText(attempt + 1)}`);
      retryAfter = parseRetryAfter(response.headers.get('retry-after'), Date.now());
    } catch (error) {
      if (error instanceof HttpError) throw error;
      const verdict = classifyNetworkError(error);
      const text = `${errorText(error)}${causeText(error)}`;
      if (!verdict.retry) {
        throw new HttpError(url, undefined, `${text} (${verdict.why}: not retried)`, {
          cause: error,
        });
      }
      last = new HttpError(url, undefined, `${text}${attemptsText(attempt + 1)}`, {
        cause: error,
      });
    }
    if (attempt + 1 < attempts) await sleep(retryDelay(attempt, retryAfter, BACKOFF));
  }
  throw last ?? new HttpError(url, undefined, 'no attempt made');
}

async function readLimited(
  url: string,
  response: Response,
  limit: GetOptions['limit'],
  tap: BodyTap<unknown> | undefined,
): Promise<Uint8Array> {
  try {
    return await readBody(response, limit?.bytes, tap && ((chunk) => tap.write(chunk)));
  } catch (error) {
    if (!(error instanceof BodyTooLargeError) || !limit) throw error;
    const what = error.announced
      ? `the mirror announced ${error.bytes} bytes, and none were read`
      : `reading stopped after ${error.bytes} bytes`;
    throw new HttpError(
      url,
      200,
      `the answer is longer than ${limit.bytes} bytes (${limit.reason}): ${what}`,
    );
  }
}

/** fetch's "fetch failed" hides the reason (ECONNREFUSED, ENOTFOUND) in `cause`. */
function causeText(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause === undefined) return '';
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  const text = errorText(cause);
  return `: ${code && !text.includes(code) ? `${code} ` : ''}${text}`;
}
