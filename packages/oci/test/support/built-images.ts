/**
 * Small images made with the package's own model (buildLayer, buildImage, buildIndex), and
 * pushing them with the client: the fixtures of the push, layout and referrers tests.
 */
import { buildImage, buildIndex, buildLayer } from '../../src/index.js';
import type {
  BuiltBlob,
  BuiltImage,
  BuiltLayer,
  Descriptor,
  LayerEntry,
  RegistryClient,
  RepositoryReference,
} from '../../src/index.js';

export interface BuiltPlatformImage {
  image: BuiltImage;
  layers: BuiltLayer[];
}

export interface BuiltMultiImage {
  index: BuiltBlob;
  images: BuiltPlatformImage[];
  /** Every blob: layers, configs, manifests and the index. */
  blobs: Uint8Array[];
}

/** A scratch image shaped like an extension image, one per platform, the layer differing. */
export async function buildExtensionLike(
  name: string,
  platforms: string[] = ['linux/amd64', 'linux/arm64'],
): Promise<BuiltMultiImage> {
  const images: BuiltPlatformImage[] = [];
  for (const platform of platforms) {
    const entries: LayerEntry[] = [
      { path: `lib/${name}.so`, type: 'file', mode: 0o755, data: `module ${name} for ${platform}` },
      { path: `share/extension/${name}.control`, type: 'file', data: `comment = '${name}'\n` },
      { path: `share/extension/${name}--1.0.sql`, type: 'file', data: 'SELECT 1;\n' },
      { path: `licenses/${name}/copyright`, type: 'file', data: 'Apache-2.0\n' },
      { path: `lib/${name}-current.so`, type: 'symlink', linkTarget: `${name}.so` },
    ];
    const layer = await buildLayer(entries, { mtime: 1_700_000_000 });
    const image = buildImage({
      platform,
      layers: [layer],
      annotations: { 'org.opencontainers.image.title': name },
      created: new Date(1_700_000_000_000),
    });
    images.push({ image, layers: [layer] });
  }
  const index = buildIndex({
    manifests: images.map((i) => i.image),
    annotations: { 'org.opencontainers.image.title': name },
  });
  const blobs = [
    ...images.flatMap((i) => [
      ...i.layers.map((l) => l.blob),
      i.image.config.bytes,
      i.image.manifest.bytes,
    ]),
    index.bytes,
  ];
  return { index, images, blobs };
}

/** Pushes blobs, then manifests by digest, then the index under `tag`. */
export async function pushBuilt(
  client: RegistryClient,
  repository: RepositoryReference,
  built: BuiltMultiImage,
  tag: string,
): Promise<Descriptor> {
  for (const { image, layers } of built.images) {
    for (const layer of layers) {
      await client.pushBlob(repository, layer.blob, { mediaType: layer.mediaType });
    }
    await client.pushBlob(repository, image.config.bytes, { mediaType: image.config.mediaType });
    await client.pushManifest(
      { ...repository, digest: image.manifest.digest },
      image.manifest.bytes,
      image.manifest.mediaType,
    );
  }
  const digest = await client.pushManifest(
    { ...repository, tag },
    built.index.bytes,
    built.index.mediaType,
  );
  return { mediaType: built.index.mediaType, digest, size: built.index.size };
}
