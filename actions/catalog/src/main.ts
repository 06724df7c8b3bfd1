import { homedir } from 'node:os';
import { log, reportFailure, setOutput, writeSummary } from '@pgforge/action-io';
import { runCatalog } from '@pgforge/catalog';
import { dockerConfigCredentials, RegistryClient } from '@pgforge/oci';
import { getInputs } from './context.js';

async function main(): Promise<void> {
  const inputs = getInputs();
  const env = { ...process.env };
  const registry = new RegistryClient({
    credentials: dockerConfigCredentials({ env, homeDir: homedir() }),
  });
  const result = await runCatalog({
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
