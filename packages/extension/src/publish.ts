/**
 * Where built images go: a registry (blobs first, skipped when present or mounted from
 * another repository, then the platform manifests and the index by digest, and only then the
 * tags, so that a tag never names a half-pushed image), or an OCI image layout with one
 * entry per tag (`oci:<dir>:<tag>` for skopeo and umoci).
 */
import {
  MediaTypes,
  writeLayout,
  type BuiltBlob,
  type PushBlobOptions,
  type RegistryClient,
} from '@pgforge/oci';
import { blobsOf, type PlatformImage } from './oci-image.js';

/** The registry calls a push needs (RegistryClient has them). */
export type ImagePusher = Pick<RegistryClient, 'pushBlob' | 'pushManifest'>;

export interface ImageToPublish {
  index: BuiltBlob;
  platforms: PlatformImage[];
  tags: string[];
}

export async function pushImage(
  registry: ImagePusher,
  repository: string,
  image: ImageToPublish,
  options: { mountFrom?: string[]; concurrency?: number } = {},
): Promise<void> {
  const blobOptions: PushBlobOptions = options.mountFrom?.length
    ? { mountFrom: options.mountFrom }
    : {};
  const blobs = blobsOf(image.platforms).filter((b) => b.mediaType !== MediaTypes.ociManifest);
  // A few blobs at a time: a large system layer should not wait behind small ones.
  const pending = [...blobs];
  const workers = Array.from(
    { length: Math.min(options.concurrency ?? 3, pending.length) },
    async () => {
      for (let blob = pending.shift(); blob; blob = pending.shift()) {
        await registry.pushBlob(repository, blob.bytes, {
          ...blobOptions,
          digest: blob.digest,
          mediaType: blob.mediaType,
        });
      }
    },
  );
  await Promise.all(workers);
  for (const { image: built } of image.platforms) {
    await registry.pushManifest(
      `${repository}@${built.manifest.digest}`,
      built.manifest.bytes,
      built.manifest.mediaType,
    );
  }
  await registry.pushManifest(
    `${repository}@${image.index.digest}`,
    image.index.bytes,
    image.index.mediaType,
  );
  for (const tag of image.tags) {
    await registry.pushManifest(`${repository}:${tag}`, image.index.bytes, image.index.mediaType);
  }
}

export async function writeImageLayout(dir: string, image: ImageToPublish): Promise<void> {
  await writeLayout(dir, {
    manifests: image.tags.map((tag) => ({
      mediaType: image.index.mediaType,
      digest: image.index.digest,
      size: image.index.size,
      refName: tag,
    })),
    blobs: [...blobsOf(image.platforms), image.index],
  });
}
