/**
 * What apt installs, from the indexes alone: the packages an image holds after
 * `apt-get install --no-install-recommends <roots>` on top of what it held before (nothing, a
 * base image's dpkg status, or a parent flavour's predicted set), optionally after upgrading
 * what it held to the candidates. One resolver for every such question: the matrix's prediction
 * of a whole image, the extension's "what the minimal image holds", and the closure of a few
 * roots on an empty system.
 *
 * Pre-Depends and Depends are followed (Recommends and Suggests are not). Each `|` group is
 * satisfied by what is already there when it can be, else by its first alternative whose
 * candidate (the newest version any index has: apt's choice when every source has the same pin
 * priority), or a provider of that name (Provides, versioned where the relation is), satisfies
 * it. A package already there in a version a relation does not accept is replaced by the
 * candidate, as apt upgrades it.
 *
 * apt's own resolver is followed where it is deterministic: a package's groups are settled
 * first (so its later groups see its earlier picks), then each pick is visited in turn
 * (apt ≥ 2.1's MarkInstall). Among several providers of a virtual package, apt prefers
 * Essential, then higher Priority, then an internal order; here Essential, then Priority, then
 * the name. Not modelled: Conflicts and Breaks, and installed packages that depend on a
 * replaced one with `(= old version)` (apt would upgrade or remove them too); for Debian's own
 * archive neither changes the set (the tests compare with `apt-get install -s`), and the build
 * compares what it installed with this prediction, so a case where they would is caught there,
 * named. A relation can only ask for a lower version with `<<`/`<=`, which Debian's packages
 * do not put on what a base holds; such a replacement is still recorded as an upgrade.
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

/** A package to install: by name (its candidate), or at an exact version. */
export interface RootPackage {
  name: string;
  version?: string;
}

export interface PredictInput {
  /** The indexes apt reads, for one architecture (the image's view: suite, -updates, …). */
  indexes: readonly PackageIndex[];
  /** What the image holds before: dpkg's status of the base, or a parent's prediction. */
  installed?: Iterable<BinaryPackage>;
  /** What is installed on top; names or virtual names, optionally at an exact version. */
  roots: Iterable<RootPackage | string>;
  /**
   * First upgrade every installed package whose candidate is newer (`apt-get upgrade`, plus
   * whatever new dependencies the upgraded versions need, which the build then installs
   * explicitly, as `apt-get install` would).
   */
  upgrade?: boolean;
}

export interface PredictedImage {
  /** Every package the image holds afterwards, by name. */
  readonly packages: ReadonlyMap<string, BinaryPackage>;
  /** The packages this step installs or replaces (not those kept as they were), by name. */
  readonly changes: ReadonlyMap<string, { reason: 'upgraded' | 'installed'; from?: string }>;
  /** The root names as resolved (a virtual root names its provider). */
  readonly roots: readonly string[];
  /** For each package installed for another's dependency: that package. */
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

