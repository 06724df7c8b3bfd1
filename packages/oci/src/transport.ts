/**
 * HTTP for the registry client: one request with retries (network errors, 429, 5xx), redirects
 * followed by hand so that Authorization never goes to another host, and a timeout per attempt.
 * Authentication sits one layer up (registry-http.ts); the token requests go through here too.
 */
import {
  BodyTooLargeError,
  classifyNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  readBody,
  retryDelay,
} from '@pgforge/http';
import { RegistryError, ResponseTooLargeError, statusMessage } from './errors.js';
import type { RegistryErrorDetails } from './errors.js';

export interface RetryInfo {
  /** The attempt that failed, from 1. */
  attempt: number;
  /** How many retries are allowed in all. */
  retries: number;
  delayMs: number;
  method: string;
  /** Without the query string, which may hold a signature for blob storage. */
  url: string;
  registry: string;
  status?: number;
  /** `429 Too Many Requests`, `connect ECONNREFUSED 127.0.0.1:5000`. */
  reason: string;
}

export interface TransportOptions {
  fetch: typeof globalThis.fetch;
  retries: number;
  retryBaseDelayMs: number;
  maxRetryDelayMs: number;
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  userAgent: string;
  onRetry?: (info: RetryInfo) => void;
}

export interface HttpRequest {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  /** For messages. */
  registry: string;
  repository?: string;
  /**
   * Retries for this request instead of the client's. Upload steps (PATCH, the closing PUT)
   * pass 0: after a failure the state of the upload session is unknown, and the upload restarts
   * as a whole (upload.ts) rather than resending one step.
   */
  retries?: number;
  /**
   * The most bytes the answer's body may hold. A longer one (announced by Content-Length, or
   * counted as it streams) stops the request with ResponseTooLargeError, never retried, and
   * no more than `bytes` of it is held.
   */
  bodyLimit?: BodyLimit;
}

export interface BodyLimit {
  bytes: number;
  /** What the answer is, for the message: `manifest ghcr.io/x/y:1`. */
  what: string;
  /** The limit, for the message: `4 MiB (the limit for manifests and indexes)`. */
  text: string;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Headers;
  /** Where the answer came from, after redirects. */
  url: URL;
  body: Uint8Array;
  attempts: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

// A failure that never produced an HTTP status (refused, reset, timed out, no such host).
class NetworkFailure extends Error {
  /**
   * Why asking again would meet the same failure (a name that does not resolve, a port nobody
   * listens on), as the shared retry policy judges; undefined when another attempt may succeed.
   */
  readonly final: string | undefined;

  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    const verdict = classifyNetworkError(options.cause);
    this.final = verdict.retry ? undefined : verdict.why;
  }
}

/** The request never got an HTTP answer (refused, reset, timed out), after every retry. */
export class RegistryNetworkError extends RegistryError {
  /** False when another attempt would meet the same failure (the policy said: not retried). */
  readonly retryable: boolean;

  constructor(
    message: string,
    details: RegistryErrorDetails,
    options?: { cause?: unknown; retryable?: boolean },
  ) {
    super(message, details, options);
    this.name = 'RegistryNetworkError';
    this.retryable = options?.retryable ?? true;
  }
}

/** What a failed attempt left to decide the wait by. */
export interface FailedAttempt {
  /** The answer, when there was one (its Retry-After counts). */
  response?: Pick<HttpResponse, 'status' | 'statusText' | 'headers'> &
    Partial<Pick<HttpResponse, 'body'>>;
  /** Why, when there was no answer or it is not the whole story. */
  reason?: string;
}

/** The URL as it may appear in messages: no query (signed storage URLs), no credentials. */
export function safeUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/** The body of `response`, read no further than the request's limit allows. */
async function readLimited(response: Response, request: HttpRequest): Promise<Uint8Array> {
  const limit = request.bodyLimit;
  try {
    return await readBody(response, limit?.bytes);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError) || !limit) throw error;
    throw new ResponseTooLargeError(
      limit.what,
      limit.bytes,
      limit.text,
      error.bytes,
      error.announced,
      {
        registry: request.registry,
        repository: request.repository,
        status: response.status,
      },
    );
  }
}

export class Transport {
  constructor(private readonly options: TransportOptions) {}

