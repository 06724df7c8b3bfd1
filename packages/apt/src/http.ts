/**
 * GET with bounded retries: network errors, 429 and 5xx are retried with exponential backoff,
 * or after the server's Retry-After when it gives one (capped, so a server cannot stall a build).
 */
import { HttpError, errorText } from './errors.js';

export interface HttpOptions {
  fetch: typeof globalThis.fetch;
  /** Retries after the first attempt. */
  retries: number;
  /** Waits between attempts; replaced in tests. */
  sleep?: (ms: number) => Promise<void>;
}

export interface GetOptions {
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
}

export type HttpResult = { status: 200; body: Uint8Array } | { status: 404 };

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

function retryable(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Milliseconds from a Retry-After header (delta-seconds or an HTTP date), capped. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(ms, 0), MAX_DELAY_MS);
}

function backoffMs(attempt: number): number {
  const exp = BASE_DELAY_MS * 2 ** attempt;
  return Math.min(exp + Math.random() * BASE_DELAY_MS, MAX_DELAY_MS);
}

/**
 * The body of `url` for 200, `{ status: 404 }` for 404 (callers decide what a missing file
 * means), and HttpError for anything else once retries are spent.
 */
export async function httpGet(
  url: string,
  options: HttpOptions,
  get: GetOptions = {},
): Promise<HttpResult> {
  const sleep = options.sleep ?? defaultSleep;
  const attempts = Math.max(0, Math.floor(options.retries)) + 1;
  let last: HttpError | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    let delay: number | undefined;
    try {
      const response = await options.fetch(url, {
        redirect: 'follow',
        ...(get.revalidate ? { headers: { 'cache-control': 'no-cache', pragma: 'no-cache' } } : {}),
      });
      if (response.status === 200) {
        // Reading the body can fail mid-way too (connection reset): that is retried below.
        const body = await readBody(url, response, get.limit);
        return { status: 200, body };
      }
      await response.body?.cancel().catch(() => undefined);
      if (response.status === 404) return { status: 404 };
      const reason = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      if (!retryable(response.status)) throw new HttpError(url, response.status, reason);
      last = new HttpError(url, response.status, `${reason} (after ${attempt + 1} attempts)`);
      delay = retryAfterMs(response.headers.get('retry-after'));
    } catch (error) {
      if (error instanceof HttpError) throw error;
      last = new HttpError(
        url,
        undefined,
        `${errorText(error)}${causeText(error)} (after ${attempt + 1} attempts)`,
        { cause: error },
      );
    }
    if (attempt + 1 < attempts) await sleep(delay ?? backoffMs(attempt));
  }
  throw last ?? new HttpError(url, undefined, 'no attempt made');
}

async function readBody(
  url: string,
  response: Response,
  limit: GetOptions['limit'],
): Promise<Uint8Array> {
  if (!limit || !response.body) return new Uint8Array(await response.arrayBuffer());
  const tooLong = (what: string): HttpError =>
    new HttpError(
      url,
      200,
      `the answer is longer than ${limit.bytes} bytes (${limit.reason}): ${what}`,
    );
  const announced = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(announced) && announced > limit.bytes) {
    await response.body.cancel().catch(() => undefined);
    throw tooLong(`the mirror announced ${announced} bytes, and none were read`);
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit.bytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLong(`reading stopped after ${total} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
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
