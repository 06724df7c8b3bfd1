/**
 * The `directory` input: the tree `make install DESTDIR=<dir>` leaves (PGXS installs under
 * pg_config's sharedir and pkglibdir, e.g. `usr/share/postgresql/18/extension` and
 * `usr/lib/postgresql/18/lib` on Debian, `usr/local/pgsql/share/extension` and
 * `usr/local/pgsql/lib` for a source build), or a tree already in the image layout
 * (`share/extension/`, `lib/` at its top).
 */
import { lstat, readFile, readdir, readlink } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import type { DebEntry } from '@pgforge/apt';
import { DirectoryError, NoControlFileError, NotAnExtensionError } from './errors.js';
import type { PlacementRule } from './placement.js';
import { checkLinkTarget } from './tree.js';

export interface DirectoryTree {
  entries: DebEntry[];
  /** How the tree maps to the image. */
  rules: PlacementRule[];
  /** `image layout` or `install tree (sharedir usr/share/postgresql/18)`, for the log. */
  kind: string;
}

async function walk(root: string, dir: string, out: DebEntry[]): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    throw new DirectoryError(
      root,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  for (const name of names) {
    const full = join(dir, name);
    const path = relative(root, full).split(sep).join('/');
    const stat = await lstat(full);
    const mode = stat.mode & 0o7777;
    if (stat.isDirectory()) {
      await walk(root, full, out);
    } else if (stat.isSymbolicLink()) {
      const target = await readlink(full);
      checkLinkTarget(path, target, root, 'the directory');
      out.push({ path, type: 'symlink', mode: 0o777, linkTarget: target });
    } else if (stat.isFile()) {
      out.push({ path, type: 'file', mode, data: new Uint8Array(await readFile(full)) });
    }
    // Sockets, devices and fifos are not files an image can carry; make install writes none.
  }
}

function listing(entries: readonly DebEntry[]): string {
  const paths = entries.map((e) => e.path);
  if (paths.length === 0) return 'no files';
  return paths.slice(0, 10).join(', ') + (paths.length > 10 ? `, … (${paths.length} files)` : '');
}

/**
 * The directory's files and how they map to the image. `major` is checked against a Debian-style
 * sharedir (`share/postgresql/<major>`), the only layout that names one.
 */
export async function readDirectoryTree(directory: string, major: number): Promise<DirectoryTree> {
  const stat = await lstat(directory).catch(() => undefined);
  if (!stat?.isDirectory()) throw new DirectoryError(directory, 'is not a directory');
  const entries: DebEntry[] = [];
  await walk(directory, directory, entries);

  const controls = entries.filter((e) => /(^|\/)extension\/[^/]+\.control$/.test(e.path));
  if (controls.length === 0) return moduleTree(directory, entries, major);
  if (controls.some((e) => /^share\/extension\/[^/]+\.control$/.test(e.path))) {
    return { entries, rules: [{ from: '', to: '' }], kind: 'image layout' };
  }
  const sharedirs = [...new Set(controls.map((e) => posix.dirname(posix.dirname(e.path))))];
  if (sharedirs.length > 1) {
    throw new DirectoryError(
      directory,
      `holds control files under several share directories (${sharedirs.join(', ')}); ` +
        'give the tree of one installation',
    );
  }
  const sharedir = sharedirs[0] ?? '';
  // pg_config's layout: a sharedir named share/postgresql[/<major>] keeps its libraries in
  // lib/postgresql[/<major>/lib]; a plain share/ in lib/.
  let libdir: string;
  let bindir: string;
  const debian = /^(.*?)\/?share\/postgresql\/(\d+)$/.exec(sharedir);
  const named = /^(.*?)\/?share\/postgresql$/.exec(sharedir);
  const plain = /^(.*?)\/?share$/.exec(sharedir);
  const join2 = (prefix: string, rest: string): string => (prefix ? `${prefix}/${rest}` : rest);
  if (debian) {
    const [, prefix = '', shipped = ''] = debian;
    if (Number(shipped) !== major) {
      throw new NotAnExtensionError(
        `directory ${directory}`,
        `it was installed for PostgreSQL ${shipped} (${sharedir}), not ${major}`,
      );
    }
    libdir = join2(prefix, `lib/postgresql/${shipped}/lib`);
    bindir = join2(prefix, `lib/postgresql/${shipped}/bin`);
  } else if (named) {
    libdir = join2(named[1] ?? '', 'lib/postgresql');
    bindir = join2(named[1] ?? '', 'bin');
  } else if (plain) {
    libdir = join2(plain[1] ?? '', 'lib');
    bindir = join2(plain[1] ?? '', 'bin');
  } else {
    throw new DirectoryError(
      directory,
      `its control files are in ${sharedir}/extension, which is not a PostgreSQL share directory ` +
        '(…/share, …/share/postgresql or …/share/postgresql/<major>); give the DESTDIR of make ' +
        'install, or a tree with share/extension and lib at its top',
    );
  }
  return {
    entries,
    rules: [
      { from: `${libdir}/`, to: 'lib/' },
      { from: `${bindir}/`, to: 'bin/' },
      { from: `${sharedir}/`, to: 'share/' },
    ],
    kind: `install tree (sharedir ${sharedir}, pkglibdir ${libdir})`,
  };
}

/**
 * A tree without a control file: a module PostgreSQL loads by name (an output plugin, a
 * preloaded library) or programs. Found where pg_config puts them, Debian's layout
 * (`usr/lib/postgresql/<major>/lib`) or the image's own (`lib/`, `bin/` at the top).
 */
function moduleTree(directory: string, entries: DebEntry[], major: number): DirectoryTree {
  if (entries.some((e) => /^(lib\/[^/]+\.so|bin\/[^/]+)$/.test(e.path))) {
    return { entries, rules: [{ from: '', to: '' }], kind: 'image layout (no control file)' };
  }
  const debian = entries
    .map((e) => /^(.*?)\/?lib\/postgresql\/(\d+)\/(?:lib\/[^/]+\.so|bin\/[^/]+)$/.exec(e.path))
    .find((m) => m !== null);
  if (!debian) throw new NoControlFileError(`directory ${directory}`, listing(entries));
  const [, prefix = '', shipped = ''] = debian;
  if (Number(shipped) !== major) {
    throw new NotAnExtensionError(
      `directory ${directory}`,
      `it was installed for PostgreSQL ${shipped} (lib/postgresql/${shipped}), not ${major}`,
    );
  }
  const base = `${prefix ? `${prefix}/` : ''}lib/postgresql/${shipped}`;
  return {
    entries,
    rules: [
      { from: `${base}/lib/`, to: 'lib/' },
      { from: `${base}/bin/`, to: 'bin/' },
    ],
    kind: `install tree (no control file, pkglibdir ${base}/lib)`,
  };
}

/** Copyright files of an install tree: `usr/share/doc/<name>/copyright`, by name. */
export function treeLicenses(entries: readonly DebEntry[]): string[] {
  return entries
    .map((e) => /^(?:.*\/)?share\/doc\/([^/]+)\/copyright$/.exec(e.path)?.[1])
    .filter((n): n is string => n !== undefined);
}
