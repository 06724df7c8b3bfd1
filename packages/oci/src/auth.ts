/**
 * Registry authentication as docker does it: anonymous first; on a 401, the WWW-Authenticate
 * challenge says Basic (send the credentials) or Bearer (get a token for the scopes from the
 * realm, with the credentials if there are any, and send that). Tokens are cached per registry
 * and scope set until they expire; credentials are resolved once per registry.
 */
import type { CredentialResolver, Credentials } from './credentials.js';
import { hasIdentityToken, hasPassword, hasRegistryToken } from './credentials.js';
import { RegistryError, parseErrorBody, statusMessage } from './errors.js';
import type { HttpResponse, Transport } from './transport.js';
import { safeUrl } from './transport.js';
import type { Challenge } from './www-authenticate.js';
import { parseWwwAuthenticate } from './www-authenticate.js';
import { isLoopbackRegistry, scopeCovers } from './scopes.js';

/** The Authorization header sent with a request, and how it was obtained. */
export interface AuthState {
  header: string;
  kind: 'basic' | 'bearer';
  /** True when a cached token was used (it may have been revoked early: worth one refresh). */
  cached: boolean;
}

export interface AuthTarget {
  registry: string;
  repository?: string;
  /** `repository:x/y:pull`, `repository:x/y:pull,push`, `registry:catalog:*`. */
  scopes: string[];
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

export interface AuthenticatorOptions {
  credentials?: CredentialResolver;
  now: () => number;
  /** Sent as `client_id` to OAuth2 token endpoints. */
  clientId: string;
}

// Docker's rule: a token without expires_in, or with less than a minute, lives a minute.
const MIN_TOKEN_LIFETIME_S = 60;
// Renew a little early so a token does not expire between the check and the request.
const EXPIRY_MARGIN_MS = 5_000;

function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

function credentialsNote(credentials: Credentials | undefined): string {
  return credentials?.source ? ` (from ${credentials.source})` : '';
}

export class Authenticator {
  private readonly challenges = new Map<string, Challenge>();
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pending = new Map<string, Promise<CachedToken>>();
  private readonly credentials = new Map<string, Promise<Credentials | undefined>>();

  constructor(
    private readonly transport: Transport,
    private readonly options: AuthenticatorOptions,
  ) {}

  /**
   * The header to send up front: none until the registry has challenged once; after that the
   * cached token, a new token for new scopes, or Basic credentials.
   */
  async authorization(target: AuthTarget): Promise<AuthState | undefined> {
    const challenge = this.challenges.get(target.registry);
    if (!challenge) return undefined;
    return this.authorize(target, challenge, target.scopes);
  }

  /**
   * After a 401: the header to retry with. Throws when retrying cannot help (no credentials for
   * a Basic challenge, or the same kind of credentials were already refused).
   */
  async onUnauthorized(
    target: AuthTarget,
    response: HttpResponse,
    sent: AuthState | undefined,
  ): Promise<AuthState> {
    const challenges = parseWwwAuthenticate(response.headers.get('www-authenticate'));
    const challenge =
      challenges.find((c) => c.scheme === 'bearer' && c.params.realm) ??
      challenges.find((c) => c.scheme === 'basic');
    if (!challenge) {
      throw this.error(
        target,
        response,
        'authentication required, and the registry sent no Basic or Bearer challenge (WWW-Authenticate)',
      );
    }
    this.challenges.set(target.registry, challenge);

    const credentials = await this.resolve(target.registry);
    const scopes = [...target.scopes];
    for (const scope of (challenge.params.scope ?? '').split(' ')) {
      if (scope && !scopes.some((asked) => scopeCovers(asked, scope))) scopes.push(scope);
    }
    // Worth another try: nothing was sent yet, a cached token (revoked or expired early), or a
    // token for fewer scopes than the challenge names. The same credentials again are not.
    const retry =
      !sent ||
      (sent.kind === 'bearer' &&
        challenge.scheme === 'bearer' &&
        (sent.cached || scopes.length > target.scopes.length));
    if (!retry) throw this.rejected(target, response, sent, credentials);
    const state = await this.authorize(target, challenge, scopes, sent?.header);
    if (!state) {
      throw this.error(
        target,
        response,
        credentials
          ? `the registry wants a user name and password (Basic), and the credentials${credentialsNote(credentials)} hold only a token`
          : `authentication required; no credentials are known for ${target.registry} (docker login ${target.registry})`,
      );
    }
    return state;
  }

  /** The error for a 401 that came back although credentials (or a fresh token) were sent. */
  rejected(
    target: AuthTarget,
    response: HttpResponse,
    sent: AuthState | undefined,
    credentials: Credentials | undefined,
  ): RegistryError {
    if (!sent || !credentials) {
      return this.error(
        target,
        response,
        `authentication required; no credentials are known for ${target.registry} (docker login ${target.registry})`,
      );
    }
    if (sent.kind === 'bearer') {
      const challenge = parseWwwAuthenticate(response.headers.get('www-authenticate')).find(
        (c) => c.scheme === 'bearer',
      );
      if (challenge?.params.error === 'insufficient_scope') {
        return this.error(
          target,
          response,
          `the token does not grant ${challenge.params.scope ?? target.scopes.join(' ')}${credentialsNote(credentials)}`,
        );
      }
    }
    return this.error(target, response, `credentials rejected${credentialsNote(credentials)}`);
  }

  /** The credentials for `registry`, asked of the resolver once. */
  resolve(registry: string): Promise<Credentials | undefined> {
    let found = this.credentials.get(registry);
    if (!found) {
      found = this.options.credentials
        ? this.options.credentials(registry)
        : Promise.resolve(undefined);
      this.credentials.set(registry, found);
      // A failing resolver (a broken credential helper) is asked again next time.
      found.catch(() => this.credentials.delete(registry));
    }
    return found;
  }

