/**
 * Artifact names are unique within a workflow run, and a run may call one reusable workflow
 * twice (two configurations, two extensions): each call's uploads would then clash (an error),
 * and its downloads by pattern would take the other call's files (smoke reports of other
 * images, another key's cosign.pub). So a reusable workflow names every artifact it uploads or
 * downloads from its `artifact-prefix` input, which each call sets to its own.
 */
import type { Node } from 'yaml';
import { child, text } from './yaml-tree.js';
import { stepLabel, type Context } from './context.js';
import { parseUse } from './references.js';

const INPUT = 'artifact-prefix';
const PREFIXED = new RegExp(`^\\s*\\$\\{\\{[^}]*(?<![\\w.-])inputs\\.${INPUT}\\b[^}]*\\}\\}`);

function prefixed(value: string | undefined): boolean {
  return value !== undefined && PREFIXED.test(value);
}

export function checkArtifactNames(c: Context): void {
  if (!c.reusable) return;
  const declared = c.inputs.has(INPUT);
  const fix = `start it with \${{ inputs.${INPUT} }}${declared ? '' : ` and declare the ${INPUT} input`}, which each call of this workflow sets to its own`;
  for (const job of c.jobs) {
    job.steps.forEach((step, i) => {
      const use = parseUse(text(child(step, 'uses')) ?? '');
      if (use.kind !== 'remote') return;
      const where = `job ${job.id}, ${stepLabel(step, i)}`;
      const w = child(step, 'with');
      const at = (key: string): Node | undefined => child(w, key) ?? child(step, 'uses');
      if (use.repository.toLowerCase() === 'actions/upload-artifact') {
        const name = text(child(w, 'name'));
        if (!prefixed(name)) {
          c.report(
            at('name'),
            'artifact-name',
            `${where}: the artifact name ${JSON.stringify(name ?? 'artifact')} is not derived from inputs.${INPUT}: two calls of this workflow in one run would upload the same name; ${fix}`,
          );
        }
      } else if (use.repository.toLowerCase() === 'actions/download-artifact') {
        const name = text(child(w, 'name'));
        const pattern = text(child(w, 'pattern'));
        const given = name !== undefined ? 'name' : pattern !== undefined ? 'pattern' : undefined;
        if (!given) {
          c.report(
            at('with'),
            'artifact-name',
            `${where}: downloads every artifact of the run, another call's of this workflow too; give a name or pattern derived from inputs.${INPUT}`,
          );
        } else if (!prefixed(given === 'name' ? name : pattern)) {
          c.report(
            at(given),
            'artifact-name',
            `${where}: the artifact ${given} ${JSON.stringify(given === 'name' ? name : pattern)} is not derived from inputs.${INPUT}: it would take another call's artifacts of this workflow in the same run; ${fix}`,
          );
        }
      }
    });
  }
}
