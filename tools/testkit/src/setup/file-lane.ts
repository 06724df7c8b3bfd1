// Runs before each integration file loads (vitest.config.ts: setupFiles): puts it in its lane
// and, when it needs the multi-platform base, waits for the global set-up to have it (lanes.ts).
import { afterAll, expect, inject } from 'vitest';
import {
  NEEDS_MULTI_PLATFORM_BASE,
  acquireLock,
  lanesOf,
  repoPath,
  waitForMultiArchStatus,
} from './lanes.js';

const file = repoPath(expect.getState().testPath ?? '');
const lanes = inject('lanes');

if (NEEDS_MULTI_PLATFORM_BASE.includes(file)) {
  const started = Date.now();
  // The debootstrap under emulation has a 30-minute limit of its own (base-images.ts).
  const status = await waitForMultiArchStatus(lanes.multiArchStatus, { timeoutMs: 40 * 60_000 });
  const waited = (Date.now() - started) / 1000;
  if (waited > 1) {
    process.stderr.write(
      `[lane] ${file} waited ${waited.toFixed(0)} s for the multi-platform base\n`,
    );
  }
  // The set-up provided the reference the base gets; what this file reads through inject() is
  // completed with the outcome, so that a test that needs the base fails with the reason.
  const multiArch = inject('baseImages').multiArch as Record<string, unknown>;
  if ('unavailable' in status) {
    delete multiArch.sid;
    multiArch.unavailable = status.unavailable;
  } else if (multiArch.sid !== status.sid) {
    throw new Error(`the multi-platform base is ${status.sid}, not ${String(multiArch.sid)}`);
  }
}

{
  const started = Date.now();
  const lanesOfFile = lanesOf(file);
  const { dir, release } = await acquireLock(
    lanesOfFile.map((lane) => lanes.locks[lane]),
    { holder: file },
  );
  const waited = (Date.now() - started) / 1000;
  if (waited > 1 || lanesOfFile.length > 1) {
    const lane = lanesOfFile.find((l) => lanes.locks[l] === dir);
    process.stderr.write(`[lane] ${file}: ${lane} lane, after ${waited.toFixed(0)} s\n`);
  }
  // Registered before the file's own hooks, so it runs after them (afterAll hooks run in reverse).
  afterAll(release);
}
