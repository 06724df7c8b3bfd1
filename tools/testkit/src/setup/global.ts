import { tmpdir } from 'node:os';
import type { TestProject } from 'vitest/node';
import {
  ARCHES,
  baseImageCacheDir,
  ensureBaseImage,
  ensureBaseTarball,
  hostArch,
} from './base-images.js';
import type { BaseImage } from './base-images.js';
import { removeRunImages, useRunTempDir } from './cleanup.js';
import { CommandError, run } from './docker.js';
import {
  diskReport,
  serverErrorReport,
  serverErrors,
  watchDisk,
  watchOpenFiles,
} from './diagnostics.js';
import type { DiskWatch, OpenFilesWatch } from './diagnostics.js';
import { TestEnvironmentError } from './errors.js';
import { testMirror } from './mirror.js';
import { laneFiles, writeMultiArchStatus } from './lanes.js';
import { multiArchBaseName, pushMultiArchBase } from './multi-arch-base.js';
import type { TestMultiArchBases } from './provided.js';
import { startRegistry } from './registry.js';
import type { RunningRegistry } from './registry.js';

const INSTALL_HINT =
  '`bash scripts/test-env.sh` installs and starts it on Debian with root (docker.io and ' +
  'docker-buildx from trixie); elsewhere install Docker with the buildx plugin.';

const running: { name: string; registry: RunningRegistry }[] = [];
let disk: DiskWatch | undefined;
let openFiles: OpenFilesWatch | undefined;
let runTemp: Awaited<ReturnType<typeof useRunTempDir>> | undefined;
/** The multi-platform base, made in the background; settles (never rejects) once written down. */
let multiArchJob: Promise<void> | undefined;

