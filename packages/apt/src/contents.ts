/**
 * Contents indexes (`dists/<suite>/<component>/Contents-<arch>.gz`): which package ships which
 * path, as apt-file reads them. Modern Debian writes them without a header, one line per path:
 * `<path><whitespace><section>/<package>[,<section>/<package>...]`, paths relative to the root
 * (no leading slash; a path may hold blanks, so the package list is what follows the LAST
 * blank run).
 *
 * A suite's Contents-amd64 is ~1.9 million lines (170 MB uncompressed; Contents-all is
 * 590 MB), of which the shared-library directories hold ~30 thousand. So the index keeps only
 * a scope of paths, chosen before a line is decoded: by default the directories the dynamic
 * linker searches by default (`lib/`, `usr/lib/`, their `<triplet>/` subdirectory, `lib64/`,
 * `usr/lib64/`; not deeper), which answers "which package ships libgeos_c.so.1" and "which
 * libraries does libproj25 ship" in a few MB of memory. The text is scanned as it
 * decompresses, line by line over the bytes, so it is never held as one string.
 */
import { createHash } from 'node:crypto';
import { ContentsIndexError } from './errors.js';
import { MAX_CONTENTS_LINE_BYTES, formatBytes } from './limits.js';
import { multiarchTriplet } from './multiarch.js';

/**
 * Which paths an index keeps: `libraries` (the default, see above), or every path starting
 * with one of `prefixes` (e.g. `usr/share/postgresql/`; no leading slash).
 */
export type ContentsScope = 'libraries' | { prefixes: readonly string[] };

export interface ContentsOrigin {
  suite: string;
  component: string;
  /** `amd64`, `arm64`, ... or `all` (Contents-all: the architecture-independent packages). */
  architecture: string;
  /** Names the index in error messages (its URL). */
  source: string;
  /**
   * False when the file did not match the signed Release (a mirror mid-sync): then what it says
   * is a hint, and every package it names must be checked against that package's own `.deb`.
   */
  verified?: boolean;
}

/** One place the dynamic linker would look for a library, and who ships a file there. */
export interface LibraryMatch {
  path: string;
  packages: string[];
}

export interface ContentsIndex {
  readonly suite: string;
  readonly component: string;
  readonly architecture: string;
  readonly scope: ContentsScope;
  /** Whether the file matched the signed Release (see ContentsOrigin.verified). */
  readonly verified: boolean;
  /** Number of paths kept. */
  readonly size: number;
  paths(): Iterable<string>;
  /**
   * Names of the packages that ship `path` (a leading `/` is ignored); empty when none does or
   * the path is outside the scope.
   */
  packagesOf(path: string): string[];
  /** The paths (within the scope) that package `name` ships, sorted. */
  filesOf(name: string): string[];
  /**
   * Where the dynamic linker's default search (`lib/<triplet>`, `usr/lib/<triplet>`, `lib`,
   * `usr/lib`, in that order) finds a file named `soname`, and the packages shipping each.
   * On a merged-/usr system the `lib/` and `usr/lib/` hits are the same directory.
   */
  findLibrary(soname: string): LibraryMatch[];
}

/** Parsed lines: path → package names. */
export type ContentsEntries = Map<string, string[]>;

const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const SLASH = 0x2f;

const LIBRARY_PREFIXES = ['lib', 'usr/lib'];
// lib, lib64, usr/lib, usr/lib64, and one multiarch directory below lib or usr/lib.
const LIBRARY_DIR = /^(?:usr\/)?lib(?:64)?(?:\/[^/]+-linux-gnu[^/]*)?$/;

interface LineFilter {
  /** The path must start with one of these. */
  prefixes: Buffer[];
  /** And, when given, its directory must pass this. */
  directory?: (dir: string) => boolean;
}

/** A stable name for the scope, for cache file names. */
export function scopeId(scope: ContentsScope): string {
  if (scope === 'libraries') return 'libraries';
  const hash = createHash('sha256')
    .update(JSON.stringify([...scope.prefixes].sort()))
    .digest('hex');
  return `prefixes-${hash.slice(0, 16)}`;
}

function lineFilter(scope: ContentsScope, source: string): LineFilter {
  if (scope === 'libraries') {
    const known = new Map<string, boolean>();
    return {
      prefixes: LIBRARY_PREFIXES.map((p) => Buffer.from(p, 'latin1')),
      directory: (dir) => {
        let keep = known.get(dir);
        if (keep === undefined) {
          keep = LIBRARY_DIR.test(dir);
          known.set(dir, keep);
        }
        return keep;
      },
    };
  }
  if (scope.prefixes.length === 0) {
    throw new ContentsIndexError(source, 'the scope has no prefixes (it would keep nothing)');
  }
  for (const prefix of scope.prefixes) {
    if (prefix === '' || prefix.startsWith('/')) {
      throw new ContentsIndexError(
        source,
        `scope prefix "${prefix}" must be a non-empty path without a leading slash`,
      );
    }
  }
  return { prefixes: scope.prefixes.map((p) => Buffer.from(p, 'utf8')) };
}

function startsWith(buf: Buffer, start: number, end: number, prefix: Buffer): boolean {
  if (end - start < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[start + i] !== prefix[i]) return false;
  return true;
}

const isBlank = (c: number | undefined): boolean => c === SPACE || c === TAB;

/** Line-by-line scanner over decompressed chunks; keeps the lines its filter accepts. */
class ContentsScanner {
  readonly entries: ContentsEntries = new Map();
  readonly #names = new Map<string, string>();
  #carry: Buffer | undefined;
  #line = 0;

