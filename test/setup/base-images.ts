import { access, constants, mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandError, lastLines, localImageId, run, which } from './docker.js';
import { TestEnvironmentError } from './errors.js';
import { slimify } from './slim.js';

export type Suite = 'trixie' | 'sid';

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

async function debootstrap(suite: Suite, mirror: string, tarball: string): Promise<void> {
  if (!(await exists(KEYRING))) {
    throw new TestEnvironmentError(
      `${KEYRING} not found (Debian package debian-archive-keyring); debootstrap needs it to check ` +
        `the ${suite} Release. \`bash scripts/test-env.sh\` installs it on Debian with root.`,
    );
  }
  const rootfs = await mkdtemp(join(tmpdir(), `pgforge-${suite}-rootfs-`));
  const partial = `${tarball}.${process.pid}.tmp`;
  try {
    try {
      await run(
        'debootstrap',
        ['--variant=minbase', `--keyring=${KEYRING}`, suite, rootfs, mirror],
        {
          timeoutMs: 15 * 60_000,
        },
      );
    } catch (error) {
      const log = await readFile(join(rootfs, 'debootstrap/debootstrap.log'), 'utf8').catch(
        () => '',
      );
      throw new TestEnvironmentError(
        `debootstrap of ${suite} from ${mirror} failed: ${(error as Error).message}` +
          (log ? `\ndebootstrap.log:\n${lastLines(log, 20)}` : ''),
      );
    }
    // Builds FROM this base must fetch from the same mirror the tests were given.
    const sources = await readFile(join(rootfs, 'etc/apt/sources.list'), 'utf8').catch(() => '');
    if (!mentionsMirror(sources, mirror)) {
      throw new TestEnvironmentError(
        `debootstrap wrote an /etc/apt/sources.list for ${suite} that does not name the mirror ` +
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

/**
 * Makes sure `debian:<suite>-slim` is in the local image store: keeps an image that is there,
 * else imports the cached tarball, else debootstraps one (root, debootstrap), else pulls it.
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

  await mkdir(cacheDir, { recursive: true });
  const tarball = join(cacheDir, `${suite}.tar`);
  if (await exists(tarball)) {
    const sources = await run('tar', ['-xOf', tarball, './etc/apt/sources.list'], {
      allowFailure: true,
    });
    if (sources.code === 0 && mentionsMirror(sources.stdout, mirror)) {
      const started = Date.now();
      const id = await importTarball(tarball, image);
      log(`imported ${image} from ${tarball} in ${seconds(started)}`);
      return { image, id, how: 'cached tarball' };
    }
    log(`${tarball} was not built from ${mirror}; building it again`);
  }

  const isRoot = process.getuid?.() === 0;
  const debootstrapPath = await which('debootstrap');
  if (isRoot && debootstrapPath) {
    const started = Date.now();
    log(`building ${image} with debootstrap from ${mirror}…`);
    await debootstrap(suite, mirror, tarball);
    const built = seconds(started);
    const size = ((await stat(tarball)).size / 1e6).toFixed(0);
    const id = await importTarball(tarball, image);
    log(`built ${image} in ${built} (${size} MB tarball), imported in ${seconds(started)} total`);
    return { image, id, how: 'debootstrap' };
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