  /** The stanza of `name` at exactly `version`, from the first index that has it. */
  exact(name: string, version: string): BinaryPackage | undefined {
    for (const index of this.#indexes) {
      const p = index.versions(name).find((v) => v.version === version);
      if (p) return p;
    }
    return undefined;
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

/** The state of one simulated installation: what is there, and who provides what. */
class Installation {
  readonly packages = new Map<string, BinaryPackage>();
  readonly requiredBy = new Map<string, string>();
  readonly changes = new Map<string, { reason: 'upgraded' | 'installed'; from?: string }>();
  // Virtual name → providing package name → provider: replaced whole when a package is.
  readonly #provided = new Map<string, Map<string, Provider>>();
  readonly #candidates: Candidates;
  readonly #described: string;

  constructor(indexes: readonly PackageIndex[], installed: Iterable<BinaryPackage>) {
    this.#candidates = new Candidates(indexes);
    this.#described = indexes.map((i) => `${i.suite} ${i.component} ${i.architecture}`).join(', ');
    for (const pkg of installed) this.#place(pkg);
  }

  get candidates(): Candidates {
    return this.#candidates;
  }

  #place(pkg: BinaryPackage): void {
    const before = this.packages.get(pkg.package);
    if (before) {
      for (const p of provides(before)) this.#provided.get(p.name)?.delete(before.package);
    }
    this.packages.set(pkg.package, pkg);
    for (const p of provides(pkg)) {
      const provider: Provider = { pkg };
      if (p.version !== undefined) provider.version = p.version;
      let byName = this.#provided.get(p.name);
      if (!byName) this.#provided.set(p.name, (byName = new Map()));
      byName.set(pkg.package, provider);
    }
  }

  /** Installs or replaces `pkg`, recording why; false when that exact version is there. */
  choose(pkg: BinaryPackage, dependent: string | undefined): boolean {
    const before = this.packages.get(pkg.package);
    if (before?.version === pkg.version) return false;
    this.#place(pkg);
    if (dependent !== undefined && !before) this.requiredBy.set(pkg.package, dependent);
    const earlier = this.changes.get(pkg.package);
    // A package this run installed stays "installed" when a later relation replaces it, and
    // an upgrade keeps the version it started from.
    if (earlier?.reason === 'installed') return true;
    this.changes.set(
      pkg.package,
      before
        ? { reason: 'upgraded', from: earlier?.from ?? before.version }
        : { reason: 'installed' },
    );
    return true;
  }

  satisfied(relation: Relation): boolean {
    const there = this.packages.get(relation.name);
    if (there && satisfiesConstraint(there.version, relation.constraint)) return true;
    return [...(this.#provided.get(relation.name)?.values() ?? [])].some((p) =>
      providerMatches(p, relation),
    );
  }

  pick(group: Relation[], dependent: string | undefined): BinaryPackage {
    const reasons: string[] = [];
    for (const relation of group) {
      const real = this.#candidates.get(relation.name);
      if (real && satisfiesConstraint(real.version, relation.constraint)) return real;
      const providers = this.#candidates
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
      this.#described,
    );
  }

  /** Settles `pkg`'s dependency groups, then visits each package that brought in or changed. */
  visit(pkg: BinaryPackage): void {
    const picks: BinaryPackage[] = [];
    for (const group of [...parseRelations(pkg.preDepends), ...parseRelations(pkg.depends)]) {
      if (group.some((r) => this.satisfied(r))) continue;
      const chosen = this.pick(group, pkg.package);
      if (this.choose(chosen, pkg.package)) picks.push(chosen);
    }
    for (const chosen of picks) this.visit(chosen);
  }
}

/**
 * What an image holds after installing `roots` (and first upgrading, when asked) on top of
 * `installed`. Throws UnsatisfiableDependencyError, naming the package and relation, when a
 * group cannot be met, or a root is in no index (at its version, when one is given).
 */
export function predictInstall(input: PredictInput): PredictedImage {
  const state = new Installation(input.indexes, input.installed ?? []);
  if (input.upgrade) {
    const upgraded: BinaryPackage[] = [];
    for (const [name, there] of [...state.packages]) {
      const newer = state.candidates.get(name);
      if (newer && compareDebianVersions(newer.version, there.version) > 0) {
        state.choose(newer, undefined);
        upgraded.push(newer);
      }
    }
    for (const pkg of upgraded) state.visit(pkg);
  }
  const roots: string[] = [];
  for (const root of input.roots) {
    const { name, version } = typeof root === 'string' ? { name: root, version: undefined } : root;
    let chosen: BinaryPackage;
    if (version !== undefined) {
      const exact = state.candidates.exact(name, version);
      if (!exact) {
        const have = state.candidates.get(name);
        throw new UnsatisfiableDependencyError(
          undefined,
          `${name} (= ${version})`,
          [have ? `the indexes have ${name} ${have.version}` : `no package ${name}`],
          input.indexes.map((i) => `${i.suite} ${i.component} ${i.architecture}`).join(', '),
        );
      }
      chosen = exact;
    } else {
      const group = [{ name }];
      const there = state.packages.get(name);
      const newer = state.candidates.get(name);
      // `apt-get install name` upgrades an installed package whose candidate is newer.
      if (there && newer && compareDebianVersions(newer.version, there.version) > 0) {
        chosen = newer;
      } else if (group.some((r) => state.satisfied(r))) {
        roots.push(there ? name : providerOf(state, name));
        continue;
      } else {
        chosen = state.pick(group, undefined);
      }
    }
    roots.push(chosen.package);
    if (state.choose(chosen, undefined)) state.visit(chosen);
  }
  return {
    packages: state.packages,
    changes: state.changes,
    roots,
    requiredBy: state.requiredBy,
  };
}

function providerOf(state: Installation, virtual: string): string {
  for (const pkg of state.packages.values()) {
    if (provides(pkg).some((p) => p.name === virtual)) return pkg.package;
  }
  return virtual;
}

/**
 * The closure of `roots` (package names, or virtual names some package provides) over the
 * indexes on an empty system (e.g. Debian's main for one architecture, plus PGDG's).
 */
export function dependencyClosure(
  indexes: PackageIndex | readonly PackageIndex[],
  roots: Iterable<string>,
): DependencyClosure {
  const list: readonly PackageIndex[] = Array.isArray(indexes)
    ? (indexes as readonly PackageIndex[])
    : [indexes as PackageIndex];
  const predicted = predictInstall({ indexes: list, roots });
  return { packages: predicted.packages, requiredBy: predicted.requiredBy };
}

/**
 * The roots of `debootstrap --variant=minbase`, which is what a `debian:<suite>-slim` image
 * holds: every package of Priority required (the Essential ones are among them), and apt.
 * Their closure stands in for a base image whose dpkg status cannot be read.
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
