import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { keyringFiles, writeKeyringContext } from '@pgforge/bake';
import { AptClient } from '@pgforge/apt';
import { tmpdir } from 'node:os';
import { loadConfig, type ConfigOverrides } from '@pgforge/config';
import { registryClientFromEnvironment, type DockerEnvironment } from '@pgforge/oci';
import {
  LocalStoreBaseReader,
  predictionStore,
  RegistryBaseReader,
  spawnDocker,
} from '@pgforge/package-view';
import type { SourceInfo } from '@pgforge/targets';
import type { GroupBy } from './outputs.js';
import { publishedPackages } from './published.js';
import { planMatrix, type MatrixResult } from './plan.js';

/**
 * Everything the matrix action and the `pgforge matrix` command take, already parsed. The edge
 * (action main or CLI) fills it from inputs or flags and the environment; nothing below reads
 * process.env.
 */
export interface MatrixCommandOptions {
  /** Path of images.yaml; undefined: `images.yaml` if present, else the defaults. */
  configFile?: string;
  overrides: ConfigOverrides;
  skipUnchanged: boolean;
  force: boolean;
  /** Repair targets whose tags moved instead of building them: the caller re-tags them. */
  repair?: boolean;
  groupBy: GroupBy;
  /** Where to write the bake definition. */
  bakeFile: string;
  /** The Dockerfile the images are built from. */
  dockerfile: string;
  now: Date;
  source?: SourceInfo;
  /** APT index cache directory; undefined: no cache. */
  cacheDir?: string;
  /**
   * The checkout the matrix runs in: key files inside it are named relative to it in the
   * targets, so that a build job's checkout elsewhere finds them. Undefined: absolute paths.
   */
  workspace?: string;
  /** The machine's apt configuration root, for the fallback only (default '/'). */
  hostRoot?: string;
  /**
   * Push builds to `<testingRegistry>/<name>-testing` instead of the configuration's registry
   * (a pull request's job-local registry); production stays what targets are compared with.
   */
  testingRegistry?: string;
  /** false: never read the base from the local image store (no Docker). */
  localStore?: boolean;
  /** Docker's config.json location and environment, for registry credentials. */
  docker?: DockerEnvironment;
  log?: (message: string) => void;
  warn?: (message: string) => void;
}

export interface MatrixCommandResult extends MatrixResult {
  bakeFile: string;
}

export async function matrixCommand(options: MatrixCommandOptions): Promise<MatrixCommandResult> {
  const config = await loadConfig(options.configFile, { overrides: options.overrides });
  const dockerfile = await readFile(options.dockerfile);
  const apt = new AptClient({
    cacheDir: options.cacheDir,
    ...(options.warn ? { warn: options.warn } : {}),
  });
  const registry = registryClientFromEnvironment(options.docker ?? { env: {} });
  // The bake file's `keyring` context: PGDG's key files as configured, beside the bake file.
  const keyringContext = join(dirname(options.bakeFile), 'pgforge-pgdg-keyring');
  const result = await planMatrix(
    {
      config,
      now: options.now,
      dockerfile: {
        directory: dirname(options.dockerfile),
        name: basename(options.dockerfile),
        content: dockerfile,
      },
      skipUnchanged: options.skipUnchanged,
      ...(options.repair ? { repair: true } : {}),
      force: options.force,
      groupBy: options.groupBy,
      source: options.source,
      hostRoot: options.hostRoot ?? '/',
      keyringContext,
      ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
      ...(options.testingRegistry !== undefined
        ? { testingRegistry: options.testingRegistry }
        : {}),
    },
    {
      apt,
      registry,
      bases: {
        registry: new RegistryBaseReader(registry, options.cacheDir),
        ...(options.localStore === false
          ? {}
          : { local: new LocalStoreBaseReader(spawnDocker, options.cacheDir) }),
      },
      keyringDir: join(options.cacheDir ?? join(tmpdir(), 'pgforge'), 'keyrings'),
      notes: {
        published: (reference, platform) => publishedPackages(registry, reference, platform),
        debs: apt,
      },
      ...(options.cacheDir !== undefined
        ? { predictions: await predictionStore(options.cacheDir) }
        : {}),
      log: options.log,
      warn: options.warn,
    },
  );
  await mkdir(dirname(options.bakeFile), { recursive: true });
  const keys = keyringFiles(result.targets);
  if (keys.length > 0) await writeKeyringContext(keys, keyringContext, options.workspace);
  await writeFile(options.bakeFile, `${JSON.stringify(result.bake, null, 2)}\n`);
  // The indexes read cold were stored meanwhile; the next run (the build's) finds them.
  await apt.settled();
  return { ...result, bakeFile: options.bakeFile };
}
