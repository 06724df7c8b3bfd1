/**
 * Pushing with the client against the real CNCF distribution registry (2.8) of the global
 * setup: blob uploads (skip, mount, monolithic, chunked), retries that restart an upload
 * (failures injected by a fetch wrapper in front of the real registry), manifests by tag and
 * digest, the htpasswd registry, and copying a multi-platform index.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  DigestMismatchError,
  InvalidManifestError,
  MediaTypes,
  RegistryClient,
  RegistryError,
  computeDigest,
  isImageIndex,
  staticCredentials,
} from '../src/index.js';
import type { ImageIndex, RegistryClientOptions, RetryInfo } from '../src/index.js';
import { buildExtensionLike, pushBuilt } from './support/built-images.js';
import { sendJson, startFakeServer } from './support/fake-server.js';
import type { FakeServer } from './support/fake-server.js';
import { instrumentedFetch } from './support/instrumented-fetch.js';
import type { Injection, SeenRequest } from './support/instrumented-fetch.js';

const open = inject('registry');
const auth = inject('authRegistry');
const MiB = 1024 * 1024;
const fakes: FakeServer[] = [];

afterAll(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

function repo(name: string, registry = open.host) {
  return { registry, repository: `push-test/${name}` };
}

function instrumented(
  inject?: (request: SeenRequest, index: number) => Injection | undefined,
  options: RegistryClientOptions = {},
) {
  const wrapper = instrumentedFetch(inject);
  const retries: RetryInfo[] = [];
  const client = new RegistryClient({
    fetch: wrapper.fetch,
    sleep: async () => undefined,
    onRetry: (info) => retries.push(info),
    ...options,
  });
  return { client, wrapper, retries };
}

const blobPath = /^\/v2\/.+\/blobs\/uploads\/[^/]+$/;

describe('blob uploads (real registry)', () => {
  it('sends a small blob in one POST + PUT and skips it the next time after one HEAD', async () => {
    const target = repo('skip');
    const bytes = randomBytes(4096);
    const first = instrumented();
    const descriptor = await first.client.pushBlob(target, bytes, { mediaType: 'text/plain' });
    expect(descriptor).toEqual({
      mediaType: 'text/plain',
      digest: computeDigest(bytes),
      size: 4096,
    });
    expect(first.wrapper.requests.map((r) => [r.method, r.status])).toEqual([
      ['HEAD', 404],
      ['POST', 202],
      ['PUT', 201],
    ]);

    const again = instrumented();
    expect(await again.client.pushBlob(target, bytes)).toMatchObject({ digest: descriptor.digest });
    expect(again.wrapper.requests.map((r) => [r.method, r.status])).toEqual([['HEAD', 200]]);
    expect(await again.client.blobExists(target, descriptor.digest)).toBe(true);
    expect(await again.client.blobExists(target, computeDigest('not pushed'))).toBe(false);
  });

  it('mounts a blob from another repository instead of uploading it', async () => {
    const bytes = randomBytes(64 * 1024);
    const source = repo('mount-source');
    await new RegistryClient().pushBlob(source, bytes);
    const { client, wrapper } = instrumented();
    const target = repo('mount-target');
    const descriptor = await client.pushBlob(target, bytes, {
      mountFrom: [source.repository],
    });
    expect(wrapper.requests.map((r) => [r.method, r.status])).toEqual([
      ['HEAD', 404],
      ['POST', 201],
    ]);
    const post = wrapper.requests[1];
    expect(post?.url.searchParams.get('mount')).toBe(descriptor.digest);
    expect(post?.url.searchParams.get('from')).toBe(source.repository);
    expect(Buffer.from(await client.getBlob(target, descriptor.digest)).equals(bytes)).toBe(true);
  });

  it('uploads when the registry answers a mount with 202 (the source lacks the blob)', async () => {
    const bytes = randomBytes(1000);
    const { client, wrapper } = instrumented();
    const target = repo('mount-fallback');
    await client.pushBlob(target, bytes, { mountFrom: ['push-test/nothing-here'] });
    expect(wrapper.requests.map((r) => [r.method, r.status])).toEqual([
      ['HEAD', 404],
      ['POST', 202],
      ['PUT', 201],
    ]);
    expect(await client.blobExists(target, computeDigest(bytes))).toBe(true);
  });

  it('uploads a multi-MiB blob in chunks with Content-Range and reads it back identical', async () => {
    const bytes = randomBytes(5 * MiB + 123);
    const { client, wrapper } = instrumented(undefined, { chunkThreshold: MiB, chunkSize: MiB });
    const target = repo('chunked');
    const descriptor = await client.pushBlob(target, bytes);
    const patches = wrapper.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.headers['content-range'])).toEqual([
      `0-${MiB - 1}`,
      `${MiB}-${2 * MiB - 1}`,
      `${2 * MiB}-${3 * MiB - 1}`,
      `${3 * MiB}-${4 * MiB - 1}`,
      `${4 * MiB}-${5 * MiB - 1}`,
      `${5 * MiB}-${5 * MiB + 122}`,
    ]);
    expect(patches.every((r) => r.status === 202 && blobPath.test(r.url.pathname))).toBe(true);
    const put = wrapper.requests.at(-1);
    expect([put?.method, put?.status, put?.url.searchParams.get('digest')]).toEqual([
      'PUT',
      201,
      descriptor.digest,
    ]);
    const back = await new RegistryClient().getBlob(target, descriptor.digest);
    expect(Buffer.from(back).equals(bytes)).toBe(true);
  });

  it('restarts the upload after an injected 503 on one PATCH and still stores the right blob', async () => {
    const bytes = randomBytes(3 * MiB + 7);
    let patches = 0;
    const { client, wrapper, retries } = instrumented(
      (request) => {
        if (request.method !== 'PATCH' || ++patches !== 2) return undefined;
        return { respond: new Response('{"errors":[{"code":"UNAVAILABLE"}]}', { status: 503 }) };
      },
      { chunkThreshold: MiB, chunkSize: MiB },
    );
    const target = repo('retry-patch');
    const descriptor = await client.pushBlob(target, bytes);
    expect(descriptor.digest).toBe(computeDigest(bytes));
    expect(retries.map((r) => [r.method, r.status, r.attempt])).toEqual([['PATCH', 503, 1]]);
    // The failed session is abandoned (DELETE), a HEAD checks, and a new session starts.
    expect(wrapper.lines().filter((l) => !l.startsWith('PATCH'))).toEqual([
      `HEAD /v2/${target.repository}/blobs/${descriptor.digest}`,
      `POST /v2/${target.repository}/blobs/uploads/`,
      expect.stringMatching(/^DELETE /),
      `HEAD /v2/${target.repository}/blobs/${descriptor.digest}`,
      `POST /v2/${target.repository}/blobs/uploads/`,
      expect.stringMatching(/^PUT /),
    ]);
    expect(wrapper.requests.filter((r) => r.method === 'PATCH' && !r.injected)).toHaveLength(1 + 4);
    const back = await new RegistryClient().getBlob(target, descriptor.digest);
    expect(Buffer.from(back).equals(bytes)).toBe(true);
  });

  it('finds the blob stored when the answer to the closing PUT is lost, without sending it again', async () => {
    const bytes = randomBytes(2048);
    const { client, wrapper, retries } = instrumented((request) =>
      request.method === 'PUT' ? { dropAfter: true } : undefined,
    );
    const target = repo('lost-answer');
    const descriptor = await client.pushBlob(target, bytes);
    expect(retries).toHaveLength(1);
    expect(retries[0]?.reason).toContain('ECONNRESET');
    expect(wrapper.requests.map((r) => [r.method, r.status])).toEqual([
      ['HEAD', 404],
      ['POST', 202],
      ['PUT', 201],
      ['DELETE', 404],
      ['HEAD', 200],
    ]);
    expect(await client.blobExists(target, descriptor.digest)).toBe(true);
  });

  it('gives up after the retries, naming the blob and the last failure', async () => {
    const { client } = instrumented(
      (request) => (request.method === 'PUT' ? { dropBefore: true } : undefined),
      { retries: 2 },
    );
    const bytes = randomBytes(100);
    const error = await client.pushBlob(repo('gives-up'), bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^${open.host} for repository push-test/gives-up: uploading blob ${computeDigest(bytes)} ` +
          'failed 3 times; the last time: .*ECONNRESET',
      ),
    );
  });

  it('refuses bytes that do not have the digest given', async () => {
    const error = await new RegistryClient()
      .pushBlob(repo('wrong-digest'), 'abc', { digest: computeDigest('abd') })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DigestMismatchError);
  });
});

describe('manifests (real registry)', () => {
  it('pushes by tag and by digest and gets the digest the registry reports', async () => {
    const client = new RegistryClient();
    const built = await buildExtensionLike('manifests', ['linux/amd64']);
    const target = repo('manifests');
    const pushed = await pushBuilt(client, target, built, 'v1');
    expect(pushed.digest).toBe(built.index.digest);
    expect(await client.resolveDigest({ ...target, tag: 'v1' })).toBe(built.index.digest);
    const child = built.images[0]?.image.manifest;
    const head = await client.headManifest({ ...target, digest: child?.digest ?? '' });
    expect(head).toEqual({
      mediaType: MediaTypes.ociManifest,
      digest: child?.digest,
      size: child?.size,
    });
  });

  it('refuses a digest reference that is not the digest of the bytes, and a media type that is not the document’s', async () => {
    const client = new RegistryClient();
    const built = await buildExtensionLike('refused', ['linux/amd64']);
    const target = repo('refused');
    const mismatch = await client
      .pushManifest(
        { ...target, digest: computeDigest('x') },
        built.index.bytes,
        MediaTypes.ociIndex,
      )
      .catch((e: unknown) => e);
    expect(mismatch).toBeInstanceOf(DigestMismatchError);
    const wrongType = await client
      .pushManifest({ ...target, tag: 'x' }, built.index.bytes, MediaTypes.ociManifest)
      .catch((e: unknown) => e);
    expect(wrongType).toBeInstanceOf(InvalidManifestError);
    expect((wrongType as Error).message).toContain(
      `its mediaType is ${MediaTypes.ociIndex} but it is being pushed as ${MediaTypes.ociManifest}`,
    );
    // The registry itself refuses a manifest whose blobs it does not have.
    const missing = await client
      .pushManifest(
        { ...target, tag: 'y' },
        built.images[0]?.image.manifest.bytes ?? '',
        MediaTypes.ociManifest,
      )
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(RegistryError);
    expect((missing as RegistryError).status).toBe(400);
    expect((missing as Error).message).toContain('MANIFEST_BLOB_UNKNOWN');
  });
});

describe('the htpasswd registry (real)', () => {
  it('pushes blobs (chunked too) and an image with credentials; anonymous pushes are refused', async () => {
    const client = new RegistryClient({
      credentials: staticCredentials({
        [auth.host]: { username: auth.username, password: auth.password },
      }),
      chunkThreshold: 256 * 1024,
      chunkSize: 256 * 1024,
    });
    const target = repo('private', auth.host);
    const big = randomBytes(MiB);
    expect((await client.pushBlob(target, big)).digest).toBe(computeDigest(big));
    const built = await buildExtensionLike('private', ['linux/amd64']);
    const pushed = await pushBuilt(client, target, built, 'v1');
    expect((await client.getManifest({ ...target, tag: 'v1' })).digest).toBe(pushed.digest);

    const anonymous = await new RegistryClient()
      .pushBlob(target, 'anonymous')
      .catch((e: unknown) => e);
    expect(anonymous).toBeInstanceOf(RegistryError);
    expect((anonymous as RegistryError).status).toBe(401);
  });
});

describe('copyImage (real registries)', () => {
  it('copies a multi-platform index within a registry by mounting, and again at no cost', async () => {
    const built = await buildExtensionLike('copied');
    const source = repo('copy-source');
    await pushBuilt(new RegistryClient(), source, built, 'v1');

    const { client, wrapper } = instrumented();
    const destination = { ...repo('copy-destination'), tag: 'v1' };
    const copied = await client.copyImage({ ...source, tag: 'v1' }, destination);
    expect(copied).toEqual({
      mediaType: MediaTypes.ociIndex,
      digest: built.index.digest,
      size: built.index.size,
    });
    const uploads = wrapper.requests.filter((r) => r.url.pathname.includes('/blobs/uploads/'));
    // Two layers and two configs, each mounted: nothing downloaded, nothing uploaded.
    expect(uploads.map((r) => [r.method, r.status, r.url.searchParams.get('from')])).toEqual(
      Array.from({ length: 4 }, () => ['POST', 201, source.repository]),
    );
    expect(
      wrapper.requests.some((r) => r.method === 'GET' && r.url.pathname.includes('/blobs/')),
    ).toBe(false);

    const fresh = new RegistryClient();
    const index = await fresh.getManifest(destination);
    expect(Buffer.from(index.bytes).equals(Buffer.from(built.index.bytes))).toBe(true);
    for (const { image, layers } of built.images) {
      const resolved = await fresh.getImageManifest(destination, image.platform);
      expect(resolved.manifest.digest).toBe(image.manifest.digest);
      const layer = await fresh.getBlob(destination, layers[0]?.digest ?? '');
      expect(computeDigest(layer)).toBe(layers[0]?.digest);
    }

    const second = instrumented();
    await second.client.copyImage({ ...source, tag: 'v1' }, destination);
    // The children are there: one GET of the source, a HEAD per child, one PUT of the index.
    expect(second.wrapper.lines()).toEqual([
      `GET /v2/${source.repository}/manifests/v1`,
      `HEAD /v2/${destination.repository}/manifests/${built.images[0]?.image.manifest.digest}`,
      `HEAD /v2/${destination.repository}/manifests/${built.images[1]?.image.manifest.digest}`,
      `PUT /v2/${destination.repository}/manifests/v1`,
    ]);
  });

  it('copies by digest to another registry (downloading and uploading the blobs)', async () => {
    const built = await buildExtensionLike('promoted');
    const source = repo('promote-testing');
    const pushed = await pushBuilt(new RegistryClient(), source, built, 'candidate');
    const client = new RegistryClient({
      credentials: staticCredentials({
        [auth.host]: { username: auth.username, password: auth.password },
      }),
    });
    const destination = repo('promote-production', auth.host);
    const copied = await client.copyImage(
      { ...source, digest: pushed.digest },
      { ...destination, digest: pushed.digest },
    );
    expect(copied.digest).toBe(built.index.digest);
    const back = await client.getManifest({ ...destination, digest: pushed.digest });
    expect(isImageIndex(back.manifest)).toBe(true);
    expect((back.manifest as ImageIndex).manifests.map((d) => d.platform?.architecture)).toEqual([
      'amd64',
      'arm64',
    ]);
    const config = await client.getConfig({ ...destination, digest: pushed.digest }, 'linux/arm64');
    expect(config.rootfs.diff_ids).toEqual([built.images[1]?.layers[0]?.diffId]);

    const wrongDigest = await client
      .copyImage({ ...source, tag: 'candidate' }, { ...destination, digest: computeDigest('x') })
      .catch((e: unknown) => e);
    expect(wrongDigest).toBeInstanceOf(DigestMismatchError);
  });
});

describe('bearer tokens for pushes (fake token server in front of the real registry)', () => {
  const USER = 'pusher';
  const PASSWORD = 'push-secret';
  const service = 'pgforge-fake-push';

  // The token server's rule: same resource, and every needed action granted.
  function covers(granted: string, needed: string): boolean {
    const split = (scope: string) =>
      [
        scope.slice(0, scope.lastIndexOf(':')),
        scope.slice(scope.lastIndexOf(':') + 1).split(','),
      ] as const;
    const [grantedResource, grantedActions] = split(granted);
    const [neededResource, neededActions] = split(needed);
    return (
      grantedResource === neededResource && neededActions.every((a) => grantedActions.includes(a))
    );
  }

  it('asks for pull,push on the target and pull on a mount source, and pushes through them', async () => {
    const tokens = new Map<string, string[]>();
    const asked: string[][] = [];
    const tokenServer = await startFakeServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://token');
      const expected = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
      if (req.headers.authorization !== expected || url.searchParams.get('service') !== service) {
        sendJson(res, 401, { details: 'bad credentials or service' });
        return;
      }
      const scopes = url.searchParams.getAll('scope');
      asked.push(scopes);
      const token = `tok-${tokens.size + 1}`;
      tokens.set(token, scopes);
      sendJson(res, 200, { token, expires_in: 600 });
    });
    fakes.push(tokenServer);

    const gate = await startFakeServer(async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://gate');
      const repository = /^\/v2\/(.+?)\/(?:manifests|blobs|tags)\//.exec(url.pathname)?.[1];
      const write = req.method !== 'GET' && req.method !== 'HEAD';
      const needed = [`repository:${repository}:${write ? 'pull,push' : 'pull'}`];
      const from = url.searchParams.get('from');
      if (from) needed.push(`repository:${from}:pull`);
      const granted = tokens.get(req.headers.authorization?.replace(/^Bearer /, '') ?? '') ?? [];
      if (!repository || !needed.every((n) => granted.some((g) => covers(g, n)))) {
        sendJson(
          res,
          401,
          { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] },
          {
            'www-authenticate': `Bearer realm="${tokenServer.url}/token",service="${service}",scope="${needed.join(' ')}"`,
          },
        );
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'content-range', 'accept']) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const upstream = await fetch(`http://${open.host}${req.url}`, {
        method: req.method,
        headers,
        body: write ? req.rawBody : undefined,
      });
      const answer: Record<string, string> = {};
      for (const name of ['content-type', 'docker-content-digest', 'location', 'range']) {
        const value = upstream.headers.get(name);
        if (value) answer[name] = value.replace(open.host, gate.host);
      }
      const body = Buffer.from(await upstream.arrayBuffer());
      if (req.method === 'HEAD') {
        answer['content-length'] = upstream.headers.get('content-length') ?? '0';
        res.writeHead(upstream.status, answer);
        res.end();
        return;
      }
      res.writeHead(upstream.status, answer);
      res.end(body);
    });
    fakes.push(gate);

    const client = new RegistryClient({
      credentials: staticCredentials({ [gate.host]: { username: USER, password: PASSWORD } }),
      chunkThreshold: 100_000,
      chunkSize: 100_000,
    });
    const source = repo('bearer-source', gate.host);
    const target = repo('bearer-target', gate.host);
    const bytes = randomBytes(250_000);
    const pushed = await client.pushBlob(source, bytes);
    await client.pushBlob(target, bytes, { mountFrom: [source.repository] });
    const built = await buildExtensionLike('bearer', ['linux/amd64']);
    await pushBuilt(client, target, built, 'v1');

    expect(asked).toEqual([
      ['repository:push-test/bearer-source:pull,push'],
      ['repository:push-test/bearer-target:pull,push'],
      ['repository:push-test/bearer-target:pull,push', 'repository:push-test/bearer-source:pull'],
    ]);
    const direct = new RegistryClient();
    expect(await direct.blobExists(repo('bearer-target'), pushed.digest)).toBe(true);
    expect(await direct.resolveDigest({ ...repo('bearer-target'), tag: 'v1' })).toBe(
      built.index.digest,
    );
    // The blob reached the target by a mount: no PATCH or PUT of it to the target.
    const targetUploads = gate.requests.filter(
      (r) => r.url.startsWith(`/v2/${target.repository}/blobs/uploads/`) && r.method === 'PATCH',
    );
    expect(targetUploads).toHaveLength(0);
  });
});
