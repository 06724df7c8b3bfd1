/**
 * Referrers against the real CNCF distribution 2.8, which has no referrers API: the client
 * falls back to the referrers tag schema (`sha256-<hex>` holding an index of the artifacts).
 */
import { describe, expect, inject, it } from 'vitest';
import {
  EMPTY_JSON,
  MediaTypes,
  RegistryClient,
  isImageIndex,
  referrersTag,
} from '../src/index.js';
import type { Descriptor, ImageIndex, ImageManifest } from '../src/index.js';
import { buildExtensionLike, pushBuilt } from './support/built-images.js';
import { instrumentedFetch } from './support/instrumented-fetch.js';

const registry = inject('registry');
const SPDX = 'application/spdx+json';
const CYCLONEDX = 'application/vnd.cyclonedx+json';

async function imageWithArtifacts(name: string) {
  const client = new RegistryClient();
  const repository = { registry: registry.host, repository: `referrers-test/${name}` };
  const subject = await pushBuilt(client, repository, await buildExtensionLike(name), 'v1');
  const spdx = await client.pushArtifact({
    repository,
    subject,
    artifactType: SPDX,
    blobs: [
      {
        bytes: JSON.stringify({ spdxVersion: 'SPDX-2.3', name }),
        mediaType: SPDX,
        annotations: { 'org.opencontainers.image.title': 'sbom.spdx.json' },
      },
    ],
    annotations: { 'org.example.kind': 'sbom' },
  });
  const cyclonedx = await client.pushArtifact({
    repository,
    subject,
    artifactType: CYCLONEDX,
    blobs: [{ bytes: JSON.stringify({ bomFormat: 'CycloneDX' }), mediaType: CYCLONEDX }],
  });
  return { client, repository, subject, spdx, cyclonedx };
}

describe('referrers on distribution 2.8 (tag schema)', () => {
  it('finds both artifacts attached to an image, and each by artifactType', async () => {
    const { client, repository, subject, spdx, cyclonedx } = await imageWithArtifacts('app');
    expect(spdx).toMatchObject({
      mediaType: MediaTypes.ociManifest,
      artifactType: SPDX,
      annotations: { 'org.example.kind': 'sbom' },
    });
    const all = await client.referrers(repository, subject.digest);
    expect(all.map((d) => [d.digest, d.artifactType])).toEqual([
      [spdx.digest, SPDX],
      [cyclonedx.digest, CYCLONEDX],
    ]);
    expect(await client.referrers(repository, subject.digest, { artifactType: SPDX })).toEqual([
      spdx,
    ]);
    expect(
      (await client.referrers(repository, subject.digest, { artifactType: CYCLONEDX })).map(
        (d) => d.digest,
      ),
    ).toEqual([cyclonedx.digest]);
    expect(await client.referrers(repository, subject.digest, { artifactType: 'x/none' })).toEqual(
      [],
    );

    // What is stored: the artifact manifest with subject and the empty config, and the tag.
    const artifact = await client.getManifest({ ...repository, digest: spdx.digest });
    const manifest = artifact.manifest as ImageManifest;
    expect(manifest.subject).toEqual({
      mediaType: MediaTypes.ociIndex,
      digest: subject.digest,
      size: subject.size,
    });
    expect(manifest.artifactType).toBe(SPDX);
    expect(manifest.config).toEqual({
      mediaType: MediaTypes.ociEmpty,
      digest: EMPTY_JSON.digest,
      size: 2,
    });
    const sbom = await client.getBlob(repository, manifest.layers[0]?.digest ?? '');
    expect(JSON.parse(new TextDecoder().decode(sbom))).toEqual({
      spdxVersion: 'SPDX-2.3',
      name: 'app',
    });
    expect(await client.listTags(repository)).toEqual(
      expect.arrayContaining(['v1', referrersTag(subject.digest)]),
    );
    const tagIndex = await client.getManifest({ ...repository, tag: referrersTag(subject.digest) });
    expect(isImageIndex(tagIndex.manifest)).toBe(true);
    expect((tagIndex.manifest as ImageIndex).manifests).toHaveLength(2);
  });

  it('does not list an artifact twice when it is pushed again, and has none for other images', async () => {
    const { client, repository, subject, spdx } = await imageWithArtifacts('again');
    const again = await client.pushArtifact({
      repository,
      subject,
      artifactType: SPDX,
      blobs: [
        {
          bytes: JSON.stringify({ spdxVersion: 'SPDX-2.3', name: 'again' }),
          mediaType: SPDX,
          annotations: { 'org.opencontainers.image.title': 'sbom.spdx.json' },
        },
      ],
      annotations: { 'org.example.kind': 'sbom' },
    });
    expect(again.digest).toBe(spdx.digest);
    expect(await client.referrers(repository, subject.digest)).toHaveLength(2);
    const child = (await client.getImageManifest({ ...repository, tag: 'v1' })).manifest.digest;
    expect(await client.referrers(repository, child)).toEqual([]);
  });

  it('pushes an artifact without payload with the empty descriptor as its one layer', async () => {
    const { client, repository, subject } = await imageWithArtifacts('empty');
    const marker = await client.pushArtifact({
      repository,
      subject,
      artifactType: 'application/vnd.example.tested',
      annotations: { 'org.example.result': 'passed' },
    });
    const manifest = (await client.getManifest({ ...repository, digest: marker.digest }))
      .manifest as ImageManifest;
    expect(manifest.layers).toEqual([
      { mediaType: MediaTypes.ociEmpty, digest: EMPTY_JSON.digest, size: 2 },
    ]);
    expect(
      (await client.referrers(repository, subject.digest)).map((d: Descriptor) => d.artifactType),
    ).toEqual([SPDX, CYCLONEDX, 'application/vnd.example.tested']);
  });

  it('asks the referrers API first and falls back to the tag on its 404', async () => {
    const { repository, subject } = await imageWithArtifacts('probe');
    const wrapper = instrumentedFetch();
    const client = new RegistryClient({ fetch: wrapper.fetch });
    expect(await client.referrers(repository, subject.digest)).toHaveLength(2);
    expect(wrapper.requests.map((r) => [r.method, r.url.pathname, r.status])).toEqual([
      ['GET', `/v2/${repository.repository}/referrers/${subject.digest}`, 404],
      ['GET', `/v2/${repository.repository}/manifests/${referrersTag(subject.digest)}`, 200],
    ]);
  });

  it('copyImage with referrers copies the artifacts and the referrers tag to the destination', async () => {
    const { client, repository, subject, spdx, cyclonedx } = await imageWithArtifacts('promote');
    const destination = { registry: registry.host, repository: 'referrers-test/production' };
    await client.copyImage(
      { ...repository, tag: 'v1' },
      { ...destination, tag: 'v1' },
      {
        referrers: true,
      },
    );
    const found = await client.referrers(destination, subject.digest);
    expect(found.map((d) => d.digest)).toEqual([spdx.digest, cyclonedx.digest]);
    const copied = await client.getManifest({ ...destination, digest: spdx.digest });
    const layer = (copied.manifest as ImageManifest).layers[0]?.digest ?? '';
    expect(await client.blobExists(destination, layer)).toBe(true);
  });
});
