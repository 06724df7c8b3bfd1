/**
 * What one run reads from and writes to, set up once from the options: the APT client and its
 * cache directory, the operand bases' views (through a registry client), the per-run
 * system-library and operand look-ups with their caches, the cache of images made before, and
 * the registry images are pushed to.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AptClient } from '@pgforge/apt';
import type { Config } from '@pgforge/config';
import {
  LocalStoreBaseReader,
  RegistryBaseReader,
  viewsOf,
  type ReleaseReader,
  type ViewOf,
} from '@pgforge/package-view';
import { registryClientFromEnvironment, type RegistryClient } from '@pgforge/oci';
import { ImageCache } from './image-cache.js';
import type { MinimalCache } from './minimal.js';
import type { ExtensionCommandOptions } from './options.js';
import type { ImagePusher } from './publish.js';
import { OperandExtensions } from './requirements.js';
import type { AptReader } from './sources.js';
import { SystemContexts } from './system-contexts.js';

export interface RunClients {
  apt: AptReader;
  views: ViewOf;
  /** Undefined with `systemLibraries: 'none'`: no library is looked up. */
  systems: SystemContexts | undefined;
  operands: OperandExtensions;
  /** Images made before from the same inputs (image-cache.ts), with a cache directory. */
  imageCache: ImageCache | undefined;
  /** Where images are pushed; undefined when they are written as a layout. */
  registry: ImagePusher | undefined;
  /** Resolves when the indexes read cold are stored for the next run: the command's last wait. */
  settled: () => Promise<void>;
}

export function clientsOf(options: ExtensionCommandOptions, config: Config): RunClients {
  const log = options.log;
  const client = new AptClient({
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.warn ? { warn: options.warn } : {}),
  });
  const apt = options.apt ?? client;
  // Docker's credentials, read with the environment the command was given (an empty one by
  // default) and its home directory.
  const dockerClient = (): RegistryClient =>
    registryClientFromEnvironment({
      env: options.docker?.env ?? {},
      ...(options.docker?.homeDir !== undefined ? { homeDir: options.docker.homeDir } : {}),
    });
  const baseRegistry = dockerClient();
  const views = viewsOf(config, {
    registry: options.bases?.registry ?? new RegistryBaseReader(baseRegistry, options.cacheDir),
    ...(options.bases
      ? options.bases.local
        ? { local: options.bases.local }
        : {}
      : { local: new LocalStoreBaseReader(undefined, options.cacheDir) }),
    apt: apt.release ? (apt as AptReader & ReleaseReader) : client,
    keyringDir: join(options.cacheDir ?? join(tmpdir(), 'pgforge'), 'keyrings'),
    ...(options.hostRoot !== undefined ? { hostRoot: options.hostRoot } : {}),
    ...(log ? { log } : {}),
    ...(options.warn ? { warn: options.warn } : {}),
    resolveDigest: (image) => baseRegistry.resolveDigest(image),
  });
  const cache: MinimalCache | undefined =
    options.cacheDir !== undefined && apt.release
      ? {
          dir: options.cacheDir,
          release: (repo) => (apt.release as NonNullable<AptReader['release']>)(repo),
        }
      : undefined;
  return {
    apt,
    views,
    systems:
      options.systemLibraries === 'auto' ? new SystemContexts(apt, config, cache, log) : undefined,
    operands: new OperandExtensions(apt, options.cacheDir),
    imageCache: options.cacheDir !== undefined ? new ImageCache(options.cacheDir) : undefined,
    registry: options.push ? (options.registry ?? dockerClient()) : undefined,
    settled: async () => {
      await Promise.all([apt.settled?.(), client.settled()]);
    },
  };
}
