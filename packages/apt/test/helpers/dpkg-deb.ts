/**
 * dpkg-deb as the oracle for the .deb reader: it builds the test packages and lists what is in
 * any package (`dpkg-deb -c`), and the reader's entries are compared with that listing.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile, link, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DebEntry } from '@pgforge/apt';
import { CommandError, run } from '@pgforge/testkit';

async function dpkgDeb(args: string[], input?: Buffer): Promise<string> {
  try {
    const options = input === undefined ? {} : { input };
    return (await run('dpkg-deb', args, options)).stdout;
  } catch (error) {
    if (error instanceof CommandError && !error.result) {
      throw new Error(
        'dpkg-deb is not on PATH: these tests use it as the oracle (Debian package dpkg)',
      );
    }
    throw error;
  }
}

export type TreeNode =
  | { type: 'file'; data: string | Uint8Array; mode?: number }
  | { type: 'directory'; mode?: number }
  | { type: 'symlink'; target: string }
  | { type: 'hardlink'; target: string };

export interface DebSpec {
  control: Record<string, string>;
  /** Extra control.tar files (md5sums, conffiles, postinst), by name. */
  controlFiles?: Record<string, string>;
  /** The package's files by path relative to the root; parents are created as needed. */
  tree: Record<string, TreeNode>;
  /** dpkg-deb -Z: xz, gzip, zstd or none. */
  compression: 'xz' | 'gzip' | 'zstd' | 'none';
}

/** Builds a .deb with `dpkg-deb --build --root-owner-group` and returns its bytes. */
export async function buildDeb(spec: DebSpec): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'pgforge-deb-'));
  try {
    const root = join(dir, 'root');
    await mkdir(join(root, 'DEBIAN'), { recursive: true });
    const control = Object.entries(spec.control)
      .map(([k, v]) => `${k}: ${v}\n`)
      .join('');
    await writeFile(join(root, 'DEBIAN/control'), control);
    for (const [name, text] of Object.entries(spec.controlFiles ?? {})) {
      await writeFile(join(root, 'DEBIAN', name), text);
    }
    // Hardlinks last: their targets must exist.
    const nodes = Object.entries(spec.tree).sort(
      ([, a], [, b]) => Number(a.type === 'hardlink') - Number(b.type === 'hardlink'),
    );
    for (const [path, node] of nodes) {
      const full = join(root, path);
      await mkdir(node.type === 'directory' ? full : dirname(full), { recursive: true });
      if (node.type === 'file') {
        await writeFile(full, node.data);
        await chmod(full, node.mode ?? 0o644);
      } else if (node.type === 'directory') {
        await chmod(full, node.mode ?? 0o755);
      } else if (node.type === 'symlink') {
        await symlink(node.target, full);
      } else {
        await link(join(root, node.target), full);
      }
    }
    const out = join(dir, 'out.deb');
    await dpkgDeb(['--root-owner-group', `-Z${spec.compression}`, '--build', root, out]);
    return new Uint8Array(await readFile(out));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One line of `dpkg-deb -c`, reduced to what the reader reports. */
export interface ListedEntry {
  /** `ls -l` style: `-rw-r--r--`, `drwxr-xr-x`, `lrwxrwxrwx`, `hrw-r--r--`. */
  perms: string;
  path: string;
  /** Symlink target (`-> x`) or hardlink target (`link to x`), as printed. */
  target?: string;
}

/** `dpkg-deb -c` of the bytes (through a temporary file), root directory left out. */
export async function dpkgDebList(bytes: Uint8Array): Promise<ListedEntry[]> {
  const dir = await mkdtemp(join(tmpdir(), 'pgforge-deb-list-'));
  try {
    const file = join(dir, 'x.deb');
    await writeFile(file, bytes);
    const out = await dpkgDeb(['-c', file]);
    const entries: ListedEntry[] = [];
    for (const line of out.split('\n')) {
      if (line.trim() === '') continue;
      // perms owner/group size date time name
      const m = /^(\S{10})\s+\S+\s+\d+\s+\S+\s+\S+\s(.*)$/.exec(line);
      if (!m) throw new Error(`unexpected dpkg-deb -c line: ${line}`);
      const perms = m[1]!;
      let name = m[2]!;
      let target: string | undefined;
      const arrow = perms.startsWith('l') ? name.indexOf(' -> ') : -1;
      const linkTo = perms.startsWith('h') ? name.indexOf(' link to ') : -1;
      if (arrow >= 0) {
        target = name.slice(arrow + 4);
        name = name.slice(0, arrow);
      } else if (linkTo >= 0) {
        target = normalize(name.slice(linkTo + 9));
        name = name.slice(0, linkTo);
      }
      const path = normalize(name);
      if (path === '') continue;
      entries.push(target === undefined ? { perms, path } : { perms, path, target });
    }
    return entries;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function normalize(name: string): string {
  return name
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}

const TYPE_CHAR: Record<DebEntry['type'], string> = {
  file: '-',
  directory: 'd',
  symlink: 'l',
  hardlink: 'h',
};

/** The reader's entry in `dpkg-deb -c`'s terms. */
export function asListed(entry: DebEntry): ListedEntry {
  const m = entry.mode;
  const bit = (mask: number, char: string): string => (m & mask ? char : '-');
  const exec = (mask: number, special: number, on: string, off: string): string =>
    m & special ? (m & mask ? on : off) : m & mask ? 'x' : '-';
  const perms =
    TYPE_CHAR[entry.type] +
    bit(0o400, 'r') +
    bit(0o200, 'w') +
    exec(0o100, 0o4000, 's', 'S') +
    bit(0o040, 'r') +
    bit(0o020, 'w') +
    exec(0o010, 0o2000, 's', 'S') +
    bit(0o004, 'r') +
    bit(0o002, 'w') +
    exec(0o001, 0o1000, 't', 'T');
  return entry.linkTarget === undefined
    ? { perms, path: entry.path }
    : { perms, path: entry.path, target: entry.linkTarget };
}
