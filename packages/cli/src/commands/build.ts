import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { retiredEnvironment, buildCommand } from '@pgforge/operand';
import { projectDockerfile } from '@pgforge/bake';
import { registryClientFromEnvironment } from '@pgforge/oci';
import { parseTargetList, type Target } from '@pgforge/targets';
import {
  documentOrFile,
  documentProblem,
  integer,
  list,
  startsAsJson,
  UsageError,
  type CommandSpec,
  type FlagValues,
} from '../args.js';
import { buildView, PROGRESS_MODES } from '../build-progress.js';
import { jsonFlag, oneOutput, printJson, printSummary, summaryFlag } from '../output.js';

export const BUILD = {
  name: 'build',
  summary: 'build the targets with docker buildx bake, push, tag',
  flags: [
    {
      name: 'targets',
      type: 'string',
      value: 'FILE|JSON',
      description: "the matrix's targets: a file (pgforge matrix --targets-file) or the JSON array",
      required: true,
    },
    {
      name: 'all-targets',
      type: 'string',
      value: 'FILE|JSON',
      description: 'every target (pgforge matrix --all-targets-file), for unkept parents',
    },
    {
      name: 'select',
      type: 'string',
      value: 'LIST',
      description: 'only these target ids, or a major or distribution',
    },
    {
      name: 'mode',
      type: 'string',
      value: 'MODE',
      description: 'build | merge (the indexes of per-platform builds in --digests-dir)',
      choices: ['build', 'merge'],
      default: 'build',
    },
    {
      name: 'push',
      type: 'boolean',
      description: 'push to the registry; false keeps OCI layouts only',
      default: 'true',
    },
    {
      name: 'environment',
      type: 'string',
      value: 'ENV',
      description:
        'deprecated: build writes the testing repository only, and promote writes production',
    },
    {
      name: 'provenance',
      type: 'string',
      value: 'MODE',
      description: 'max | min | false',
      choices: ['max', 'min', 'false'],
      default: 'max',
    },
    {
      name: 'platform',
      type: 'string',
      value: 'PLATFORM',
      description: 'build one platform, push by digest, for a later merge',
    },
    {
      name: 'digests-dir',
      type: 'string',
      value: 'DIR',
      description: 'where per-platform digests go and merge reads them',
      default: 'pgforge-digests',
    },
    {
      name: 'source-date-epoch',
      type: 'string',
      value: 'SECS',
      description: 'reproducible timestamps',
      defaultText: 'the commit time of HEAD',
    },
    {
      name: 'rewrite-timestamp',
      type: 'boolean',
      description:
        "also have BuildKit clamp new layers' file times (the Dockerfile does it already)",
      default: 'false',
    },
    {
      name: 'retries',
      type: 'string',
      value: 'N',
      description: 'extra attempts after a transient failure',
      default: '2',
    },
    { name: 'builder', type: 'string', value: 'NAME', description: 'buildx builder' },
    {
      name: 'sbom',
      type: 'boolean',
      description: 'write and attach SBOMs of each pushed image, with package changes',
      default: 'false',
      // `--sbom DIR` was the one flag for both; the directory is --sbom-dir now, as in the action.
      legacyValue: 'sbom-dir',
    },
    {
      name: 'sbom-dir',
      type: 'string',
      value: 'DIR',
      description: 'where the SBOM files go, with --sbom',
      default: 'pgforge-sbom',
    },
    {
      name: 'work-dir',
      type: 'string',
      value: 'DIR',
      description: 'bake files and layouts',
      defaultText: 'a temporary directory',
    },
    {
      name: 'progress',
      type: 'string',
      value: 'MODE',
      description:
        "auto | plain (BuildKit's whole log) | quiet; auto folds the log into a status line on a terminal, plain elsewhere",
      choices: PROGRESS_MODES,
      default: 'auto',
    },
    summaryFlag('the summary (a row per image: digest, sizes, tags; failures; log tails)'),
    jsonFlag('images and failed (the default)'),
  ],
} as const satisfies CommandSpec;

async function targets(flag: string, value: string | undefined): Promise<Target[] | undefined> {
  if (value === undefined) return undefined;
  // The action's input is the matrix's JSON array itself; a shell more often has a file.
  const doc = await documentOrFile(flag, value, startsAsJson, { json: true });
  try {
    return parseTargetList(doc.text);
  } catch (e) {
    throw documentProblem(doc, (e as Error).message);
  }
}

export async function build(values: FlagValues<typeof BUILD>): Promise<number> {
  oneOutput(values);
  if (values.mode === 'merge' && values.platform !== undefined) {
    throw new UsageError(
      `--platform ${values.platform}: not with --mode merge, which joins the platforms the per-platform builds left in --digests-dir; give --platform to each --mode build, and none to the merge`,
    );
  }
  const environment = retiredEnvironment(values.environment, 'flag');
  if (environment.error) throw new UsageError(environment.error);
  if (environment.warning) process.stderr.write(`warning: ${environment.warning}\n`);
  const targetList = (await targets('targets', values.targets)) ?? [];
  const allTargets = await targets('all-targets', values['all-targets']);
  const env = { ...process.env };
  const registry = registryClientFromEnvironment({ env });
  const epoch = integer('source-date-epoch', values['source-date-epoch']);
  const retries = integer('retries', values.retries) ?? 2;
  const view = buildView({ mode: values.progress, stream: process.stderr, env });
  const result = await buildCommand({
    mode: values.mode,
    targets: targetList,
    ...(allTargets ? { allTargets } : {}),
    ...(values.select ? { select: list(values.select) ?? [] } : {}),
    push: values.push,
    provenance: values.provenance === 'false' ? false : values.provenance,
    ...(values.platform ? { platform: values.platform } : {}),
    digestsDir: resolve(values['digests-dir']),
    ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
    workspace: process.cwd(),
    rewriteTimestamp: values['rewrite-timestamp'],
    retries,
    ...(values.builder ? { builder: values.builder } : {}),
    ...(values.sbom ? { sbomDir: resolve(values['sbom-dir']) } : {}),
    dockerfile: projectDockerfile(),
    workDir: values['work-dir'] ?? join(tmpdir(), `pgforge-build-${process.pid}`),
    env,
    registry,
    log: view.log,
    warn: view.warn,
    buildOutput: view.output,
    progress: view.progress,
  }).finally(view.close);
  if (values.summary) printSummary(result.summaryDocument, values.summary);
  else printJson({ images: result.images, failed: result.failed });
  for (const f of result.failed) {
    // BuildKit's log was not shown: the end of the failed build's is, under its error.
    const tail = view.folded ? f.tail.slice(-20) : [];
    process.stderr.write(
      `error: ${f.target}: ${f.reason}\n${tail.map((l) => `  ${l}\n`).join('')}`,
    );
  }
  return result.failed.length > 0 ? 1 : 0;
}
