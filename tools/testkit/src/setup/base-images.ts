import {
  access,
  constants,
  copyFile,
  link,
  mkdir,
  mkdtemp,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseSourcesDeb822, type AptSourceEntry } from '@pgforge/apt';
import { hostPlatform } from '@pgforge/platform';
import { CommandError, lastLines, localImageId, run, which } from './docker.js';
import { emulationProblem } from './emulation.js';
import { TestEnvironmentError } from './errors.js';
import { testSecurityMirror } from './mirror.js';
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
  /**
   * The Debian security archive the base's apt sources name beside `mirror` (for every suite
   * but sid, which has no security suite); testSecurityMirror() when not given.
   */
  securityMirror?: string;
  cacheDir: string;
  log: (line: string) => void;
}

export interface BaseTarballOptions extends BaseImageOptions {
  arch: Arch;
  /**
   * Runs debootstrap (and the emulated binaries it starts) at this nice value: a base made in
   * the background while tests run yields the CPU to them.
   */
  niceness?: number;
}

export interface BaseTarball {
  suite: Suite;
  arch: Arch;
  path: string;
  how: 'cached tarball' | 'debootstrap';
  /** How long it took to have it on this run. */
  ms: number;
}

/** Debian's archive keyring: the host's (debootstrap checks with it) and the image's (Signed-By). */
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

/** Where the official images keep their apt sources (they have no /etc/apt/sources.list). */
export const DEBIAN_SOURCES = '/etc/apt/sources.list.d/debian.sources';

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

/** Whether `suite` has a `<suite>-security` suite beside it: every suite but sid (unstable). */
export function hasSecuritySuite(suite: string): boolean {
  return suite !== 'sid' && suite !== 'unstable';
}

/**
 * The `/etc/apt/sources.list.d/debian.sources` of the official `debian:<suite>-slim` image, with
 * the test's archives for Debian's: the main archive with `<suite> <suite>-updates` and the
 * security archive with `<suite>-security`; for sid, the main archive with `sid` alone.
 */
export function debianSources(suite: string, mirror: string, securityMirror?: string): string {
  const entry = (uri: string, suites: string): string =>
    [
      'Types: deb',
      `URIs: ${uri}`,
      `Suites: ${suites}`,
      'Components: main',
      `Signed-By: ${KEYRING}`,
      '',
    ].join('\n');
  if (!hasSecuritySuite(suite)) return entry(mirror, suite);
  if (!securityMirror) {
    throw new TestEnvironmentError(`the apt sources of ${suite} need a security archive`);
  }
  return `${entry(mirror, `${suite} ${suite}-updates`)}\n${entry(securityMirror, `${suite}-security`)}`;
}

const withoutSlash = (uri: string): string => uri.replace(/\/+$/, '');

/** Whether deb822 apt sources (a debian.sources) have a `deb` entry for `suite` at `uri`. */
export function sourcesName(sources: string, uri: string, suite: string): boolean {
  let entries: AptSourceEntry[];
  try {
    entries = parseSourcesDeb822(sources, DEBIAN_SOURCES);
  } catch {
    return false;
  }
  return entries.some(
    (entry) =>
      entry.types.includes('deb') &&
      entry.suites.includes(suite) &&
      entry.uris.some((u) => withoutSlash(u) === withoutSlash(uri)),
  );
}

/** The security archive a base of `opts.suite` names; undefined for sid. */
function securityMirrorOf(opts: BaseImageOptions): string | undefined {
  return hasSecuritySuite(opts.suite) ? (opts.securityMirror ?? testSecurityMirror()) : undefined;
}

/**
 * Whether a base's debian.sources names the archives builds FROM it must fetch from: the mirror
 * for the suite (and for `<suite>-updates`) and the security archive for `<suite>-security`.
 * The security archive is looked up only when the rest matched.
 */
export function namesArchives(sources: string, opts: BaseImageOptions): boolean {
  const { suite, mirror } = opts;
  if (!sourcesName(sources, mirror, suite)) return false;
  if (!hasSecuritySuite(suite)) return true;
  return (
    sourcesName(sources, mirror, `${suite}-updates`) &&
    sourcesName(sources, securityMirrorOf(opts)!, `${suite}-security`)
  );
}

