/**
 * The packages apt would install for some root packages on an empty system, from the indexes
 * alone: Pre-Depends and Depends (Recommends and Suggests ignored, as with
 * `--no-install-recommends`), each `|` group satisfied by what is already chosen when it can
 * be, else by its first alternative that the candidate (newest) version, or a provider of that
 * name (Provides, versioned where the relation is), satisfies.
 *
 * apt's own resolver is followed where it is deterministic: a package's groups are settled
 * first (so its later groups see its earlier picks), then each pick is visited in turn
 * (apt ≥ 2.1's MarkInstall). Among several providers of a virtual package, apt prefers
 * Essential, then higher Priority, then an internal order; here Essential, then Priority, then
 * the name. Conflicts and Breaks are not considered: for Debian's own archive and a handful of
 * roots they do not change the set (the tests compare with `apt-get install -s`).
 */
import { compareDebianVersions } from '@pgforge/versions';
import { UnsatisfiableDependencyError } from './errors.js';
import type { BinaryPackage, PackageIndex } from './packages.js';
import { formatRelation, parseRelations, satisfiesConstraint } from './relations.js';
import type { Relation } from './relations.js';

export interface DependencyClosure {
  /** The chosen package stanzas by name, in the order they were chosen (roots first). */
  readonly packages: ReadonlyMap<string, BinaryPackage>;
  /** For each package that is not a root: the package whose dependency brought it in. */
  readonly requiredBy: ReadonlyMap<string, string>;
}

interface Provider {
  pkg: BinaryPackage;
  /** The version in `Provides: name (= version)`, if given. */
  version?: string;
}

const PRIORITY_RANK: Readonly<Record<string, number>> = {
  required: 0,
  important: 1,
  standard: 2,
  optional: 3,
  extra: 4,
};

function rank(pkg: BinaryPackage): number {
  return PRIORITY_RANK[pkg.priority ?? ''] ?? 5;
}

/** Better provider first: Essential, then higher priority, then name. */
function compareProviders(a: BinaryPackage, b: BinaryPackage): number {
  if ((a.essential === true) !== (b.essential === true)) return a.essential ? -1 : 1;
  return rank(a) - rank(b) || (a.package < b.package ? -1 : a.package > b.package ? 1 : 0);
}

function provides(pkg: BinaryPackage): { name: string; version?: string }[] {
  return parseRelations(pkg.provides).flatMap((group) =>
    group.map((r) =>
      r.constraint?.op === '=' ? { name: r.name, version: r.constraint.version } : { name: r.name },
    ),
  );
}

function providerMatches(provider: Provider, relation: Relation): boolean {
  // A versioned dependency is only met by a versioned Provides (Debian Policy 7.5).
  if (!relation.constraint) return true;
  return (
    provider.version !== undefined && satisfiesConstraint(provider.version, relation.constraint)
  );
}

/** The candidates (newest version of each name across the indexes) and who provides what. */
class Candidates {
  readonly #indexes: readonly PackageIndex[];
  readonly #candidates = new Map<string, BinaryPackage | undefined>();
  readonly #providers = new Map<string, Provider[]>();

  constructor(indexes: readonly PackageIndex[]) {
    this.#indexes = indexes;
  }

