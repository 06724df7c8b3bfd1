/**
 * The on-disk cache: compressed index files content-addressed by the SHA256 the signed Release
 * names (`by-hash/<sha256>`), and each Packages index decompressed with its table of stanzas
 * (`parsed/<sha256>.v<format>`, see packages-store.ts).
 *
 * Every read is checked: a by-hash file must hash to its name; a stored index carries in its
 * first line the seal of its table (cache-seal.ts: only what this machine parsed is reused), and
 * the table the hash of each block of its body. Anything that does not match is treated as absent (and
 * then overwritten), so a torn or corrupted file costs a download, never a wrong answer.
 * Writes go to a temporary file in the same directory and are renamed into place, so readers
 * (other processes included) never see half a file.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, rmSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { markUsed, pruneCache, type PruneResult } from './cache-prune.js';
import { BLOCK, bodyBlocks, sha256Hex } from './cache-blocks.js';
import { seal } from './cache-seal.js';
import { AptCacheError, errorText } from './errors.js';
import type { BodyReader, StoredTable } from './packages-store.js';

async function readIfThere(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

/** Writes `data` (one buffer, or several one after the other, not joined first) atomically. */
export async function writeAtomically(
  path: string,
  data: Uint8Array | string | readonly Uint8Array[],
): Promise<void> {
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
    const path = this.byHashPath(sha256);
    const bytes = await readIfThere(path);
    if (!bytes || bytes.length !== size || sha256Hex(bytes) !== sha256) return undefined;
    await markUsed(path);
    return bytes;
  }

  /** Removes files unused for two weeks, at most once a day (cache-prune.ts). */
  prune(now: number): Promise<PruneResult | undefined> {
    return pruneCache(this.dir, now);
  }

  async putFile(sha256: string, bytes: Uint8Array): Promise<void> {
    await writeAtomically(this.byHashPath(sha256), bytes);
  }

  parsedPath(sha256: string): string {
    return join(this.dir, 'parsed', `${sha256}.v${PARSED_FORMAT}`);
  }

  /**
   * The table and a reader of the Packages text stored earlier for the index file with this
   * SHA256, if the table is intact. Only the table is read here; the text is read a block at a
   * time when a stanza is asked for, each block checked against the hash the table lists.
   */
  async getStored(sha256: string): Promise<{ table: StoredTable; read: BodyReader } | undefined> {
    const path = this.parsedPath(sha256);
    let handle;
    try {
      handle = await open(path, 'r');
    } catch {
      return undefined;
    }
    try {
      // The header line is covered by no hash: its length is checked against the file's.
      const stat = await handle.stat();
      const head = Buffer.alloc(HEADER_MAX);
      const { bytesRead } = await handle.read(head, 0, HEADER_MAX, 0);
      const newline = head.subarray(0, bytesRead).indexOf(0x0a);
      if (newline < 0) return undefined;
      const [magic, named, length, hash] = head.toString('latin1', 0, newline).split(' ');
      const tableLength = Number(length);
      if (
        magic !== PARSED_MAGIC ||
        named !== sha256 ||
        !Number.isSafeInteger(tableLength) ||
        tableLength < 4 ||
        tableLength > stat.size - (newline + 1)
      ) {
        return undefined;
      }
      const tableBytes = Buffer.alloc(tableLength);
      const got = await handle.read(tableBytes, 0, tableLength, newline + 1);
      if (got.bytesRead !== tableLength || (await seal(sha256, tableBytes)) !== hash)
        return undefined;
      const meta = decodeStoredTable(tableBytes);
      if (!meta) return undefined;
      const bodyStart = newline + 1 + tableLength;
      await markUsed(path, stat.mtimeMs);
      const file = { path, ino: stat.ino, size: stat.size };
      return { table: meta.table, read: blockReader(file, bodyStart, meta.blocks) };
    } catch {
      return undefined;
    } finally {
      await handle.close();
    }
  }

  /**
   * Stores a Packages text with its table. `blocks` are bodyBlocks(text) when the caller has
   * them already (a worker thread hashed them beside the table: index-job.ts).
   */
  async putStored(
    sha256: string,
    table: StoredTable,
    text: Uint8Array,
    blocks: readonly string[] = bodyBlocks(text),
  ): Promise<void> {
    const meta = Buffer.from(
      JSON.stringify({
        size: table.size,
        required: table.required,
        names: table.names.length,
        providers: table.providers.length,
        blocks,
      }),
      'utf8',
    );
    const lengths = Buffer.alloc(4);
    lengths.writeUInt32BE(meta.length);
    const tableBytes = Buffer.concat([lengths, meta, table.names, table.providers]);
    const header = Buffer.from(
      `${PARSED_MAGIC} ${sha256} ${tableBytes.length} ${await seal(sha256, tableBytes)}\n`,
      'latin1',
    );
    await writeAtomically(this.parsedPath(sha256), [header, tableBytes, text]);
  }
}

