import { log, reportFailure, setOutput, writeSummary } from '@pgforge/action-io';
import { attestCommand, type SigningOptions } from '@pgforge/attest';
import { registryClientFromEnvironment } from '@pgforge/oci';
import { getInputs, type AttestInputs } from './context.js';
import { actionsAttestSigner } from './github-signer.js';

function signing(inputs: AttestInputs): SigningOptions {
  const choice = inputs.signing;
  if (choice.method === 'cosign-key') return { ...choice, env: inputs.env };
  return {
    method: 'github',
    signer: actionsAttestSigner(),
    token: choice.token,
    repository: inputs.repository ?? '',
  };
}

async function main(): Promise<void> {
  const inputs = getInputs();
  const registry = registryClientFromEnvironment({ env: inputs.env, homeDir: inputs.homeDir });
  const result = await log.group(
    `Attest ${inputs.subjects.length} image(s): ${inputs.kind}, signed with ${inputs.signing.method}`,
    () =>
      attestCommand({
        subjects: inputs.subjects,
        kind: inputs.kind,
        ...(inputs.run
          ? {
              provenance: {
                context: inputs.run,
                ...(inputs.targets ? { targets: inputs.targets } : {}),
                ...(inputs.startedOn ? { startedOn: inputs.startedOn } : {}),
                ...(inputs.finishedOn ? { finishedOn: inputs.finishedOn } : {}),
              },
            }
          : {}),
        ...(inputs.sbomFile ? { sbomFile: inputs.sbomFile } : {}),
        signing: signing(inputs),
        push: inputs.push,
        outputDir: inputs.outputDir,
        workDir: inputs.workDir,
        registry,
        log: log.info,
      }),
  );
  setOutput('bundles', result.bundles);
  setOutput('verify-commands', result.verifyCommands.join('\n'));
  setOutput('attestations', result.attestations);
  if (result.publicKey) setOutput('public-key', result.publicKey);
  for (const command of result.verifyCommands) log.info(command);
  await writeSummary(result.summary);
}

main().catch(reportFailure);
