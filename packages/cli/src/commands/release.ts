import { existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG_FILE, namedConfigFile } from '@pgforge/config';
import { commitTime } from '@pgforge/operand';
import { defaultCacheDir, hostAptRoot } from '@pgforge/apt';
import { projectDockerfile } from '@pgforge/bake';
import { registryClientFromEnvironment } from '@pgforge/oci';
import { releaseDocument, releaseCommand } from '@pgforge/release';
import { parseDuration } from '@pgforge/smoke';
import {
  InputFileError,
  integer,
  time,
  UsageError,
  type CommandContext,
  type CommandSpec,
  type FlagValues,
} from '../args.js';
import { progressLine } from '../build-progress.js';
import { localRun } from '../local-run.js';
import { jsonFlag, oneOutput, printJson, printSummary, summaryFlag } from '../output.js';
import { configOverrides, overrideFlags } from '../overrides.js';
import { VERSION } from '../version.js';

export const RELEASE = {
  name: 'release',
  summary: 'the whole chain here: matrix, build, smoke-test, sbom, attest, promote, catalog',
  flags: [
    {
      name: 'config',
      type: 'string',
      value: 'FILE',
      description: 'the configuration file; its registry is where images go',
      default: DEFAULT_CONFIG_FILE,
    },
    ...overrideFlags('only these flavours'),
    {
      name: 'force',
      type: 'boolean',
      description: 'build every target, changed or not',
      default: 'false',
    },
    {
      name: 'timestamp',
      type: 'string',
      value: 'TIME',
      description: "the run's time (the immutable tags' minute), RFC 3339",
      defaultText: 'now',
    },
    {
      name: 'cosign-key',
      type: 'string',
      value: 'FILE',
      description:
        'sign provenance and catalogs with this key (password in COSIGN_PASSWORD), and have promote verify it',
      defaultText: 'none: a warning, and no attestation',
    },
    {
      name: 'output-dir',
      type: 'string',
      value: 'DIR',
      description: 'where reports/, sbom/, attestations/ and catalogs/ go',
      default: 'pgforge-release',
    },
    {
      name: 'timeout',
      type: 'string',
      value: 'DURATION',
      description: 'the budget of each smoke-test level',
      default: '10m',
    },
    {
      name: 'source-date-epoch',
      type: 'string',
      value: 'SECS',
      description: 'reproducible timestamps',
      defaultText: 'the commit time of HEAD',
    },
    {
      name: 'work-dir',
      type: 'string',
      value: 'DIR',
      description: 'bake files, build metadata, unpacked images',
      defaultText: 'a temporary directory',
    },
    {
      name: 'verbose',
      type: 'boolean',
      description: "print every step's own output (BuildKit's, the smoke test's) as well",
      default: 'false',
    },
    summaryFlag('the table of targets (the default, as text)'),
    jsonFlag('built, skipped, failed, promoted, catalogs, steps (default: a table)'),
  ],
} as const satisfies CommandSpec;

export async function release(
  values: FlagValues<typeof RELEASE>,
  context: CommandContext,
): Promise<number> {
  oneOutput(values);
  const timeoutMs = parseDuration(values.timeout);
  if (timeoutMs === undefined) {
    throw new UsageError(
      `--timeout: ${JSON.stringify(values.timeout)} is not allowed; expected a duration such as 90s, 10m or 1h`,
    );
  }
  const key = values['cosign-key'];
  if (key !== undefined && !existsSync(key)) {
    throw new InputFileError(`--cosign-key: file not found: ${key}`);
  }
  const env = { ...process.env };
  const now = time('timestamp', values.timestamp);
  const epoch =
    integer('source-date-epoch', values['source-date-epoch']) ??
    (await commitTime(process.cwd(), env));
  const stderr = (m: string): void => void process.stderr.write(`${m}\n`);
  const result = await releaseCommand({
    // The default file may be absent (defaults apply); a file someone named must exist.
    configFile: namedConfigFile(values.config),
    overrides: configOverrides(values),
    force: values.force,
    now,
    dockerfile: projectDockerfile(),
    outputDir: resolve(values['output-dir']),
    workDir: values['work-dir'] ?? join(tmpdir(), `pgforge-release-${process.pid}`),
    cacheDir: defaultCacheDir(env, homedir()),
    hostRoot: hostAptRoot(env),
    ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
    ...(key !== undefined
      ? {
          cosign: {
            keyFile: key,
            ...(env.COSIGN_PASSWORD !== undefined ? { password: env.COSIGN_PASSWORD } : {}),
          },
        }
      : {}),
    run: await localRun(context.argv, process.cwd(), env),
    version: VERSION,
    smokeTimeoutMs: timeoutMs,
    registry: registryClientFromEnvironment({ env }),
    env,
    homeDir: homedir(),
    progress: (m) => stderr(`pgforge release: ${m}`),
    // Plain lines: the build takes minutes, and a redrawn line would mix with the other steps'.
    buildProgress: (e) => stderr(`pgforge release: build      ${progressLine(e)}`),
    // The steps' own output stays out of the way unless asked for; failures carry their reasons.
    log: values.verbose ? stderr : () => undefined,
    warn: (m) => stderr(`warning: ${m}`),
  });
  if (values.json) printJson(result);
  else printSummary(releaseDocument(result), values.summary ?? 'text');
  return result.failed.length > 0 ? 1 : 0;
}
