import { log, reportFailure, setOutput, writeSummary } from '@pgforge/action-io';
import { catalogCommand } from '@pgforge/catalog';
import { registryClientFromEnvironment } from '@pgforge/oci';
import { getInputs } from './context.js';

async function main(): Promise<void> {
  const inputs = getInputs();
  const env = { ...process.env };
  const registry = registryClientFromEnvironment({ env });
  const result = await catalogCommand({
    ...inputs,
    registry,
    env,
    log: log.info,
    warn: log.warning,
  });
  setOutput('files', result.files);
  setOutput('directory', result.directory);
  setOutput('catalogs', result.catalogs);
  await writeSummary(result.summary);
}

main().catch(reportFailure);
