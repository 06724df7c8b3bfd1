import { failWith, log, reportFailure, setOutput, writeSummary } from '@pgforge/action-io';
import { buildCommand, type BuildResult } from '@pgforge/operand';
import { registryClientFromEnvironment } from '@pgforge/oci';
import { getInputs, type BuildInputs } from './context.js';

function run(inputs: BuildInputs): Promise<BuildResult> {
  const env = { ...process.env };
  return buildCommand({
    ...inputs,
    env,
    registry: registryClientFromEnvironment({ env, homeDir: inputs.homeDir }),
    log: log.info,
    warn: log.warning,
    group: log.group,
  });
}

async function main(): Promise<void> {
  const inputs = getInputs();
  for (const w of inputs.warnings) log.warning(w);
  const result = await run(inputs);
  setOutput('images', result.images);
  setOutput('failed', result.failed);
  if (inputs.platform) setOutput('digests-dir', inputs.digestsDir);
  if (inputs.sbomDir) setOutput('sbom-dir', inputs.sbomDir);
  for (const i of result.images) {
    log.info(`${i.target}: ${i.reference} (${i.tags.length} tags)`);
  }
  await writeSummary(result.summary);
  failWith(
    'build',
    result.failed.map((f) => `${f.target}: ${f.reason}`),
  );
}

main().catch(reportFailure);
