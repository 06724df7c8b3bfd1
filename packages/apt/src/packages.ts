/**
 * Binary package indexes (`Packages`): stanzas by name, versions in dpkg's order.
 */
import { compareDebianVersions } from '@pgforge/versions';
import { PackagesIndexError, errorText } from './errors.js';
import { parsePackagesBytes } from './packages-parse.js';

export interface BinaryPackage {
  package: string;
  version: string;
  architecture: string;
  /** The source package's name: the Source field without its "(version)", else `package`. */
  source: string;
  /** The version in Source's parentheses, else `version` (a binary built from its own source). */
  sourceVersion?: string;
  /** Path of the .deb relative to the mirror. */
  filename: string;
  size: number;
  sha256: string;
  /** Relationship fields as in the index ('' when absent), continuation lines joined by spaces. */
  depends: string;
  preDepends: string;
  provides: string;
  section?: string;
  /** The Priority field (required, important, standard, optional, extra) when given. */
  priority?: string;
  /** True for `Essential: yes`: dpkg refuses to remove it, every system has it. */
  essential?: boolean;
}

export interface PackageIndex {
  readonly suite: string;
  readonly component: string;
  readonly architecture: string;
  names(): Iterable<string>;
  /** All stanzas of that name, newest first (dpkg order); empty when the index has none. */
  versions(name: string): BinaryPackage[];
  /** The newest stanza of that name that passes `filter` (all pass when no filter is given). */
  newest(name: string, filter?: (p: BinaryPackage) => boolean): BinaryPackage | undefined;
  /** Number of stanzas. */
  readonly size: number;
}

export interface PackageIndexOrigin {
  suite: string;
  component: string;
  architecture: string;
  /** Names the index in error messages (its URL). */
  source: string;
}

/** Parses the text of a Packages file; `source` (its URL or path) names it in errors. */
export function parsePackages(text: string, source: string): BinaryPackage[] {
  return parsePackagesBytes(Buffer.from(text, 'utf8'), source);
}

class MemoryPackageIndex implements PackageIndex {
  readonly suite: string;
  readonly component: string;
  readonly architecture: string;
  readonly size: number;
  readonly #byName = new Map<string, BinaryPackage[]>();

  constructor(origin: PackageIndexOrigin, packages: readonly BinaryPackage[]) {
    this.suite = origin.suite;
    this.component = origin.component;
    this.architecture = origin.architecture;
    this.size = packages.length;
    for (const p of packages) {
      const list = this.#byName.get(p.package);
      if (list) list.push(p);
      else this.#byName.set(p.package, [p]);
    }
    for (const [name, list] of this.#byName) {
      if (list.length < 2) continue;
      try {
        // Stable: stanzas with equal versions keep their order in the file.
        list.sort((a, b) => compareDebianVersions(b.version, a.version));
      } catch (error) {
        throw new PackagesIndexError(origin.source, `${name}: ${errorText(error)}`, {
          cause: error,
        });
      }
    }
  }

  names(): Iterable<string> {
    return this.#byName.keys();
  }

  versions(name: string): BinaryPackage[] {
    return [...(this.#byName.get(name) ?? [])];
  }

  newest(name: string, filter?: (p: BinaryPackage) => boolean): BinaryPackage | undefined {
    const list = this.#byName.get(name);
    if (!list) return undefined;
    return filter ? list.find(filter) : list[0];
  }
}

/** An index over already parsed stanzas (from a Packages file or the parsed-index cache). */
export function createPackageIndex(
  origin: PackageIndexOrigin,
  packages: readonly BinaryPackage[],
): PackageIndex {
  return new MemoryPackageIndex(origin, packages);
}
