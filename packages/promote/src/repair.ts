/**
 * A repair: tags of production pointed at an image production already holds, by digest. The
 * matrix asks for one when an image under a target's tags is that target unchanged (its
 * fingerprint, every platform) while other tags name another image or none: an alias moved,
 * or a run died between two tags. Nothing is copied and nothing new enters production, so no
 * smoke report is asked for: the image was tested when it was promoted, and the matrix has just
 * read that it is still the target. (Promote, given repairs, still verifies the image's
 * attestation when asked: an image pushed to production by hand was never promoted.) Each tag
 * must be of the image's own repository, and is read back afterwards.
 */
import { parseReference, type FetchedManifest, type RegistryClient } from '@pgforge/oci';
import { PromoteError } from './errors.js';
import type { PromotedTag } from './result.js';

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

/** What a repair would do to each tag, and the image's own manifest, whose bytes they get. */
export interface RepairPlan {
  image: string;
  fetched: FetchedManifest;
  /**
   * Each tag: `written` (it named nothing), `moved` (it named an older image), `unchanged`
   * (it names the image already) or `newer` (it names a newer image, and stays).
   */
  tags: PromotedTag[];
}

export type RepairRegistry = Pick<RegistryClient, 'getManifest' | 'pushManifest' | 'resolveDigest'>;

/** `org.opencontainers.image.created` of a manifest or index (RFC 3339). */
function createdOf(manifest: { annotations?: Record<string, string> }): string | undefined {
  return manifest.annotations?.['org.opencontainers.image.created'];
}

function repositoryOf(reference: string): string {
  const r = parseReference(reference);
  return `${r.registry}/${r.repository}`;
}

/** Reads what each tag names now and says what the repair would do to it; writes nothing. */
export async function planRepair(
  registry: RepairRegistry,
  request: RepairRequest,
  fetched?: FetchedManifest,
): Promise<RepairPlan> {
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
  const top = fetched ?? (await registry.getManifest(request.image));
  const created = createdOf(top.manifest);
  const tags: PromotedTag[] = [];
  for (const tag of request.tags) {
    const previous = await registry.resolveDigest(tag);
    if (previous === top.digest) {
      tags.push({ reference: tag, change: 'unchanged' });
      continue;
    }
    if (previous === undefined) {
      tags.push({ reference: tag, change: 'written' });
      continue;
    }
    // As promote does: an alias that names a newer image stays (a later release, or a rollback
    // made by hand after it, is not undone by a run that read the registry before).
    const now = createdOf(
      (await registry.getManifest(`${repositoryOf(tag)}@${previous}`)).manifest,
    );
    const newer =
      now !== undefined && created !== undefined && Date.parse(now) > Date.parse(created);
    tags.push({ reference: tag, change: newer ? 'newer' : 'moved', previous });
  }
  return { image: request.image, fetched: top, tags };
}

/** Writes the tags the plan moves or writes, each read back; returns those written. */
export async function applyRepair(
  registry: RepairRegistry,
  plan: RepairPlan,
): Promise<RepairedTag[]> {
  const { fetched } = plan;
  const repaired: RepairedTag[] = [];
  for (const t of plan.tags) {
    if (t.change !== 'written' && t.change !== 'moved') continue;
    await registry.pushManifest(t.reference, fetched.bytes, fetched.mediaType);
    const now = await registry.resolveDigest(t.reference);
    if (now !== fetched.digest) {
      throw new PromoteError(
        `repair: ${t.reference} names ${now ?? 'nothing'} after it was pointed at ${fetched.digest}`,
      );
    }
    repaired.push({
      tag: t.reference,
      digest: fetched.digest,
      ...(t.previous ? { previous: t.previous } : {}),
    });
  }
  return repaired;
}

/** Points the request's tags at its image (never an alias at an older one); the tags written. */
export async function repairTags(
  registry: RepairRegistry,
  request: RepairRequest,
): Promise<RepairedTag[]> {
  return applyRepair(registry, await planRepair(registry, request));
}
