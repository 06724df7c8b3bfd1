import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markUsed, pruneCache, UNUSED_MS } from '../src/cache-prune.js';

const DAY = 24 * 60 * 60 * 1000;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pgforge-apt-prune-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A cache file of `size` bytes last used `ageMs` before `now`. */
function file(
  dir: string,
  sub: string,
  name: string,
  ageMs: number,
  now: number,
  size = 10,
): string {
  mkdirSync(join(dir, sub), { recursive: true });
  const path = join(dir, sub, name);
  writeFileSync(path, Buffer.alloc(size));
  const at = new Date(now - ageMs);
  utimesSync(path, at, at);
  return path;
}

describe('pruneCache', () => {
  it('removes what went unused for two weeks and stale temporary files; keeps the rest', async () => {
    const dir = mkdtempSync(join(root, 'cache-'));
    const now = Date.now();
    const oldIndex = file(dir, 'by-hash', 'a'.repeat(64), UNUSED_MS + DAY, now, 1000);
    const oldStored = file(dir, 'parsed', `${'b'.repeat(64)}.v2.json`, 30 * DAY, now, 2000);
    const freshIndex = file(dir, 'by-hash', 'c'.repeat(64), UNUSED_MS - DAY, now);
    const freshStored = file(dir, 'parsed', `${'d'.repeat(64)}.v3`, 0, now);
    const staleTmp = file(dir, 'parsed', `${'e'.repeat(64)}.v3.tmp-123-abc`, 2 * DAY, now, 300);
    const liveTmp = file(dir, 'by-hash', `${'f'.repeat(64)}.tmp-456-def`, 60_000, now);

    expect(await pruneCache(dir, now)).toEqual({ removed: 3, bytes: 3300 });
    for (const gone of [oldIndex, oldStored, staleTmp]) expect(existsSync(gone), gone).toBe(false);
    for (const kept of [freshIndex, freshStored, liveTmp])
      expect(existsSync(kept), kept).toBe(true);
  });

  it('runs at most once a day per cache directory', async () => {
    const dir = mkdtempSync(join(root, 'cache-'));
    const now = Date.now();
    expect(await pruneCache(dir, now)).toEqual({ removed: 0, bytes: 0 });
    const old = file(dir, 'by-hash', 'a'.repeat(64), UNUSED_MS + DAY, now);
    // Not due an hour later: the old file stays.
    expect(await pruneCache(dir, now + 60 * 60 * 1000)).toBeUndefined();
    expect(existsSync(old)).toBe(true);
    // Due a day later.
    expect(await pruneCache(dir, now + DAY + 1)).toEqual({ removed: 1, bytes: 10 });
    expect(existsSync(old)).toBe(false);
  });

  it('a cache directory that does not exist yet is nothing to prune, and no error', async () => {
    const dir = join(root, 'not-there', 'cache');
    expect(await pruneCache(dir, Date.now())).toBeUndefined();
    expect(existsSync(dir)).toBe(false);
  });
});

describe('markUsed', () => {
  it('sets the mtime to now when the mark is older than an hour, and writes nothing otherwise', async () => {
    const dir = mkdtempSync(join(root, 'mark-'));
    const now = Date.now();
    const old = file(dir, 'by-hash', 'old', 3 * DAY, now);
    const recent = file(dir, 'by-hash', 'recent', 10 * 60_000, now);
    const recentMtime = statSync(recent).mtimeMs;
    await markUsed(old, undefined, now);
    await markUsed(recent, undefined, now);
    expect(Math.abs(statSync(old).mtimeMs - now)).toBeLessThan(1000);
    expect(statSync(recent).mtimeMs).toBe(recentMtime);
  });

  it('a file removed meanwhile is no error', async () => {
    await expect(markUsed(join(root, 'no-such-file'))).resolves.toBeUndefined();
  });
});
