/**
 * What the minimal operand image of a major × distribution × platform already holds: the
 * operand base's own packages (its dpkg status, upgraded as the matrix upgrades them), and what
 * apt installs for `postgresql-<major>` and the minimal flavour's own packages, each with its
 * dependencies: the same resolver (@pgforge/apt's predictInstall) over the same view the
 * matrix predicts the operand image with. Without a readable base, debootstrap's minbase
 * stands in for it. A shared library is provided when one of those packages ships it where
 * the dynamic linker looks (system-libraries.ts says how that is known).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRelations, type AptRepository, type ReleaseFile } from '@pgforge/apt';
import { renderTemplate, type Config } from '@pgforge/config';
import { predictArchImages } from '@pgforge/package-view';
import { candidate, type ArchSources } from './sources.js';

export interface MinimalImage {
  /** Package names. */
  packages: ReadonlySet<string>;
  /** Virtual names those packages provide (`libblas.so.3`, provided by libblas3). */
  provides: ReadonlySet<string>;
  /** The roots the set was computed from, for the log. */
  roots: string[];
}

/**
 * The minimal flavour's own packages for this major and distribution: the flavour named
 * `minimal`, else the first one built on no other.
 */
export function minimalFlavourPackages(
  config: Config,
  major: number,
  distribution: string,
): string[] {
  const flavour =
    config.flavours.find((f) => f.name === 'minimal') ?? config.flavours.find((f) => !f.from);
  if (!flavour) return [];
  return flavour.packages
    .filter((r) => r.minMajor === undefined || major >= r.minMajor)
    .filter((r) => r.maxMajor === undefined || major <= r.maxMajor)
    .filter((r) => !r.distributions || r.distributions.includes(distribution))
    .map((r) => renderTemplate(r.name, { major: String(major) }));
}

export function minimalImage(
  arch: ArchSources,
  major: number,
  flavourPackages: string[],
  upgrade = true,
): MinimalImage {
  const indexes = arch.indexes.map((i) => i.index);
  const server = candidate(arch, `postgresql-${major}`);
  // A flavour package the source lacks (an optional one) is simply not in the image.
  const extra = flavourPackages.flatMap((name) => {
    const c = candidate(arch, name);
    return c ? [{ name, version: c.pkg.version }] : [];
  });
  const roots = [`postgresql-${major}`, ...extra.map((p) => p.name)];
  if (!server) return { packages: new Set(), provides: new Set(), roots };
  // The matrix's own prediction of the minimal flavour, on this architecture's view and base.
  const images = predictArchImages({
    flavours: [{ name: 'minimal', packages: [], lineage: ['minimal'] }],
    upgrade,
    arch: {
      architecture: arch.architecture,
      indexes,
      ...(arch.installed ? { installed: arch.installed } : {}),
    },
    server: { name: server.pkg.package, version: server.pkg.version },
    flavourPackages: { minimal: extra },
  });
  const packages = images.get('minimal')?.packages ?? new Map();
  const provides = new Set<string>();
  for (const pkg of packages.values()) {
    for (const group of parseRelations(pkg.provides)) for (const r of group) provides.add(r.name);
  }
  return { packages: new Set(packages.keys()), provides, roots };
}

/**
 * The minimal image's set, kept on disk beside the APT cache: the closure takes about a second
 * over a suite's 70 000 stanzas, while everything else of a warm run takes less. The key is
 * what the set is a function of: the SHA256 the signed Releases give for every Packages index
 * it was computed from, the major and the flavour's packages. A file that does not read back
 * as a set is computed again.
 */
export interface MinimalCache {
  dir: string;
  release(repository: AptRepository): Promise<ReleaseFile>;
}

const CACHE_VERSION = 3;

async function cacheKey(
  arch: ArchSources,
  major: number,
  flavourPackages: string[],
  cache: MinimalCache,
  upgrade: boolean,
): Promise<string> {
  const indexes = await Promise.all(
    arch.indexes.map(async ({ repository, component }) => {
      const release = await cache.release(repository);
      const prefix = `${component}/binary-${arch.architecture}/Packages`;
      return [...release.sha256]
        .filter(([path]) => path.startsWith(prefix))
        .map(([path, entry]) => `${path}=${entry.sha256}`)
        .sort();
    }),
  );
  // The base's packages (name=version) are part of what the set is computed from.
  const base = arch.installed?.map((p) => `${p.package}=${p.version}`).sort() ?? null;
  return createHash('sha256')
    .update(JSON.stringify([CACHE_VERSION, indexes, major, flavourPackages, base, upgrade]))
    .digest('hex');
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export async function cachedMinimalImage(
  arch: ArchSources,
  major: number,
  flavourPackages: string[],
  cache: MinimalCache | undefined,
  upgrade = true,
): Promise<MinimalImage> {
  if (!cache) return minimalImage(arch, major, flavourPackages, upgrade);
  const file = join(
    cache.dir,
    'extension',
    `minimal-${await cacheKey(arch, major, flavourPackages, cache, upgrade)}.json`,
  );
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    if (
      isStringArray(parsed.packages) &&
      parsed.packages.length > 0 &&
      isStringArray(parsed.provides) &&
      isStringArray(parsed.roots)
    ) {
      return {
        packages: new Set(parsed.packages),
        provides: new Set(parsed.provides),
        roots: parsed.roots,
      };
    }
  } catch {
    // Absent or unreadable: computed below.
  }
  const minimal = minimalImage(arch, major, flavourPackages, upgrade);
  // No minimal image holds nothing: such a set is a failure to compute, never kept.
  if (minimal.packages.size === 0) return minimal;
  const text = JSON.stringify({
    packages: [...minimal.packages].sort(),
    provides: [...minimal.provides].sort(),
    roots: minimal.roots,
  });
  await mkdir(join(cache.dir, 'extension'), { recursive: true });
  // Written whole and renamed: a concurrent reader never sees half a file.
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
  return minimal;
}
