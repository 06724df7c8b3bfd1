import {
  access,
  constants,
  link,
  mkdir,
  mkdtemp,
  readFile,
  rename,
  rm,
  stat,
} from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostPlatform } from '@pgforge/platform';
import { CommandError, lastLines, localImageId, run, which } from './docker.js';
import { emulationProblem } from './emulation.js';
import { TestEnvironmentError } from './errors.js';
import { slimify } from './slim.js';

export type Suite = 'trixie' | 'sid';

/** A Debian architecture a base is debootstrapped for (`dpkg --print-architecture`). */
export type Arch = 'amd64' | 'arm64';

export const ARCHES: readonly Arch[] = ['amd64', 'arm64'];

export interface BaseImage {
  image: string;
  id: string;
  /** Where it came from on this run. */
  how: 'present' | 'cached tarball' | 'debootstrap' | 'pull';
}

export interface BaseImageOptions {
  suite: Suite;
  mirror: string;
  cacheDir: string;
  log: (line: string) => void;
}

export interface BaseTarballOptions extends BaseImageOptions {
  arch: Arch;
}

export interface BaseTarball {
  suite: Suite;
  arch: Arch;
  path: string;
  how: 'cached tarball' | 'debootstrap';
  /** How long it took to have it on this run. */
  ms: number;
}

const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

export function baseImageName(suite: Suite): string {
  return `debian:${suite}-slim`;
}

/** `${XDG_CACHE_HOME:-~/.cache}/pgforge/base-images` */
export function baseImageCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const root = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(root, 'pgforge', 'base-images');
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

async function exists(path: string): Promise<boolean> {
  return access(path, constants.F_OK).then(
    () => true,
    () => false,
  );
}

/** Whether apt source text (one-line or deb822) names the mirror as an archive URI. */
export function mentionsMirror(sources: string, mirror: string): boolean {
  return sources.split(/\s+/).some((token) => token.replace(/\/+$/, '') === mirror);
}

async function imageSources(image: string): Promise<string> {
  const { stdout } = await run('docker', [
    'run',
    '--rm',
    '--network',
    'none',
    '--entrypoint',
    'sh',
    image,
    '-c',
    'cat /etc/apt/sources.list /etc/apt/sources.list.d/*.sources 2>/dev/null; true',
  ]);
  return stdout;
}

async function importTarball(tarball: string, image: string): Promise<string> {
  // The official images start bash by default.
  await run('docker', ['import', '--change', 'CMD ["bash"]', tarball, image]);
  const id = await localImageId(image);
  if (!id) throw new TestEnvironmentError(`docker import of ${tarball} did not create ${image}`);
  return id;
}

/** Mount points under `dir` (debootstrap bind-mounts /dev, /proc, /sys into its target). */
async function mountsUnder(dir: string): Promise<string[]> {
  const mounts = await readFile('/proc/self/mounts', 'utf8').catch(() => '');
  return mounts
    .split('\n')
    .map((line) => line.split(' ')[1]?.replace(/\\040/g, ' '))
    .filter((point): point is string => !!point && point.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length);
}

// Removing a tree that still has the host's /dev bind-mounted in it would delete the host's
// device nodes: unmount first, and refuse to delete while anything stays mounted.
async function removeRootfs(rootfs: string): Promise<void> {
  for (const point of await mountsUnder(rootfs)) {
    await run('umount', ['-l', point], { allowFailure: true });
  }
  const left = await mountsUnder(rootfs);
  if (left.length > 0) {
    throw new TestEnvironmentError(
      `not removing ${rootfs}: still mounted there: ${left.join(', ')}; unmount them and delete it by hand`,
    );
  }
  await rm(rootfs, { recursive: true, force: true });
}

/** The Debian architecture of this machine (what a plain debootstrap makes). */
export function hostArch(): Arch {
  const arch = hostPlatform().debianArchitecture;
  if (arch !== 'amd64' && arch !== 'arm64') {
    throw new TestEnvironmentError(
      `base images are built on amd64 and arm64 hosts; this is ${arch}`,
    );
  }
  return arch;
}

