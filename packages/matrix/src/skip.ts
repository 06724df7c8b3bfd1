import { formatPlatform, parsePlatform, platformMatches, RegistryNetworkError } from '@pgforge/oci';
import { FINGERPRINT_ANNOTATION, type Target } from '@pgforge/targets';
import { platformsOf, type PlatformReader } from './platforms.js';

/** What the skip decision needs of a registry client (RegistryClient has it all). */
export interface PublishedImageReader extends PlatformReader {
  /** The digest a tag points at now, or undefined when there is none. */
  resolveDigest(reference: string): Promise<string | undefined>;
}

export interface Decision {
  id: string;
  kept: boolean;
  reason: string;
  /** The published reference whose fingerprint was compared, when there was one. */
  checked?: string;
  /** The image published under the target's tags, by digest: what release notes compare with. */
  published?: string;
  /** Set when the registry could not be read: the target is kept, and this says why. */
  warning?: string;
  /**
   * Set when the target is not built because an image published under its tags already is
   * it (same fingerprint, every platform) but some tags name another image or none: those
   * tags are pointed at it again, by digest, instead of building anew.
   */
  repair?: Repair;
  /**
   * Set when building would fail at promote: a tag of this run's minute already names a
   * different image, and an immutable tag never moves. The target is not built.
   */
  refused?: string;
}

/** Tags to point at an image already in production, which is this target unchanged. */
export interface Repair {
  /** `<repository>@<digest>`. */
  image: string;
  /** Full references (`<repository>:<tag>`) that must name it, moving aliases last. */
  tags: string[];
}

export interface DecideOptions {
  skipUnchanged: boolean;
  force: boolean;
  /** Registry reads in flight at once. */
  concurrency?: number;
  /**
   * Whether the caller points a repaired target's tags at its image (the release does, and the
   * reusable workflow's repair job): without it, such a target is kept and built.
   */
  repair?: boolean;
}

/**
 * The tags a skipped target relies on: every tag it would write, except one that names this
 * run's minute (the immutable tag of CNPG's scheme), which a new run cannot have written yet.
 * Such a tag is still compared when it exists (a rerun given the same `timestamp`).
 */
export function tagsToCompare(t: Target): { required: string[]; optional: string[] } {
  const all = [t.tags.immutable, ...t.tags.aliases];
  const ofThisRun = (tag: string): boolean => t.timestamp !== '' && tag.includes(t.timestamp);
  return {
    required: all.filter((tag) => !ofThisRun(tag)),
    optional: all.filter(ofThisRun),
  };
}

/**
 * Keeps a target unless what is published in production is really that target, unchanged:
 * every tag it would write points at one and the same image, that image carries every
 * configured platform, and its fingerprint is this target's. A half-written tag set (an alias
 * moved, another not), an image missing a platform, or a base whose digest is unknown (the
 * fingerprint then cannot see the base change) keeps the target, saying why. When in doubt
 * (a registry error) the target is kept too.
 */
