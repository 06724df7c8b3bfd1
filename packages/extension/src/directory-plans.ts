/**
 * The plans of an image made from a directory (a `make install DESTDIR=` tree or one in the
 * image layout): one PostgreSQL major, the platform its modules are built for (any, for pure
 * SQL), one plan per distribution the system libraries are resolved against.
 */
import { resolve as resolvePath } from 'node:path';
import type { Config } from '@pgforge/config';
import { isElf, readElf } from '@pgforge/elf';
import { distributionSources, type ViewOf } from '@pgforge/package-view';
import { byPlatform } from '@pgforge/platform';
import {
  assembleFromDirectory,
  machineOf,
  platformOfMachine,
  type SystemContext,
} from './assemble.js';
import { specsOf } from './config.js';
import { readDirectoryTree } from './directory.js';
import { ExtensionError, ExtensionOptionsError, ModuleArchitectureError } from './errors.js';
import type { ExtensionCommandOptions } from './options.js';
import type { Plan } from './plan.js';
import { candidate, loadArchSources, type AptReader } from './sources.js';
import type { SystemContexts } from './system-contexts.js';

export async function directoryPlans(
  options: ExtensionCommandOptions,
  config: Config,
  apt: AptReader,
  systems: SystemContexts | undefined,
  views: ViewOf,
): Promise<Plan[]> {
  const directory = resolvePath(options.directory ?? '.');
  const specs = specsOf(config);
  const [spec, ...more] = specs;
  if (!spec || more.length > 0) {
    throw new ExtensionOptionsError(
      'postgres',
      `a directory holds one build, for one PostgreSQL major; ${specs.length} were given (${specs.map((s) => s.exact ?? s.major).join(', ')})`,
    );
  }
  const tree = await readDirectoryTree(directory, spec.major);
  options.log?.(`directory ${directory}: ${tree.kind}, ${tree.entries.length} files`);
  // The platform the modules are built for; a pure SQL extension runs on any.
  const machines = new Set(
    tree.entries
      .filter((e) => e.type === 'file' && e.data && isElf(e.data))
      .map((e) => readElf(e.data as Uint8Array, { source: e.path }).machine),
  );
  const [machine, ...others] = machines;
  if (others.length > 0) {
    throw new ExtensionError(
      `directory ${directory} holds ELF files for ${[...machines].join(' and ')}; one build is for one machine`,
    );
  }
  let platforms: string[];
  if (machine === undefined) {
    platforms = config.platforms;
  } else {
    const own = platformOfMachine(machine);
    if (!own)
      throw new ExtensionError(
        `directory ${directory}: no OCI platform known for ELF machine ${machine}`,
      );
    platforms = options.platforms ?? [own];
    for (const p of platforms) {
      if (machineOf(p) !== machine) {
        throw new ModuleArchitectureError(`directory ${directory}`, machine, p, machineOf(p));
      }
    }
  }
  return Promise.all(
    config.distributions.map(async (distribution) => {
      const view = systems ? await views(distribution) : undefined;
      const sources = view
        ? distributionSources(config, distribution, { view: view.repositories, previewMajors: [] })
        : undefined;
      return {
        major: spec.major,
        distribution,
        platforms: platforms.map((platform) => ({
          platform,
          assemble: async () => {
            let system: SystemContext | undefined;
            if (systems && sources) {
              const architecture = byPlatform(platform).debianArchitecture;
              const arch = await loadArchSources(
                apt,
                sources,
                architecture,
                view?.platforms.find((p) => p.architecture === architecture)?.installed,
              );
              if (!candidate(arch, `postgresql-${spec.major}`)) {
                throw new ExtensionError(
                  `${arch.where} has no postgresql-${spec.major} for ${arch.architecture}: the minimal image ` +
                    'the system libraries are resolved against does not exist there',
                );
              }
              system = await systems.get(arch, spec.major);
            }
            return assembleFromDirectory({
              ...(options.name ? { name: options.name } : {}),
              platform,
              directory,
              entries: tree.entries,
              rules: tree.rules,
              ...(system ? { system } : {}),
              ...(options.log ? { log: options.log } : {}),
            });
          },
        })),
      };
    }),
  );
}
