/**
 * The key an extension image is cached under (image-cache.ts): a digest of everything the
 * image is a function of, so that any change to any of them is a miss.
 *
 * - the code (@pgforge/apt's code-version.ts) and the options that reach the image: the name given or the
 *   templates it is derived from, SOURCE_DATE_EPOCH (`created`), the source annotations, the
 *   configuration's annotations and base image name, whether system libraries are resolved;
 * - per platform, each `.deb` by the SHA-256 and size its signed Packages index gives (its
 *   bytes are all the image holds of it), and the names asked for;
 * - with system libraries, what they are resolved from: every Packages and Contents file of
 *   the platform's sources as its signed Release lists it (which libraries exist, in which
 *   package, at which version), the minimal image's set (what need not be carried) and the
 *   base's installed packages.
 *
 * A daily-updated suite (sid) lists new index hashes each day, and so misses once a day: the
 * price of never serving an image resolved against yesterday's archive.
 */
import { createHash } from 'node:crypto';
import type { AptRepository, ReleaseFile } from '@pgforge/apt';
import type { MinimalImage } from './minimal.js';
import type { ArchSources, SourcedPackage } from './sources.js';

export interface KeyedPlatform {
  platform: string;
  roots: string[];
  packages: SourcedPackage[];
  arch: ArchSources;
  /** With system libraries (`auto`): the minimal image they are resolved against. */
  minimal?: MinimalImage;
}

export interface ImageKeyInput {
  code: string;
  major: number;
  distribution: string;
  postgresVersion?: string;
  platforms: KeyedPlatform[];
  /** Everything of the options and configuration that reaches the image. */
  options: Record<string, unknown>;
  release(repository: AptRepository): Promise<ReleaseFile>;
}

// Bump when what goes into the key changes meaning.
const KEY_FORMAT = 1;

/** The files of the Release a platform's resolution reads: its Packages and Contents. */
async function listedIndexes(
  arch: ArchSources,
  release: ImageKeyInput['release'],
): Promise<string[][]> {
  return Promise.all(
    arch.indexes.map(async ({ repository, component }) => {
      const listed = await release(repository);
      const wanted = new RegExp(
        `^${component}/(binary-(${arch.architecture}|all)/Packages|Contents-(${arch.architecture}|all))(\\.|$)`,
      );
      return [
        `${repository.mirror} ${repository.suite} ${component}`,
        ...[...listed.sha256]
          .filter(([path]) => wanted.test(path))
          .map(([path, entry]) => `${path}=${entry.sha256}:${entry.size}`)
          .sort(),
      ];
    }),
  );
}

export async function imageKey(input: ImageKeyInput): Promise<string> {
  const platforms = await Promise.all(
    input.platforms.map(async (p) => ({
      platform: p.platform,
      roots: p.roots,
      debs: p.packages.map(({ pkg, repository }) => [
        pkg.package,
        pkg.version,
        pkg.architecture,
        pkg.filename,
        pkg.sha256,
        pkg.size,
        repository.mirror,
        repository.suite,
      ]),
      system: p.minimal
        ? {
            indexes: await listedIndexes(p.arch, input.release),
            minimal: [[...p.minimal.packages].sort(), [...p.minimal.provides].sort()],
            installed: p.arch.installed?.map((i) => `${i.package}=${i.version}`).sort() ?? null,
          }
        : null,
    })),
  );
  return createHash('sha256')
    .update(
      JSON.stringify([
        KEY_FORMAT,
        input.code,
        input.major,
        input.distribution,
        input.postgresVersion ?? null,
        platforms,
        input.options,
      ]),
    )
    .digest('hex');
}
