/**
 * Binary package indexes (`Packages`): stanzas by name, versions in dpkg's order.
 */
import { compareDebianVersions } from '@pgforge/versions';
import { PackagesIndexError, errorText } from './errors.js';
import { parseRelations } from './relations.js';

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
  /**
   * What the index's content is known by: the SHA256 the signed Release lists for its Packages
   * file (several, joined, for a union). Absent for one built from stanzas in memory: then
   * nothing computed from it may be kept under its name.
   */
  readonly digest?: string;
  names(): Iterable<string>;
  /**
   * The names that start with `prefix` (`postgresql-`): a range of the sorted table where the
   * index keeps one, so that finding a few names does not walk 70 000.
   */
  namesWithPrefix(prefix: string): Iterable<string>;
  /** All stanzas of that name, newest first (dpkg order); empty when the index has none. */
  versions(name: string): BinaryPackage[];
  /** The newest stanza of that name that passes `filter` (all pass when no filter is given). */
  newest(name: string, filter?: (p: BinaryPackage) => boolean): BinaryPackage | undefined;
  /** Names whose newest stanza Provides `virtual` (with or without a version). */
  providers(virtual: string): readonly string[];
  /** Names whose newest stanza is Priority required or Essential: debootstrap's minbase. */
  required(): readonly string[];
  /** Number of stanzas. */
  readonly size: number;
}

