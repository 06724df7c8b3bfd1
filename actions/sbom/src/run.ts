import { log, reportFailure, setOutput, writeSummary } from '@pgforge/action-io';
import { sbomCommand } from '@pgforge/sbom';
import { getInputs } from './context.js';

async function main(): Promise<void> {
  const inputs = getInputs();
  const result = await log.group(`SBOM of ${inputs.image}`, () =>
    sbomCommand({ ...inputs, log: log.info, warn: log.warning }),
  );
  setOutput('files', result.files);
  setOutput('spdx', result.images.flatMap((i) => (i.spdx ? [i.spdx] : [])).join('\n'));
  setOutput(
    'cyclonedx',
    result.images.flatMap((i) => (i.cyclonedx ? [i.cyclonedx] : [])).join('\n'),
  );
  setOutput('diff', result.diffs);
  setOutput(
    'attached',
    result.images.flatMap((i) => i.attached.map((a) => ({ platform: i.platform, ...a }))),
  );
  await writeSummary(result.summary);
}

main().catch(reportFailure);
