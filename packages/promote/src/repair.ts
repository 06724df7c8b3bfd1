/**
 * A repair: tags of production pointed at an image production already holds, by digest. The
 * matrix asks for one when an image under a target's tags is that target unchanged (its
 * fingerprint, every platform) while other tags name another image or none: an alias moved,
 * or a run died between two tags. Nothing is copied and nothing new enters production, so no
 * smoke report is asked for: the image was tested when it was promoted, and the matrix has just
 * read that it is still the target. Each tag must be of the image's own repository, and is read
 * back afterwards.
 */
import { parseReference, type RegistryClient } from '@pgforge/oci';
import { PromoteError } from './errors.js';

export interface RepairRequest {
  /** `<repository>@<digest>`, in production. */
  image: string;
  /** `<repository>:<tag>` each. */
  tags: string[];
}

export interface RepairedTag {
  tag: string;
  digest: string;
  /** What the tag named before, if anything. */
  previous?: string;
}

/** `org.opencontainers.image.created` of a manifest or index (RFC 3339). */
function createdOf(manifest: { annotations?: Record<string, string> }): string | undefined {
  return manifest.annotations?.['org.opencontainers.image.created'];
}

function repositoryOf(reference: string): string {
  const r = parseReference(reference);
  return `${r.registry}/${r.repository}`;
}

export async function repairTags(
  registry: Pick<RegistryClient, 'getManifest' | 'pushManifest' | 'resolveDigest'>,
  request: RepairRequest,
): Promise<RepairedTag[]> {
  const image = parseReference(request.image);
  if (!image.digest) {
    throw new PromoteError(`repair: ${request.image} does not name its image by digest`);
  }
  const repository = repositoryOf(request.image);
  for (const tag of request.tags) {
    const t = parseReference(tag);
    if (repositoryOf(tag) !== repository || !t.tag || t.digest) {
      throw new PromoteError(
        `repair: ${tag} is not a tag of ${repository}; a repair points tags of the image's own repository at it`,
      );
    }
  }
  // The bytes of the image's own manifest, unchanged, are what each tag is put on.
  const fetched = await registry.getManifest(request.image);
  const created = createdOf(fetched.manifest);
  const repaired: RepairedTag[] = [];
  for (const tag of request.tags) {
    const previous = await registry.resolveDigest(tag);
    if (previous === fetched.digest) continue;
    // As promote does: an alias that names a newer image stays (a later release, or a rollback
    // made by hand after it, is not undone by a run that read the registry before).
    if (previous !== undefined) {
      const now = createdOf(
        (await registry.getManifest(`${repositoryOf(tag)}@${previous}`)).manifest,
      );
      if (now !== undefined && created !== undefined && Date.parse(now) > Date.parse(created)) {
        continue;
      }
    }
    await registry.pushManifest(tag, fetched.bytes, fetched.mediaType);
    const now = await registry.resolveDigest(tag);
    if (now !== fetched.digest) {
      throw new PromoteError(
        `repair: ${tag} names ${now ?? 'nothing'} after it was pointed at ${fetched.digest}`,
      );
    }
    repaired.push({ tag, digest: fetched.digest, ...(previous ? { previous } : {}) });
  }
  return repaired;
}