  private async authorize(
    target: AuthTarget,
    challenge: Challenge,
    scopes: string[],
    /** The header the registry just refused: a cached token equal to it is not used again. */
    refused?: string,
  ): Promise<AuthState | undefined> {
    const credentials = await this.resolve(target.registry);
    if (challenge.scheme === 'basic') {
      if (!credentials || !hasPassword(credentials)) return undefined;
      return {
        header: basicHeader(credentials.username, credentials.password),
        kind: 'basic',
        cached: false,
      };
    }
    // The scopes the caller asked for key the cache, so the next request for them finds it
    // without a 401 first.
    const key = `${target.registry}\n${[...target.scopes].sort().join(' ')}`;
    const cached = this.tokens.get(key);
    // A token another request got meanwhile is as good as a new one.
    if (
      cached &&
      cached.expiresAt > this.options.now() &&
      `Bearer ${cached.token}` !== refused &&
      scopes.length === target.scopes.length
    ) {
      return { header: `Bearer ${cached.token}`, kind: 'bearer', cached: true };
    }
    if (credentials && hasRegistryToken(credentials)) {
      return { header: `Bearer ${credentials.registryToken}`, kind: 'bearer', cached: false };
    }
    // Requests running in parallel (blob uploads) share one token request.
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.fetchToken(target, challenge, scopes, credentials).finally(() =>
        this.pending.delete(key),
      );
      this.pending.set(key, pending);
    }
    const token = await pending;
    this.tokens.set(key, token);
    return { header: `Bearer ${token.token}`, kind: 'bearer', cached: false };
  }

  private async fetchToken(
    target: AuthTarget,
    challenge: Challenge,
    scopes: string[],
    credentials: Credentials | undefined,
  ): Promise<CachedToken> {
    const realm = challenge.params.realm ?? '';
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new RegistryError(
        statusMessage(undefined, target, `the Bearer challenge's realm "${realm}" is not a URL`),
        target,
      );
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new RegistryError(
        statusMessage(undefined, target, `the Bearer challenge's realm "${realm}" is not http(s)`),
        target,
      );
    }
    // A token request carries the registry's credentials: over the network, only encrypted. A
    // registry on this machine (a test registry, a local mirror) may name a plain-http one.
    if (url.protocol === 'http:' && !isLoopbackRegistry(target.registry)) {
      throw new RegistryError(
        statusMessage(
          undefined,
          target,
          `the Bearer challenge's realm ${safeUrl(url)} is plain http; credentials and tokens ` +
            'go to a token server only over https, unless the registry itself is on loopback',
        ),
        target,
      );
    }
    const service = challenge.params.service;
    const requestedAt = this.options.now();
    let response: HttpResponse;
    if (credentials && hasIdentityToken(credentials)) {
      // An identity token (docker login with a token-issuing registry) is an OAuth2 refresh token.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: this.options.clientId,
        refresh_token: credentials.identityToken,
      });
      if (service) form.set('service', service);
      if (scopes.length > 0) form.set('scope', scopes.join(' '));
      response = await this.transport.send({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
        registry: target.registry,
        repository: target.repository,
      });
    } else {
      if (service) url.searchParams.set('service', service);
      for (const scope of scopes) url.searchParams.append('scope', scope);
      const headers: Record<string, string> = {};
      if (credentials && hasPassword(credentials)) {
        headers.authorization = basicHeader(credentials.username, credentials.password);
      }
      response = await this.transport.send({
        method: 'GET',
        url,
        headers,
        registry: target.registry,
        repository: target.repository,
      });
    }

    const tokenServer = safeUrl(url);
    if (response.status === 401 || response.status === 403) {
      throw new RegistryError(
        statusMessage(
          response.status,
          target,
          credentials
            ? `credentials rejected by token server ${tokenServer}${credentialsNote(credentials)}`
            : `token server ${tokenServer} refused an anonymous token; no credentials are known for ${target.registry} (docker login ${target.registry})`,
        ),
        { ...target, status: response.status },
      );
    }
    if (response.status !== 200) {
      const body = parseErrorBody(response.body);
      throw new RegistryError(
        statusMessage(
          response.status,
          target,
          `token server ${tokenServer} answered ${response.status} ${response.statusText}${body?.message ? `: ${body.message}` : ''}`,
        ),
        { ...target, status: response.status },
      );
    }
    let parsed: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      parsed = JSON.parse(new TextDecoder().decode(response.body)) as typeof parsed;
    } catch {
      parsed = {};
    }
    const token =
      typeof parsed.token === 'string' && parsed.token
        ? parsed.token
        : typeof parsed.access_token === 'string'
          ? parsed.access_token
          : '';
    if (!token) {
      throw new RegistryError(
        statusMessage(undefined, target, `token server ${tokenServer} sent no token`),
        target,
      );
    }
    const lifetime =
      typeof parsed.expires_in === 'number' && parsed.expires_in > MIN_TOKEN_LIFETIME_S
        ? parsed.expires_in
        : MIN_TOKEN_LIFETIME_S;
    return { token, expiresAt: requestedAt + lifetime * 1000 - EXPIRY_MARGIN_MS };
  }

  private error(target: AuthTarget, response: HttpResponse, explanation: string): RegistryError {
    const code = parseErrorBody(response.body)?.code;
    const details = {
      registry: target.registry,
      repository: target.repository,
      status: response.status,
      code,
    };
    return new RegistryError(statusMessage(response.status, target, explanation), details);
  }
}
