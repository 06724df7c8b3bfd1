/**
 * Which `.deb` files make an extension image: for each PostgreSQL major × distribution, the
 * version of the extension's package(s) the signed indexes offer, chosen by the matrix's own
 * resolution (the newest source version every platform has a binary of), then per platform
 * the stanzas to download, with the packages of the same source they depend on (PostGIS's
 * module package depends on its `-scripts` package, which holds the control and SQL files).
 */
import type { Config } from '@pgforge/config';
import { ConfigError, renderTemplate } from '@pgforge/config';
import type { BinaryPackage } from '@pgforge/apt';
import {
  distributionSources,
  resolveDistribution,
  type DistributionView,
  type PackageIndexReader,
  type PredictionStore,
} from '@pgforge/package-view';
import { byPlatform } from '@pgforge/platform';
import { isPreview, type PostgresVersionSpec } from '@pgforge/versions';
import { ExtensionError, PlatformMissingError, UnknownPackageError } from './errors.js';
import {
  candidate,
  dependencyGroups,
  loadArchSources,
  versionsOf,
  type AptReader,
  type ArchSources,
  type SourcedPackage,
} from './sources.js';

export interface ResolvedPlatform {
  platform: string;
  arch: ArchSources;
  /** The packages to unpack: the asked-for ones first, then those of the same source they need. */
  packages: SourcedPackage[];
  /** The names asked for (templates rendered): each must hold extension files. */
  roots: string[];
}

export interface ResolvedImage {
  major: number;
  distribution: string;
  /** The Debian version of `postgresql-<major>` the extension is for. */
  postgresVersion: string;
  platforms: ResolvedPlatform[];
}

export interface ResolveRequest {
  config: Config;
  /** Package name templates (`postgresql-{major}-pgvector`). */
  packages: string[];
  specs: PostgresVersionSpec[];
  distributions: string[];
  platforms: string[];
  /** The image's package view of a distribution, read from the operand base it targets. */
  view: (distribution: string) => Promise<DistributionView>;
  /** Where predicted images are kept between runs (none: computed every time). */
  predictions?: PredictionStore;
  log?: (message: string) => void;
  warn?: (message: string) => void;
}

// The flavour the matrix's resolution is asked to resolve: the extension's packages alone.
const FLAVOUR = 'extension';

/** Length of the longest common substring (names are short: the quadratic table is fine). */
function commonRun(a: string, b: string): number {
  let best = 0;
  const previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      best = Math.max(best, previous[j] ?? 0);
      diagonal = above;
    }
  }
  return best;
}

/**
 * A hint for a name the index lacks: packages of that major whose name shares a run of five
 * characters with it (`vectors` → `pgvector`), or all of it when it is shorter.
 */
function similar(arch: ArchSources, name: string, major: number): string {
  const prefix = `postgresql-${major}-`;
  const wanted = name.startsWith(prefix) ? name.slice(prefix.length) : name;
  const found = new Set<string>();
  for (const { index } of arch.indexes) {
    for (const n of index.names()) {
      if (!n.startsWith(prefix)) continue;
      const rest = n.slice(prefix.length);
      if (commonRun(wanted, rest) >= Math.min(5, wanted.length, rest.length)) found.add(n);
    }
  }
  const list = [...found].sort().slice(0, 6);
  return list.length > 0
    ? `packages for PostgreSQL ${major} with a similar name: ${list.join(', ')}`
    : `the package name template is rendered with {major} = ${major}`;
}

/** Throws when some platform lacks `name` (all lack it: unknown; some: that platform). */
function checkPresent(
  arches: ArchSources[],
  platforms: string[],
  name: string,
  major: number,
): void {
  const has = arches.map((a) => candidate(a, name) !== undefined);
  if (has.every(Boolean)) return;
  const first = arches[0];
  if (!has.some(Boolean) && first) {
    throw new UnknownPackageError(
      name,
      `${first.where} (${first.architecture})`,
      similar(first, name, major),
    );
  }
  throw new PlatformMissingError(
    name,
    platforms.filter((_, i) => !has[i]),
    platforms.filter((_, i) => has[i]),
    first?.where ?? '',
  );
}

