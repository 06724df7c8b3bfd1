/**
 * The registry client against real CNCF distribution registries (`docker-registry`), one open
 * and one with htpasswd auth, as the global setup runs them; test images are pushed by the real
 * docker CLI (buildx) or written with plain HTTP (@pgforge/testkit: pushTestImage).
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  BlobNotFoundError,
  ManifestNotFoundError,
  MediaTypes,
  PlatformNotFoundError,
  RegistryClient,
  RegistryError,
  dockerConfigCredentials,
  isImageIndex,
  staticCredentials,
} from '../src/index.js';
import type { ImageIndex, ImageManifest } from '../src/index.js';
import { buildxPush, removeLocalImage, requireDocker } from './support/buildx.js';
import { sendJson, startFakeServer } from './support/fake-server.js';
import type { FakeServer } from './support/fake-server.js';
import { basicAuthorization, pushTestImage, type PushedImage } from '@pgforge/testkit';

const run = promisify(execFile);

// The registries the global setup runs (@pgforge/testkit/global): one open, one with htpasswd.
const open = inject('registry');
const auth = inject('authRegistry');
const USER = auth.username;
const PASSWORD = auth.password;

const INDEX_ANNOTATIONS = {
  'org.opencontainers.image.title': 'oci integration test',
  'org.example.level': 'index',
};
const MANIFEST_ANNOTATIONS = {
  'org.opencontainers.image.version': '1.0',
  'org.example.level': 'manifest',
};

let work: string;
let multi: string;
let authImage: PushedImage;
const fakes: FakeServer[] = [];

beforeAll(async () => {
  requireDocker();
  work = await mkdtemp(join(tmpdir(), 'pgforge-oci-it-'));
  multi = `${open.host}/oci-test/multi:v1`;
  await buildxPush({
    reference: multi,
    platforms: ['linux/amd64', 'linux/arm64'],
    indexAnnotations: INDEX_ANNOTATIONS,
    manifestAnnotations: MANIFEST_ANNOTATIONS,
    content: 'hello from pgforge\n',
  });
  authImage = await pushTestImage(
    {
      host: auth.host,
      repository: 'private/img',
      authorization: basicAuthorization(USER, PASSWORD),
    },
    'v1',
    { annotations: { 'org.example.private': 'yes' } },
  );
});

afterAll(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
  if (multi) await removeLocalImage(multi);
  if (work) await rm(work, { recursive: true, force: true });
});

describe('anonymous reads (real registry, image pushed by docker buildx)', () => {
  it('fetches the index by tag and by digest, with the digest the registry reports', async () => {
    const client = new RegistryClient();
    const byTag = await client.getManifest(multi);
    expect(byTag.mediaType).toBe(MediaTypes.ociIndex);
    expect(isImageIndex(byTag.manifest)).toBe(true);
    const platforms = (byTag.manifest as ImageIndex).manifests.map(
      (d) => `${d.platform?.os}/${d.platform?.architecture}`,
    );
    expect(platforms).toEqual(expect.arrayContaining(['linux/amd64', 'linux/arm64']));

    const { stdout } = await run('docker', [
      'buildx',
      'imagetools',
      'inspect',
      multi,
      '--format',
      '{{json .Manifest}}',
    ]);
    expect(byTag.digest).toBe((JSON.parse(stdout) as { digest: string }).digest);
    expect(await client.resolveDigest(multi)).toBe(byTag.digest);
    const head = await client.headManifest(multi);
    expect(head).toEqual({
      mediaType: MediaTypes.ociIndex,
      digest: byTag.digest,
      size: byTag.bytes.length,
    });

    const byDigest = await client.getManifest({
      registry: open.host,
      repository: 'oci-test/multi',
      digest: byTag.digest,
    });
    expect(Buffer.from(byDigest.bytes).equals(Buffer.from(byTag.bytes))).toBe(true);
  });

  it('reads back the annotations buildx wrote at index and manifest level', async () => {
    const client = new RegistryClient();
    const both = await client.annotations(multi);
    expect(both.index).toEqual(INDEX_ANNOTATIONS);
    expect(both.manifest).toEqual(MANIFEST_ANNOTATIONS);
    const arm = await client.annotations(multi, 'linux/arm64');
    expect(arm).toEqual({ index: INDEX_ANNOTATIONS, manifest: MANIFEST_ANNOTATIONS });
    expect(await client.imageAnnotations(multi)).toEqual(INDEX_ANNOTATIONS);
    expect(await client.imageAnnotations(multi, 'linux/amd64')).toEqual(MANIFEST_ANNOTATIONS);
  });

  it('chooses the platform’s manifest, skipping attestations, and reads its config and layer', async () => {
    const client = new RegistryClient();
    const first = await client.getImageManifest(multi);
    expect(first.descriptor?.platform).toEqual({ os: 'linux', architecture: 'amd64' });
    const index = first.index?.manifest as ImageIndex;
    // buildx attached provenance attestations: they are in the index but never chosen.
    expect(
      index.manifests.some(
        (d) => d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest',
      ),
    ).toBe(true);

    const config = await client.getConfig(multi, 'linux/arm64');
    expect(config.architecture).toBe('arm64');
    expect(config.os).toBe('linux');

    const arm = await client.getImageManifest(multi, 'linux/arm64');
    const layer = (arm.manifest.manifest as ImageManifest).layers[0];
    expect(layer).toBeDefined();
    const blob = await client.getBlob(multi, layer?.digest ?? '');
    expect(blob.length).toBe(layer?.size);
    const tar = gunzipSync(blob).toString('latin1');
    expect(tar).toContain('hello.txt');
    expect(tar).toContain('hello from pgforge\n');

    const error = await client.getImageManifest(multi, 'linux/s390x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformNotFoundError);
    expect((error as Error).message).toBe(
      `${multi} has no manifest for platform linux/s390x; it has linux/amd64, linux/arm64`,
    );
  });

  it('reports what is missing: tags, repositories, blobs', async () => {
    const client = new RegistryClient();
    const missingTag = `${open.host}/oci-test/multi:nope`;
    await expect(client.getManifest(missingTag)).rejects.toThrow(ManifestNotFoundError);
    expect(await client.headManifest(missingTag)).toBeUndefined();
    expect(await client.resolveDigest(missingTag)).toBeUndefined();

    const missingRepo = await client
      .getManifest(`${open.host}/oci-test/absent:v1`)
      .catch((e: unknown) => e);
    expect(missingRepo).toBeInstanceOf(ManifestNotFoundError);
    // distribution 2.8 answers MANIFEST_UNKNOWN (not NAME_UNKNOWN) for an unknown repository.
    expect((missingRepo as ManifestNotFoundError).status).toBe(404);
    expect((missingRepo as Error).message).toBe(
      `manifest ${open.host}/oci-test/absent:v1 not found: ${open.host} has no manifest v1 in oci-test/absent`,
    );
    expect(await client.listTags({ registry: open.host, repository: 'oci-test/absent' })).toEqual(
      [],
    );

    const digest = `sha256:${'0'.repeat(64)}`;
    const blob = await client.getBlob(multi, digest).catch((e: unknown) => e);
    expect(blob).toBeInstanceOf(BlobNotFoundError);
    expect((blob as BlobNotFoundError).status).toBe(404);
  });

  it('lists every tag when asked for pages of one (n=1)', async () => {
    const target = { host: open.host, repository: 'oci-test/tags' };
    const tags = ['a', 'b', 'c', 'd'];
    for (const tag of tags) await pushTestImage(target, tag);
    const urls: string[] = [];
    const client = new RegistryClient({
      fetch: (input, init) => {
        urls.push(String(input));
        return fetch(input, init);
      },
    });
    const listed = await client.listTags(
      { registry: open.host, repository: 'oci-test/tags' },
      { pageSize: 1 },
    );
    // distribution 2.8 ignores n and last on tags/list (pagination came in v3) and lists in
    // storage order; following Link: rel="next" is tested against a fake paging registry in
    // client-fake-servers.test.ts.
    expect([...listed].sort()).toEqual(tags);
    expect(urls[0]).toBe(`http://${open.host}/v2/oci-test/tags/tags/list?n=1`);
    expect(
      [...(await client.listTags({ registry: open.host, repository: 'oci-test/tags' }))].sort(),
    ).toEqual(tags);
  });
});

describe('basic auth (real registry with htpasswd)', () => {
  const privateRef = () => `${auth.host}/private/img:v1`;

  it('reads with the credentials docker login stored in a DOCKER_CONFIG directory', async () => {
    const dockerConfig = join(work, 'docker-login');
    await mkdir(dockerConfig, { recursive: true });
    const login = run('docker', [
      '--config',
      dockerConfig,
      'login',
      '--username',
      USER,
      '--password-stdin',
      auth.host,
    ]);
    login.child.stdin?.end(PASSWORD);
    await login;

    const client = new RegistryClient({
      credentials: dockerConfigCredentials({ env: { DOCKER_CONFIG: dockerConfig }, homeDir: work }),
    });
    const fetched = await client.getManifest(privateRef());
    expect(fetched.digest).toBe(authImage.digest);
    expect(await client.imageAnnotations(privateRef())).toEqual({ 'org.example.private': 'yes' });
    expect(await client.listTags({ registry: auth.host, repository: 'private/img' })).toEqual([
      'v1',
    ]);
  });

  it('tells an anonymous caller to log in', async () => {
    const error = await new RegistryClient().getManifest(privateRef()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).status).toBe(401);
    expect((error as Error).message).toBe(
      `401 from ${auth.host} for repository private/img: authentication required; no credentials are known for ${auth.host} (docker login ${auth.host})`,
    );
  });

  it('says a wrong password was rejected and where it came from, without the password', async () => {
    const wrongPassword = 'not-the-Password-42';
    const dir = join(work, 'wrong');
    await mkdir(join(dir, '.docker'), { recursive: true });
    await writeFile(
      join(dir, '.docker', 'config.json'),
      JSON.stringify({
        auths: {
          [auth.host]: { auth: Buffer.from(`${USER}:${wrongPassword}`).toString('base64') },
        },
      }),
    );
    const client = new RegistryClient({
      // The default location under the (test's) home directory, as a laptop has it.
      credentials: dockerConfigCredentials({ env: {}, homeDir: dir }),
    });
    const error = await client.getManifest(privateRef()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).status).toBe(401);
    expect((error as Error).message).toBe(
      `401 from ${auth.host} for repository private/img: credentials rejected (from ~/.docker/config.json)`,
    );
    expect(JSON.stringify(error)).not.toContain(wrongPassword);
    expect((error as Error).message).not.toContain(wrongPassword);
    expect((error as Error).message).not.toContain(
      Buffer.from(`${USER}:${wrongPassword}`).toString('base64'),
    );
  });

  it('reads with credentials from a fake credential helper named in credHelpers', async () => {
    const dir = join(work, 'helper');
    const bin = join(dir, 'bin');
    await mkdir(bin, { recursive: true });
    await writeFile(
      join(bin, 'docker-credential-fake'),
      `#!/bin/sh\nread -r server\n[ "$server" = "${auth.host}" ] || { echo "credentials not found in native keychain"; exit 1; }\nprintf '{"ServerURL":"%s","Username":"${USER}","Secret":"${PASSWORD}"}' "$server"\n`,
    );
    await chmod(join(bin, 'docker-credential-fake'), 0o755);
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({ credHelpers: { [auth.host]: 'fake' } }),
    );
    const client = new RegistryClient({
      credentials: dockerConfigCredentials({
        env: { DOCKER_CONFIG: dir, PATH: `${bin}:${process.env.PATH ?? ''}` },
      }),
    });
    expect((await client.getManifest(privateRef())).digest).toBe(authImage.digest);
  });
});

describe('bearer tokens (fake token server in front of the real registry)', () => {
  it('gets a token for the pull scope from the fake token server and reads through it', async () => {
    const service = 'pgforge-fake-registry';
    const tokens = new Map<string, string>(); // token → the scope it grants
    const tokenServer = await startFakeServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://token');
      const scopes = url.searchParams.getAll('scope');
      if (req.headers.authorization !== basicAuthorization(USER, PASSWORD)) {
        sendJson(res, 401, { details: 'bad credentials' });
      } else if (url.searchParams.get('service') !== service) {
        sendJson(res, 400, { details: `unknown service ${url.searchParams.get('service')}` });
      } else if (scopes.length !== 1 || !/^repository:[a-z0-9/._-]+:pull$/.test(scopes[0] ?? '')) {
        sendJson(res, 400, { details: `unexpected scope ${scopes.join(' ')}` });
      } else {
        const token = `tok-${tokens.size + 1}`;
        tokens.set(token, scopes[0] ?? '');
        sendJson(res, 200, { token, expires_in: 600, issued_at: new Date().toISOString() });
      }
    });
    fakes.push(tokenServer);

    // A gate that wants a bearer token for the repository's pull scope, then proxies to the
    // real registry.
    const gate = await startFakeServer(async (req: IncomingMessage, res: ServerResponse) => {
      const repository = /^\/v2\/(.+?)\/(?:manifests|blobs|tags)\//.exec(req.url ?? '')?.[1];
      const scope = `repository:${repository}:pull`;
      const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
      if (!repository || tokens.get(token) !== scope) {
        sendJson(
          res,
          401,
          { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] },
          {
            'www-authenticate': `Bearer realm="${tokenServer.url}/token",service="${service}",scope="${scope}"`,
          },
        );
        return;
      }
      const upstream = await fetch(`http://${open.host}${req.url}`, {
        method: req.method,
        headers: req.headers.accept ? { accept: req.headers.accept } : {},
      });
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'docker-content-digest', 'link']) {
        const value = upstream.headers.get(name);
        if (value) headers[name] = value;
      }
      res.writeHead(upstream.status, headers);
      res.end(Buffer.from(await upstream.arrayBuffer()));
    });
    fakes.push(gate);

    const client = new RegistryClient({
      credentials: staticCredentials({ [gate.host]: { username: USER, password: PASSWORD } }),
    });
    const viaGate = `${gate.host}/oci-test/multi:v1`;
    const direct = await new RegistryClient().getManifest(multi);
    expect((await client.getManifest(viaGate)).digest).toBe(direct.digest);
    expect((await client.annotations(viaGate)).index).toEqual(INDEX_ANNOTATIONS);
    expect(await client.listTags({ registry: gate.host, repository: 'oci-test/multi' })).toEqual([
      'v1',
    ]);
    // One token for the repository, reused for every later request.
    expect([...tokens.values()]).toEqual(['repository:oci-test/multi:pull']);
    expect(gate.requests.filter((r) => !r.headers.authorization)).toHaveLength(1);

    const wrong = new RegistryClient({
      credentials: staticCredentials(
        { [gate.host]: { username: USER, password: 'nope-nope' } },
        'a test',
      ),
    });
    const error = await wrong.getManifest(viaGate).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      `401 from ${gate.host} for repository oci-test/multi: credentials rejected by token server ${tokenServer.url}/token (from a test)`,
    );
  });
});
