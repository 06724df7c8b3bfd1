import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { DEFAULT_CONFIG_FILE, namedConfigFile } from '@pgforge/config';
import {
  GROUP_BY,
  matrixCommand,
  testingRegistry,
  TESTING_REGISTRY_EXPECTED,
} from '@pgforge/matrix';
import { defaultCacheDir, hostAptRoot } from '@pgforge/apt';
import { projectDockerfile } from '@pgforge/bake';
import { time, type CommandSpec, type FlagValues } from '../args.js';
import { UsageError } from '../errors.js';
import { configOverrides, overrideFlags } from '../overrides.js';
import { jsonFlag, oneOutput, printJson, printSummary, summaryFlag } from '../output.js';

export const MATRIX = {
  name: 'matrix',
  summary: 'resolve versions, expand targets, write a bake file',
  flags: [
    {
      name: 'config',
      type: 'string',
      value: 'FILE',
      description: 'the configuration file; when the default is absent, the built-in defaults',
      default: DEFAULT_CONFIG_FILE,
    },
    ...overrideFlags('build only these flavours'),
    {
      name: 'testing-registry',
      type: 'string',
      value: 'REGISTRY',
      description:
        'push builds to <this>/<name>-testing; production stays <registry>/<name> (pull requests)',
    },
    {
      name: 'skip-unchanged',
      type: 'boolean',
      description: 'drop targets whose published image has the same fingerprint',
      default: 'true',
    },
    { name: 'force', type: 'boolean', description: 'keep every target', default: 'false' },
    {
      name: 'repair',
      type: 'boolean',
      description:
        'list a target whose tags moved off its unchanged image in repairs (for promote --repairs), not build it',
      default: 'false',
    },
    {
      name: 'allow-expired-release',
      type: 'boolean',
      description: 'accept a Release past its Valid-Until (sid); false: as the configuration says',
      default: 'false',
    },
    {
      name: 'group-by',
      type: 'string',
      value: 'KIND',
      description: `one matrix entry per ${GROUP_BY.join(' | ')}`,
      choices: GROUP_BY,
      default: 'target',
    },
    {
      name: 'bake-file',
      type: 'string',
      value: 'FILE',
      description: 'where to write the bake definition',
      default: 'pgforge-bake.json',
    },
    {
      name: 'timestamp',
      type: 'string',
      value: 'TIME',
      description: "the run's time, RFC 3339",
      defaultText: 'now',
    },
    summaryFlag('the summary table (targets, versions, tags, decisions)'),
    {
      name: 'targets-file',
      type: 'string',
      value: 'FILE',
      description: 'also write the kept targets (JSON) there, for `pgforge build --targets`',
    },
    {
      name: 'all-targets-file',
      type: 'string',
      value: 'FILE',
      description: 'also write every target (JSON) there, for `--all-targets`',
    },
    jsonFlag('matrix, targets, skipped, repairs, refused, bakeFile, timestamp (the default)'),
  ],
} as const satisfies CommandSpec;

export async function matrix(values: FlagValues<typeof MATRIX>): Promise<number> {
  oneOutput(values);
  const testing = values['testing-registry'];
  const testingName = testing === undefined ? undefined : testingRegistry(testing);
  if (testing !== undefined && testingName === undefined) {
    throw new UsageError(
      `--testing-registry: ${JSON.stringify(testing)} is not allowed; expected ${TESTING_REGISTRY_EXPECTED}`,
    );
  }
  const result = await matrixCommand({
    // The default file may be absent (defaults apply); a file someone named must exist.
    configFile: namedConfigFile(values.config),
    overrides: {
      ...configOverrides(values),
      ...(values['allow-expired-release'] ? { allowExpiredRelease: true } : {}),
    },
    ...(testingName !== undefined ? { testingRegistry: testingName } : {}),
    skipUnchanged: values['skip-unchanged'],
    force: values.force,
    ...(values.repair ? { repair: true } : {}),
    groupBy: values['group-by'],
    bakeFile: values['bake-file'],
    dockerfile: projectDockerfile(),
    now: time('timestamp', values.timestamp),
    cacheDir: defaultCacheDir(process.env, homedir()),
    hostRoot: hostAptRoot(process.env),
    workspace: process.cwd(),
    docker: { env: { ...process.env } },
    log: (m) => process.stderr.write(`${m}\n`),
    warn: (m) => process.stderr.write(`warning: ${m}\n`),
  });
  if (values['targets-file']) {
    await writeFile(values['targets-file'], `${JSON.stringify(result.kept, null, 2)}\n`);
  }
  if (values['all-targets-file']) {
    await writeFile(values['all-targets-file'], `${JSON.stringify(result.targets, null, 2)}\n`);
  }
  if (values.summary) {
    printSummary(result.summaryDocument, values.summary);
    return 0;
  }
  const { matrix: m, kept, skipped, repairs, refused, bakeFile, timestamp } = result;
  // resolve, not join: an absolute --bake-file is where the file is, not a path under the cwd.
  printJson({
    matrix: m,
    targets: kept,
    skipped,
    repairs,
    refused,
    bakeFile: resolve(bakeFile),
    timestamp,
  });
  return 0;
}
