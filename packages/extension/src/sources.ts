/**
 * The APT side of one distribution and architecture: every Packages index apt would read
 * (the distribution's archive, and PGDG's suite when that is the package source), each with
 * the repository its `.deb` files come from, and their Contents indexes.
 */
import {
  IndexNotListedError,
  parseRelations,
  satisfiesConstraint,
  type AptRepository,
  type BinaryPackage,
  type ContentsIndex,
  type PackageIndex,
  type Relation,
  type ReleaseFile,
} from '@pgforge/apt';
import { describeSources, type DistributionSources } from '@pgforge/package-view';
import { compareDebianVersions } from '@pgforge/versions';

/** What assembling needs of an APT client (AptClient has it all). */
export interface AptReader {
  packages(
    repository: AptRepository,
    component: string,
    architecture: string,
  ): Promise<PackageIndex>;
  contents(
    repository: AptRepository,
    component: string,
    architecture: string,
  ): Promise<ContentsIndex>;
  fetchDeb(repository: AptRepository, pkg: BinaryPackage): Promise<Uint8Array>;
  /** The signed Release (for cache keys); without it, nothing is cached beside the indexes. */
  release?(repository: AptRepository): Promise<ReleaseFile>;
  /** Resolves when what was read cold is stored for the next run (AptClient.settled). */
  settled?(): Promise<void>;
}

export interface SourcedIndex {
  repository: AptRepository;
  component: string;
  index: PackageIndex;
}

/** A package stanza and the repository to download it from. */
export interface SourcedPackage {
  pkg: BinaryPackage;
  repository: AptRepository;
}

export interface ArchSources {
  distribution: string;
  architecture: string;
  /** In apt's order (PGDG first when it is the source). */
  indexes: SourcedIndex[];
  /** `Debian sid` or `PGDG trixie-pgdg + Debian trixie`, for messages. */
  where: string;
  /** What the operand's base image holds on this architecture (its dpkg status), when read. */
  installed?: readonly BinaryPackage[];
}

export async function loadArchSources(
  apt: AptReader,
  sources: DistributionSources,
  architecture: string,
  installed?: readonly BinaryPackage[],
): Promise<ArchSources> {
  const jobs = sources.repositories.flatMap((r) =>
    r.components.map(async (component) => ({
      repository: r.repository,
      component,
      index: await apt.packages(r.repository, component, architecture),
    })),
  );
  return {
    distribution: sources.distribution,
    architecture,
    indexes: await Promise.all(jobs),
    where: describeSources(sources.repositories),
    ...(installed ? { installed } : {}),
  };
}

/** The Contents indexes of the sources that publish one (PGDG may not). */
export async function loadContents(apt: AptReader, arch: ArchSources): Promise<ContentsIndex[]> {
  const seen = new Set<string>();
  const out: ContentsIndex[] = [];
  for (const { repository, component } of arch.indexes) {
    const key = `${repository.mirror}\0${repository.suite}\0${component}`;
    if (seen.has(key)) continue;
    seen.add(key);
    try {
      out.push(await apt.contents(repository, component, arch.architecture));
    } catch (error) {
      if (!(error instanceof IndexNotListedError)) throw error;
    }
  }
  return out;
}

/** Every stanza of `name` across the indexes, newest first, each with its repository. */
export function versionsOf(arch: ArchSources, name: string): SourcedPackage[] {
  return arch.indexes
    .flatMap(({ repository, index }) => index.versions(name).map((pkg) => ({ pkg, repository })))
    .sort((a, b) => compareDebianVersions(b.pkg.version, a.pkg.version));
}

/** apt's candidate for `name` (the newest version any index has), optionally constrained. */
export function candidate(
  arch: ArchSources,
  name: string,
  constraint?: Relation['constraint'],
): SourcedPackage | undefined {
  return versionsOf(arch, name).find((p) => satisfiesConstraint(p.pkg.version, constraint));
}

/** The relations of Pre-Depends and Depends, one array per group of alternatives. */
export function dependencyGroups(pkg: BinaryPackage): Relation[][] {
  return [...parseRelations(pkg.preDepends), ...parseRelations(pkg.depends)];
}

/** Every name a package's Pre-Depends and Depends mention, alternatives included. */
export function dependencyNames(pkg: BinaryPackage): Set<string> {
  return new Set(dependencyGroups(pkg).flatMap((g) => g.map((r) => r.name)));
}
