/**
 * An image in a registry, resolved to the single-platform manifests an SBOM describes (each
 * platform of an index, or the one asked for), and read through the registry client alone: no
 * Docker daemon, so any platform can be read on any machine.
 */
import {
  formatPlatform,
  formatReference,
  isAttestationManifest,
  isImageIndex,
  isImageManifestMediaType,
  parsePlatform,
  toReference,
} from '@pgforge/oci';
import type {
  FetchedImageManifest,
  ImageConfig,
  ImageReference,
  RegistryClient,
} from '@pgforge/oci';
import { analyzeImageFiles, SBOM_SELECTION } from './analyze.js';
import type { ExtensionSourcePackage } from './analyze.js';
import { SbomError } from './errors.js';
import { readImageFiles } from '@pgforge/oci';
import type { SbomContent, SbomDistro, SbomSubject } from './model.js';

/** The registry calls an SBOM needs; RegistryClient has them all. */
export type ImageSource = Pick<RegistryClient, 'getManifest' | 'getImageManifest' | 'getBlob'>;

/** One platform's image manifest, with its configuration. */
export interface ResolvedPlatformImage {
  subject: SbomSubject;
  manifest: FetchedImageManifest;
  config: ImageConfig;
}

async function readConfig(
  client: ImageSource,
  ref: ImageReference,
  manifest: FetchedImageManifest,
): Promise<ImageConfig> {
  const { config } = manifest.manifest;
  const bytes = await client.getBlob(ref, config.digest, config.size);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as ImageConfig;
  } catch {
    // An artifact's empty config (`{}`) parses; anything else that does not is not an image.
    throw new SbomError(
      `the configuration ${manifest.manifest.config.digest} of ${formatReference({ ...ref, digest: manifest.digest })} is not JSON`,
    );
  }
}

function subjectOf(
  ref: ImageReference,
  manifest: FetchedImageManifest,
  config: ImageConfig,
  indexDigest: string | undefined,
  platformHint: { os: string; architecture: string; variant?: string } | undefined,
): SbomSubject {
  const platform = {
    os: config.os || platformHint?.os || 'linux',
    architecture: config.architecture || platformHint?.architecture || 'unknown',
    ...((config.variant ?? platformHint?.variant)
      ? { variant: config.variant ?? platformHint?.variant }
      : {}),
  };
  const subject: SbomSubject = {
    registry: ref.registry,
    repository: ref.repository,
    digest: manifest.digest,
    mediaType: manifest.mediaType,
    size: manifest.bytes.length,
    platform,
  };
  if (ref.tag !== undefined) subject.tag = ref.tag;
  if (indexDigest) subject.indexDigest = indexDigest;
  if (typeof config.created === 'string') subject.created = config.created;
  return subject;
}

/**
 * The platform images of `reference`: every image manifest of an index (attestation manifests
 * left out), or only `platform`'s; a single-platform image is itself, whatever `platform` says.
 */
export async function resolvePlatformImages(
  client: ImageSource,
  reference: ImageReference | string,
  platform?: string,
): Promise<ResolvedPlatformImage[]> {
  const ref = toReference(reference);
  if (platform !== undefined) {
    parsePlatform(platform);
    const resolved = await client.getImageManifest(ref, platform);
    const config = await readConfig(client, ref, resolved.manifest);
    return [
      {
        subject: subjectOf(
          ref,
          resolved.manifest,
          config,
          resolved.index?.digest,
          resolved.descriptor?.platform,
        ),
        manifest: resolved.manifest,
        config,
      },
    ];
  }
  const top = await client.getManifest(ref);
  if (!isImageIndex(top.manifest)) {
    const manifest = top as FetchedImageManifest;
    const config = await readConfig(client, ref, manifest);
    return [{ subject: subjectOf(ref, manifest, config, undefined, undefined), manifest, config }];
  }
  const images: ResolvedPlatformImage[] = [];
  for (const descriptor of top.manifest.manifests) {
    if (isAttestationManifest(descriptor) || !isImageManifestMediaType(descriptor.mediaType))
      continue;
    const child = await client.getManifest({
      registry: ref.registry,
      repository: ref.repository,
      digest: descriptor.digest,
    });
    if (isImageIndex(child.manifest)) continue;
    const manifest = child as FetchedImageManifest;
    const config = await readConfig(client, ref, manifest);
    images.push({
      subject: subjectOf(ref, manifest, config, top.digest, descriptor.platform),
      manifest,
      config,
    });
  }
  // Index order is the publisher's; platform order is stable across rebuilds.
  return images.sort((a, b) => {
    const pa = formatPlatform(a.subject.platform);
    const pb = formatPlatform(b.subject.platform);
    return pa < pb ? -1 : pa > pb ? 1 : 0;
  });
}

export interface ReadContentOptions {
  /** Extension images: the packages they were assembled from, with versions. */
  extensionPackages?: readonly ExtensionSourcePackage[];
  /** Extension images: the distribution those packages came from. */
  distro?: SbomDistro;
}

/** Streams the image's layers and returns what the SBOM lists. */
export async function readSbomContent(
  client: ImageSource,
  image: ResolvedPlatformImage,
  options: ReadContentOptions = {},
): Promise<SbomContent> {
  const ref: ImageReference = {
    registry: image.subject.registry,
    repository: image.subject.repository,
  };
  const shown = formatReference({ ...ref, digest: image.subject.digest });
  const files = await readImageFiles({
    image: shown,
    layers: image.manifest.manifest.layers,
    fetchBlob: (digest, size) => client.getBlob(ref, digest, size),
    select: SBOM_SELECTION,
  });
  return analyzeImageFiles(files, {
    image: shown,
    platform: image.subject.platform,
    ...(options.extensionPackages ? { packages: options.extensionPackages } : {}),
    ...(options.distro ? { distro: options.distro } : {}),
  });
}
