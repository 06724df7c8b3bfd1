import { InputError, log, reportFailure, setOutput, writeSummary } from '@pgforge/action-io';
import { CatalogOptionError, catalogCommand } from '@pgforge/catalog';
import { registryClientFromEnvironment } from '@pgforge/oci';
import { getInputs } from './context.js';

async function main(): Promise<void> {
  const inputs = getInputs();
  const env = { ...process.env };
  const registry = registryClientFromEnvironment({ env });
  try {
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
  } catch (error) {
    if (error instanceof CatalogOptionError) {
      throw new InputError(error.option, error.value, error.expected);
    }
    throw error;
  }
}

main().catch(reportFailure);
