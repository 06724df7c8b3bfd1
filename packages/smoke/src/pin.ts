/**
 * The image under test, pinned to a digest before anything runs. A tag can move while a test
 * runs, and a local image store can hold an older image under the same tag; promote trusts a
 * report only for the digest it names, so the report must name what really ran.
 */
import { formatReference, parseReference, type RegistryClient } from '@pgforge/oci';

/** What pinning needs of a registry client (RegistryClient has it). */
export type DigestResolver = Pick<RegistryClient, 'resolveDigest'>;

export interface PinnedImage {
  /** What the levels run: `repo:tag@digest` when pinned (the tag kept for the reader), else as given. */
  reference: string;
  /** The registry's digest of the image (the index, for a multi-platform image). */
  digest?: string;
  /** Why there is no digest, when there is none. */
  unpinned?: string;
}

export async function pinImage(image: string, registry: DigestResolver): Promise<PinnedImage> {
  const ref = parseReference(image);
  if (ref.digest) return { reference: image, digest: ref.digest };
  let digest: string | undefined;
  try {
    digest = await registry.resolveDigest(image);
  } catch (error) {
    return {
      reference: image,
      unpinned: `${formatReference(ref)} could not be resolved in its registry (${(error as Error).message}); the local image store's image was tested`,
    };
  }
  if (digest === undefined) {
    return {
      reference: image,
      unpinned: `${ref.registry} has no ${formatReference(ref)}; the local image store's image was tested`,
    };
  }
  return { reference: formatReference({ ...ref, digest }), digest };
}
