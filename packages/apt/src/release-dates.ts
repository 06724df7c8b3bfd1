/**
 * The newest `Date` of each mirror × suite's Release this machine has verified, so that a
 * validly signed but older Release (a replayed or frozen index, which would hide every update
 * published since) is refused, as is one dated in the future beyond clock skew.
 *
 * Kept in memory per client and, with a cache directory, in `release-dates.json` beside the
 * indexes, so that the guard holds across runs. A recorded date beyond now plus the skew is not
 * believed (a planted file must not stop every later run); the file only ever moves forward.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from './cache.js';
import { ReleaseFutureError, ReleaseReplayError } from './errors.js';

/** How far ahead of this machine's clock a Release may be dated (mirrors' clocks drift). */
export const RELEASE_DATE_SKEW_MINUTES = 60;

const FILE = 'release-dates.json';

type Seen = Record<string, string>;

function keyOf(mirror: string, suite: string): string {
  return `${mirror} ${suite}`;
}

async function readSeen(path: string | undefined): Promise<Seen> {
  if (path === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] =>
          typeof entry[1] === 'string' && !Number.isNaN(Date.parse(entry[1])),
      ),
    );
  } catch {
    // Absent or unreadable: nothing seen yet (a torn file costs the guard one run, no more).
    return {};
  }
}

export class ReleaseDates {
  readonly #path: string | undefined;
  readonly #seen = new Map<string, Date>();
  #loaded: Promise<void> | undefined;
  #writing: Promise<void> = Promise.resolve();

  /** `cacheDir`: where the dates persist; undefined keeps them for this client only. */
  constructor(cacheDir?: string) {
    this.#path = cacheDir === undefined ? undefined : join(cacheDir, FILE);
  }

  /**
   * Refuses `date` when it is older than the newest seen for `mirror` and `suite`, or later
   * than `now` plus the skew; otherwise records it.
   */
  async check(mirror: string, suite: string, date: Date | undefined, now: Date): Promise<void> {
    // A Release without Date cannot be ordered; apt accepts one too (Debian's always has it).
    if (date === undefined) return;
    const limit = now.getTime() + RELEASE_DATE_SKEW_MINUTES * 60_000;
    if (date.getTime() > limit) {
      throw new ReleaseFutureError(mirror, suite, date, now, RELEASE_DATE_SKEW_MINUTES);
    }
    await (this.#loaded ??= this.#load(limit));
    const key = keyOf(mirror, suite);
    const seen = this.#seen.get(key);
    if (seen !== undefined && date.getTime() < seen.getTime()) {
      throw new ReleaseReplayError(mirror, suite, date, seen);
    }
    if (seen !== undefined && date.getTime() === seen.getTime()) return;
    this.#seen.set(key, date);
    await this.#save(limit);
  }

  async #load(limit: number): Promise<void> {
    for (const [key, value] of Object.entries(await readSeen(this.#path))) {
      const date = new Date(value);
      if (date.getTime() <= limit) this.#seen.set(key, date);
    }
  }

  /** Merges with what another process may have written meanwhile: the newest date wins. */
  #save(limit: number): Promise<void> {
    const path = this.#path;
    if (path === undefined) return Promise.resolve();
    this.#writing = this.#writing
      .catch(() => undefined)
      .then(async () => {
        const merged = await readSeen(path);
        for (const [key, date] of this.#seen) {
          const other = merged[key];
          if (
            other === undefined ||
            Date.parse(other) < date.getTime() ||
            Date.parse(other) > limit
          ) {
            merged[key] = date.toISOString();
          }
        }
        await writeAtomically(path, `${JSON.stringify(merged, null, 2)}\n`);
      });
    return this.#writing;
  }
}