export async function decide(
  targets: Target[],
  registry: PublishedImageReader,
  options: DecideOptions,
): Promise<Decision[]> {
  if (options.force) {
    // Forced, every target is built; one whose tag of this run's minute exists would collide.
    return mapLimit(targets, options.concurrency ?? 8, async (t): Promise<Decision> => {
      const forced: Decision = { id: t.id, kept: true, reason: 'forced' };
      for (const tag of tagsToCompare(t).optional) {
        const digest = await registry
          .resolveDigest(`${t.repository}:${tag}`)
          .catch(() => undefined);
        if (digest === undefined) continue;
        const refused = `${t.repository}:${tag} already names ${short(digest)}, and a forced build now would be another image under it; an immutable tag never moves, so run again in another minute or with another timestamp`;
        return { ...forced, kept: false, reason: `refused: ${refused}`, refused };
      }
      return forced;
    });
  }
  if (!options.skipUnchanged) {
    return targets.map((t) => ({ id: t.id, kept: true, reason: 'skip-unchanged is off' }));
  }
  const failures = new Map<string, unknown>();
  const one = async (t: Target): Promise<Decision> => {
    const keep = (reason: string, checked?: string): Decision => ({
      id: t.id,
      kept: true,
      reason,
      ...(checked ? { checked } : {}),
    });
    const { required, optional } = tagsToCompare(t);
    const first = required[0];
    if (first === undefined) return keep('no tag to compare with');
    const checked = `${t.repository}:${first}`;
    try {
      const points = await Promise.all(
        [...required, ...optional].map(async (tag) => ({
          tag,
          required: required.includes(tag),
          digest: await registry.resolveDigest(`${t.repository}:${tag}`),
        })),
      );
      const present = points.filter((p) => p.digest !== undefined);
      const missing = points.filter((p) => p.required && p.digest === undefined);
      if (present.length === 0) return keep(`new: ${checked} does not exist`, checked);
      // What the notes compare with: the image the first tag names (the longest-lived alias
      // is last, but every tag of an unchanged set names the same image).
      const publishedDigest = points.find((p) => p.digest !== undefined)?.digest;
      const keepAgainst = (reason: string): Decision => ({
        ...keep(reason, checked),
        ...(publishedDigest ? { published: `${t.repository}@${publishedDigest}` } : {}),
      });
      // A target to build whose tag of this run's minute already names an image: the build
      // would get a new digest, which promote may not write there. Refused now, not after.
      const taken = points.find((p) => !p.required && p.digest !== undefined);
      const refuseCollision = (decision: Decision): Decision => {
        if (!taken) return decision;
        const refused =
          `${t.repository}:${taken.tag} already names ${short(taken.digest ?? '')}, and a build now would be another image under it ` +
          `(${decision.reason}); an immutable tag never moves, so run again in another minute or with another timestamp`;
        return { ...decision, kept: false, reason: `refused: ${refused}`, refused };
      };
      const digests = [...new Set(present.map((p) => p.digest ?? ''))];
      if (missing.length > 0 || digests.length > 1) {
        const state =
          missing.length > 0
            ? `half-written: ${missing.map((p) => p.tag).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing while ` +
              present.map((p) => `${p.tag} → ${short(p.digest ?? '')}`).join(', ')
            : `tags disagree: ${present.map((p) => `${p.tag} → ${short(p.digest ?? '')}`).join(', ')}`;
        // An image under one of the tags that is this target, unchanged, was tested and
        // promoted once: the other tags are pointed at it again, nothing is built (a rebuild
        // in the same minute would collide with the immutable tag it already has).
        for (const candidate of options.repair === true ? digests : []) {
          const byDigest = `${t.repository}@${candidate}`;
          if (!t.base.digest) break;
          if ((await differs(t, registry, byDigest, byDigest)) !== undefined) continue;
          const tags = points
            .filter((p) => p.required && p.digest !== candidate)
            .map((p) => `${t.repository}:${p.tag}`);
          const collision = points.find(
            (p) => !p.required && p.digest !== undefined && p.digest !== candidate,
          );
          if (collision) break;
          return {
            id: t.id,
            kept: false,
            reason: `repair: ${state}; ${short(candidate)} has this fingerprint and every platform, so ${tags.map((r) => r.slice(t.repository.length + 1)).join(', ')} ${tags.length === 1 ? 'is' : 'are'} pointed at it again`,
            checked,
            published: byDigest,
            repair: { image: byDigest, tags },
          };
        }
        return refuseCollision(keepAgainst(state));
      }
      const digest = present[0]?.digest ?? '';
      const why = await differs(t, registry, `${t.repository}@${digest}`, checked);
      if (why !== undefined) return refuseCollision(keepAgainst(why));
      // Checked last: only a target that would otherwise be skipped needs the base's digest, and
      // a missing or changed image says more than an unknown base.
      if (!t.base.digest) {
        return refuseCollision(
          keepAgainst(
            `base digest unknown: ${t.base.image} could not be resolved, so the fingerprint cannot tell whether the base changed`,
          ),
        );
      }
      return {
        id: t.id,
        kept: false,
        reason: `unchanged: ${present.length === 1 ? checked : `${present.map((p) => p.tag).join(', ')} → ${short(digest)}`} has the same fingerprint and every platform`,
        checked,
      };
    } catch (e) {
      const err = e as Error;
      failures.set(t.id, e);
      return {
        ...keep(`could not read ${checked}`, checked),
        warning: `${t.id}: kept, because ${checked} could not be read: ${err.message}`,
      };
    }
  };
  return oneWarningPerUnreachableRegistry(
    await mapLimit(targets, options.concurrency ?? 8, one),
    failures,
  );
}

/**
 * A registry that cannot answer at all (no such host, nothing listening) fails every target the
 * same way: said once, naming every target it kept, rather than once per target.
 */
function oneWarningPerUnreachableRegistry(
  decisions: Decision[],
  failures: ReadonlyMap<string, unknown>,
): Decision[] {
  const byRegistry = new Map<string, { error: RegistryNetworkError; decisions: Decision[] }>();
  for (const d of decisions) {
    const error = failures.get(d.id);
    if (!(error instanceof RegistryNetworkError) || error.retryable) continue;
    const group = byRegistry.get(error.registry) ?? { error, decisions: [] };
    group.decisions.push(d);
    byRegistry.set(error.registry, group);
  }
  for (const [registry, { error, decisions: kept }] of byRegistry) {
    if (kept.length < 2) continue;
    const [first, ...rest] = kept;
    if (!first) continue;
    first.warning =
      `${kept.map((d) => d.id).join(', ')}: kept, because ${registry} cannot be reached ` +
      `to compare with what is published: ${error.message}`;
    for (const d of rest) delete d.warning;
  }
  return decisions;
}

/**
 * The image published under a target's tags, by digest: the first of its longer-lived tags
 * that exists. For the release notes of a target kept without comparing (forced, or
 * skip-unchanged off); undefined when there is none or the registry cannot say.
 */
export async function publishedImage(
  t: Target,
  registry: PublishedImageReader,
): Promise<string | undefined> {
  for (const tag of tagsToCompare(t).required) {
    const digest = await registry.resolveDigest(`${t.repository}:${tag}`).catch(() => undefined);
    if (digest) return `${t.repository}@${digest}`;
  }
  return undefined;
}

const short = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);

/** Why the image at `byDigest` is not this target unchanged, or undefined when it is. */
async function differs(
  t: Target,
  registry: PublishedImageReader,
  byDigest: string,
  label: string,
): Promise<string | undefined> {
  const fetched = await registry.getManifest(byDigest);
  const platforms = await platformsOf(registry, byDigest, fetched);
  const lacking = t.platforms.filter(
    (p) => !platforms.some((have) => platformMatches(have, parsePlatform(p))),
  );
  if (lacking.length > 0) {
    return `${label} lacks ${lacking.join(', ')} (it has ${platforms.map(formatPlatform).join(', ') || 'none'})`;
  }
  const previous = fetched.manifest.annotations?.[FINGERPRINT_ANNOTATION];
  if (previous === undefined) return `${label} has no fingerprint`;
  if (previous !== t.fingerprint) {
    return `changed: fingerprint ${short(previous)} → ${short(t.fingerprint)}`;
  }
  return undefined;
}

async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
