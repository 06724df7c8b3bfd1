/**
 * A fetch that records every request the client sends to the real registry and can fail chosen
 * ones (a synthetic 503, a dropped connection) before or after they reach it: instrumentation of
 * the real registry, not a fake of it.
 */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  /** The registry's answer; absent when the request was failed before reaching it. */
  status?: number;
  /** True for requests the wrapper failed. */
  injected?: boolean;
}

export type Injection =
  /** Answer this instead of sending the request. */
  | { respond: Response }
  /** Throw as fetch does on a refused or reset connection, before sending. */
  | { dropBefore: true }
  /** Send it, let the registry act on it, then lose the answer. */
  | { dropAfter: true };

export interface InstrumentedFetch {
  fetch: typeof globalThis.fetch;
  requests: SeenRequest[];
  /** `PATCH /v2/x/blobs/uploads/…` lines, without query strings. */
  lines(): string[];
}

function networkError(): TypeError {
  return new TypeError('fetch failed', { cause: new Error('read ECONNRESET (injected)') });
}

export function instrumentedFetch(
  inject: (request: SeenRequest, index: number) => Injection | undefined = () => undefined,
): InstrumentedFetch {
  const requests: SeenRequest[] = [];
  const wrapped = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const seen: SeenRequest = { method: init?.method ?? 'GET', url, headers };
    requests.push(seen);
    const injection = inject(seen, requests.length - 1);
    if (injection && 'respond' in injection) {
      seen.injected = true;
      seen.status = injection.respond.status;
      return injection.respond;
    }
    if (injection && 'dropBefore' in injection) {
      seen.injected = true;
      throw networkError();
    }
    const response = await fetch(input, init);
    seen.status = response.status;
    if (injection && 'dropAfter' in injection) {
      seen.injected = true;
      await response.arrayBuffer();
      throw networkError();
    }
    return response;
  };
  return {
    fetch: wrapped as typeof globalThis.fetch,
    requests,
    lines: () => requests.map((r) => `${r.method} ${r.url.pathname}`),
  };
}