/** The stanza of `name` at `version` (the resolved one), with the packages of its source it needs. */
function unpackSet(arch: ArchSources, name: string, version: string): SourcedPackage[] {
  const root = versionsOf(arch, name).find((p) => p.pkg.version === version);
  if (!root) {
    throw new ExtensionError(
      `${name} ${version} was resolved but is not in ${arch.where} for ${arch.architecture}`,
    );
  }
  const chosen = new Map<string, SourcedPackage>([[name, root]]);
  const visit = (p: SourcedPackage): void => {
    for (const group of dependencyGroups(p.pkg)) {
      const [first] = group;
      if (!first || chosen.has(first.name)) continue;
      const c = candidate(arch, first.name, first.constraint);
      if (c && c.pkg.source === root.pkg.source) {
        chosen.set(first.name, c);
        visit(c);
      }
    }
  };
  visit(root);
  return [...chosen.values()];
}

export function installedOn(
  view: DistributionView,
  architecture: string,
): BinaryPackage[] | undefined {
  return view.platforms.find((p) => p.architecture === architecture)?.installed;
}

/** Resolves every (major, distribution) pair the sources carry; warns about and skips the rest. */
export async function resolveImages(
  apt: AptReader & PackageIndexReader,
  request: ResolveRequest,
): Promise<ResolvedImage[]> {
  const { config, platforms } = request;
  const architectures = platforms.map((p) => byPlatform(p).debianArchitecture);
  const images: ResolvedImage[] = [];
  const skipped: string[] = [];
  for (const distribution of request.distributions) {
    // Previews (19~beta3) live in PGDG's component named after the major, as the matrix reads them.
    const view = await request.view(distribution);
    const sources = distributionSources(config, distribution, {
      view: view.repositories,
      previewMajors: request.specs.filter((s) => s.exact && isPreview(s.exact)).map((s) => s.major),
    });
    const arches = await Promise.all(
      architectures.map((a) => loadArchSources(apt, sources, a, installedOn(view, a))),
    );
    for (const spec of request.specs) {
      const server = `postgresql-${spec.major}`;
      if (arches.every((a) => candidate(a, server) === undefined)) {
        skipped.push(`PostgreSQL ${spec.major} on ${distribution}`);
        request.warn?.(
          `${arches[0]?.where ?? distribution} has no PostgreSQL ${spec.major} (${server}); no image for ${spec.major} on ${distribution}`,
        );
        continue;
      }
      checkPresent(arches, platforms, server, spec.major);
      const names = request.packages.map((t) => renderTemplate(t, { major: String(spec.major) }));
      for (const name of names) checkPresent(arches, platforms, name, spec.major);

      const resolved = await resolveDistribution(
        {
          ...config,
          postgres: [spec],
          platforms,
          distributions: [distribution],
          flavours: [
            {
              name: FLAVOUR,
              packages: names.map((name) => ({ name, optional: false })),
              lineage: [FLAVOUR],
            },
          ],
          selectedFlavours: [FLAVOUR],
        },
        distribution,
        apt,
        { view, ...(request.predictions ? { predictions: request.predictions } : {}) },
      ).catch((error: unknown) => {
        // The matrix names its own configuration fields; say it in the extension's words.
        if (error instanceof ConfigError) {
          throw new ExtensionError(
            error.problems.map((p) => p.message.replace(/; mark it optional.*$/, '')).join('; '),
          );
        }
        throw error;
      });
      const [r] = resolved;
      if (!r) continue;
      const chosen = r.flavourPackages[FLAVOUR] ?? [];
      images.push({
        major: spec.major,
        distribution,
        postgresVersion: r.postgres.debianVersion,
        platforms: platforms.map((platform, i) => {
          const arch = arches[i] as ArchSources;
          const architecture = architectures[i] as string;
          const seen = new Map<string, SourcedPackage>();
          for (const p of chosen) {
            const version = p.byArchitecture?.[architecture] ?? p.version;
            for (const s of unpackSet(arch, p.name, version)) {
              if (!seen.has(s.pkg.package)) seen.set(s.pkg.package, s);
            }
          }
          return { platform, arch, packages: [...seen.values()], roots: names };
        }),
      });
      request.log?.(
        `${distribution}: PostgreSQL ${spec.major} (${r.postgres.debianVersion}): ` +
          chosen.map((p) => `${p.name} ${p.version}`).join(', '),
      );
    }
  }
  if (images.length === 0) {
    throw new ExtensionError(
      `no PostgreSQL major asked for is in the distributions asked for (${skipped.join(', ')})`,
    );
  }
  return images;
}