/**
 * `<cacheDir>/<suite>-<arch>.tar`. The host's tarball was once `<suite>.tar`; one found there is
 * linked to the new name (a link, so that a run still reading the old name is not disturbed).
 */
export async function baseTarballPath(cacheDir: string, suite: Suite, arch: Arch): Promise<string> {
  const path = join(cacheDir, `${suite}-${arch}.tar`);
  const legacy = join(cacheDir, `${suite}.tar`);
  if (arch === hostArch() && !(await exists(path)) && (await exists(legacy))) {
    await link(legacy, path).catch(() => undefined);
  }
  return path;
}

async function debootstrap(
  suite: Suite,
  arch: Arch,
  mirror: string,
  tarball: string,
): Promise<void> {
  if (!(await exists(KEYRING))) {
    throw new TestEnvironmentError(
      `${KEYRING} not found (Debian package debian-archive-keyring); debootstrap needs it to check ` +
        `the ${suite} Release. \`bash scripts/test-env.sh\` installs it on Debian with root.`,
    );
  }
  // debootstrap's second stage runs the new system's own binaries in a chroot.
  const problem = await emulationProblem(arch);
  if (problem) {
    throw new TestEnvironmentError(`cannot debootstrap ${suite} for ${arch}: ${problem}`);
  }
  const rootfs = await mkdtemp(join(tmpdir(), `pgforge-${suite}-${arch}-rootfs-`));
  const partial = `${tarball}.${process.pid}.tmp`;
  try {
    try {
      await run(
        'debootstrap',
        [`--arch=${arch}`, '--variant=minbase', `--keyring=${KEYRING}`, suite, rootfs, mirror],
        // Under emulation (arm64 on amd64) it takes about four minutes, more on a loaded machine.
        { timeoutMs: 30 * 60_000 },
      );
    } catch (error) {
      const log = await readFile(join(rootfs, 'debootstrap/debootstrap.log'), 'utf8').catch(
        () => '',
      );
      throw new TestEnvironmentError(
        `debootstrap of ${suite} (${arch}) from ${mirror} failed: ${(error as Error).message}` +
          (log ? `\ndebootstrap.log:\n${lastLines(log, 20)}` : ''),
      );
    }
    // Builds FROM this base must fetch from the same mirror the tests were given.
    const sources = await readFile(join(rootfs, 'etc/apt/sources.list'), 'utf8').catch(() => '');
    if (!mentionsMirror(sources, mirror)) {
      throw new TestEnvironmentError(
        `debootstrap wrote an /etc/apt/sources.list for ${suite} (${arch}) that does not name the mirror ` +
          `${mirror}:\n${sources || '(empty or missing)'}`,
      );
    }
    await slimify(rootfs);
    await run('tar', [
      '--numeric-owner',
      '--exclude=./proc/*',
      '--exclude=./sys/*',
      '--exclude=./dev/*',
      '-C',
      rootfs,
      '-cf',
      partial,
      '.',
    ]);
    await rename(partial, tarball);
  } finally {
    await rm(partial, { force: true });
    await removeRootfs(rootfs);
  }
}

/** Whether a cached tarball is there and was built from `mirror` (its apt sources name it). */
async function usableTarball(
  tarball: string,
  mirror: string,
  log: (line: string) => void,
): Promise<boolean> {
  if (!(await exists(tarball))) return false;
  const sources = await run('tar', ['-xOf', tarball, './etc/apt/sources.list'], {
    allowFailure: true,
  });
  if (sources.code === 0 && mentionsMirror(sources.stdout, mirror)) return true;
  log(`${tarball} was not built from ${mirror}; building it again`);
  return false;
}

// One debootstrap per tarball and process: the host's base image and the multi-platform base
// both need the host's tarball, and set up at the same time.
const tarballs = new Map<string, Promise<BaseTarball>>();

/**
 * The slim root file system of `suite` for `arch` as a tarball in the cache: the cached one when
 * it was built from `mirror`, else a new debootstrap (root, debootstrap, and for a foreign
 * architecture emulation: see emulation.ts).
 */