  constructor(
    readonly filter: LineFilter,
    readonly source: string,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    if (this.#carry) {
      const nl = chunk.indexOf(NL);
      if (nl < 0) {
        this.#checkLine(this.#carry.length + chunk.length);
        this.#carry = Buffer.concat([this.#carry, chunk]);
        return;
      }
      const line = Buffer.concat([this.#carry, chunk.subarray(0, nl)]);
      this.#carry = undefined;
      this.#scan(line, 0, line.length);
      start = nl + 1;
    }
    for (;;) {
      const nl = chunk.indexOf(NL, start);
      if (nl < 0) break;
      this.#scan(chunk, start, nl);
      start = nl + 1;
    }
    // A copy: the chunk's memory is not kept alive for a few bytes.
    if (start < chunk.length) {
      this.#checkLine(chunk.length - start);
      this.#carry = Buffer.from(chunk.subarray(start));
    }
  }

  /** A line (a path and its packages) is short; one without end is no Contents index. */
  #checkLine(length: number): void {
    if (length <= MAX_CONTENTS_LINE_BYTES) return;
    throw new ContentsIndexError(
      this.source,
      `line ${this.#line + 1} is longer than ${formatBytes(MAX_CONTENTS_LINE_BYTES)} ` +
        `(${MAX_CONTENTS_LINE_BYTES} bytes, the limit for one line): not a Contents index`,
    );
  }

  end(): ContentsEntries {
    if (this.#carry) this.#scan(this.#carry, 0, this.#carry.length);
    this.#carry = undefined;
    return this.entries;
  }

  #scan(buf: Buffer, start: number, end: number): void {
    this.#line++;
    if (end > start && buf[end - 1] === CR) end--;
    if (end === start) return;
    const { prefixes, directory } = this.filter;
    if (!prefixes.some((p) => startsWith(buf, start, end, p))) return;
    // The package list is what follows the last run of blanks.
    let listStart = end;
    while (listStart > start && !isBlank(buf[listStart - 1])) listStart--;
    let pathEnd = listStart;
    while (pathEnd > start && isBlank(buf[pathEnd - 1])) pathEnd--;
    if (pathEnd === start || listStart === end) {
      throw new ContentsIndexError(
        this.source,
        `line ${this.#line}: expected "<path> <section>/<package>[,...]", got ` +
          JSON.stringify(buf.toString('utf8', start, Math.min(end, start + 200))),
      );
    }
    if (directory) {
      let slash = pathEnd - 1;
      while (slash >= start && buf[slash] !== SLASH) slash--;
      if (slash < start || !directory(buf.toString('latin1', start, slash))) return;
    }
    const path = buf.toString('utf8', start, pathEnd);
    const names = buf
      .toString('utf8', listStart, end)
      .split(',')
      .filter((q) => q !== '')
      .map((qualified) => this.#intern(qualified.slice(qualified.lastIndexOf('/') + 1)));
    const before = this.entries.get(path);
    if (before) {
      for (const name of names) if (!before.includes(name)) before.push(name);
    } else {
      this.entries.set(path, names);
    }
  }

  #intern(name: string): string {
    const known = this.#names.get(name);
    if (known !== undefined) return known;
    this.#names.set(name, name);
    return name;
  }
}

/**
 * Parses the (decompressed) text of a Contents file, given whole or as chunks, keeping the
 * paths in `scope`. `source` (its URL) names it in errors.
 */
export async function parseContents(
  text: Uint8Array | AsyncIterable<Uint8Array>,
  scope: ContentsScope,
  source: string,
): Promise<ContentsEntries> {
  const scanner = new ContentsScanner(lineFilter(scope, source), source);
  if (text instanceof Uint8Array) {
    scanner.push(Buffer.from(text.buffer, text.byteOffset, text.byteLength));
  } else {
    for await (const chunk of text) {
      scanner.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
  }
  return scanner.end();
}

class MemoryContentsIndex implements ContentsIndex {
  readonly suite: string;
  readonly component: string;
  readonly architecture: string;
  readonly verified: boolean;
  readonly #entries: ContentsEntries;
  #byPackage: Map<string, string[]> | undefined;

  constructor(
    origin: ContentsOrigin,
    readonly scope: ContentsScope,
    entries: ContentsEntries,
  ) {
    this.suite = origin.suite;
    this.component = origin.component;
    this.architecture = origin.architecture;
    this.verified = origin.verified ?? true;
    this.#entries = entries;
  }

  get size(): number {
    return this.#entries.size;
  }

  paths(): Iterable<string> {
    return this.#entries.keys();
  }

  packagesOf(path: string): string[] {
    return [...(this.#entries.get(path.replace(/^\/+/, '')) ?? [])];
  }

  filesOf(name: string): string[] {
    if (!this.#byPackage) {
      const byPackage = new Map<string, string[]>();
      for (const [path, names] of this.#entries) {
        for (const n of names) {
          const list = byPackage.get(n);
          if (list) list.push(path);
          else byPackage.set(n, [path]);
        }
      }
      for (const list of byPackage.values()) list.sort();
      this.#byPackage = byPackage;
    }
    return [...(this.#byPackage.get(name) ?? [])];
  }

  findLibrary(soname: string): LibraryMatch[] {
    const triplet = multiarchTriplet(this.architecture);
    const dirs = triplet ? [`lib/${triplet}`, `usr/lib/${triplet}`] : [];
    dirs.push('lib', 'usr/lib');
    const found: LibraryMatch[] = [];
    for (const dir of dirs) {
      const path = `${dir}/${soname}`;
      const packages = this.#entries.get(path);
      if (packages) found.push({ path, packages: [...packages] });
    }
    return found;
  }
}

/** An index over parsed entries (from a Contents file or the parsed-index cache). */
export function createContentsIndex(
  origin: ContentsOrigin,
  scope: ContentsScope,
  entries: ContentsEntries,
): ContentsIndex {
  return new MemoryContentsIndex(origin, scope, entries);
}
