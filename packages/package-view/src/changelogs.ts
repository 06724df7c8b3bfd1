/**
 * Changelog entries of the packages an image changes, read from the new `.deb` of each (the
 * view's own archives, verified through their signed indexes like every other download): what
 * a security update fixed, with its CVE identifiers. One download per source package and
 * version, however many of its binaries changed.
 */
import {
  debChangelog,
  entriesBetween,
  readDeb,
  type AptRepository,
  type BinaryPackage,
  type ChangelogEntry,
  type PackageIndex,
} from '@pgforge/apt';
import type { SourceRepository } from './sources.js';

/** What reading changelogs needs of an APT client (AptClient has it all). */
export interface DebReader {
  packages(
    repository: AptRepository,
    component: string,
    architecture: string,
  ): Promise<PackageIndex>;
  fetchDeb(repository: AptRepository, pkg: BinaryPackage): Promise<Uint8Array>;
}

export class ChangelogReader {
  readonly #apt: DebReader;
  readonly #changelogs = new Map<string, Promise<ChangelogEntry[] | undefined>>();

  constructor(apt: DebReader) {
    this.#apt = apt;
  }

  /**
   * The entries of `name`'s changelog after `from` up to `version`, as the `.deb` of that
   * version on `architecture` ships it; [] when no repository has it or it ships no changelog.
   */
  async entries(
    repositories: readonly SourceRepository[],
    architecture: string,
    name: string,
    version: string,
    from: string | undefined,
  ): Promise<ChangelogEntry[]> {
    for (const r of repositories) {
      for (const component of r.components) {
        const index = await this.#apt.packages(r.repository, component, architecture);
        const pkg = index.versions(name).find((p) => p.version === version);
        if (!pkg) continue;
        const key = `${pkg.source}\0${pkg.sourceVersion ?? pkg.version}\0${name}`;
        let read = this.#changelogs.get(key);
        if (!read) {
          read = this.#apt
            .fetchDeb(r.repository, pkg)
            .then((bytes) => readDeb(bytes, { source: pkg.filename }))
            .then((deb) => debChangelog(deb, name));
          this.#changelogs.set(key, read);
        }
        const entries = await read;
        return entries ? entriesBetween(entries, from, version) : [];
      }
    }
    return [];
  }
}