export function ensureBaseTarball(opts: BaseTarballOptions): Promise<BaseTarball> {
  const key = JSON.stringify([opts.cacheDir, opts.suite, opts.arch, opts.mirror]);
  let made = tarballs.get(key);
  if (!made) {
    made = makeBaseTarball(opts);
    tarballs.set(key, made);
    made.catch(() => tarballs.delete(key));
  }
  return made;
}

async function makeBaseTarball(opts: BaseTarballOptions): Promise<BaseTarball> {
  const { suite, arch, mirror, cacheDir, log } = opts;
  const started = Date.now();
  await mkdir(cacheDir, { recursive: true });
  const path = await baseTarballPath(cacheDir, suite, arch);
  if (await usableTarball(path, mirror, log)) {
    return { suite, arch, path, how: 'cached tarball', ms: Date.now() - started };
  }
  if (process.getuid?.() !== 0 || !(await which('debootstrap'))) {
    throw new TestEnvironmentError(
      `no cached ${path}, and it cannot be built here: debootstrap needs root and the debootstrap ` +
        'package (`bash scripts/test-env.sh` installs it on Debian with root)',
    );
  }
  log(`debootstrapping ${suite} for ${arch} from ${mirror}…`);
  await debootstrap(suite, arch, mirror, path);
  const size = ((await stat(path)).size / 1e6).toFixed(0);
  log(`debootstrapped ${suite} for ${arch} in ${seconds(started)} (${size} MB tarball)`);
  return { suite, arch, path, how: 'debootstrap', ms: Date.now() - started };
}

/**
 * Makes sure `debian:<suite>-slim` is in the local image store: keeps an image that is there,
 * else imports the cached tarball, else debootstraps one (root, debootstrap), else pulls it. It is
 * the host's architecture: the multi-platform base (multi-arch-base.ts) is served from a registry.
 */
export async function ensureBaseImage(opts: BaseImageOptions): Promise<BaseImage> {
  const { suite, mirror, cacheDir, log } = opts;
  const image = baseImageName(suite);

  const present = await localImageId(image);
  if (present) {
    if (!mentionsMirror(await imageSources(image), mirror)) {
      log(
        `warning: ${image} is present but its apt sources do not name ${mirror}; builds FROM it ` +
          `fetch from elsewhere (docker image rm ${image} to rebuild it from the mirror)`,
      );
    }
    return { image, id: present, how: 'present' };
  }

  const isRoot = process.getuid?.() === 0;
  const debootstrapPath = await which('debootstrap');
  const tarball = await baseTarballPath(cacheDir, suite, hostArch());
  if ((await usableTarball(tarball, mirror, log)) || (isRoot && debootstrapPath)) {
    const started = Date.now();
    const made = await ensureBaseTarball({ ...opts, arch: hostArch() });
    const id = await importTarball(made.path, image);
    log(`imported ${image} from ${made.path} in ${seconds(started)}`);
    return { image, id, how: made.how };
  }

  const started = Date.now();
  log(`pulling ${image} (no debootstrap as root here)…`);
  try {
    await run('docker', ['pull', image]);
  } catch (error) {
    const why = !debootstrapPath
      ? 'debootstrap is not on PATH'
      : `debootstrap needs root and this runs as uid ${process.getuid?.()}`;
    const pullError = error instanceof CommandError ? error.message : String(error);
    throw new TestEnvironmentError(
      `${image} is not in the local image store, there is no cached ${tarball}, it cannot be ` +
        `built (${why}) and pulling it failed: ${pullError}\n` +
        'Run the tests as root with debootstrap installed (`bash scripts/test-env.sh` installs it ' +
        `on Debian), or load ${image} into Docker.`,
    );
  }
  const id = await localImageId(image);
  if (!id)
    throw new TestEnvironmentError(`docker pull ${image} succeeded but the image is missing`);
  log(`pulled ${image} in ${seconds(started)}`);
  return { image, id, how: 'pull' };
}