/** What namesArchives looks for, for messages (without looking the security archive up). */
function archivesWanted(opts: BaseImageOptions): string {
  return hasSecuritySuite(opts.suite)
    ? `${opts.mirror} (${opts.suite}, ${opts.suite}-updates) and the security archive (${opts.suite}-security)`
    : `${opts.mirror} (${opts.suite})`;
}

/** The image's debian.sources; empty when it has none (an image of the old tarballs). */
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
    `cat ${DEBIAN_SOURCES} 2>/dev/null; true`,
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

/**
 * Gives a debootstrapped tree the apt sources of the official image: debian.sources naming the
 * test's archives, and no /etc/apt/sources.list (debootstrap writes `deb <mirror> <suite> main`
 * there).
 */
async function writeAptSources(
  rootfs: string,
  suite: Suite,
  mirror: string,
  securityMirror: string | undefined,
  log: (line: string) => void,
): Promise<void> {
  // Looked at from inside the tree: an absolute symlink means what it means in the image.
  const keyring = await run('chroot', [rootfs, 'test', '-s', KEYRING], { allowFailure: true });
  if (keyring.code !== 0) {
    // Not expected: apt depends on debian-archive-keyring, so minbase installs it (trixie's
    // 2025.1 ships the .gpg as a symlink to debian-archive-keyring.pgp). Without the file every
    // entry's Signed-By names, apt trusts none of them; the host's keyring has just checked this
    // suite's Release for debootstrap. (A dangling symlink there is removed first: copying onto
    // it would write through it into the host.)
    const target = join(rootfs, KEYRING);
    await mkdir(dirname(target), { recursive: true });
    await rm(target, { force: true });
    await copyFile(KEYRING, target);
    log(`${suite}: debootstrap left no ${KEYRING}; copied the host's into the tree`);
  }
  await mkdir(join(rootfs, dirname(DEBIAN_SOURCES)), { recursive: true });
  await writeFile(join(rootfs, DEBIAN_SOURCES), debianSources(suite, mirror, securityMirror), {
    mode: 0o644,
  });
  await rm(join(rootfs, 'etc/apt/sources.list'), { force: true });
}

