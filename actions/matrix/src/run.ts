import { failWith, log, reportFailure, setOutput, writeSummary } from '@pgforge/action-io';
import { matrixCommand } from '@pgforge/matrix';
import { getInputs } from './context.js';

async function main(): Promise<void> {
  const inputs = getInputs();
  const result = await log.group('Resolve versions and expand targets', () =>
    matrixCommand({ ...inputs, log: log.info, warn: log.warning }),
  );
  setOutput('matrix', result.matrix);
  setOutput('targets', result.kept);
  setOutput('all-targets', result.targets);
  setOutput('skipped', result.skipped);
  setOutput('repairs', result.repairs);
  setOutput('refused', result.refused);
  setOutput('bake-file', result.bakeFile);
  setOutput('count', result.kept.length);
  setOutput('timestamp', result.timestamp);
  log.info(
    `${result.kept.length} of ${result.targets.length} targets to build` +
      (result.repairs.length > 0 ? `, ${result.repairs.length} to repair` : ''),
  );
  await writeSummary(result.summary);
  // Refused before building: their build could never be promoted (an immutable tag of this
  // minute already names another image). The run stops here, saying which and why.
  failWith(
    'matrix',
    result.refused.map((r) => `${r.target}: ${r.reason}`),
  );
}

main().catch(reportFailure);
