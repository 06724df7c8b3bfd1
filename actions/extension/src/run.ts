import { log, reportFailure, setOutput, writeSummary } from '@pgforge/action-io';
import { extensionCommand, extensionSboms } from '@pgforge/extension';
import { getInputs } from './context.js';

async function main(): Promise<void> {
  const inputs = getInputs();
  const result = await log.group(`Assemble extension images of ${inputs.name}`, () =>
    extensionCommand({ ...inputs, log: log.info, warn: log.warning }),
  );
  setOutput('images', result.images);
  setOutput('name', result.name);
  setOutput('refused', result.refused);
  setOutput('cluster-extensions', result.clusterExtensions);
  if (result.layout) setOutput('layout', result.layout);
  const { sbomDir, docker } = inputs;
  if (sbomDir) {
    const files = await log.group('SBOMs', () =>
      extensionSboms(result, {
        outputDir: sbomDir,
        ...(docker ? { docker } : {}),
        log: log.info,
        warn: log.warning,
      }),
    );
    setOutput('sbom-files', files);
  }
  for (const i of result.images) log.info(`${i.reference} (${i.tags.join(', ')})`);
  await writeSummary(result.summary);
}

main().catch(reportFailure);