/** The names a Provides field lists (`a (= 1), b` → a, b), as the closure reads them. */
export function providedNames(provides: string): string[] {
  if (provides === '') return [];
  // Provides is `name [(= version)]` items, comma-separated: read here by hand, since a suite
  // of Rust crates provides tens of thousands of names and parseRelations' general grammar
  // was a third of building an index's table. Anything else (alternatives, architecture lists,
  // build profiles, which Provides does not allow) goes through the general parser.
  if (/[|[<]/.test(provides)) {
    return [...new Set(parseRelations(provides).flatMap((group) => group.map((r) => r.name)))];
  }
  // Outside printable ASCII, `\s` may mean more than the blanks the loop knows: the expression.
  if (/[^ -~\t\n\v\f\r]/.test(provides)) {
    const names = new Set<string>();
    for (const item of provides.split(',')) {
      const name = /^\s*([^\s:(]+)/.exec(item)?.[1];
      if (name !== undefined) names.add(name);
    }
    return [...names];
  }
  // Each item's name: after leading blanks, up to a blank, `:`, `(` or the next comma.
  const names = new Set<string>();
  const length = provides.length;
  let at = 0;
  while (at < length) {
    while (at < length && isBlank(provides.charCodeAt(at))) at++;
    let end = at;
    for (; end < length; end++) {
      const c = provides.charCodeAt(end);
      if (c === COMMA || c === COLON || c === OPEN || isBlank(c)) break;
    }
    if (end > at) names.add(provides.slice(at, end));
    const comma = provides.indexOf(',', end);
    if (comma < 0) break;
    at = comma + 1;
  }
  return [...names];
}

const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN = 0x28;

/** What `\s` matches in ASCII: space, tab, and line feed to carriage return. */
function isBlank(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** Priority required or Essential: what debootstrap's minbase installs. */
export function isRequired(p: Pick<BinaryPackage, 'priority' | 'essential'> | undefined): boolean {
  return p?.priority === 'required' || p?.essential === true;
}

/**
 * Names that provide a virtual name, in the order they were added; a name alone is kept as a
 * string (most of a suite's ~90k virtual names have one provider: no array each).
 */
export type Providers = Map<string, string | string[]>;

/** The providers of `virtual` as a list. */
export function providersOf(providers: Providers, virtual: string): readonly string[] {
  const list = providers.get(virtual);
  if (list === undefined) return [];
  return typeof list === 'string' ? [list] : list;
}

/** providers() and required() of an index, built from each name's newest stanza in turn. */
export class Summary {
  readonly providers: Providers = new Map();
  readonly required: string[] = [];

  /** `name` with its newest stanza; each name once. */
  add(name: string, newest: Pick<BinaryPackage, 'provides' | 'priority' | 'essential'>): void {
    if (isRequired(newest)) this.required.push(name);
    if (newest.provides === '') return;
    for (const virtual of providedNames(newest.provides)) {
      const list = this.providers.get(virtual);
      if (list === undefined) this.providers.set(virtual, name);
      else if (typeof list === 'string') this.providers.set(virtual, [list, name]);
      else list.push(name);
    }
  }
}

export interface PackageIndexOrigin {
  suite: string;
  component: string;
  architecture: string;
  /** Names the index in error messages (its URL). */
  source: string;
  /** See PackageIndex.digest. */
  digest?: string;
}

class MemoryPackageIndex implements PackageIndex {
  readonly suite: string;
  readonly component: string;
  readonly architecture: string;
  readonly digest?: string;
  readonly size: number;
  readonly #byName = new Map<string, BinaryPackage[]>();

  constructor(origin: PackageIndexOrigin, packages: readonly BinaryPackage[]) {
    this.suite = origin.suite;
    this.component = origin.component;
    this.architecture = origin.architecture;
    if (origin.digest !== undefined) this.digest = origin.digest;
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

  namesWithPrefix(prefix: string): Iterable<string> {
    return [...this.#byName.keys()].filter((n) => n.startsWith(prefix));
  }

  versions(name: string): BinaryPackage[] {
    return [...(this.#byName.get(name) ?? [])];
  }

  newest(name: string, filter?: (p: BinaryPackage) => boolean): BinaryPackage | undefined {
    const list = this.#byName.get(name);
    if (!list) return undefined;
    return filter ? list.find(filter) : list[0];
  }

  #summary: Summary | undefined;
  get #summarised(): Summary {
    if (!this.#summary) {
      this.#summary = new Summary();
      for (const [name, list] of this.#byName) {
        const newest = list[0];
        if (newest) this.#summary.add(name, newest);
      }
    }
    return this.#summary;
  }

  providers(virtual: string): readonly string[] {
    return providersOf(this.#summarised.providers, virtual);
  }

  required(): readonly string[] {
    return this.#summarised.required;
  }
}

/** An index over already parsed stanzas (from a Packages file or the parsed-index cache). */
export function createPackageIndex(
  origin: PackageIndexOrigin,
  packages: readonly BinaryPackage[],
): PackageIndex {
  return new MemoryPackageIndex(origin, packages);
}

/**
 * An index whose stanzas of a name are loaded when first asked for (from a stored text, or from
 * other indexes), newest first, and kept.
 */
export abstract class LazyPackageIndex implements PackageIndex {
  readonly suite: string;
  readonly component: string;
  readonly architecture: string;
  readonly digest?: string;
  protected readonly source: string;
  readonly #loaded = new Map<string, BinaryPackage[]>();

  constructor(origin: PackageIndexOrigin) {
    this.suite = origin.suite;
    this.component = origin.component;
    this.architecture = origin.architecture;
    if (origin.digest !== undefined) this.digest = origin.digest;
    this.source = origin.source;
  }

  /** The stanzas of that name, newest first. */
  protected abstract load(name: string): BinaryPackage[];
  abstract names(): Iterable<string>;
  abstract namesWithPrefix(prefix: string): Iterable<string>;
  abstract providers(virtual: string): readonly string[];
  abstract required(): readonly string[];
  abstract readonly size: number;

  #stanzas(name: string): BinaryPackage[] {
    let list = this.#loaded.get(name);
    if (!list) {
      list = this.load(name);
      this.#loaded.set(name, list);
    }
    return list;
  }

  versions(name: string): BinaryPackage[] {
    return [...this.#stanzas(name)];
  }

  newest(name: string, filter?: (p: BinaryPackage) => boolean): BinaryPackage | undefined {
    const list = this.#stanzas(name);
    return filter ? list.find(filter) : list[0];
  }
}

/**
 * Several Packages files read as one (an archive that keeps `all` stanzas in binary-all beside
 * binary-<arch>): a stanza listed in more than one (same name, version and architecture)
 * counts once, the first file's.
 */
class UnionPackageIndex extends LazyPackageIndex {
  readonly #parts: readonly PackageIndex[];

  constructor(origin: PackageIndexOrigin, parts: readonly PackageIndex[]) {
    super(origin);
    this.#parts = parts;
  }

  protected load(name: string): BinaryPackage[] {
    const seen = new Set<string>();
    const list: BinaryPackage[] = [];
    for (const part of this.#parts) {
      for (const p of part.versions(name)) {
        const id = `${p.version}\0${p.architecture}`;
        if (seen.has(id)) continue;
        seen.add(id);
        list.push(p);
      }
    }
    try {
      list.sort((a, b) => compareDebianVersions(b.version, a.version));
    } catch (error) {
      throw new PackagesIndexError(this.source, `${name}: ${errorText(error)}`, { cause: error });
    }
    return list;
  }

  *names(): Iterable<string> {
    const seen = new Set<string>();
    for (const part of this.#parts) {
      for (const name of part.names()) {
        if (seen.has(name)) continue;
        seen.add(name);
        yield name;
      }
    }
  }

  namesWithPrefix(prefix: string): Iterable<string> {
    return new Set(this.#parts.flatMap((part) => [...part.namesWithPrefix(prefix)]));
  }

  // A name's newest stanza here is some part's newest, so each part's lists hold every
  // candidate; the check keeps those whose newest across the parts still qualifies.
  providers(virtual: string): readonly string[] {
    const names = new Set(this.#parts.flatMap((part) => part.providers(virtual)));
    return [...names].filter((n) =>
      providedNames(this.newest(n)?.provides ?? '').includes(virtual),
    );
  }

  required(): readonly string[] {
    const names = new Set(this.#parts.flatMap((part) => part.required()));
    return [...names].filter((n) => isRequired(this.newest(n)));
  }

  get size(): number {
    let count = 0;
    for (const name of this.names()) count += this.versions(name).length;
    return count;
  }
}

export function unionPackageIndex(
  origin: PackageIndexOrigin,
  parts: readonly PackageIndex[],
): PackageIndex {
  const [only] = parts;
  if (parts.length === 1 && only) return only;
  // Known by its parts, in order, when each is known.
  const digests = parts.map((p) => p.digest);
  const digest = digests.every((d) => d !== undefined) ? digests.join('+') : undefined;
  return new UnionPackageIndex({ ...origin, ...(digest !== undefined ? { digest } : {}) }, parts);
}
