/**
 * The referrers API branch (distribution spec 1.1), which the real registry here (distribution
 * 2.8) lacks: a fake registry that indexes referrers itself, answers pushes with OCI-Subject and
 * serves GET /v2/<name>/referrers/<digest>.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MediaTypes, RegistryClient, computeDigest } from '../src/index.js';
import type { Descriptor } from '../src/index.js';
import { sendJson, startFakeServer } from './support/fake-server.js';
import type { FakeServer } from './support/fake-server.js';

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const subject: Descriptor = {
  mediaType: MediaTypes.ociIndex,
  digest: computeDigest('image'),
  size: 5,
};

async function referrersRegistry(filters: boolean): Promise<FakeServer> {
  const stored: Descriptor[] = [];
  const server = await startFakeServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method === 'HEAD' && url.pathname.includes('/blobs/')) {
      res.writeHead(200, { 'content-length': '0' }).end();
    } else if (req.method === 'PUT' && url.pathname.includes('/manifests/')) {
      const manifest = JSON.parse(req.body) as { artifactType?: string; subject?: Descriptor };
      const digest = computeDigest(req.rawBody);
      stored.push({
        mediaType: MediaTypes.ociManifest,
        digest,
        size: req.rawBody.length,
        artifactType: manifest.artifactType,
      });
      res
        .writeHead(201, {
          'docker-content-digest': digest,
          ...(manifest.subject ? { 'oci-subject': manifest.subject.digest } : {}),
        })
        .end();
    } else if (req.method === 'GET' && url.pathname === `/v2/app/referrers/${subject.digest}`) {
      const wanted = url.searchParams.get('artifactType');
      const manifests =
        filters && wanted ? stored.filter((d) => d.artifactType === wanted) : stored;
      sendJson(
        res,
        200,
        { schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests },
        {
          'content-type': MediaTypes.ociIndex,
          ...(filters && wanted ? { 'oci-filters-applied': 'artifactType' } : {}),
        },
      );
    } else {
      sendJson(res, 404, { errors: [{ code: 'NOT_FOUND' }] });
    }
  });
  servers.push(server);
  return server;
}

describe('referrers API (fake registry that has it)', () => {
  for (const filters of [true, false]) {
    it(`uses the API and no referrers tag (${filters ? 'registry filters' : 'client filters'})`, async () => {
      const server = await referrersRegistry(filters);
      const client = new RegistryClient();
      const repository = { registry: server.host, repository: 'app' };
      const spdx = await client.pushArtifact({
        repository,
        subject,
        artifactType: 'application/spdx+json',
        blobs: [{ bytes: '{}', mediaType: 'application/spdx+json' }],
      });
      await client.pushArtifact({ repository, subject, artifactType: 'application/x-other' });
      // Each push: HEAD the empty config (and the blob), PUT by digest; never a tag.
      expect(server.requests.filter((r) => r.method === 'PUT').map((r) => r.url)).toEqual([
        `/v2/app/manifests/${spdx.digest}`,
        expect.stringMatching(/^\/v2\/app\/manifests\/sha256:[0-9a-f]{64}$/),
      ]);
      expect(server.requests.some((r) => r.url.includes('sha256-'))).toBe(false);

      const all = await client.referrers(repository, subject.digest);
      expect(all.map((d) => d.artifactType)).toEqual([
        'application/spdx+json',
        'application/x-other',
      ]);
      const only = await client.referrers(repository, subject.digest, {
        artifactType: 'application/spdx+json',
      });
      expect(only.map((d) => d.digest)).toEqual([spdx.digest]);
      expect(server.requests.at(-1)?.url).toBe(
        `/v2/app/referrers/${subject.digest}?artifactType=application%2Fspdx%2Bjson`,
      );
    });
  }
});
