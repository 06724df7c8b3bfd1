/**
 * A Packages file straight from its bytes into BinaryPackage values.
 *
 * Written by hand rather than through parseDeb822: a suite's main index is ~57 MB and ~70k
 * stanzas, and the generic parser (a Map per stanza, every value sliced out of one decoded
 * string) took 1.3–3.9 s on it. This scanner decodes only the thirteen fields a BinaryPackage
 * keeps, straight from the bytes, so the values are fresh strings that do not pin the whole
 * decoded text in memory. Field names are matched case-insensitively, as deb822 requires.
 */
import { PackagesIndexError } from './errors.js';
import type { BinaryPackage } from './packages.js';

const FIELDS = [
  'package',
  'version',
  'architecture',
  'source',
  'filename',
  'size',
  'sha256',
  'depends',
  'pre-depends',
  'provides',
  'section',
  'priority',
  'essential',
] as const;
type FieldId = number;
// Indexes into FIELDS.
const PACKAGE = 0;
const VERSION = 1;
const ARCHITECTURE = 2;
const SOURCE = 3;
const FILENAME = 4;
const SIZE = 5;
const SHA256 = 6;
const DEPENDS = 7;
const PRE_DEPENDS = 8;
const PROVIDES = 9;
const SECTION = 10;
const PRIORITY = 11;
const ESSENTIAL = 12;
const FIELD_BYTES = FIELDS.map((f) => Buffer.from(f, 'latin1'));

const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const COLON = 0x3a;
const HASH = 0x23;

/** Which kept field the name in bytes [start, end) is, or -1. */
function fieldId(buf: Buffer, start: number, end: number): FieldId {
  const length = end - start;
  for (let id = 0; id < FIELD_BYTES.length; id++) {
    const want = FIELD_BYTES[id] as Buffer;
    if (want.length !== length) continue;
    let i = 0;
    while (i < length) {
      let c = buf[start + i] as number;
      if (c >= 0x41 && c <= 0x5a) c |= 0x20;
      if (c !== want[i]) break;
      i++;
    }
    if (i === length) return id;
  }
  return -1;
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** The bytes [start, end) without surrounding blanks, decoded: one string, not two. */
function text(buf: Buffer, start: number, end: number): string {
  while (start < end && (buf[start] === SPACE || buf[start] === TAB)) start++;
  while (end > start && (buf[end - 1] === SPACE || buf[end - 1] === TAB)) end--;
  return buf.toString('utf8', start, end);
}

const SOURCE_FIELD = /^(\S+)(?:\s*\(\s*([^)\s]+)\s*\))?$/;

/** Each FieldId's value in the stanza at hand; undefined where absent (or not decoded). */
type Values = (string | undefined)[];

/**
 * Walks a Packages file stanza by stanza: `decode` says which fields' values are decoded (the
 * others are only noted as present, which costs no string), and `stanza` receives each one with
 * its first line and byte range. The values array is reused: read it, do not keep it.
 */
function scanStanzas(
  buf: Buffer,
  source: string,
  decode: readonly boolean[],
  stanza: (values: Values, present: number, line: number, start: number, end: number) => void,
): void {
  const values: Values = new Array<string | undefined>(FIELDS.length);
  let present = 0;
  let inStanza = false;
  let stanzaLine = 0;
  let stanzaStart = 0;
  let stanzaEnd = 0;
  let current: FieldId = -1;
  let lineNo = 0;

  const finish = (): void => {
    if (inStanza) stanza(values, present, stanzaLine, stanzaStart, stanzaEnd);
    values.fill(undefined);
    present = 0;
    inStanza = false;
    current = -1;
  };

  const length = buf.length;
  let pos = 0;
  while (pos < length) {
    let end = buf.indexOf(NL, pos);
    const next = end < 0 ? length : end + 1;
    if (end < 0) end = length;
    if (end > pos && buf[end - 1] === CR) end--;
    lineNo++;
    const first = buf[pos];
    if (inStanza) stanzaEnd = next;
    if (end === pos) {
      finish();
    } else if (first === SPACE || first === TAB) {
      if (isBlank(buf, pos, end)) {
        finish();
      } else if (!inStanza) {
        throw new PackagesIndexError(source, `line ${lineNo}: continuation line outside a stanza`);
      } else if (current >= 0) {
        present |= 1 << current;
        if (decode[current]) {
          const before = values[current];
          const more = text(buf, pos, end);
          values[current] = before ? `${before} ${more}` : more;
        }
      }
    } else if (first !== HASH) {
      // Found by hand: the name is a few bytes, and a call into indexOf for each of a suite's
      // ~1.2M field lines cost more than the bytes it reads.
      let colon = pos;
      while (colon < end && buf[colon] !== COLON) colon++;
      if (colon >= end || colon === pos) {
        throw new PackagesIndexError(
          source,
          `line ${lineNo}: expected "Field: value", got "${buf.toString('utf8', pos, end)}"`,
        );
      }
      if (!inStanza) {
        inStanza = true;
        stanzaLine = lineNo;
        stanzaStart = pos;
        stanzaEnd = next;
      }
      current = fieldId(buf, pos, colon);
      if (current >= 0) {
        // Present means a value that is not blank, as `need` in toPackage reads it.
        if (!isBlank(buf, colon + 1, end)) present |= 1 << current;
        else present &= ~(1 << current);
        if (decode[current]) values[current] = text(buf, colon + 1, end);
      }
    }
    pos = next;
  }
  finish();
}

