/**
 * The client against fake registries (node:http): what a real registry cannot be made to do on
 * demand — 429 and 503, redirects to blob storage, bearer tokens from a token server, wrong
 * bytes. The real-registry behaviour is in registry.integration.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  DigestMismatchError,
  InvalidManifestError,
  ManifestNotFoundError,
  MediaTypes,
  RegistryClient,
  RegistryError,
  RegistryNetworkError,
  isRetryableStatus,
  staticCredentials,
} from '../src/index.js';
import type { RegistryClientOptions, RetryInfo } from '../src/index.js';
import { freePort, sha256 } from '@pgforge/testkit';
import { sendJson, startFakeServer } from './support/fake-server.js';
import type { FakeHandler, FakeServer } from './support/fake-server.js';

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function fake(handler: FakeHandler, address?: string): Promise<FakeServer> {
  const server = await startFakeServer(handler, address);
  servers.push(server);
  return server;
}

function recordingClient(options: RegistryClientOptions = {}) {
  const sleeps: number[] = [];
  const retries: RetryInfo[] = [];
  const client = new RegistryClient({
    random: () => 0,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    onRetry: (info) => retries.push(info),
    ...options,
  });
  return { client, sleeps, retries };
}

const manifestJson = JSON.stringify({
  schemaVersion: 2,
  mediaType: MediaTypes.ociManifest,
  config: { mediaType: MediaTypes.ociConfig, digest: sha256('{}'), size: 2 },
  layers: [],
  annotations: { 'org.example.k': 'v' },
});

describe('retries (fake registry)', () => {
  it('retries 429 with Retry-After: 1, then 503, then reads the answer', async () => {
    let calls = 0;
    const registry = await fake((req, res) => {
      calls++;
      if (calls === 1)
        sendJson(res, 429, { errors: [{ code: 'TOOMANYREQUESTS' }] }, { 'retry-after': '1' });
      else if (calls === 2) sendJson(res, 503, {});
      else sendJson(res, 200, { name: 'x/y', tags: ['a', 'b'] });
    });
    const { client, sleeps, retries } = recordingClient();
    expect(await client.listTags({ registry: registry.host, repository: 'x/y' })).toEqual([
      'a',
      'b',
    ]);
    expect(registry.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(1000);
    expect(retries.map((r) => [r.attempt, r.status])).toEqual([
      [1, 429],
      [2, 503],
    ]);
    expect(retries[0]?.url).toBe(`http://${registry.host}/v2/x/y/tags/list`);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const now = Date.UTC(2026, 0, 1);
    let calls = 0;
    const registry = await fake((req, res) => {
      calls++;
      if (calls === 1)
        sendJson(res, 503, {}, { 'retry-after': new Date(now + 5000).toUTCString() });
      else sendJson(res, 200, { tags: [] });
    });
    const { client, sleeps } = recordingClient({ now: () => now });
    await client.listTags({ registry: registry.host, repository: 'x/y' });
    expect(sleeps).toEqual([5000]);
  });

  it('gives up after `retries`, naming the status and the attempts', async () => {
    const registry = await fake((req, res) =>
      sendJson(res, 503, { errors: [{ code: 'UNAVAILABLE', message: 'down for maintenance' }] }),
    );
    const { client, sleeps } = recordingClient({ retries: 2, retryBaseDelayMs: 100 });
    const error = await client.getManifest(`${registry.host}/x/y:t`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).status).toBe(503);
    expect((error as Error).message).toBe(
      `503 from ${registry.host} for repository x/y: UNAVAILABLE: down for maintenance (after 3 attempts)`,
    );
    expect(registry.requests).toHaveLength(3);
    // Exponential: 100·2⁰/2, 100·2¹/2 with no jitter.
    expect(sleeps).toEqual([50, 100]);
  });

  it('does not retry 501 or 404', async () => {
    const registry = await fake((req, res) =>
      sendJson(res, req.url?.includes('tags') ? 501 : 404, {}),
    );
    const { client, sleeps } = recordingClient();
    await expect(
      client.listTags({ registry: registry.host, repository: 'x/y' }),
    ).rejects.toMatchObject({ status: 501 });
    expect(await client.headManifest(`${registry.host}/x/y:t`)).toBeUndefined();
    expect(registry.requests).toHaveLength(2);
    expect(sleeps).toEqual([]);
  });

  it('retries a connection reset before any answer, and a body broken off mid-way', async () => {
    let calls = 0;
    const registry = await fake((req, res) => {
      calls++;
      if (calls === 1) req.socket.resetAndDestroy();
      else if (calls === 2) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"tags":');
        setTimeout(() => res.socket?.destroy(), 20);
      } else sendJson(res, 200, { name: 'x/y', tags: ['a'] });
    });
    const { client, sleeps, retries } = recordingClient();
    expect(await client.listTags({ registry: registry.host, repository: 'x/y' })).toEqual(['a']);
    expect(registry.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(retries.map((r) => r.status)).toEqual([undefined, undefined]);
  });

  it.each([500, 501, 502, 503, 504, 429, 403])(
    'status %i: as many attempts as the shared policy says',
    async (status) => {
      const registry = await fake((req, res) => sendJson(res, status, {}));
      const { client } = recordingClient({ retries: 2 });
      await expect(
        client.listTags({ registry: registry.host, repository: 'x/y' }),
      ).rejects.toBeInstanceOf(RegistryError);
      expect(registry.requests).toHaveLength(isRetryableStatus(status) ? 3 : 1);
    },
  );

  it('does not retry a refused connection: once, saying why', async () => {
    const port = await freePort();
    const { client, sleeps, retries } = recordingClient({ retries: 3 });
    const error = await client.getManifest(`127.0.0.1:${port}/x/y:t`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryNetworkError);
    expect((error as Error).message).toBe(
      `127.0.0.1:${port} for repository x/y: GET http://127.0.0.1:${port}/v2/x/y/manifests/t failed: connect ECONNREFUSED 127.0.0.1:${port} (nothing listens there (connection refused): not retried)`,
    );
    expect((error as RegistryNetworkError).retryable).toBe(false);
    expect(sleeps).toEqual([]);
    expect(retries).toEqual([]);
  });

  it('does not retry a host name that does not resolve: once, naming it', async () => {
    const { client, sleeps } = recordingClient({ retries: 3 });
    const error = await client
      .getManifest('no-such-registry.invalid/x/y:t')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toMatch(
      /GET https:\/\/no-such-registry\.invalid\/v2\/x\/y\/manifests\/t failed: getaddrinfo (ENOTFOUND|EAI_AGAIN) no-such-registry\.invalid \(the host name does not resolve: not retried\)$/,
    );
    expect(sleeps).toEqual([]);
  });
});

describe('redirects (fake registry and fake blob storage)', () => {
  it('follows a blob redirect to another host without the Authorization header', async () => {
    const blob = 'layer bytes';
    const digest = sha256(blob);
    const storage = await fake((req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(blob);
    }, '127.0.0.2');
    const expected = `Basic ${Buffer.from('user:secret').toString('base64')}`;
    const registry = await fake((req, res) => {
      if (req.headers.authorization !== expected) {
        sendJson(res, 401, {}, { 'www-authenticate': 'Basic realm="fake"' });
      } else if (req.url === `/v2/x/y/blobs/${digest}`) {
        res.writeHead(307, { location: `${storage.url}/signed/${digest}?X-Signature=s3cr3t` });
        res.end();
      } else {
        sendJson(res, 404, {});
      }
    });
    const { client } = recordingClient({
      credentials: staticCredentials({ [registry.host]: { username: 'user', password: 'secret' } }),
    });
    const bytes = await client.getBlob(`${registry.host}/x/y`, digest);
    expect(new TextDecoder().decode(bytes)).toBe(blob);
    expect(registry.requests.map((r) => r.headers.authorization)).toEqual([undefined, expected]);
    expect(storage.requests).toHaveLength(1);
    expect(storage.requests[0]?.headers.authorization).toBeUndefined();
    expect(storage.requests[0]?.url).toBe(`/signed/${digest}?X-Signature=s3cr3t`);
  });
});

describe('integrity (fake registry sending other bytes)', () => {
  it('rejects a blob whose bytes do not have the digest asked for', async () => {
    const registry = await fake((req, res) => {
      res.end('tampered');
    });
    const { client } = recordingClient();
    const digest = sha256('original');
    const error = await client.getBlob(`${registry.host}/x/y`, digest).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DigestMismatchError);
    expect((error as Error).message).toContain(
      `has digest ${sha256('tampered')}, expected ${digest}`,
    );
  });

  it('rejects a manifest whose Docker-Content-Digest is not the digest of its bytes', async () => {
    const registry = await fake((req, res) => {
      res.writeHead(200, {
        'content-type': MediaTypes.ociManifest,
        'docker-content-digest': sha256('something else'),
      });
      res.end(manifestJson);
    });
    const { client } = recordingClient();
    await expect(client.getManifest(`${registry.host}/x/y:t`)).rejects.toThrow(DigestMismatchError);
    await expect(
      client.getManifest(`${registry.host}/x/y@${sha256('something else')}`),
    ).rejects.toThrow(DigestMismatchError);
  });

  it('computes the digest when the registry sends none, and refuses schema 1', async () => {
    const registry = await fake((req, res) => {
      if (req.url?.endsWith('/old')) {
        sendJson(res, 200, { schemaVersion: 1, name: 'x/y', fsLayers: [] });
      } else {
        res.writeHead(200, { 'content-type': `${MediaTypes.ociManifest}; charset=utf-8` });
        res.end(manifestJson);
      }
    });
    const { client } = recordingClient();
    const fetched = await client.getManifest(`${registry.host}/x/y:t`);
    expect(fetched.digest).toBe(sha256(manifestJson));
    expect(fetched.mediaType).toBe(MediaTypes.ociManifest);
    expect(registry.requests[0]?.headers.accept).toBe(
      [
        MediaTypes.ociIndex,
        MediaTypes.ociManifest,
        MediaTypes.dockerManifestList,
        MediaTypes.dockerManifest,
      ].join(', '),
    );
    await expect(client.getManifest(`${registry.host}/x/y:old`)).rejects.toThrow(
      InvalidManifestError,
    );
    await expect(client.getManifest(`${registry.host}/x/y:old`)).rejects.toThrow(
      /schema 1 is not supported/,
    );
  });
});

describe('bearer tokens (fake token server, fake registry)', () => {
  interface TokenWorld {
    registry: FakeServer;
    tokenServer: FakeServer;
    issued: string[];
    revoked: Set<string>;
  }

  async function tokenWorld(
    options: { expiresIn?: number; requireScope?: string } = {},
  ): Promise<TokenWorld> {
    const issued: string[] = [];
    const revoked = new Set<string>();
    const tokenServer = await fake((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      let grant: { user?: string; scope: string[]; service: string | null };
      if (req.method === 'POST') {
        const form = new URLSearchParams(req.body);
        if (
          form.get('grant_type') !== 'refresh_token' ||
          form.get('refresh_token') !== 'refresh-abc'
        ) {
          sendJson(res, 401, {});
          return;
        }
        grant = {
          user: 'oauth',
          scope: (form.get('scope') ?? '').split(' '),
          service: form.get('service'),
        };
      } else {
        const auth = req.headers.authorization;
        if (auth && auth !== `Basic ${Buffer.from('user:secret').toString('base64')}`) {
          sendJson(res, 401, {});
          return;
        }
        grant = {
          scope: url.searchParams.getAll('scope'),
          service: url.searchParams.get('service'),
        };
        if (auth) grant.user = 'user';
      }
      if (grant.service !== 'fake-registry') {
        sendJson(res, 400, { errors: [{ message: 'wrong service' }] });
        return;
      }
      const token = `token-${issued.length + 1}-${grant.user ?? 'anonymous'}-${grant.scope.join('+')}`;
      issued.push(token);
      const body: Record<string, unknown> = { token };
      if (options.expiresIn !== undefined) body.expires_in = options.expiresIn;
      if (req.method === 'POST')
        sendJson(res, 200, { access_token: token, expires_in: options.expiresIn });
      else sendJson(res, 200, body);
    });
    const registry = await fake((req, res) => {
      const scope = options.requireScope ?? 'repository:x/y:pull';
      const token = req.headers.authorization?.replace(/^Bearer /, '');
      const valid =
        token !== undefined &&
        issued.includes(token) &&
        !revoked.has(token) &&
        token.includes('-user-');
      if (!valid) {
        const insufficient = token !== undefined && issued.includes(token) && !revoked.has(token);
        sendJson(
          res,
          401,
          { errors: [{ code: 'UNAUTHORIZED' }] },
          {
            'www-authenticate': `Bearer realm="${tokenServer.url}/token",service="fake-registry",scope="${scope}"${insufficient ? ',error="insufficient_scope"' : ''}`,
          },
        );
        return;
      }
      res.writeHead(200, { 'content-type': MediaTypes.ociManifest });
      res.end(manifestJson);
    });
    return { registry, tokenServer, issued, revoked };
  }

  it('gets a token for the scope with basic credentials and reuses it until it expires', async () => {
    const world = await tokenWorld({ expiresIn: 300 });
    let now = 1_000_000;
    const { client } = recordingClient({
      now: () => now,
      credentials: staticCredentials({
        [world.registry.host]: { username: 'user', password: 'secret' },
      }),
    });
    const ref = `${world.registry.host}/x/y:t`;
    await client.getManifest(ref);
    await client.getManifest(ref);
    expect(world.issued).toEqual(['token-1-user-repository:x/y:pull']);
    const tokenRequest = new URL(world.tokenServer.requests[0]?.url ?? '', 'http://x');
    expect(tokenRequest.searchParams.get('service')).toBe('fake-registry');
    expect(tokenRequest.searchParams.getAll('scope')).toEqual(['repository:x/y:pull']);
    // One 401 (the anonymous first try), then the cached token up front.
    expect(world.registry.requests.map((r) => r.headers.authorization ?? 'none')).toEqual([
      'none',
      'Bearer token-1-user-repository:x/y:pull',
      'Bearer token-1-user-repository:x/y:pull',
    ]);
    now += 301_000;
    await client.getManifest(ref);
    expect(world.issued).toHaveLength(2);
    expect(world.registry.requests).toHaveLength(4);
  });

  it('shares one token request among requests running in parallel', async () => {
    const world = await tokenWorld({ expiresIn: 300 });
    const { client } = recordingClient({
      credentials: staticCredentials({
        [world.registry.host]: { username: 'user', password: 'secret' },
      }),
    });
    const ref = `${world.registry.host}/x/y:t`;
    await Promise.all([1, 2, 3, 4, 5].map(() => client.getManifest(ref)));
    expect(world.tokenServer.requests).toHaveLength(1);
  });

  it('refreshes a cached token the registry no longer accepts, once', async () => {
    const world = await tokenWorld({ expiresIn: 3600 });
    const { client } = recordingClient({
      credentials: staticCredentials({
        [world.registry.host]: { username: 'user', password: 'secret' },
      }),
    });
    const ref = `${world.registry.host}/x/y:t`;
    await client.getManifest(ref);
    world.revoked.add(world.issued[0] ?? '');
    await client.getManifest(ref);
    expect(world.issued).toHaveLength(2);
  });

  it('exchanges an identity token with the OAuth2 refresh_token grant', async () => {
    const world = await tokenWorld();
    // The fake registry only admits tokens issued to "user"; this one is issued to "oauth".
    const { client } = recordingClient({
      credentials: staticCredentials(
        { [world.registry.host]: { identityToken: 'refresh-abc' } },
        'a test',
      ),
    });
    const error = await client.getManifest(`${world.registry.host}/x/y:t`).catch((e: unknown) => e);
    const post = world.tokenServer.requests[0];
    expect(post?.method).toBe('POST');
    expect(post?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(post?.body);
    expect(form.get('scope')).toBe('repository:x/y:pull');
    expect(form.get('client_id')).toBeTruthy();
    expect(world.issued).toEqual(['token-1-oauth-repository:x/y:pull']);
    expect((error as Error).message).toBe(
      `401 from ${world.registry.host} for repository x/y: the token does not grant repository:x/y:pull (from a test)`,
    );
    expect((error as Error).message).not.toContain('refresh-abc');
  });

  it('sends a registry token as the bearer token without asking the token server', async () => {
    const world = await tokenWorld();
    world.issued.push('preissued-user-token');
    const { client } = recordingClient({
      credentials: staticCredentials({
        [world.registry.host]: { registryToken: 'preissued-user-token' },
      }),
    });
    await client.getManifest(`${world.registry.host}/x/y:t`);
    expect(world.tokenServer.requests).toHaveLength(0);
  });

  it('says the credentials were rejected by the token server, without the password', async () => {
    const world = await tokenWorld();
    const { client } = recordingClient({
      credentials: staticCredentials(
        { [world.registry.host]: { username: 'user', password: 'wrong-password' } },
        '~/.docker/config.json',
      ),
    });
    const error = await client.getManifest(`${world.registry.host}/x/y:t`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).status).toBe(401);
    expect((error as Error).message).toBe(
      `401 from ${world.registry.host} for repository x/y: credentials rejected by token server ${world.tokenServer.url}/token (from ~/.docker/config.json)`,
    );
    expect((error as Error).message).not.toContain('wrong-password');
  });

  it('tells anonymous callers to log in when an anonymous token is not enough', async () => {
    const world = await tokenWorld();
    const { client } = recordingClient();
    const error = await client.getManifest(`${world.registry.host}/x/y:t`).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      `401 from ${world.registry.host} for repository x/y: authentication required; no credentials are known for ${world.registry.host} (docker login ${world.registry.host})`,
    );
    expect(world.issued).toEqual(['token-1-anonymous-repository:x/y:pull']);
  });

  it('asks for the scopes the challenge names as well as its own', async () => {
    const world = await tokenWorld({ requireScope: 'repository:x/y:pull repository:other:pull' });
    const { client } = recordingClient({
      credentials: staticCredentials({
        [world.registry.host]: { username: 'user', password: 'secret' },
      }),
    });
    await client.getManifest(`${world.registry.host}/x/y:t`);
    const tokenRequest = new URL(world.tokenServer.requests[0]?.url ?? '', 'http://x');
    expect(tokenRequest.searchParams.getAll('scope')).toEqual([
      'repository:x/y:pull',
      'repository:other:pull',
    ]);
  });
});

describe('tag pagination (fake registry paging as distribution 3 and ghcr.io do)', () => {
  it('follows Link: rel="next" with n and last until the last page', async () => {
    const all = ['a', 'b', 'c', 'd', 'e'];
    const registry = await fake((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const n = Number(url.searchParams.get('n') ?? all.length);
      const last = url.searchParams.get('last');
      const rest = last ? all.filter((t) => t > last) : all;
      const page = rest.slice(0, n);
      const headers: Record<string, string> = {};
      if (rest.length > n) {
        const next = `/v2/x/y/tags/list?last=${page[page.length - 1]}&n=${n}`;
        // One absolute link, the others relative: both forms are in use.
        headers.link = `<${page[0] === 'a' ? registry.url : ''}${next}>; rel="next"`;
      }
      sendJson(res, 200, { name: 'x/y', tags: page }, headers);
    });
    const { client } = recordingClient();
    const repository = { registry: registry.host, repository: 'x/y' };
    expect(await client.listTags(repository, { pageSize: 2 })).toEqual(all);
    expect(registry.requests.map((r) => r.url)).toEqual([
      '/v2/x/y/tags/list?n=2',
      '/v2/x/y/tags/list?last=b&n=2',
      '/v2/x/y/tags/list?last=d&n=2',
    ]);
    registry.requests.length = 0;
    expect(await client.listTags(repository, { pageSize: 1 })).toEqual(all);
    expect(registry.requests).toHaveLength(5);
  });

  it('stops when a registry links to a page it already sent', async () => {
    const registry = await fake((req, res) =>
      sendJson(res, 200, { tags: ['a'] }, { link: '</v2/x/y/tags/list?n=1>; rel="next"' }),
    );
    const { client } = recordingClient();
    expect(
      await client.listTags({ registry: registry.host, repository: 'x/y' }, { pageSize: 1 }),
    ).toEqual(['a', 'a']);
    expect(registry.requests).toHaveLength(2);
  });
});

describe('not found', () => {
  it('throws ManifestNotFoundError from getManifest and returns undefined from head and resolve', async () => {
    const registry = await fake((req, res) =>
      sendJson(res, 404, { errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] }),
    );
    const { client } = recordingClient();
    const error = await client.getManifest(`${registry.host}/x/y:nope`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ManifestNotFoundError);
    expect((error as ManifestNotFoundError).code).toBe('MANIFEST_UNKNOWN');
    expect((error as Error).message).toBe(
      `manifest ${registry.host}/x/y:nope not found: ${registry.host} has no manifest nope in x/y`,
    );
    expect(await client.headManifest(`${registry.host}/x/y:nope`)).toBeUndefined();
    expect(await client.resolveDigest(`${registry.host}/x/y:nope`)).toBeUndefined();
  });
});
