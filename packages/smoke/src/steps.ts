/**
 * A level's checks as a list of steps with gates: a step that needs what an earlier step
 * failed to provide (an image, a running container, a started server) is skipped, naming the
 * check that failed first.
 */
import type { Checks } from './checks.js';

export interface Step<G extends string> {
  name: string;
  needs?: G[];
  /** Opened when this step passes. */
  opens?: G;
  /** A string it returns is the check's detail; a CheckOutcome, its detail and notes. */
  run: () => Promise<unknown>;
  onFailure?: () => Promise<string | undefined>;
}

export async function runSteps<G extends string>(
  checks: Checks,
  steps: readonly Step<G>[],
): Promise<Set<G>> {
  const open = new Set<G>();
  /** For a gate that stays closed: the failed check behind it. */
  const closedBy = new Map<G, string>();
  for (const step of steps) {
    const closed = (step.needs ?? []).find((g) => !open.has(g));
    if (closed !== undefined) {
      const cause = closedBy.get(closed);
      checks.skip(
        step.name,
        cause ? `not run: "${cause}" did not pass` : `not run: needs ${closed}`,
      );
      if (step.opens && cause) closedBy.set(step.opens, cause);
      continue;
    }
    const passed = await checks.run(step.name, step.run, { onFailure: step.onFailure });
    if (step.opens) {
      if (passed) open.add(step.opens);
      else closedBy.set(step.opens, step.name);
    }
  }
  return open;
}