/** The table and body block hashes, from the bytes putStored wrote; undefined if malformed. */
function decodeStoredTable(bytes: Buffer): { table: StoredTable; blocks: string[] } | undefined {
  try {
    const metaLength = bytes.readUInt32BE(0);
    const meta = JSON.parse(bytes.toString('utf8', 4, 4 + metaLength)) as {
      size: number;
      required: string[];
      names: number;
      providers: number;
      blocks: string[];
    };
    const namesStart = 4 + metaLength;
    const providersStart = namesStart + meta.names;
    if (providersStart + meta.providers !== bytes.length || !Array.isArray(meta.blocks)) {
      return undefined;
    }
    return {
      table: {
        size: meta.size,
        required: meta.required,
        names: bytes.subarray(namesStart, providersStart),
        providers: bytes.subarray(providersStart),
      },
      blocks: meta.blocks,
    };
  } catch {
    return undefined;
  }
}

/**
 * Reads ranges of the stored text a block at a time, each block checked once against its
 * hash. A block that does not match removes the file (the next run downloads the index again)
 * and fails this one: the index is read synchronously, after the point where it could be
 * fetched again.
 */
function blockReader(
  file: { path: string; ino: number; size: number },
  bodyStart: number,
  hashes: readonly string[],
): BodyReader {
  const { path } = file;
  const blocks = new Map<number, Buffer>();
  // Another process may have removed the file, or renamed a new one into its place, since the
  // table was read: neither is damage, and the new file is not this table's.
  const gone = (): AptCacheError =>
    new AptCacheError(path, 'was removed or replaced while this run read it; run again');
  return (start, end) => {
    const first = Math.floor(start / BLOCK);
    const last = Math.floor(Math.max(start, end - 1) / BLOCK);
    const missing: number[] = [];
    for (let b = first; b <= last; b++) if (!blocks.has(b)) missing.push(b);
    if (missing.length > 0) {
      let fd: number;
      try {
        fd = openSync(path, 'r');
      } catch {
        throw gone();
      }
      try {
        const now = fstatSync(fd);
        if (now.ino !== file.ino || now.size !== file.size) throw gone();
        for (const b of missing) {
          // Filled by the read, then checked: no need to zero it first.
          const buffer = Buffer.allocUnsafe(BLOCK);
          const n = readSync(fd, buffer, 0, BLOCK, bodyStart + b * BLOCK);
          const block = buffer.subarray(0, n);
          if (hashes[b] === undefined || sha256Hex(block) !== hashes[b]) {
            rmSync(path, { force: true });
            throw new AptCacheError(
              path,
              `is damaged (block ${b} of its Packages text does not match its hash); it was removed, and the next run stores it again`,
            );
          }
          blocks.set(b, block);
        }
      } finally {
        closeSync(fd);
      }
    }
    if (first === last) {
      const base = first * BLOCK;
      return (blocks.get(first) as Buffer).subarray(start - base, end - base);
    }
    const parts: Buffer[] = [];
    for (let b = first; b <= last; b++) parts.push(blocks.get(b) as Buffer);
    const base = first * BLOCK;
    return Buffer.concat(parts).subarray(start - base, end - base);
  };
}

// The header line is short: magic, two hashes and a length.
const HEADER_MAX = 256;

// Bump when the stored layout changes: old files are then simply not found.
const PARSED_FORMAT = 5;
const PARSED_MAGIC = 'pgforge-apt-stored-index';
