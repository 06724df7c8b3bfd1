/**
 * A Packages index as the cache keeps it, so that a later run answers "newest version of these
 * names" without parsing, or even reading, the whole index: rebuilding every stanza of a
 * suite's main index from a parsed copy took 0.2 s per index and architecture, most of a warm
 * extension build (issue 13).
 *
 * What is stored: the Packages text as the mirror published it (the body), and a table of two
 * sorted line blocks, searched in place: `name<TAB>start,end,start,end…` (the byte ranges of
 * that name's stanzas in the body, newest first) and `virtual<TAB>name,name…` (names whose
 * newest stanza provides it), plus the names that are required. A stanza is parsed again only
 * when asked for. cache.ts checks the table as a whole and the body block by block.
 */
import { compareDebianVersions } from '@pgforge/versions';
import { PackagesIndexError, errorText } from './errors.js';
import { parsePackagesBytes, parseStanzaHeads, type StanzaHead } from './packages-parse.js';
import {
  LazyPackageIndex,
  Summary,
  type BinaryPackage,
  type PackageIndex,
  type PackageIndexOrigin,
} from './packages.js';

const TAB = 0x09;
const NL = 0x0a;

/** The table: line blocks sorted by their key's bytes. */
export interface StoredTable {
  /** Number of stanzas. */
  size: number;
  required: string[];
  names: Buffer;
  providers: Buffer;
}

/** Reads the byte range [start, end) of the stored Packages text. */
export type BodyReader = (start: number, end: number) => Buffer;

/** The block of `keys` (each once; sorted in place), each line `key<TAB>value`. */
function lineBlock(keys: string[], valueOf: (key: string) => string): Buffer {
  // Sorted as strings (the built-in order, without a comparator: several times faster on
  // ~90k keys), searched as bytes: the same order for the ASCII names Debian allows (UTF-16
  // and UTF-8 orders differ only between surrogates and U+E000–U+FFFF).
  keys.sort();
  const lines: string[] = new Array<string>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    lines[i] = `${key}\t${valueOf(key)}\n`;
  }
  return Buffer.from(lines.join(''), 'utf8');
}

/** The offset of the first line whose key is not below `key` (block.length if none). */
function lowerBound(block: Buffer, key: Buffer): number {
  let lo = 0;
  let hi = block.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : block.lastIndexOf(NL, mid - 1) + 1;
    const tab = block.indexOf(TAB, start);
    const end = block.indexOf(NL, start);
    if (tab < 0 || end < 0 || tab > end) throw new Error('malformed stored table line');
    if (Buffer.compare(block.subarray(start, tab), key) < 0) lo = end + 1;
    else hi = start;
  }
  return lo;
}

/** The value of the line whose key is `key`, by binary search over the sorted block. */
export function findLine(block: Buffer, key: string): string | undefined {
  const at = lowerBound(block, Buffer.from(key, 'utf8'));
  if (at >= block.length) return undefined;
  const tab = block.indexOf(TAB, at);
  const end = block.indexOf(NL, at);
  if (tab < 0 || end < 0 || tab > end) throw new Error('malformed stored table line');
  if (block.toString('utf8', at, tab) !== key) return undefined;
  return block.toString('utf8', tab + 1, end);
}

/** The keys that start with `prefix`: one range of the sorted block. */
function* prefixKeys(block: Buffer, prefix: string): Generator<string> {
  const wanted = Buffer.from(prefix, 'utf8');
  for (const key of lineKeys(block, lowerBound(block, wanted))) {
    if (!key.startsWith(prefix)) return;
    yield key;
  }
}

function* lineKeys(block: Buffer, from = 0): Generator<string> {
  let pos = from;
  while (pos < block.length) {
    const tab = block.indexOf(TAB, pos);
    const end = block.indexOf(NL, pos);
    if (tab < 0 || end < 0) return;
    yield block.toString('utf8', pos, tab);
    pos = end + 1;
  }
}

/**
 * The table of stanzas read from a Packages text, `spans` as parseStanzaHeads gave them:
 * each name's stanzas newest first (dpkg's order; equal versions keep their order in the file).
 * Written for a suite's ~77k names and ~90k virtual names in a worker's cold start: one map
 * from a name to its place in the order names first come, arrays by that place, and no map
 * or array per name that has one stanza (most).
 */
