/**
 * Cached results that later runs trust without checking them against anything signed (a base
 * image's keyrings and dpkg status, an assembled extension image's metadata): JSON files
 * sealed with this machine's key (cache-seal.ts), so that only what this machine computed
 * itself is reused. A file restored from a shared CI cache, edited, truncated or copied under
 * another name fails its seal and reads as absent: the caller computes it again.
 *
 * The seal covers the kind of record and the file's own name (the key it was stored under) as
 * well as the body, so a valid record cannot stand in for another key's.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeAtomically } from './cache.js';
import { markUsed } from './cache-prune.js';
import { seal } from './cache-seal.js';

const MAGIC = 'pgforge-sealed';

/** Writes `value` as `path`, sealed for `kind`; whole or not at all (temporary file, rename). */
export async function writeSealedJson(path: string, kind: string, value: unknown): Promise<void> {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  const mac = await seal(MAGIC, kind, basename(path), body);
  await writeAtomically(path, Buffer.concat([Buffer.from(`${MAGIC} ${kind} ${mac}\n`), body]));
}

/**
 * The value written by writeSealedJson under this `path` and `kind` on this machine, or
 * undefined when absent, unreadable or not sealed by this machine's key. A hit is marked used
 * for the pruner (cache-prune.ts).
 */
export async function readSealedJson(path: string, kind: string): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return undefined;
  }
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  const [magic, named, mac] = bytes.toString('latin1', 0, newline).split(' ');
  if (magic !== MAGIC || named !== kind || mac === undefined) return undefined;
  const body = bytes.subarray(newline + 1);
  if ((await seal(MAGIC, kind, basename(path), body)) !== mac) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  await markUsed(path);
  return value;
}

/**
 * Results kept under a key, sealed, in one directory: the file's name is a digest of the kind,
 * the code's version (codeVersion) and the caller's key, so a result of other code, or of
 * other inputs, is never found. What a caller reads back it still checks for shape.
 */
export class SealedStore {
  constructor(
    readonly dir: string,
    readonly kind: string,
    readonly version: string,
  ) {}

  #path(key: string): string {
    const name = createHash('sha256').update(`${this.kind}\0${this.version}\0${key}`).digest('hex');
    return join(this.dir, `${this.kind}-${name}.json`);
  }

  get(key: string): Promise<unknown> {
    return readSealedJson(this.#path(key), this.kind);
  }

  put(key: string, value: unknown): Promise<void> {
    return writeSealedJson(this.#path(key), this.kind, value);
  }
}