const ALL_FIELDS: readonly boolean[] = FIELDS.map(() => true);

/**
 * Parses a whole Packages file; `source` (its URL) names it in errors. With `spans`, the byte
 * range [start, end) of each stanza is pushed onto it, in the order of the result: the stored
 * index (packages-store.ts) keeps those ranges to parse one stanza again when it is asked for.
 */
export function parsePackagesBytes(
  bytes: Uint8Array,
  source: string,
  spans?: number[],
): BinaryPackage[] {
  const out: BinaryPackage[] = [];
  scanStanzas(asBuffer(bytes), source, ALL_FIELDS, (values, present, line, start, end) => {
    out.push(toPackage(values, present, line, source));
    spans?.push(start, end);
  });
  return out;
}

/** What the stored table keeps of a stanza (packages-store.ts): enough to find and rank it. */
export interface StanzaHead {
  package: string;
  version: string;
  provides: string;
  priority?: string;
  essential?: boolean;
}

// What the table keeps, and the Size and Source every stanza is checked for.
const HEAD_FIELDS: readonly boolean[] = FIELDS.map((_, id) =>
  [PACKAGE, VERSION, PROVIDES, PRIORITY, ESSENTIAL, SIZE, SOURCE].includes(id),
);

/**
 * The heads of a whole Packages file and the byte range of each stanza, for the table a cold
 * run stores: it decodes seven fields rather than thirteen and builds no BinaryPackage (the
 * rest of a stanza is parsed when it is asked for). Every stanza is checked as
 * parsePackagesBytes checks it (checkStanza: the same fields, order and messages), so an index
 * that one refuses the other refuses too, before anything is stored.
 */
export function parseStanzaHeads(bytes: Uint8Array, source: string, spans: number[]): StanzaHead[] {
  const out: StanzaHead[] = [];
  scanStanzas(asBuffer(bytes), source, HEAD_FIELDS, (values, present, line, start, end) => {
    checkStanza(values, present, line, source);
    const head: StanzaHead = {
      package: values[PACKAGE] as string,
      version: values[VERSION] as string,
      provides: values[PROVIDES] ?? '',
    };
    const priority = values[PRIORITY];
    if (priority !== undefined && priority !== '') head.priority = priority;
    if (values[ESSENTIAL]?.toLowerCase() === 'yes') head.essential = true;
    out.push(head);
    spans.push(start, end);
  });
  return out;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function missingField(name: string | undefined, id: FieldId, line: number, source: string): never {
  const which = name ? `stanza of ${name}` : 'stanza';
  throw new PackagesIndexError(source, `${which} at line ${line} has no ${FIELDS[id] ?? ''} field`);
}

/** What every stanza must hold, and its Size and Source, checked in one order for both parses. */
interface Checked {
  name: string;
  version: string;
  size: number;
  sourceName: string;
  sourceVersion: string;
}

function checkStanza(values: Values, present: number, line: number, source: string): Checked {
  const need = (id: FieldId): void => {
    if (!(present & (1 << id))) missingField(values[PACKAGE], id, line, source);
  };
  need(PACKAGE);
  need(VERSION);
  need(SIZE);
  const name = values[PACKAGE] as string;
  const version = values[VERSION] as string;
  const sizeText = values[SIZE] as string;
  const size = Number(sizeText);
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new PackagesIndexError(source, `${name} ${version}: Size "${sizeText}" is not a number`);
  }
  let sourceName = name;
  let sourceVersion = version;
  const sourceField = values[SOURCE];
  if (sourceField !== undefined) {
    const m = SOURCE_FIELD.exec(sourceField);
    if (!m?.[1]) {
      throw new PackagesIndexError(
        source,
        `${name} ${version}: Source "${sourceField}" is not "name" or "name (version)"`,
      );
    }
    sourceName = m[1];
    if (m[2]) sourceVersion = m[2];
  }
  need(ARCHITECTURE);
  need(FILENAME);
  need(SHA256);
  return { name, version, size, sourceName, sourceVersion };
}

function toPackage(values: Values, present: number, line: number, source: string): BinaryPackage {
  const { name, version, size, sourceName, sourceVersion } = checkStanza(
    values,
    present,
    line,
    source,
  );
  const pkg: BinaryPackage = {
    package: name,
    version,
    architecture: values[ARCHITECTURE] as string,
    source: sourceName,
    sourceVersion,
    filename: values[FILENAME] as string,
    size,
    sha256: (values[SHA256] as string).toLowerCase(),
    depends: values[DEPENDS] ?? '',
    preDepends: values[PRE_DEPENDS] ?? '',
    provides: values[PROVIDES] ?? '',
  };
  const section = values[SECTION];
  if (section !== undefined) pkg.section = section;
  const priority = values[PRIORITY];
  if (priority !== undefined && priority !== '') pkg.priority = priority;
  if (values[ESSENTIAL]?.toLowerCase() === 'yes') pkg.essential = true;
  return pkg;
}

/** Parses the text of a Packages file; `source` (its URL or path) names it in errors. */
export function parsePackages(text: string, source: string): BinaryPackage[] {
  return parsePackagesBytes(Buffer.from(text, 'utf8'), source);
}
