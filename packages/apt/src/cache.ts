/**
 * The on-disk cache: compressed index files content-addressed by the SHA256 the signed Release
 * names (`by-hash/<sha256>`), and their parsed stanzas (`parsed/<sha256>.v<format>.json`).
 *
 * Every read is checked: a by-hash file must hash to its name; a parsed file carries the SHA256
 * of its own body in its first line. Anything that does not match is treated as absent (and
 * then overwritten), so a torn or corrupted file costs a download, never a wrong answer.
 * Writes go to a temporary file in the same directory and are renamed into place, so readers
 * (other processes included) never see half a file.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AptCacheError, errorText } from './errors.js';
import type { BinaryPackage } from './packages.js';

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function readIfThere(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

export async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new AptCacheError(path, `cannot be written: ${errorText(error)}`, { cause: error });
  }
}

export class IndexCache {
  constructor(readonly dir: string) {}

  byHashPath(sha256: string): string {
    return join(this.dir, 'by-hash', sha256);
  }

  /** The cached file with this SHA256 and size, or undefined when absent or not matching. */
  async getFile(sha256: string, size: number): Promise<Buffer | undefined> {
    const bytes = await readIfThere(this.byHashPath(sha256));
    if (!bytes || bytes.length !== size || sha256Hex(bytes) !== sha256) return undefined;
    return bytes;
  }

  async putFile(sha256: string, bytes: Uint8Array): Promise<void> {
    await writeAtomically(this.byHashPath(sha256), bytes);
  }

  parsedPath(sha256: string): string {
    return join(this.dir, 'parsed', `${sha256}.v${PARSED_FORMAT}.json`);
  }

  /** The stanzas parsed earlier from the index file with this SHA256, if intact. */
  async getParsed(sha256: string): Promise<BinaryPackage[] | undefined> {
    const bytes = await readIfThere(this.parsedPath(sha256));
    if (!bytes) return undefined;
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) return undefined;
    const header = bytes.toString('latin1', 0, newline).split(' ');
    const body = bytes.subarray(newline + 1);
    if (header[0] !== PARSED_MAGIC || header[1] !== sha256 || header[2] !== sha256Hex(body)) {
      return undefined;
    }
    try {
      return fromRows(JSON.parse(body.toString('utf8')) as unknown);
    } catch {
      return undefined;
    }
  }

  async putParsed(sha256: string, packages: readonly BinaryPackage[]): Promise<void> {
    const body = Buffer.from(JSON.stringify(packages.map(toRow)), 'utf8');
    const header = Buffer.from(`${PARSED_MAGIC} ${sha256} ${sha256Hex(body)}\n`, 'latin1');
    await writeAtomically(this.parsedPath(sha256), Buffer.concat([header, body]));
  }
}

// Bump when BinaryPackage or the row layout changes: old files are then simply not found.
const PARSED_FORMAT = 2;
const PARSED_MAGIC = 'pgforge-apt-parsed-index';

// One array per stanza, not an object: a third smaller and faster to parse (~25 MB for a suite's
// main index). 0 stands for "same as package/version", "no section" and "no priority"; the
// last element is 1 for an Essential package, else 0.
type Row = [
  string,
  string,
  string,
  string | 0,
  string | 0,
  string,
  number,
  string,
  string,
  string,
  string,
  string | 0,
  string | 0,
  0 | 1,
];

function toRow(p: BinaryPackage): Row {
  return [
    p.package,
    p.version,
    p.architecture,
    p.source === p.package ? 0 : p.source,
    p.sourceVersion === undefined || p.sourceVersion === p.version ? 0 : p.sourceVersion,
    p.filename,
    p.size,
    p.sha256,
    p.depends,
    p.preDepends,
    p.provides,
    p.section ?? 0,
    p.priority ?? 0,
    p.essential === true ? 1 : 0,
  ];
}

function fromRows(value: unknown): BinaryPackage[] {
  if (!Array.isArray(value)) throw new Error('not an array');
  return value.map((row: Row) => {
    if (!Array.isArray(row) || row.length !== 14) throw new Error('bad row');
    const pkg: BinaryPackage = {
      package: row[0],
      version: row[1],
      architecture: row[2],
      source: row[3] === 0 ? row[0] : row[3],
      sourceVersion: row[4] === 0 ? row[1] : row[4],
      filename: row[5],
      size: row[6],
      sha256: row[7],
      depends: row[8],
      preDepends: row[9],
      provides: row[10],
    };
    if (row[11] !== 0) pkg.section = row[11];
    if (row[12] !== 0) pkg.priority = row[12];
    if (row[13] === 1) pkg.essential = true;
    return pkg;
  });
}
