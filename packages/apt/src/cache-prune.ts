/**
 * Keeps the on-disk cache from growing without end. Every index a mirror publishes gets new
 * hashes, so a cache read daily against sid gains a Packages file and its stored copy (tens of
 * MB) per suite and architecture each day, and a layout change (PARSED_FORMAT) leaves the old
 * files behind for good. Files are marked when used (their mtime set to now) and removed once
 * unused for a while; a stale temporary file of an interrupted write goes after a day.
 *
 * Pruning runs at most once a day per cache directory (a marker file's mtime says when it last
 * ran), so a run pays one stat for it; two processes starting at the same moment may both prune,
 * which removes nothing twice. A file another process opens is marked as it opens it, and the
 * pruner looks at the mark again just before removing, so only a reader that opens a file
 * unused for two weeks in the same instant can lose it: that run then fails naming the file
 * ("removed or replaced while this run read it; run again"), never reads a wrong index.
 */
import { readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Unused this long, a cached file is removed. */
export const UNUSED_MS = 14 * DAY_MS;
/** A temporary file this old belongs to a write that will never finish. */
const STALE_TEMPORARY_MS = DAY_MS;
/** Pruning is due again this long after it last ran. */
const PRUNE_INTERVAL_MS = DAY_MS;
/** Marking is skipped when the mark is fresher than this: a warm run writes nothing. */
const MARK_EVERY_MS = 60 * 60 * 1000;

/**
 * The directories under the cache directory that hold cached files: the indexes, the base
 * images read, the extension images assembled (sealed records and their layer blobs), the
 * predicted images, and the InRelease files verified.
 */
const DIRS = [
  'by-hash',
  'parsed',
  'base-images',
  'extension',
  'extension/images',
  'extension/blobs',
  'predictions',
  'verified',
];
const MARKER = '.pruned';

/**
 * Marks a cached file as used now, unless its mark is fresher than an hour (`mtimeMs`, when the
 * caller has stat'ed it already). Failing to mark costs only an early removal.
 */
export async function markUsed(path: string, mtimeMs?: number, now = Date.now()): Promise<void> {
  try {
    const last = mtimeMs ?? (await stat(path)).mtimeMs;
    if (now - last < MARK_EVERY_MS) return;
    const at = new Date(now);
    await utimes(path, at, at);
  } catch {
    // removed meanwhile, or a read-only cache: nothing to mark
  }
}

export interface PruneResult {
  removed: number;
  bytes: number;
}

/**
 * Removes the cache's files unused for `UNUSED_MS` and stale temporary files, if pruning is
 * due (see above). Undefined when it was not due. Errors are swallowed: a cache that cannot be
 * pruned still works.
 */
export async function pruneCache(
  dir: string,
  now = Date.now(),
  options: { unusedMs?: number } = {},
): Promise<PruneResult | undefined> {
  const marker = join(dir, MARKER);
  const last = await stat(marker).then(
    (s) => s.mtimeMs,
    () => undefined,
  );
  if (last !== undefined && now - last < PRUNE_INTERVAL_MS && last <= now) return undefined;
  try {
    // Marked first: another process starting meanwhile finds pruning not due.
    await writeFile(marker, '');
    const at = new Date(now);
    await utimes(marker, at, at);
  } catch {
    return undefined;
  }
  const unusedMs = options.unusedMs ?? UNUSED_MS;
  const result: PruneResult = { removed: 0, bytes: 0 };
  for (const sub of DIRS) {
    const names = await readdir(join(dir, sub)).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(dir, sub, name);
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile()) continue;
      const age = now - info.mtimeMs;
      const temporary = name.includes('.tmp-');
      const keepFor = temporary ? STALE_TEMPORARY_MS : unusedMs;
      if (age < keepFor) continue;
      // Marked since the listing (another process read it): it stays.
      const again = await stat(path).catch(() => undefined);
      if (!again || now - again.mtimeMs < keepFor) continue;
      try {
        await rm(path, { force: true });
        result.removed += 1;
        result.bytes += info.size;
      } catch {
        // gone already, or not ours to remove
      }
    }
  }
  return result;
}
