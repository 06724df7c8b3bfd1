import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  booleanInput,
  choiceInput,
  InputError,
  listInput,
  runnerContext,
  stringInput,
} from '@pgforge/action-io';
import { namedConfigFile } from '@pgforge/config';
import {
  GROUP_BY,
  testingRegistry,
  TESTING_REGISTRY_EXPECTED,
  type MatrixCommandOptions,
} from '@pgforge/matrix';
import { defaultCacheDir, hostAptRoot } from '@pgforge/apt';
import { projectDockerfile } from '@pgforge/bake';

/** Parses every input once into the typed options the command takes. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): MatrixCommandOptions {
  const timestamp = stringInput('timestamp');
  const now = timestamp === undefined ? new Date() : new Date(timestamp);
  if (Number.isNaN(now.getTime())) {
    throw new InputError(
      'timestamp',
      timestamp ?? '',
      'an RFC 3339 date and time, e.g. 2026-11-21T13:15:00Z',
    );
  }
  const context = runnerContext(env);
  const configFile = stringInput('config');
  const testing = stringInput('testing-registry');
  const testingName = testing === undefined ? undefined : testingRegistry(testing);
  if (testing !== undefined && testingName === undefined) {
    throw new InputError('testing-registry', testing, TESTING_REGISTRY_EXPECTED);
  }
  return {
    // The default file may be absent (defaults apply); a file someone named must exist.
    configFile: namedConfigFile(configFile),
    overrides: {
      postgres: listInput('postgres'),
      distributions: listInput('distributions'),
      flavours: listInput('flavours'),
      platforms: listInput('platforms'),
      registry: stringInput('registry'),
      ...(booleanInput('allow-expired-release', false) ? { allowExpiredRelease: true } : {}),
    },
    ...(testingName !== undefined ? { testingRegistry: testingName } : {}),
    skipUnchanged: booleanInput('skip-unchanged', true),
    force: booleanInput('force', false),
    groupBy: choiceInput('group-by', GROUP_BY, 'target'),
    bakeFile: stringInput('bake-file') ?? join(env.RUNNER_TEMP || tmpdir(), 'pgforge', 'bake.json'),
    dockerfile: projectDockerfile(),
    now,
    source: { revision: context.revision, url: context.url, vendor: context.owner },
    cacheDir: defaultCacheDir(env, homedir()),
    hostRoot: hostAptRoot(env),
    workspace: context.workspace ?? process.cwd(),
    docker: { env: { ...env } },
  };
}