  /** Sends `request`, retrying what is worth retrying; a final 5xx or 429 is returned, not thrown. */
  async send(request: HttpRequest): Promise<HttpResponse> {
    const retries = request.retries ?? this.options.retries;
    for (let attempt = 1; ; attempt++) {
      let outcome: Omit<HttpResponse, 'attempts'> | NetworkFailure;
      try {
        outcome = await this.once(request);
      } catch (error) {
        if (!(error instanceof NetworkFailure)) throw error;
        outcome = error;
      }
      if (!(outcome instanceof NetworkFailure) && !isRetryableStatus(outcome.status)) {
        return { ...outcome, attempts: attempt };
      }
      const final = outcome instanceof NetworkFailure ? outcome.final : undefined;
      if (attempt > retries || final !== undefined) {
        if (outcome instanceof NetworkFailure) {
          throw new RegistryNetworkError(
            statusMessage(
              undefined,
              request,
              `${request.method} ${safeUrl(request.url)} failed: ${outcome.message}` +
                (final !== undefined
                  ? ` (${final}: not retried)`
                  : attempt > 1
                    ? ` (${attempt} attempts)`
                    : ''),
            ),
            { registry: request.registry, repository: request.repository },
            { cause: outcome.cause, retryable: final === undefined },
          );
        }
        return { ...outcome, attempts: attempt };
      }
      await this.waitBeforeRetry(
        { method: request.method, url: request.url, registry: request.registry },
        attempt,
        retries,
        outcome instanceof NetworkFailure ? { reason: outcome.message } : { response: outcome },
      );
    }
  }

  /**
   * Waits before retry number `attempt` (from 1) as the policy says (backoff with jitter, or
   * Retry-After when longer) and reports it to onRetry. Exposed for operations that retry a
   * sequence of requests as a whole (a blob upload).
   */
  async waitBeforeRetry(
    request: { method: string; url: URL; registry: string },
    attempt: number,
    retries: number,
    failed: FailedAttempt,
  ): Promise<void> {
    const response = failed.response;
    const retryAfterMs = response
      ? parseRetryAfter(response.headers.get('retry-after'), this.options.now())
      : undefined;
    const delayMs = retryDelay(attempt - 1, retryAfterMs, {
      baseDelayMs: this.options.retryBaseDelayMs,
      maxDelayMs: this.options.maxRetryDelayMs,
      random: this.options.random,
    });
    const info: RetryInfo = {
      attempt,
      retries,
      delayMs,
      method: request.method,
      url: safeUrl(request.url),
      registry: request.registry,
      reason:
        failed.reason ??
        (response ? `${response.status} ${response.statusText}`.trim() : 'the request failed'),
    };
    if (response) info.status = response.status;
    this.options.onRetry?.(info);
    await this.options.sleep(delayMs);
  }

  /** Retries after the first attempt, unless a request says otherwise. */
  get retries(): number {
    return this.options.retries;
  }

  private async once(request: HttpRequest): Promise<Omit<HttpResponse, 'attempts'>> {
    let url = request.url;
    let method = request.method;
    let body = request.body;
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      ...request.headers,
    };
    for (let hop = 0; ; hop++) {
      let response: Response;
      try {
        response = await this.options.fetch(url, {
          method,
          headers,
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
      } catch (error) {
        throw this.networkFailure(error);
      }
      const location = response.headers.get('location');
      if (REDIRECTS.has(response.status) && location) {
        await response.body?.cancel().catch(() => undefined);
        if (hop >= MAX_REDIRECTS) {
          throw new RegistryError(
            statusMessage(
              response.status,
              request,
              `more than ${MAX_REDIRECTS} redirects from ${safeUrl(request.url)}`,
            ),
            { registry: request.registry, repository: request.repository },
          );
        }
        const next = new URL(location, url);
        if (next.origin !== url.origin) {
          // Blob storage (S3, GCS) authenticates with the signed URL; the registry's
          // credentials are not for it.
          delete headers.authorization;
        }
        if (
          response.status === 303 ||
          ((response.status === 301 || response.status === 302) && method === 'POST')
        ) {
          if (method !== 'HEAD') method = 'GET';
          body = undefined;
          delete headers['content-type'];
        }
        url = next;
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = method === 'HEAD' ? new Uint8Array() : await readLimited(response, request);
      } catch (error) {
        if (error instanceof RegistryError) throw error;
        throw this.networkFailure(error);
      }
      return {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        url,
        body: bytes,
      };
    }
  }

  private networkFailure(error: unknown): NetworkFailure {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      return new NetworkFailure(`no answer within ${this.options.timeoutMs / 1000} s`, {
        cause: error,
      });
    }
    // fetch reports "fetch failed" and keeps the reason (ECONNREFUSED, ECONNRESET) in `cause`.
    const cause = error instanceof Error ? (error.cause ?? error) : error;
    const message =
      cause instanceof Error
        ? cause.message
        : typeof cause === 'string'
          ? cause
          : 'the connection failed';
    return new NetworkFailure(message, { cause: error });
  }
}
