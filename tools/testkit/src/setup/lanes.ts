/*
 * How the integration files share the machine: two lanes, one file at a time in each, in the
 * integration project's two workers. They build images, start registries and containers, and time
 * out under load, so most of them run in the serial lane and nowhere else. The emulated arm64 build
 * (test/build/arm64) spends ten minutes with QEMU on one core: it runs in the other lane, beside
 * them. A few long files that share no names with any other file (their registry repositories,
 * temp files and archives are their own) take whichever lane is free; the sequencer
 * (sequencer.ts) puts them last, where the arm64 build has left its lane. Each lane is a lock (a
 * directory made with mkdir, which is atomic), held from before a file loads until its last hook
 * has run: real exclusion, not a convention.
 *
 * The multi-platform base (linux/amd64 + linux/arm64) takes minutes to debootstrap under
 * emulation; the global set-up makes it in the background. The files that need it wait for it
 * here, before they load, and the sequencer puts them where that wait is short.
 */
import { readFile, mkdir, rm, writeFile, rename } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../root.js';

/**
 * Bases for linux/amd64 and linux/arm64 as one OCI index in the plain test registry
 * (`<registry>/debian:sid-slim`, over `…:sid-slim-amd64` and `…:sid-slim-arm64`), or why the
 * set-up could not make them: a test that needs them fails with that reason. Here, beside the
 * lane files it is written to; provided.ts names it in what inject() gives.
 */
export type TestMultiArchBases = { sid: string } | { unavailable: string };

/** Files that run beside the serial lane, not in it (paths from the repository's root). */
export const BESIDE_SERIAL_LANE: readonly string[] = ['test/build/arm64.integration.test.ts'];

/**
 * Files that run in whichever lane is free: nothing they name is named by another file. Longest
 * first (the sequencer keeps this order).
 */
export const EITHER_LANE: readonly string[] = [
  'test/security-update.integration.test.ts',
  'test/build/build-action.integration.test.ts',
  'test/pgdg/pgdg.integration.test.ts',
];

export type Lane = 'serial' | 'beside';

/** The lanes a file may run in, the one it takes when both are free first. */
export function lanesOf(file: string): Lane[] {
  if (BESIDE_SERIAL_LANE.includes(file)) return ['beside'];
  // The beside lane first: a serial file may be waiting for the serial one.
  if (EITHER_LANE.includes(file)) return ['beside', 'serial'];
  return ['serial'];
}

/**
 * Files that need the multi-platform sid base (inject('baseImages').multiArch, or the arm64
 * tarball it is made from). One missing here finds the base not yet pushed and fails, naming it.
 */
export const NEEDS_MULTI_PLATFORM_BASE: readonly string[] = [
  'test/build/arm64.integration.test.ts',
  'test/build/local-multi-arch-base.integration.test.ts',
  'test/pgdg/pgdg.integration.test.ts',
  'test/release/release.integration.test.ts',
  'test/view.integration.test.ts',
];

export const repoPath = (file: string): string => relative(ROOT, file).split('\\').join('/');

/** Where the global set-up writes the outcome of the multi-platform base, and the locks. */
export interface LaneFiles {
  /** JSON of a TestMultiArchBases, written once the base is pushed or has failed. */
  multiArchStatus: string;
  /** Each lane's lock directory. */
  locks: Record<Lane, string>;
}

export function laneFiles(runDir: string): LaneFiles {
  return {
    multiArchStatus: join(runDir, 'multi-arch-base.json'),
    locks: {
      serial: join(runDir, 'serial-lane.lock'),
      beside: join(runDir, 'beside-lane.lock'),
    },
  };
}

/** Written whole (rename), so that a reader never sees half of it. */
export async function writeMultiArchStatus(
  path: string,
  status: TestMultiArchBases,
): Promise<void> {
  const partial = `${path}.${process.pid}.tmp`;
  await writeFile(partial, JSON.stringify(status));
  await rename(partial, path);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Waits for the global set-up's outcome for the multi-platform base. */
export async function waitForMultiArchStatus(
  path: string,
  opts: { timeoutMs: number; pollMs?: number },
): Promise<TestMultiArchBases> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text !== undefined) return JSON.parse(text) as TestMultiArchBases;
    if (Date.now() > deadline) {
      return {
        unavailable:
          `no multi-platform sid base: the global set-up did not finish it within ` +
          `${Math.round(opts.timeoutMs / 60_000)} min (no ${path})`,
      };
    }
    await sleep(opts.pollMs ?? 1000);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock at `dir` when it is free or its holder is gone; false while a live one holds it. */
async function tryLock(dir: string, holder: string): Promise<boolean> {
  const owner = join(dir, 'owner');
  try {
    await mkdir(dir);
    await writeFile(owner, `${process.pid}\n${holder}\n`);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const text = await readFile(owner, 'utf8').catch(() => undefined);
  const pid = Number(text?.split('\n')[0]);
  // No owner file yet: its holder is between mkdir and writeFile; it is looked at again.
  if (text !== undefined && Number.isInteger(pid) && pid > 0 && !alive(pid)) {
    // A worker that crashed holding it.
    await rm(dir, { recursive: true, force: true });
    return tryLock(dir, holder);
  }
  return false;
}

/**
 * Takes the first of the locks `dirs` to be free for this process, waiting while live processes
 * hold them all. Returns the one taken and its release, which is also run when the process exits,
 * so that no path leaves it held.
 */
export async function acquireLock(
  dirs: readonly string[],
  opts: { pollMs?: number; holder?: string } = {},
): Promise<{ dir: string; release: () => void }> {
  for (;;) {
    for (const dir of dirs) {
      if (!(await tryLock(dir, opts.holder ?? ''))) continue;
      let held = true;
      const release = (): void => {
        if (!held) return;
        held = false;
        process.off('exit', release);
        rmSync(dir, { recursive: true, force: true });
      };
      process.on('exit', release);
      return { dir, release };
    }
    await sleep(opts.pollMs ?? 250);
  }
}