async function debootstrap(
  suite: Suite,
  arch: Arch,
  mirror: string,
  securityMirror: string | undefined,
  tarball: string,
  log: (line: string) => void,
  niceness: number | undefined,
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
      const args = [
        `--arch=${arch}`,
        '--variant=minbase',
        `--keyring=${KEYRING}`,
        suite,
        rootfs,
        mirror,
      ];
      await run(
        niceness === undefined ? 'debootstrap' : 'nice',
        niceness === undefined ? args : ['-n', String(niceness), 'debootstrap', ...args],
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
    // Builds FROM this base must fetch from the archives the tests were given, security and
    // updates suites included, as builds FROM the official image do.
    await writeAptSources(rootfs, suite, mirror, securityMirror, log);
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

/**
 * Whether a cached tarball is there and its debian.sources names the test's archives. One cached
 * before the bases carried debian.sources (it has /etc/apt/sources.list alone) is not.
 */
async function usableTarball(tarball: string, opts: BaseImageOptions): Promise<boolean> {
  if (!(await exists(tarball))) return false;
  const sources = await run('tar', ['-xOf', tarball, `.${DEBIAN_SOURCES}`], {
    allowFailure: true,
  });
  if (sources.code === 0 && namesArchives(sources.stdout, opts)) return true;
  opts.log(
    `${tarball} has no .${DEBIAN_SOURCES} naming ${archivesWanted(opts)}; building it again`,
  );
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
  let securityMirror: string | undefined;
  try {
    securityMirror = securityMirrorOf(opts);
  } catch (error) {
    return Promise.reject(error as Error);
  }
  const key = JSON.stringify([opts.cacheDir, opts.suite, opts.arch, opts.mirror, securityMirror]);
  let made = tarballs.get(key);
  if (!made) {
    made = makeBaseTarball({ ...opts, securityMirror });
    tarballs.set(key, made);
    made.catch(() => tarballs.delete(key));
  }
  return made;
}

async function makeBaseTarball(opts: BaseTarballOptions): Promise<BaseTarball> {
  const { suite, arch, mirror, securityMirror, cacheDir, log } = opts;
  const started = Date.now();
  await mkdir(cacheDir, { recursive: true });
  const path = await baseTarballPath(cacheDir, suite, arch);
  if (await usableTarball(path, opts)) {
    return { suite, arch, path, how: 'cached tarball', ms: Date.now() - started };
  }
  if (process.getuid?.() !== 0 || !(await which('debootstrap'))) {
    throw new TestEnvironmentError(
      `no cached ${path}, and it cannot be built here: debootstrap needs root and the debootstrap ` +
        'package (`bash scripts/test-env.sh` installs it on Debian with root)',
    );
  }
  log(`debootstrapping ${suite} for ${arch} from ${mirror}…`);
  await debootstrap(suite, arch, mirror, securityMirror, path, log, opts.niceness);
  const size = ((await stat(path)).size / 1e6).toFixed(0);
  log(`debootstrapped ${suite} for ${arch} in ${seconds(started)} (${size} MB tarball)`);
  return { suite, arch, path, how: 'debootstrap', ms: Date.now() - started };
}

/**
 * Makes sure `debian:<suite>-slim` is in the local image store: keeps an image that is there and
 * whose debian.sources names the test's archives, else imports the cached tarball, else
 * debootstraps one (root, debootstrap), else pulls it. An image that is there but names other
 * archives (one imported from a tarball of before the bases carried debian.sources, or a pulled
 * one) is imported again when a tarball is cached or can be built, and kept with a warning
 * otherwise. It is the host's architecture: the multi-platform base (multi-arch-base.ts) is
 * served from a registry.
 */
export async function ensureBaseImage(opts: BaseImageOptions): Promise<BaseImage> {
  const { suite, cacheDir, log } = opts;
  const image = baseImageName(suite);
  const isRoot = process.getuid?.() === 0;
  const debootstrapPath = await which('debootstrap');
  const tarballPath = (): Promise<string> => baseTarballPath(cacheDir, suite, hostArch());
  const canImport = async (): Promise<boolean> =>
    (await usableTarball(await tarballPath(), opts)) || (isRoot && !!debootstrapPath);
  const importBase = async (): Promise<BaseImage> => {
    const started = Date.now();
    const made = await ensureBaseTarball({ ...opts, arch: hostArch() });
    const id = await importTarball(made.path, image);
    log(`imported ${image} from ${made.path} in ${seconds(started)}`);
    return { image, id, how: made.how };
  };

  const present = await localImageId(image);
  if (present) {
    if (namesArchives(await imageSources(image), opts)) {
      return { image, id: present, how: 'present' };
    }
    if (!(await canImport())) {
      log(
        `warning: ${image} is present but its ${DEBIAN_SOURCES} does not name ` +
          `${archivesWanted(opts)}; builds FROM it fetch from elsewhere, and no tarball is cached ` +
          `or can be built here to import it again (docker image rm ${image}, then run as root ` +
          'with debootstrap)',
      );
      return { image, id: present, how: 'present' };
    }
    log(
      `${image} is present but its ${DEBIAN_SOURCES} does not name ${archivesWanted(opts)}; ` +
        'importing it again',
    );
    const base = await importBase();
    // The name has moved to the new import. The containerd image store drops the previous image
    // with its last name unless a container holds it; the classic store keeps it untagged. Either
    // way it goes now unless something still holds it (another name, a container).
    const removed = await run('docker', ['image', 'rm', present], { allowFailure: true });
    log(
      removed.code === 0 || /no such image/i.test(removed.stderr)
        ? `the previous ${image} (${present}) is gone`
        : `kept the previous ${image} (${present}): ${lastLines(removed.stderr, 1)}`,
    );
    return base;
  }

  if (await canImport()) return importBase();

  const tarball = await tarballPath();
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
