import { UserError } from '@pgforge/errors';
import type { Target } from '@pgforge/targets';

/**
 * A request the build cannot carry out as asked: targets that are not there, a parent left
 * out, a platform a target lacks, a package mirror no build step can reach.
 */
export class TargetSelectionError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'TargetSelectionError';
  }
}

export interface Selection {
  /** What to build, parents before the flavours built on them. */
  build: Target[];
  /** Every target known: the ones to build and the parents they need from the build cache. */
  all: Target[];
}

/**
 * Picks the targets to build. `targets` is the matrix's `targets` (or `all-targets`) output;
 * `allTargets` may add parents that were not kept (unchanged images still serve as the base of
 * a changed child, through the build cache); `select` narrows to target ids or to a matrix
 * group's value (a major such as `17`, or a distribution such as `trixie`).
 */
export function selectTargets(
  targets: Target[],
  options: { allTargets?: Target[]; select?: string[] } = {},
): Selection {
  const known = new Map<string, Target>();
  for (const t of [...(options.allTargets ?? []), ...targets]) known.set(t.id, t);
  let chosen = targets;
  if (options.select !== undefined && options.select.length > 0) {
    const wanted = new Set(options.select);
    chosen = targets.filter(
      (t) => wanted.has(t.id) || wanted.has(String(t.postgres.major)) || wanted.has(t.distribution),
    );
    const matched = new Set(
      chosen.flatMap((t) => [t.id, String(t.postgres.major), t.distribution]),
    );
    const unknown = options.select.filter((s) => !matched.has(s));
    if (unknown.length > 0) {
      throw new TargetSelectionError(
        `select: ${unknown.map((s) => JSON.stringify(s)).join(', ')} names no target; ` +
          `expected target ids (${targets.map((t) => t.id).join(', ') || 'none given'}), ` +
          'a major or a distribution',
      );
    }
  }
  for (const t of chosen) {
    for (let c: Target | undefined = t; c?.parent !== undefined; c = known.get(c.parent)) {
      if (!known.has(c.parent)) {
        throw new TargetSelectionError(
          `target ${c.id} is built on ${c.parent}, which is in neither targets nor ` +
            "all-targets; pass the matrix's all-targets output as all-targets",
        );
      }
    }
  }
  return { build: parentsFirst(chosen, known), all: [...known.values()] };
}

/** The ids of the targets `t` is built on, its parent first. */
export function lineageIds(t: Target, known: Map<string, Target>): string[] {
  const ids: string[] = [];
  for (let p = t.parent; p !== undefined; p = known.get(p)?.parent) ids.push(p);
  return ids;
}

function depth(t: Target, known: Map<string, Target>): number {
  return lineageIds(t, known).length;
}

/** Stable: the matrix's order within one depth, roots first. */
function parentsFirst(chosen: Target[], known: Map<string, Target>): Target[] {
  return chosen
    .map((t, i) => ({ t, i, d: depth(t, known) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map(({ t }) => t);
}
