/**
 * The plans of an image made from Debian packages: one per PostgreSQL major × distribution the
 * packages resolve for, each platform assembled from its resolved packages, and a cache key
 * when the APT reader has signed Releases to vouch for the inputs.
 */
import { codeVersion, type AptRepository, type ReleaseFile } from '@pgforge/apt';
import type { Config } from '@pgforge/config';
import { predictionStore, type ViewOf } from '@pgforge/package-view';
import { assembleFromPackages } from './assemble.js';
import { specsOf } from './config.js';
import { imageKey } from './image-key.js';
import type { ExtensionCommandOptions } from './options.js';
import type { Plan } from './plan.js';
import type { OperandExtensions } from './requirements.js';
import { resolveImages } from './resolve.js';
import type { AptReader } from './sources.js';
import type { SystemContexts } from './system-contexts.js';

export async function packagePlans(
  options: ExtensionCommandOptions,
  config: Config,
  apt: AptReader,
  systems: SystemContexts | undefined,
  views: ViewOf,
  operands: OperandExtensions,
): Promise<Plan[]> {
  const resolved = await resolveImages(apt, {
    config,
    packages: options.packages ?? [],
    specs: specsOf(config),
    distributions: config.distributions,
    platforms: config.platforms,
    view: views,
    ...(options.cacheDir !== undefined
      ? { predictions: await predictionStore(options.cacheDir) }
      : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.warn ? { warn: options.warn } : {}),
  });
  return resolved.map((r) => ({
    major: r.major,
    distribution: r.distribution,
    postgresVersion: r.postgresVersion,
    operand: async () => {
      const [first] = r.platforms;
      return first
        ? operands.get(first.arch, r.major)
        : { extensions: new Set(), preload: new Map() };
    },
    platforms: r.platforms.map((p) => ({
      platform: p.platform,
      assemble: async () =>
        assembleFromPackages({
          ...(options.name ? { name: options.name } : {}),
          platform: p.platform,
          major: r.major,
          packages: p.packages,
          roots: p.roots,
          apt,
          ...(systems ? { system: await systems.get(p.arch, r.major) } : {}),
          ...(options.log ? { log: options.log } : {}),
        }),
    })),
    ...(apt.release
      ? {
          key: async (keyOptions: Record<string, unknown>) =>
            imageKey({
              code: await codeVersion(),
              major: r.major,
              distribution: r.distribution,
              postgresVersion: r.postgresVersion,
              platforms: await Promise.all(
                r.platforms.map(async (p) => ({
                  platform: p.platform,
                  roots: p.roots,
                  packages: p.packages,
                  arch: p.arch,
                  ...(systems ? { minimal: (await systems.get(p.arch, r.major)).minimal } : {}),
                })),
              ),
              options: keyOptions,
              release: (repository) => releaseOf(apt, repository),
            }),
        }
      : {}),
    usedHints: () => r.platforms.some((p) => systems?.usedHints(p.arch) === true),
  }));
}

/** The signed Release through a reader that has it (the caller checked). */
function releaseOf(apt: AptReader, repository: AptRepository): Promise<ReleaseFile> {
  if (!apt.release) throw new Error('this APT reader gives no signed Release');
  return apt.release(repository);
}
