import { FINGERPRINT_ANNOTATION, type Target } from '@pgforge/targets';

/** What the skip decision needs of a registry client. */
export interface AnnotationReader {
  imageAnnotations(reference: string): Promise<Record<string, string>>;
}

export interface Decision {
  id: string;
  kept: boolean;
  reason: string;
  /** The published reference whose fingerprint was compared, when there was one. */
  checked?: string;
  /** Set when the registry could not be read: the target is kept, and this says why. */
  warning?: string;
}

export interface DecideOptions {
  skipUnchanged: boolean;
  force: boolean;
  /** Registry reads in flight at once. */
  concurrency?: number;
}

/**
 * Keeps a target unless the image its first alias points to in production carries the same
 * fingerprint: then nothing that determines its content changed since it was published. When in
 * doubt (no image, no fingerprint, a registry error) the target is kept.
 */
export async function decide(
  targets: Target[],
  registry: AnnotationReader,
  options: DecideOptions,
): Promise<Decision[]> {
  if (options.force) return targets.map((t) => ({ id: t.id, kept: true, reason: 'forced' }));
  if (!options.skipUnchanged) {
    return targets.map((t) => ({ id: t.id, kept: true, reason: 'skip-unchanged is off' }));
  }
  const one = async (t: Target): Promise<Decision> => {
    const alias = t.tags.aliases[0];
    if (alias === undefined) {
      return { id: t.id, kept: true, reason: 'no alias tag to compare with' };
    }
    const checked = `${t.repository}:${alias}`;
    let annotations: Record<string, string>;
    try {
      annotations = await registry.imageAnnotations(checked);
    } catch (e) {
      const err = e as Error;
      if (err.name === 'ManifestNotFoundError') {
        return { id: t.id, kept: true, reason: `new: ${checked} does not exist`, checked };
      }
      return {
        id: t.id,
        kept: true,
        reason: `could not read ${checked}`,
        checked,
        warning: `${t.id}: kept, because ${checked} could not be read: ${err.message}`,
      };
    }
    const previous = annotations[FINGERPRINT_ANNOTATION];
    if (previous === undefined) {
      return { id: t.id, kept: true, reason: `${checked} has no fingerprint`, checked };
    }
    if (previous === t.fingerprint) {
      return {
        id: t.id,
        kept: false,
        reason: `unchanged: same fingerprint as ${checked}`,
        checked,
      };
    }
    return {
      id: t.id,
      kept: true,
      reason: `changed: fingerprint ${short(previous)} → ${short(t.fingerprint)}`,
      checked,
    };
  };
  return mapLimit(targets, options.concurrency ?? 8, one);
}

const short = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);

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
