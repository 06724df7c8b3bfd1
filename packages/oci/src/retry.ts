/**
 * When and how long to wait before trying a request again.
 */

/** 429 and 5xx are worth another try, except 501 (the server will never do it). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

/**
 * Retry-After in milliseconds: either delay-seconds or an HTTP date. Undefined when absent or
 * unreadable; 0 for a date in the past.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export interface BackoffOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  /** A number in [0, 1): the jitter. */
  random: () => number;
}

/**
 * The delay before retry number `attempt` (0 for the first retry): exponential, capped, with
 * "equal jitter" (half fixed, half random) so clients that failed together do not come back
 * together, yet never retry at once.
 */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.round(exponential / 2 + (exponential / 2) * options.random());
}

/**
 * The delay to use: what the server asked for in Retry-After (capped), but never less than the
 * backoff.
 */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  options: BackoffOptions,
): number {
  const backoff = backoffDelay(attempt, options);
  if (retryAfterMs === undefined) return backoff;
  return Math.max(backoff, Math.min(retryAfterMs, options.maxDelayMs));
}
