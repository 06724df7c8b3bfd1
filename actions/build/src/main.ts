import {
  failWith,
  log,
  reportFailure,
  setOutput,
  UserError,
  writeSummary,
} from '@pgforge/action-io';
import {
  buildCommand,
  commitTime,
  mergeCommand,
  TargetSelectionError,
  type BuildResult,
} from '@pgforge/build';
import { dockerConfigCredentials, RegistryClient } from '@pgforge/oci';
import { getInputs, type BuildInputs } from './context.js';

async function run(inputs: BuildInputs): Promise<BuildResult> {
  const env = { ...process.env };
  const registry = new RegistryClient({
    credentials: dockerConfigCredentials({ env, homeDir: inputs.homeDir }),
  });
  const common = {
    targets: inputs.targets,
    ...(inputs.allTargets ? { allTargets: inputs.allTargets } : {}),
    ...(inputs.select ? { select: inputs.select } : {}),
    registry,
    log: log.info,
  };
  if (inputs.mode === 'merge') {
    return mergeCommand({ ...common, digestsDir: inputs.digestsDir });
  }
  const sourceDateEpoch = inputs.sourceDateEpoch ?? (await commitTime(inputs.workspace, env));
  if (sourceDateEpoch === undefined) {
    log.warning('no commit time (not a git checkout?): timestamps are not reproducible');
  }
  return buildCommand({
    ...common,
    push: inputs.push,
    provenance: inputs.provenance,
    ...(inputs.platform ? { platform: inputs.platform } : {}),
    digestsDir: inputs.digestsDir,
    dockerfile: inputs.dockerfile,
    workDir: inputs.workDir,
    ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
    rewriteTimestamp: inputs.rewriteTimestamp,
    retries: inputs.retries,
    ...(inputs.builder ? { builder: inputs.builder } : {}),
    ...(inputs.sbomDir ? { sbom: { outputDir: inputs.sbomDir } } : {}),
    env,
    group: log.group,
  });
}

async function main(): Promise<void> {
  const inputs = getInputs();
  for (const w of inputs.warnings) log.warning(w);
  const result = await run(inputs).catch((e: unknown) => {
    throw e instanceof TargetSelectionError ? new UserError(e.message) : e;
  });
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