function log(line: string): void {
  process.stderr.write(`[setup] ${line}\n`);
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

async function checkDocker(): Promise<void> {
  const info = await run('docker', ['info', '--format', '{{.ServerVersion}}'], {
    allowFailure: true,
    timeoutMs: 30_000,
  }).catch((error: unknown) => {
    if (error instanceof CommandError && !error.result) {
      throw new TestEnvironmentError(`the docker CLI is not on PATH. ${INSTALL_HINT}`);
    }
    throw error;
  });
  if (info.code !== 0) {
    throw new TestEnvironmentError(
      `no Docker engine answers: \`docker info\` exited with ${info.code} ` +
        `("${info.stderr.trim().split('\n').slice(-3).join(' ')}"). ${INSTALL_HINT}`,
    );
  }
  const buildx = await run('docker', ['buildx', 'version'], { allowFailure: true });
  if (buildx.code !== 0) {
    throw new TestEnvironmentError(
      `Docker ${info.stdout.trim()} answers but has no buildx: \`docker buildx version\` exited ` +
        `with ${buildx.code} (Debian package docker-buildx). ${INSTALL_HINT}`,
    );
  }
}

/**
 * sid for linux/amd64 and linux/arm64 as one index in the plain registry. The arm64 tarball is
 * debootstrapped under emulation once (minutes) and cached; the push is seconds and is done
 * every run (the registry's storage is the run's). A failure does not fail the set-up, whose
 * other users need no arm64: the tests that need it fail with the reason.
 */
async function multiArchBases(
  registry: Promise<RunningRegistry>,
  mirror: string,
  cacheDir: string,
): Promise<TestMultiArchBases> {
  const started = Date.now();
  try {
    const tarballs = await Promise.all(
      ARCHES.map((arch) =>
        ensureBaseTarball({
          suite: 'sid',
          arch,
          mirror,
          cacheDir,
          log,
          // Made while the tests run: the emulated debootstrap yields the CPU to them. (The host's
          // is the one the host's base waits for: at the normal priority.)
          ...(arch === hostArch() ? {} : { niceness: 10 }),
        }),
      ),
    );
    const { host } = await registry;
    const base = await pushMultiArchBase({ host, suite: 'sid', tarballs, log });
    log(
      `multi-platform base ready in ${seconds(started)}: ` +
        tarballs.map((t) => `sid ${t.arch} ${t.how} ${(t.ms / 1000).toFixed(1)} s`).join(', ') +
        `, pushed in ${(base.ms / 1000).toFixed(1)} s`,
    );
    return { sid: base.reference };
  } catch (error) {
    const reason = `no multi-platform sid base (linux/amd64 + linux/arm64): ${(error as Error).message}`;
    log(`warning: ${reason}`);
    return { unavailable: reason };
  }
}

function rejection(result: PromiseSettledResult<unknown>): string | undefined {
  return result.status === 'rejected' ? String((result.reason as Error).message) : undefined;
}

/** Where the run writes: temp files, the engine's and containerd's stores, the caches. */
async function writtenPaths(cacheDir: string): Promise<string[]> {
  const root = await run('docker', ['info', '--format', '{{.DockerRootDir}}'], {
    allowFailure: true,
  });
  return [
    tmpdir(),
    ...(root.code === 0 && root.stdout.trim() ? [root.stdout.trim()] : []),
    '/var/lib/containerd',
    cacheDir,
  ];
}

export async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  await checkDocker();
  runTemp = await useRunTempDir(log);
  const lanes = laneFiles(runTemp.dir);
  const mirror = testMirror();
  const cacheDir = baseImageCacheDir();
  disk = await watchDisk(await writtenPaths(cacheDir), log);

  // Everything at once; whatever did start is stopped again when another part fails.
  const plainRegistry = startRegistry({ name: 'registry', auth: false });
  // The multi-platform base needs minutes under emulation: it is not waited for here. The files
  // that need it wait for its outcome in the file lanes.status (lanes.ts, file-lane.ts); the
  // rest start as soon as the registries and the host's bases are there.
  multiArchJob = multiArchBases(plainRegistry, mirror, cacheDir)
    .then((status) => writeMultiArchStatus(lanes.multiArchStatus, status))
    .catch((error: unknown) =>
      // Then the files that need the base fail after their wait, naming the missing file.
      log(`warning: the multi-platform base's outcome could not be written: ${String(error)}`),
    );
  const [plain, auth, trixie, sid] = await Promise.allSettled([
    plainRegistry,
    startRegistry({ name: 'auth registry', auth: true }),
    ensureBaseImage({ suite: 'trixie', mirror, cacheDir, log }),
    ensureBaseImage({ suite: 'sid', mirror, cacheDir, log }),
  ]);
  if (plain.status === 'fulfilled') running.push({ name: 'registry', registry: plain.value });
  if (auth.status === 'fulfilled') running.push({ name: 'auth registry', registry: auth.value });
  openFiles = watchOpenFiles(running.map(({ name, registry }) => ({ name, pid: registry.pid })));
  const failures = [plain, auth, trixie, sid].map(rejection).filter((m) => m !== undefined);
  if (failures.length > 0) {
    await teardown();
    throw new TestEnvironmentError(`test environment set-up failed:\n- ${failures.join('\n- ')}`);
  }
  const registry = (plain as PromiseFulfilledResult<RunningRegistry>).value;
  const authRegistry = (auth as PromiseFulfilledResult<RunningRegistry>).value;
  const base = {
    trixie: (trixie as PromiseFulfilledResult<BaseImage>).value,
    sid: (sid as PromiseFulfilledResult<BaseImage>).value,
  };
  if (!authRegistry.auth)
    throw new TestEnvironmentError('the auth registry came up without a user');

  project.provide('registry', { host: registry.host });
  project.provide('authRegistry', { host: authRegistry.host, ...authRegistry.auth });
  project.provide('mirror', mirror);
  project.provide('lanes', lanes);
  project.provide('baseImages', {
    trixie: base.trixie.image,
    sid: base.sid.image,
    ids: { trixie: base.trixie.id, sid: base.sid.id },
    // The name it is pushed under; a file that needs it waits for it (file-lane.ts), and reads
    // `unavailable` instead when it could not be made.
    multiArch: { sid: multiArchBaseName(registry.host, 'sid') },
  });
  log(
    `ready in ${seconds(started)}: registry ${registry.host}, auth registry ${authRegistry.host}, ` +
      `mirror ${mirror}, ${base.trixie.image} (${base.trixie.how}), ${base.sid.image} (${base.sid.how}); ` +
      'the multi-platform base follows in the background',
  );
}

/**
 * Says what the run did to the disk and which requests the registries failed, then stops them.
 * Printed last, so that it is in the tail of a CI log even when a test failed for that reason.
 */
export async function teardown(): Promise<void> {
  // Its push goes to a registry stopped below, and its debootstrap writes into the cache.
  await multiArchJob;
  multiArchJob = undefined;
  const stopping = running.splice(0);
  try {
    const report = [
      ...diskReport((await disk?.stop()) ?? []),
      ...((await openFiles?.stop()) ?? []),
    ];
    for (const { name, registry } of stopping) {
      const errors = serverErrors(await registry.log().catch(() => ''));
      report.push(...serverErrorReport(name, registry.host, errors));
    }
    for (const line of report) log(line);
  } catch (error) {
    log(`warning: the run's diagnostics could not be gathered: ${(error as Error).message}`);
  } finally {
    disk = undefined;
    openFiles = undefined;
    await Promise.all(stopping.map(({ registry }) => registry.stop()));
    const removed = await removeRunImages(stopping.map(({ registry }) => registry.host));
    if (runTemp) log(`removed ${removed} image reference(s) of this run and ${runTemp.dir}`);
    await runTemp?.restore();
    runTemp = undefined;
  }
}
