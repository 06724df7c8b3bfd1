import { readFileSync } from 'node:fs';
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
import { namedConfigFile, type PackageSource } from '@pgforge/config';
import {
  parsePackageList,
  SYSTEM_LIBRARIES_MODES,
  type ExtensionCommandOptions,
} from '@pgforge/extension';
import { defaultCacheDir, hostAptRoot } from '@pgforge/apt';

const PACKAGE_SOURCES: readonly PackageSource[] = ['pgdg', 'distribution'];

function epochOf(env: NodeJS.ProcessEnv): number {
  const given = stringInput('source-date-epoch');
  const value = given ?? env.SOURCE_DATE_EPOCH?.trim() ?? '';
  if (value === '') return 0;
  if (!/^\d+$/.test(value)) {
    throw new InputError(
      given !== undefined ? 'source-date-epoch' : 'SOURCE_DATE_EPOCH (environment)',
      value,
      'whole seconds since 1970, e.g. 1763730900',
    );
  }
  return Number(value);
}

/** A file an input names, or an InputError naming the input, the path and why. */
function readInputFile(name: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(
      name,
      path,
      `a readable file of package templates, one per line (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

/** Parses every input once into the typed options the command takes. */
export type ExtensionInputs = ExtensionCommandOptions & { sbomDir?: string };

export function getInputs(env: NodeJS.ProcessEnv = process.env): ExtensionInputs {
  const name = stringInput('name');
  const timestamp = stringInput('timestamp');
  const now = timestamp === undefined ? new Date() : new Date(timestamp);
  if (Number.isNaN(now.getTime())) {
    throw new InputError(
      'timestamp',
      timestamp ?? '',
      'an RFC 3339 date and time, e.g. 2026-11-21T13:15:00Z',
    );
  }
  const packageSource = stringInput('package-source');
  if (
    packageSource !== undefined &&
    !(PACKAGE_SOURCES as readonly string[]).includes(packageSource)
  ) {
    throw new InputError('package-source', packageSource, PACKAGE_SOURCES.join(', '));
  }
  const context = runnerContext(env);
  const configFile = stringInput('config');
  const listed = stringInput('package-list');
  const packages = listed
    ? [...(listInput('package') ?? []), ...parsePackageList(readInputFile('package-list', listed))]
    : listInput('package');
  const directory = stringInput('directory');
  const postgres = listInput('postgres');
  const distributions = listInput('distributions');
  const platforms = listInput('platforms');
  const mirror = stringInput('mirror');
  const image = stringInput('image');
  const tags = listInput('tags');
  const mountFrom = listInput('mount-from');
  return {
    ...(name !== undefined ? { name } : {}),
    ...(packages ? { packages } : {}),
    ...(listed ? { batch: true } : {}),
    ...(directory !== undefined ? { directory } : {}),
    ...(postgres ? { postgres } : {}),
    ...(distributions ? { distributions } : {}),
    ...(platforms ? { platforms } : {}),
    ...(packageSource ? { packageSource: packageSource as PackageSource } : {}),
    ...(mirror ? { mirror } : {}),
    // Only true overrides: false, the default, leaves the configuration's setting in force.
    ...(booleanInput('allow-expired-release', false) ? { allowExpiredRelease: true } : {}),
    ...(image ? { image } : {}),
    push: booleanInput('push', false),
    ...(booleanInput('sbom', false)
      ? {
          sbomDir: stringInput('sbom-dir') ?? join(env.RUNNER_TEMP || tmpdir(), 'pgforge', 'sbom'),
        }
      : {}),
    output:
      stringInput('output') ?? join(env.RUNNER_TEMP || tmpdir(), 'pgforge', 'extension-layout'),
    ...(tags ? { tags } : {}),
    systemLibraries: choiceInput('system-libraries', SYSTEM_LIBRARIES_MODES, 'auto'),
    // The default file may be absent (defaults apply); a file someone named must exist.
    configFile: namedConfigFile(configFile),
    now,
    sourceDateEpoch: epochOf(env),
    source: { revision: context.revision, url: context.url, vendor: context.owner },
    cacheDir: defaultCacheDir(env, homedir()),
    hostRoot: hostAptRoot(env),
    ...(mountFrom ? { mountFrom } : {}),
    docker: { env: { ...env }, homeDir: homedir() },
  };
}
