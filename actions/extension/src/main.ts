import { log, reportFailure, setOutput, UserError, writeSummary } from '@pgforge/action-io';
import { ExtensionError, extensionCommand, type ExtensionCommandResult } from '@pgforge/extension';
import { SBOM_FORMATS, sbomCommand } from '@pgforge/sbom';
import { getInputs } from './context.js';

/** SBOMs of every platform image, attached to it: what it was assembled from, with versions. */
async function sboms(result: ExtensionCommandResult, outputDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const image of result.images) {
    for (const p of image.platforms) {
      const r = await sbomCommand({
        image: `${image.repository}@${p.digest}`,
        formats: SBOM_FORMATS,
        outputDir,
        attach: true,
        extensionPackages: [...p.packages, ...p.systemPackages],
        distro: { id: 'debian', version: image.distribution },
        docker: { env: { ...process.env } },
        log: log.info,
        warn: log.warning,
      });
      files.push(...r.files);
    }
  }
  return files;
}

async function main(): Promise<void> {
  const inputs = getInputs();
  const result = await log
    .group(`Assemble extension images of ${inputs.name}`, () =>
      extensionCommand({ ...inputs, log: log.info, warn: log.warning }),
    )
    .catch((e: unknown) => {
      // A request the packages or the tree cannot satisfy is the user's to fix: no stack.
      throw e instanceof ExtensionError ? new UserError(e.message) : e;
    });
  setOutput('images', result.images);
  setOutput('cluster-extensions', result.clusterExtensions);
  if (result.layout) setOutput('layout', result.layout);
  if (inputs.sbomDir && result.pushed) {
    const dir = inputs.sbomDir;
    setOutput('sbom-files', await log.group('SBOMs', () => sboms(result, dir)));
  }
  for (const i of result.images) log.info(`${i.reference} (${i.tags.join(', ')})`);
  await writeSummary(result.summary);
}

main().catch(reportFailure);
