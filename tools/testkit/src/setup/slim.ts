import { chmod, lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from './docker.js';

// What the official debian:<suite>-slim images are made with (debuerreotype's
// .slimify-excludes / .slimify-includes and debuerreotype-minimizing-config), so that size
// figures and "what is in /usr/share" behave as on the real base.

export const SLIM_EXCLUDES = [
  '/usr/share/doc/*',
  '/usr/share/groff/*',
  '/usr/share/info/*',
  '/usr/share/linda/*',
  '/usr/share/lintian/overrides/*',
  '/usr/share/locale/*',
  '/usr/share/man/*',
] as const;

export const SLIM_INCLUDES = [
  '/usr/share/doc/*/copyright',
  '/usr/share/doc/kde/HTML/C/*',
  '/usr/share/gnome/help/*/C/*',
  '/usr/share/locale/all_languages',
  '/usr/share/locale/currency/*',
  '/usr/share/locale/l10n/*',
  '/usr/share/locale/languages',
  '/usr/share/locale/locale.alias',
  '/usr/share/omf/*/*-C.emf',
] as const;

/** Path of the dpkg rules file inside the image, as in the official slim images. */
export const SLIM_DPKG_CFG = '/etc/dpkg/dpkg.cfg.d/docker';

export function slimDpkgConfig(): string {
  return [
    '# This is the "slim" variant of the Debian base image.',
    '# Many files which are normally unnecessary in containers are excluded,',
    '# and this configuration file keeps them that way.',
    '',
    ...SLIM_EXCLUDES.map((path) => `path-exclude ${path}`),
    '',
    ...SLIM_INCLUDES.map((path) => `path-include ${path}`),
    '',
  ].join('\n');
}

const APT_CLEAN =
  '"rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true";';

const MINIMIZING_FILES: Record<string, string> = {
  '/etc/apt/apt.conf.d/docker-clean': [
    `DPkg::Post-Invoke { ${APT_CLEAN} };`,
    `APT::Update::Post-Invoke { ${APT_CLEAN} };`,
    '',
    'Dir::Cache::pkgcache "";',
    'Dir::Cache::srcpkgcache "";',
    '',
  ].join('\n'),
  '/etc/apt/apt.conf.d/docker-autoremove-suggests': 'Apt::AutoRemove::SuggestsImportant "false";\n',
  '/etc/apt/apt.conf.d/docker-gzip-indexes': 'Acquire::GzipIndexes "true";\n',
  '/etc/apt/apt.conf.d/docker-no-languages': 'Acquire::Languages "none";\n',
  '/etc/dpkg/dpkg.cfg.d/docker-apt-speedup': 'force-unsafe-io\n',
};

const POLICY_RC_D = '#!/bin/sh\n# Services cannot start during image builds.\nexit 101\n';

async function isDir(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined))?.isDirectory() ?? false;
}

async function emptyDir(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(entries.map((entry) => rm(join(dir, entry), { recursive: true, force: true })));
}

/** Deletes regular files under `dir`, keeping directories; for /var/log, whose tree apt expects. */
async function emptyFilesUnder(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await emptyFilesUnder(path);
    else await rm(path, { force: true });
  }
}

/**
 * Turns a debootstrapped tree into what the official slim image holds: the dpkg path rules, the
 * excluded paths deleted (the includes kept), the image-minimizing apt/dpkg settings, and no
 * caches, indexes, logs or host files.
 */
export async function slimify(rootfs: string): Promise<void> {
  await mkdir(join(rootfs, 'etc/dpkg/dpkg.cfg.d'), { recursive: true });
  await writeFile(join(rootfs, SLIM_DPKG_CFG), slimDpkgConfig(), { mode: 0o644 });
  for (const [path, text] of Object.entries(MINIMIZING_FILES)) {
    await writeFile(join(rootfs, path), text, { mode: 0o644 });
  }
  await writeFile(join(rootfs, 'usr/sbin/policy-rc.d'), POLICY_RC_D);
  await chmod(join(rootfs, 'usr/sbin/policy-rc.d'), 0o755);

  // Matched inside the chroot, so the patterns and absolute symlinks mean what dpkg means.
  const keep = SLIM_INCLUDES.flatMap((path, i) => (i ? ['-o', '-path', path] : ['-path', path]));
  for (const exclude of SLIM_EXCLUDES) {
    const parent = exclude.replace(/\/\*$/, '');
    if (!(await isDir(join(rootfs, parent)))) continue;
    // First the files that no include keeps, then (until nothing changes) empty directories and
    // dangling symlinks, as debuerreotype-slimify does.
    await run('chroot', [
      rootfs,
      'find',
      parent,
      '-depth',
      '-mindepth',
      '1',
      '-not',
      '(',
      ...keep,
      ')',
      '-not',
      '(',
      '-type',
      'd',
      '-o',
      '-type',
      'l',
      ')',
      '-delete',
    ]);
    for (;;) {
      const { stdout } = await run('chroot', [
        rootfs,
        'find',
        parent,
        '-depth',
        '-mindepth',
        '1',
        '(',
        '-empty',
        '-o',
        '-xtype',
        'l',
        ')',
        '-print',
        '-exec',
        'rm',
        '-rf',
        '{}',
        ';',
      ]);
      if (stdout.trim() === '') break;
    }
  }

  await emptyDir(join(rootfs, 'var/lib/apt/lists'));
  await mkdir(join(rootfs, 'var/lib/apt/lists/partial'), { recursive: true });
  for (const entry of await readdir(join(rootfs, 'var/cache/apt')).catch(() => [] as string[])) {
    if (entry.endsWith('.bin')) await rm(join(rootfs, 'var/cache/apt', entry), { force: true });
  }
  await emptyDir(join(rootfs, 'var/cache/apt/archives'));
  await mkdir(join(rootfs, 'var/cache/apt/archives/partial'), { recursive: true });
  await emptyFilesUnder(join(rootfs, 'var/log'));
  await rm(join(rootfs, 'var/cache/ldconfig/aux-cache'), { force: true });
  // Copied from the host by debootstrap; Docker supplies its own at run time.
  await rm(join(rootfs, 'etc/resolv.conf'), { force: true });
  await rm(join(rootfs, 'etc/hostname'), { force: true });
}
