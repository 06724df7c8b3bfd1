/**
 * The image model: configuration, manifest and index as bytes, deterministic, with the OCI
 * media types and the fields readers need (rootfs.diff_ids, platform, annotations).
 */
import { describe, expect, it } from 'vitest';
import {
  EMPTY_JSON,
  ImageBuildError,
  MediaTypes,
  buildImage,
  buildIndex,
  buildLayer,
  buildManifest,
  computeDigest,
  descriptorOf,
} from '../src/index.js';
import type { ImageConfig, ImageIndex, ImageManifest } from '../src/index.js';

const json = (bytes: Uint8Array): unknown => JSON.parse(new TextDecoder().decode(bytes));

async function layers() {
  return [
    await buildLayer([{ path: 'lib/a.so', type: 'file', data: 'a' }]),
    await buildLayer([{ path: 'share/extension/a.control', type: 'file', data: 'c' }]),
  ];
}

describe('buildImage', () => {
  it('writes an OCI config with diff_ids and a manifest pointing at it and the layers', async () => {
    const built = await layers();
    const image = buildImage({
      platform: 'linux/arm64/v8',
      layers: built,
      config: {
        env: { PATH: '/usr/bin', A: '1' },
        labels: { 'org.opencontainers.image.version': '1.0' },
        workingDir: '/',
        user: '26',
      },
      annotations: { 'org.opencontainers.image.title': 'a' },
      created: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
      history: [{ created_by: 'pgforge' }, { created_by: 'pgforge', comment: 'sql' }],
    });
    expect(image.platform).toEqual({ architecture: 'arm64', os: 'linux', variant: 'v8' });
    expect(image.config.mediaType).toBe(MediaTypes.ociConfig);
    expect(image.config.digest).toBe(computeDigest(image.config.bytes));
    expect(new TextDecoder().decode(image.config.bytes)).toBe(
      '{"created":"2024-01-02T03:04:05Z","architecture":"arm64","os":"linux","variant":"v8",' +
        '"config":{"User":"26","Env":["A=1","PATH=/usr/bin"],"WorkingDir":"/",' +
        '"Labels":{"org.opencontainers.image.version":"1.0"}},' +
        `"rootfs":{"type":"layers","diff_ids":["${built[0]?.diffId}","${built[1]?.diffId}"]},` +
        '"history":[{"created_by":"pgforge"},{"created_by":"pgforge","comment":"sql"}]}',
    );
    const config = json(image.config.bytes) as ImageConfig;
    expect(config.rootfs.diff_ids).toEqual(built.map((l) => l.diffId));

    const manifest = json(image.manifest.bytes) as ImageManifest;
    expect(image.manifest.mediaType).toBe(MediaTypes.ociManifest);
    expect(image.manifest.size).toBe(image.manifest.bytes.length);
    expect(manifest).toEqual({
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      config: {
        mediaType: MediaTypes.ociConfig,
        digest: image.config.digest,
        size: image.config.size,
      },
      layers: built.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
      annotations: { 'org.opencontainers.image.title': 'a' },
    });
  });

  it('gives the same digest whatever the order of annotations, labels and env maps', async () => {
    const built = await layers();
    const one = buildImage({
      platform: { os: 'linux', architecture: 'amd64' },
      layers: built,
      config: { env: { A: '1', B: '2' }, labels: { x: '1', y: '2' } },
      annotations: { p: '1', q: '2' },
    });
    const two = buildImage({
      platform: 'linux/amd64',
      layers: built,
      config: { env: { B: '2', A: '1' }, labels: { y: '2', x: '1' } },
      annotations: { q: '2', p: '1' },
    });
    expect(two.manifest.digest).toBe(one.manifest.digest);
    const other = buildImage({ platform: 'linux/amd64', layers: built.slice(0, 1) });
    expect(other.manifest.digest).not.toBe(one.manifest.digest);
    // No clock: without `created`, the config has none.
    expect(json(other.config.bytes)).not.toHaveProperty('created');
  });

  it('refuses history that does not pair up with the layers, and bad digests', async () => {
    const built = await layers();
    expect(() =>
      buildImage({ platform: 'linux/amd64', layers: built, history: [{ created_by: 'x' }] }),
    ).toThrow(
      new ImageBuildError(
        'history has 1 entries that made a layer, but the image has 2 layers; mark the others empty_layer: true',
      ),
    );
    expect(() =>
      buildImage({
        platform: 'linux/amd64',
        layers: [{ ...built[0]!, diffId: 'sha256:nope' }],
      }),
    ).toThrow(/invalid digest "sha256:nope"/);
    expect(() => buildImage({ platform: 'linux', layers: [] })).toThrow(/invalid platform "linux"/);
  });
});

describe('buildIndex and buildManifest', () => {
  it('lists images with their platforms in the order given, with sorted annotations', async () => {
    const built = await layers();
    const amd64 = buildImage({ platform: 'linux/amd64', layers: built });
    const arm64 = buildImage({ platform: 'linux/arm64', layers: built });
    const index = buildIndex({ manifests: [amd64, arm64], annotations: { b: '2', a: '1' } });
    expect(index.mediaType).toBe(MediaTypes.ociIndex);
    expect(new TextDecoder().decode(index.bytes)).toBe(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaTypes.ociIndex,
        manifests: [amd64, arm64].map((i) => ({
          mediaType: MediaTypes.ociManifest,
          digest: i.manifest.digest,
          size: i.manifest.size,
          platform: i.platform,
        })),
        annotations: { a: '1', b: '2' },
      }),
    );
    // A descriptor with a platform is the same entry as the built image.
    const again = buildIndex({
      manifests: [descriptorOf(amd64.manifest, { platform: amd64.platform }), arm64],
      annotations: { a: '1', b: '2' },
    });
    expect(again.digest).toBe(index.digest);
    expect((json(index.bytes) as ImageIndex).manifests).toHaveLength(2);
  });

  it('writes an artifact manifest with artifactType, the empty config and a subject', () => {
    const subject = { mediaType: MediaTypes.ociIndex, digest: computeDigest('s'), size: 1 };
    const artifact = buildManifest({
      artifactType: 'application/spdx+json',
      config: EMPTY_JSON,
      layers: [EMPTY_JSON],
      subject,
    });
    expect(EMPTY_JSON.digest).toBe(
      'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    );
    expect(json(artifact.bytes)).toEqual({
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      artifactType: 'application/spdx+json',
      config: { mediaType: MediaTypes.ociEmpty, digest: EMPTY_JSON.digest, size: 2 },
      layers: [{ mediaType: MediaTypes.ociEmpty, digest: EMPTY_JSON.digest, size: 2 }],
      subject,
    });
  });
});