  get(name: string): BinaryPackage | undefined {
    if (this.#candidates.has(name)) return this.#candidates.get(name);
    let best: BinaryPackage | undefined;
    for (const index of this.#indexes) {
      const p = index.newest(name);
      if (p && (!best || compareDebianVersions(p.version, best.version) > 0)) best = p;
    }
    this.#candidates.set(name, best);
    return best;
  }

  /** Who provides `name`: each name an index lists, as its candidate, if that provides it. */
  providers(name: string): Provider[] {
    const known = this.#providers.get(name);
    if (known) return known;
    const list: Provider[] = [];
    const seen = new Set<string>();
    for (const index of this.#indexes) {
      for (const n of index.providers(name)) {
        if (seen.has(n)) continue;
        seen.add(n);
        const pkg = this.get(n);
        if (!pkg) continue;
        for (const p of provides(pkg)) {
          if (p.name !== name) continue;
          const provider: Provider = { pkg };
          if (p.version !== undefined) provider.version = p.version;
          list.push(provider);
        }
      }
    }
    this.#providers.set(name, list);
    return list;
  }
}

/**
 * The closure of `roots` (package names, or virtual names some package provides) over the
 * indexes (e.g. Debian's main for one architecture, plus PGDG's): the newest version of each
 * name is the candidate, as apt's is when all sources have the same pin priority. Throws
 * UnsatisfiableDependencyError, naming the package and relation, when a group cannot be met.
 */
export function dependencyClosure(
  indexes: PackageIndex | readonly PackageIndex[],
  roots: Iterable<string>,
): DependencyClosure {
  const list: readonly PackageIndex[] = Array.isArray(indexes)
    ? (indexes as readonly PackageIndex[])
    : [indexes as PackageIndex];
  const described = list.map((i) => `${i.suite} ${i.component} ${i.architecture}`).join(', ');
  const candidates = new Candidates(list);
  const packages = new Map<string, BinaryPackage>();
  const requiredBy = new Map<string, string>();
  // Virtual names provided by chosen packages.
  const provided = new Map<string, Provider[]>();

  const choose = (pkg: BinaryPackage, dependent: string | undefined): void => {
    packages.set(pkg.package, pkg);
    if (dependent !== undefined) requiredBy.set(pkg.package, dependent);
    for (const p of provides(pkg)) {
      const provider: Provider = { pkg };
      if (p.version !== undefined) provider.version = p.version;
      const known = provided.get(p.name);
      if (known) known.push(provider);
      else provided.set(p.name, [provider]);
    }
  };

  const satisfied = (relation: Relation): boolean => {
    const chosen = packages.get(relation.name);
    if (chosen && satisfiesConstraint(chosen.version, relation.constraint)) return true;
    return (provided.get(relation.name) ?? []).some((p) => providerMatches(p, relation));
  };

  const pick = (group: Relation[], dependent: string | undefined): BinaryPackage => {
    const reasons: string[] = [];
    for (const relation of group) {
      const real = candidates.get(relation.name);
      if (real && satisfiesConstraint(real.version, relation.constraint)) return real;
      const providers = candidates
        .providers(relation.name)
        .filter((p) => providerMatches(p, relation))
        .map((p) => p.pkg)
        .sort(compareProviders);
      if (providers[0]) return providers[0];
      reasons.push(
        real
          ? `${relation.name}'s candidate is ${real.version}, not ${formatRelation(relation)}`
          : `no package or provider of ${formatRelation(relation)}`,
      );
    }
    throw new UnsatisfiableDependencyError(
      dependent,
      group.map(formatRelation).join(' | '),
      reasons,
      described,
    );
  };

  const visit = (pkg: BinaryPackage): void => {
    const picks: BinaryPackage[] = [];
    for (const group of [...parseRelations(pkg.preDepends), ...parseRelations(pkg.depends)]) {
      if (group.some(satisfied)) continue;
      const chosen = pick(group, pkg.package);
      if (packages.has(chosen.package)) continue;
      choose(chosen, pkg.package);
      picks.push(chosen);
    }
    for (const chosen of picks) visit(chosen);
  };

  for (const root of roots) {
    const group = [{ name: root }];
    if (group.some(satisfied)) continue;
    const chosen = pick(group, undefined);
    choose(chosen, undefined);
    visit(chosen);
  }
  return { packages, requiredBy };
}

/**
 * The roots of `debootstrap --variant=minbase`, which is what a `debian:<suite>-slim` image
 * holds: every package of Priority required (the Essential ones are among them), and apt.
 * Their closure is the base system an extension's libraries may rely on.
 */
export function minbaseRoots(indexes: PackageIndex | readonly PackageIndex[]): string[] {
  const list: readonly PackageIndex[] = Array.isArray(indexes)
    ? (indexes as readonly PackageIndex[])
    : [indexes as PackageIndex];
  const names = new Set<string>();
  for (const index of list) for (const name of index.required()) names.add(name);
  names.add('apt');
  return [...names].sort();
}
