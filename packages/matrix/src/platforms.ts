/**
 * The runnable platforms of an image in a registry, as the skip decision and the base-image
 * check read them: an index's entries (attestation manifests left out), or a single manifest's
 * config.
 */
import {
  isAttestationManifest,
  isImageIndex,
  type FetchedManifest,
  type ImageConfig,
  type Platform,
} from '@pgforge/oci';

/** What reading an image's platforms needs of a registry client (RegistryClient has it). */
export interface PlatformReader {
  getManifest(reference: string): Promise<FetchedManifest>;
  /** The configuration of a single-platform image. */
  getConfig(reference: string): Promise<ImageConfig>;
}

/** `fetched` is the manifest or index at `reference` (a digest reference). */
export async function platformsOf(
  registry: PlatformReader,
  reference: string,
  fetched: FetchedManifest,
): Promise<Platform[]> {
  if (isImageIndex(fetched.manifest)) {
    return fetched.manifest.manifests
      .filter((d) => !isAttestationManifest(d))
      .flatMap((d) => (d.platform ? [d.platform] : []));
  }
  const config = await registry.getConfig(reference);
  return [
    {
      os: config.os ?? 'unknown',
      architecture: config.architecture ?? 'unknown',
      ...(config.variant ? { variant: config.variant } : {}),
    },
  ];
}