export function tableOf(
  packages: readonly StanzaHead[],
  spans: readonly number[],
  source: string,
): StoredTable {
  const place = new Map<string, number>();
  const order: string[] = [];
  // The newest stanza of each name, by place: its only one until `more` says otherwise.
  const newest: number[] = [];
  // The stanzas of the names that have more than one, by place, in the order of the file.
  const more = new Map<number, number[]>();
  for (let i = 0; i < packages.length; i++) {
    const name = (packages[i] as StanzaHead).package;
    const at = place.get(name);
    if (at === undefined) {
      place.set(name, order.length);
      order.push(name);
      newest.push(i);
    } else {
      const list = more.get(at);
      if (list) list.push(i);
      else more.set(at, [newest[at] as number, i]);
    }
  }
  // Sorted in the order names first come, so that a bad version names the same name as before.
  for (const at of [...more.keys()].sort((x, y) => x - y)) {
    const group = more.get(at) as number[];
    try {
      group.sort((x, y) =>
        compareDebianVersions(packages[y]?.version ?? '', packages[x]?.version ?? ''),
      );
    } catch (error) {
      throw new PackagesIndexError(source, `${order[at] ?? ''}: ${errorText(error)}`, {
        cause: error,
      });
    }
    newest[at] = group[0] as number;
  }
  const rangesOf = (name: string): string => {
    const at = place.get(name) as number;
    const group = more.get(at);
    if (group === undefined) {
      const i = newest[at] as number;
      return `${spans[2 * i] ?? 0},${spans[2 * i + 1] ?? 0}`;
    }
    const list: number[] = [];
    for (const i of group) list.push(spans[2 * i] ?? 0, spans[2 * i + 1] ?? 0);
    return list.join(',');
  };
  // In the order names first come, as every index's providers() and required() give them.
  const summary = new Summary();
  for (let at = 0; at < order.length; at++) {
    summary.add(order[at] as string, packages[newest[at] as number] as StanzaHead);
  }
  const { providers } = summary;
  return {
    size: packages.length,
    required: summary.required,
    names: lineBlock(order, rangesOf),
    providers: lineBlock([...providers.keys()], (virtual) => {
      const list = providers.get(virtual) ?? '';
      return typeof list === 'string' ? list : list.join(',');
    }),
  };
}

/** An index over the stored text: a name's stanzas are read and parsed when first asked for. */
class StoredPackageIndex extends LazyPackageIndex {
  readonly size: number;
  readonly #table: StoredTable;
  readonly #read: BodyReader;

  constructor(origin: PackageIndexOrigin, table: StoredTable, read: BodyReader) {
    super(origin);
    this.size = table.size;
    this.#table = table;
    this.#read = read;
  }

  protected load(name: string): BinaryPackage[] {
    const line = findLine(this.#table.names, name);
    const ranges = line === undefined ? [] : line.split(',').map(Number);
    const list: BinaryPackage[] = [];
    for (let i = 0; i + 1 < ranges.length; i += 2) {
      const [pkg] = parsePackagesBytes(this.#read(ranges[i] ?? 0, ranges[i + 1] ?? 0), this.source);
      if (pkg?.package !== name) {
        throw new PackagesIndexError(
          this.source,
          `the cached index is damaged: a stanza of ${name} reads ${pkg?.package ?? 'nothing'}`,
        );
      }
      list.push(pkg);
    }
    return list;
  }

  names(): Iterable<string> {
    return lineKeys(this.#table.names);
  }

  namesWithPrefix(prefix: string): Iterable<string> {
    return prefixKeys(this.#table.names, prefix);
  }

  providers(virtual: string): readonly string[] {
    return findLine(this.#table.providers, virtual)?.split(',') ?? [];
  }

  required(): readonly string[] {
    return this.#table.required;
  }
}

export function storedPackageIndex(
  origin: PackageIndexOrigin,
  table: StoredTable,
  read: BodyReader,
): PackageIndex {
  return new StoredPackageIndex(origin, table, read);
}

/** The table of a whole Packages text: every stanza checked, its head read (parseStanzaHeads). */
export function tableOfText(text: Buffer, source: string): StoredTable {
  const spans: number[] = [];
  return tableOf(parseStanzaHeads(text, source, spans), spans, source);
}

/**
 * Parses a whole Packages text once, for the table to store; the index answers from the text
 * in memory just as a later run's does from the stored copy.
 */
export function indexPackagesText(
  origin: PackageIndexOrigin,
  text: Buffer,
): { index: PackageIndex; table: StoredTable } {
  const table = tableOfText(text, origin.source);
  return { index: storedPackageIndex(origin, table, (s, e) => text.subarray(s, e)), table };
}
