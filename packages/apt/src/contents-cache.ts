/**
 * Parsed Contents indexes on disk, next to the parsed Packages indexes and with the same
 * checks (see cache.ts): `parsed/<sha256 of the Contents file>.contents-<scope>.v<format>.json`,
 * whose first line holds the seal of its body (cache-seal.ts). A file that does not match is treated as
 * absent. The body is `[names, rows]`: package names once, then `[path, nameIndex...]` rows.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from './cache.js';
import { seal } from './cache-seal.js';
import { markUsed } from './cache-prune.js';
import type { ContentsEntries } from './contents.js';

// Bump when the layout changes: old files are then simply not found.
const FORMAT = 2;
const MAGIC = 'pgforge-apt-parsed-contents';

function pathOf(dir: string, sha256: string, scope: string): string {
  return join(dir, 'parsed', `${sha256}.contents-${scope}.v${FORMAT}.json`);
}

export async function getParsedContents(
  dir: string,
  sha256: string,
  scope: string,
): Promise<ContentsEntries | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(pathOf(dir, sha256, scope));
  } catch {
    return undefined;
  }
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  const header = bytes.toString('latin1', 0, newline).split(' ');
  const body = bytes.subarray(newline + 1);
  if (
    header[0] !== MAGIC ||
    header[1] !== sha256 ||
    header[2] !== (await seal(sha256, scope, body))
  ) {
    return undefined;
  }
  try {
    const [names, rows] = JSON.parse(body.toString('utf8')) as [string[], [string, ...number[]][]];
    const entries: ContentsEntries = new Map();
    for (const [path, ...ids] of rows) {
      entries.set(
        path,
        ids.map((i) => {
          const name = names[i];
          if (typeof name !== 'string') throw new Error('bad name index');
          return name;
        }),
      );
    }
    await markUsed(pathOf(dir, sha256, scope));
    return entries;
  } catch {
    return undefined;
  }
}

export async function putParsedContents(
  dir: string,
  sha256: string,
  scope: string,
  entries: ContentsEntries,
): Promise<void> {
  const ids = new Map<string, number>();
  const rows: (string | number)[][] = [];
  for (const [path, names] of entries) {
    const row: (string | number)[] = [path];
    for (const name of names) {
      let id = ids.get(name);
      if (id === undefined) {
        id = ids.size;
        ids.set(name, id);
      }
      row.push(id);
    }
    rows.push(row);
  }
  const body = Buffer.from(JSON.stringify([[...ids.keys()], rows]), 'utf8');
  const header = Buffer.from(`${MAGIC} ${sha256} ${await seal(sha256, scope, body)}\n`, 'latin1');
  await writeAtomically(pathOf(dir, sha256, scope), Buffer.concat([header, body]));
}
