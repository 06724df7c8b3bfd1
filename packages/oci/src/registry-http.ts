/**
 * The one request pipeline every registry call goes through: the registry's base URL (http for
 * insecure registries), authentication (auth.ts) and retries and redirects (transport.ts).
 * Reads and pushes (uploads, mounts, referrers) differ only in their paths and scopes.
 */
import type { AuthState, Authenticator } from './auth.js';
import { DOCKER_HUB } from './reference.js';
import type { BodyLimit, HttpResponse, Transport } from './transport.js';

export interface RegistryRequest {
  registry: string;
  repository?: string;
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  /** `/v2/…` on the registry, or an absolute URL the registry handed out (an upload Location). */
  path: string;
  headers?: Record<string, string>;
  /** Held whole so that a retry can send it again. */
  body?: Uint8Array | string;
  /** Token scopes: `repository:x/y:pull`; a cross-repository mount adds the source's. */
  scopes: string[];
  /** Retries for this request instead of the client's (see HttpRequest.retries). */
  retries?: number;
  /** The most bytes the answer may hold (see HttpRequest.bodyLimit). */
  bodyLimit?: BodyLimit;
}

export class RegistryHttp {
  constructor(
    readonly transport: Transport,
    private readonly auth: Authenticator,
    private readonly insecure: (registry: string) => boolean,
  ) {}

  /** The base URL of a registry's API: Docker Hub's lives at registry-1.docker.io. */
  baseUrl(registry: string): URL {
    const host = registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
    return new URL(`${this.insecure(registry) ? 'http' : 'https'}://${host}`);
  }

  async request(request: RegistryRequest): Promise<HttpResponse> {
    const base = this.baseUrl(request.registry);
    const url = new URL(request.path, base);
    // Credentials are for the registry; a Location elsewhere (blob storage) gets none.
    const sameOrigin = url.origin === base.origin;
    const target = {
      registry: request.registry,
      repository: request.repository,
      scopes: request.scopes,
    };
    let auth: AuthState | undefined = sameOrigin
      ? await this.auth.authorization(target)
      : undefined;
    for (let round = 0; ; round++) {
      const headers = { ...request.headers };
      if (auth) headers.authorization = auth.header;
      const response = await this.transport.send({
        method: request.method,
        url,
        headers,
        body: request.body,
        registry: request.registry,
        repository: request.repository,
        retries: request.retries,
        bodyLimit: request.bodyLimit,
      });
      if (response.status !== 401 || !sameOrigin) return response;
      if (round > 0) {
        throw this.auth.rejected(target, response, auth, await this.auth.resolve(request.registry));
      }
      auth = await this.auth.onUnauthorized(target, response, auth);
    }
  }
}
