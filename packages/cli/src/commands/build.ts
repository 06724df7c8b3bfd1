import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCommand, commitTime, mergeCommand, type BuildResult } from '@pgforge/build';
import { projectDockerfile } from '@pgforge/matrix';
import { dockerConfigCredentials, RegistryClient } from '@pgforge/oci';
import { parseTargetList, type Target } from '@pgforge/targets';
import { bool, choice, integer, list, UsageError } from '../args.js';

export const BUILD_USAGE = `  pgforge build [options]      build the targets with docker buildx bake, push, tag

Build options:
  --targets FILE              the matrix's targets (pgforge matrix --targets-file), required
  --all-targets FILE          every target (pgforge matrix --all-targets-file): unkept parents
  --select LIST               only these target ids, or a major or distribution
  --mode MODE                 build | merge (build)
  --push BOOL                 push to the registry (true); false keeps OCI layouts only
  --environment ENV           testing | production (testing)
  --provenance MODE           max | min | false (max)
  --platform PLATFORM         build one platform, push by digest, for a later merge
  --digests-dir DIR           where per-platform digests go and merge reads them
  --source-date-epoch SECS    reproducible timestamps (default: the commit time of HEAD)
  --rewrite-timestamp BOOL    clamp new layers' file times to the source date (true)
  --retries N                 extra attempts after a transient failure (2)
  --builder NAME              buildx builder
  --work-dir DIR              bake files and layouts (a temporary directory)
  --sbom DIR                  write and attach SBOMs of each pushed image, with package changes
`;

async function targetsFile(flag: string, file: string | undefined): Promise<Target[] | undefined> {
  if (file === undefined) return undefined;
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(`--${flag}: cannot read ${file} (${e.code ?? e.message})`);
  });
  try {
    return parseTargetList(text);
  } catch (e) {
    throw new UsageError(`--${flag}: ${file}: ${(e as Error).message}`);
  }
}

export async function build(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      targets: { type: 'string' },
      'all-targets': { type: 'string' },
      select: { type: 'string' },
      mode: { type: 'string' },
      push: { type: 'string' },
      environment: { type: 'string' },
      provenance: { type: 'string' },
      platform: { type: 'string' },
      'digests-dir': { type: 'string' },
      'source-date-epoch': { type: 'string' },
      retries: { type: 'string' },
      builder: { type: 'string' },
      'work-dir': { type: 'string' },
      sbom: { type: 'string' },
      'rewrite-timestamp': { type: 'string' },
    },
    strict: true,
  });
  const targets = await targetsFile('targets', values.targets);
  if (!targets)
    throw new UsageError('--targets: required (a file written by pgforge matrix --targets-file)');
  const allTargets = await targetsFile('all-targets', values['all-targets']);
  const env = { ...process.env };
  const registry = new RegistryClient({ credentials: dockerConfigCredentials({ env }) });
  const provenance = choice(
    'provenance',
    values.provenance,
    ['max', 'min', 'false'] as const,
    'max',
  );
  const log = (m: string): void => void process.stderr.write(`${m}\n`);
  const common = {
    targets,
    ...(allTargets ? { allTargets } : {}),
    ...(values.select ? { select: list(values.select) ?? [] } : {}),
    environment: choice(
      'environment',
      values.environment,
      ['testing', 'production'] as const,
      'testing',
    ),
    registry,
    log,
  };
  const digestsDir = values['digests-dir'] ?? join(process.cwd(), 'pgforge-digests');
  let result: BuildResult;
  if (choice('mode', values.mode, ['build', 'merge'] as const, 'build') === 'merge') {
    result = await mergeCommand({ ...common, digestsDir });
  } else {
    const epoch =
      integer('source-date-epoch', values['source-date-epoch']) ??
      (await commitTime(process.cwd(), env));
    result = await buildCommand({
      ...common,
      push: bool('push', values.push, true),
      provenance: provenance === 'false' ? false : provenance,
      ...(values.platform ? { platform: values.platform } : {}),
      digestsDir,
      dockerfile: projectDockerfile(),
      workDir: values['work-dir'] ?? join(tmpdir(), `pgforge-build-${process.pid}`),
      ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
      rewriteTimestamp: bool('rewrite-timestamp', values['rewrite-timestamp'], true),
      retries: integer('retries', values.retries) ?? 2,
      ...(values.builder ? { builder: values.builder } : {}),
      ...(values.sbom ? { sbom: { outputDir: values.sbom } } : {}),
      env,
      group: async (name, fn) => {
        log(`== ${name}`);
        return fn();
      },
    });
  }
  process.stdout.write(
    `${JSON.stringify({ images: result.images, failed: result.failed }, null, 2)}\n`,
  );
  for (const f of result.failed) process.stderr.write(`error: ${f.target}: ${f.reason}\n`);
  return result.failed.length > 0 ? 1 : 0;
}
