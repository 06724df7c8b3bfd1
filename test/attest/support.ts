/**
 * What the attest tests stand on besides cosign (@pgforge/testkit): small real images in the test
 * registry, and a matrix target to attest.
 */
import { buildImage, buildLayer, RegistryClient } from '@pgforge/oci';
import type { Target } from '@pgforge/targets';

export interface TestImage {
  /** `<host>/<repository>@sha256:…` */
  reference: string;
  digest: string;
  repository: string;
}

/** A single-platform image with one file, pushed under `tag` with @pgforge/oci. */
export async function pushSmallImage(
  host: string,
  repository: string,
  content: string,
): Promise<TestImage> {
  const client = new RegistryClient();
  const repo = { registry: host, repository };
  const layer = await buildLayer([{ path: 'hello.txt', type: 'file', data: content }]);
  const image = buildImage({
    platform: 'linux/amd64',
    layers: [layer],
    created: '2026-11-21T10:00:00Z',
    config: { labels: { 'org.opencontainers.image.title': repository } },
  });
  await client.pushBlob(repo, layer.blob, { mediaType: layer.mediaType });
  await client.pushBlob(repo, image.config.bytes, { mediaType: image.config.mediaType });
  const digest = await client.pushManifest(
    { ...repo, tag: 'v1' },
    image.manifest.bytes,
    image.manifest.mediaType,
  );
  return { reference: `${host}/${repository}@${digest}`, digest, repository };
}

/** A matrix target, as the matrix action's `targets` output carries it. */
export function sampleTarget(host: string): Target {
  return {
    id: '17-minimal-trixie',
    postgres: { version: '17.6', major: 17, debianVersion: '17.6-1', preview: false },
    distribution: 'trixie',
    flavour: 'minimal',
    lineage: ['minimal'],
    platforms: ['linux/amd64'],
    base: { image: 'debian:trixie-slim', digest: `sha256:${'cd'.repeat(32)}` },
    packageSource: 'distribution',
    packages: [{ name: 'postgresql-17', version: '17.6-1' }],
    layerPackages: [{ name: 'postgresql-17', version: '17.6-1' }],
    contents: [{ name: 'postgresql-17', version: '17.6-1', change: 'installed', suite: 'trixie' }],
    installs: [{ name: 'postgresql-17', version: '17.6-1' }],
    repository: `${host}/attest/postgresql`,
    testingRepository: `${host}/attest/postgresql-testing`,
    tags: { immutable: '17.6-202611211015-minimal-trixie', aliases: ['17-minimal-trixie'] },
    annotations: { 'org.opencontainers.image.version': '17.6' },
    buildArgs: { PG_MAJOR: '17' },
    fingerprint: `sha256:${'ef'.repeat(32)}`,
    timestamp: '202611211015',
  };
}
