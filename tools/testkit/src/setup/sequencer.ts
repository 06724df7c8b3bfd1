import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { BESIDE_SERIAL_LANE, EITHER_LANE, NEEDS_MULTI_PLATFORM_BASE, repoPath } from './lanes.js';

/**
 * vitest's order (longest first when it has durations of an earlier run), then, among the
 * integration files: those beside the serial lane first, so that they start at once in the second
 * worker (lanes.ts); then the serial lane's, those that need the multi-platform base (which the
 * global set-up is still making under emulation when the tests start) last of them; then those
 * that take either lane, which by then the arm64 build has left, in their list's order (longest
 * first: two lanes end together best that way).
 */
export class LaneSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification): number => {
      if (spec.project.name !== 'integration') return 1;
      const file = repoPath(spec.moduleId);
      if (BESIDE_SERIAL_LANE.includes(file)) return 0;
      if (EITHER_LANE.includes(file)) return 3 + EITHER_LANE.indexOf(file) / EITHER_LANE.length;
      return NEEDS_MULTI_PLATFORM_BASE.includes(file) ? 2 : 1;
    };
    // Array.prototype.sort is stable: vitest's order holds within each rank. Groups run by
    // sequence.groupOrder whatever their place here, so the unit files keep theirs.
    const integration = sorted.filter((spec) => spec.project.name === 'integration');
    return [
      ...sorted.filter((spec) => spec.project.name !== 'integration'),
      ...integration.sort((a, b) => rank(a) - rank(b)),
    ];
  }
}
