/**
 * Which failed HTTP attempts are worth another, and how long to wait before it. The registry
 * client and the APT client both ask here, so a registry and a mirror are treated alike.
 *
 * Worth another try: what a moment may mend (a server busy or restarting, a connection reset,
 * a timeout, 429). Not worth it: what the same request will meet again (a name that does not
 * resolve, a port nobody listens on, a method the server does not implement); retrying those
 * only makes a user wait for the same error.
 */

/** 429 and 5xx are worth another try, except 501 (the server will never do it). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

/**
 * Network error codes that asking again within seconds will not change, with the reason told to
 * the user. EAI_AGAIN is a resolver's "try again", but on a machine that reaches no resolver (or
 * none that knows the name) it answers the same for minutes: the user is better served by the
 * error now than by the same error after the backoff.
 */
const FINAL_CODES: Readonly<Record<string, string>> = {
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name does not resolve',
  ECONNREFUSED: 'nothing listens there (connection refused)',
  EHOSTUNREACH: 'there is no route to the host',
  ENETUNREACH: 'there is no route to the network',
  // TLS: the certificate will be the same one on the next attempt.
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its TLS certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate is for another name',
};

/** undici refuses some ports (fetch's "bad port" list) before connecting, with no code. */
const FINAL_MESSAGES: readonly [RegExp, string][] = [[/^bad port$/, 'fetch refuses that port']];

export interface NetworkVerdict {
  /** Whether another attempt may succeed. */
  retry: boolean;
  /** The system or undici code found in the error's causes (ECONNRESET, UND_ERR_SOCKET). */
  code?: string;
  /** Why another attempt would not help, for the message: `the host name does not resolve`. */
  why?: string;
}

/** The errors an error stands for: itself, its `cause` chain and an AggregateError's members. */
function errorsWithin(error: unknown, depth = 0): unknown[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const found: unknown[] = [error];
  // Happy eyeballs (IPv4 and IPv6 tried together) reports an AggregateError of both attempts.
  const members = (error as { errors?: unknown }).errors;
  if (Array.isArray(members)) for (const m of members) found.push(...errorsWithin(m, depth + 1));
  found.push(...errorsWithin((error as { cause?: unknown }).cause, depth + 1));
  return found;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/**
 * Whether a request that got no HTTP answer (fetch threw, or the body broke off) is worth
 * another try. fetch reports "fetch failed" and keeps the system error in `cause`; the verdict
 * is final when every code found there is. Anything unknown is retried: a failure no one has
 * seen before is more likely a passing one than a permanent one.
 */
export function classifyNetworkError(error: unknown): NetworkVerdict {
  const within = errorsWithin(error);
  const codes = within.map(codeOf).filter((c): c is string => c !== undefined);
  // Final only when every attempt failed for a final reason: happy eyeballs on a runner
  // without IPv6 reports ENETUNREACH for the IPv6 address beside the IPv4 attempt's own
  // (a timeout or a reset), and that one is worth another try.
  const final = codes.find((code) => FINAL_CODES[code] !== undefined);
  if (final !== undefined && codes.every((code) => FINAL_CODES[code] !== undefined)) {
    return { retry: false, code: final, why: FINAL_CODES[final] ?? '' };
  }
  for (const e of within) {
    const message = e instanceof Error ? e.message : '';
    for (const [pattern, why] of FINAL_MESSAGES) {
      if (pattern.test(message)) return { retry: false, why };
    }
  }
  const code = codes[0];
  return code === undefined ? { retry: true } : { retry: true, code };
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
 * The delay to use: what the server asked for in Retry-After (capped, so a server cannot stall
 * a build), but never less than the backoff.
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
