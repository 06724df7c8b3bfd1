/**
 * The shared libraries an extension's modules need that the minimal operand image lacks, found
 * the way the dynamic linker would look for them: every DT_NEEDED name of every module, then of
 * every library added, resolved through the Contents index to the Debian package that ships
 * it, downloaded (checked against the signed index), and placed in `system/` (the file, and its
 * SONAME as a symlink to it) with the package's copyright file. No list of libraries is
 * written anywhere: PostGIS's ~140 come out of its module's needs.
 *
 * A library reached only through alternatives (`libblas.so.3`, which Debian keeps under
 * `…/blas/` and links through /etc/alternatives) is not in the linker's directories of the
 * Contents index; packages that ship one provide the SONAME as a virtual package, and that is
 * how it is found.
 *
 * The Contents index is large (a suite's is ~40 MB compressed) and apt never reads it, so
 * mirrors mid-sync are careless with it. It is loaded only when a library may be missing: a
 * file whose package's dependencies the minimal image all holds needs nothing new, because
 * dpkg-shlibdeps puts the package of every DT_NEEDED library into Depends. And it is a hint:
 * when it did not match its signed Release, every claim it makes ("libc6 ships
 * libc.so.6 there") is checked against that package's `.deb`, which the signed Packages index
 * vouches for; when it names no package that holds the library, the requirer's own
 * dependencies are searched.
 */
import { posix } from 'node:path';
import {
  readDeb,
  type BinaryPackage,
  type ContentsIndex,
  type DebArchive,
  type DebEntry,
} from '@pgforge/apt';
import { isElf, readElf } from '@pgforge/elf';
import { ModuleArchitectureError, SystemLibraryError } from './errors.js';
import type { MinimalImage } from './minimal.js';
import { placeEntries, resolveLink } from './placement.js';
import {
  candidate,
  dependencyGroups,
  dependencyNames,
  versionsOf,
  type AptReader,
  type ArchSources,
  type SourcedPackage,
} from './sources.js';
import type { ImageTree } from './tree.js';

export const SYSTEM_DIR = 'system';

/** Dependencies followed for libraries a module may dlopen: library packages, not data or tools. */
const DEPENDENCY_LIBRARY = /^(default-)?lib/;
/** Where the dynamic linker looks, as Debian installs libraries. */
const LINKER_DIR = /^(usr\/)?lib(64)?\/([^/]+-linux-[^/]+\/)?[^/]+$/;
const SHARED_OBJECT = /^lib[^/]*\.so(\.[0-9][^/]*)?$/;

/** An ELF file of the image the dynamic linker loads (a module, a program). */
export interface ElfRoot {
  /** Image path: `lib/postgis-3.so`. */
  path: string;
  data: Uint8Array;
  /** The package it came from, whose Depends say which provider of a library it wants. */
  pkg?: BinaryPackage;
}

export interface SystemLibrary {
  soname: string;
  /** Image path of the file (`system/libgeos_c.so.1.19.0`). */
  file: string;
  package: string;
  version: string;
  /** What needed it first (an image path). */
  neededBy: string;
}

/** A package whose files went into the image, with what it was downloaded as. */
export interface PlacedPackage extends SourcedPackage {
  deb: DebArchive;
  /** The ELF files of it that were placed. */
  elf: Uint8Array[];
}

/** The Contents indexes of a platform's sources, loaded (once) on first need. */
export type ContentsLoader = () => Promise<readonly ContentsIndex[]>;

export interface SystemLibrariesOptions {
  arch: ArchSources;
  contents: ContentsLoader;
  minimal: MinimalImage;
  apt: AptReader;
  /** `readElf`'s machine for the platform: `x86_64`, `aarch64`. */
  machine: string;
  platform: string;
  roots: ElfRoot[];
  /**
   * The `.deb`s of this image read already (its own packages): a library found in one of them
   * is taken from it, not fetched and decompressed a second time.
   */
  read?: readonly PlacedPackage[];
  log?: (message: string) => void;
}

export interface SystemLibrariesResult {
  libraries: SystemLibrary[];
  /** The library packages placed, by name. */
  packages: Map<string, PlacedPackage>;
}

/** A package that may ship a library, and what says so. */
interface Candidate {
  name: string;
  /** Where the linker would find it (the Contents path), or undefined. */
  path?: string;
  /**
   * A signed Contents index says so: a `.deb` that then lacks the file is an error, not a
   * reason to look further.
   */
  vouched: boolean;
}

/**
 * True when the minimal image holds a package for every dependency of `pkg` (one alternative
 * of each group): then every library its files need is there already (dpkg-shlibdeps puts the
 * package of each DT_NEEDED library into Depends).
 */
export function dependenciesHeldBy(pkg: BinaryPackage, minimal: MinimalImage): boolean {
  return dependencyGroups(pkg).every((group) =>
    group.some((r) => minimal.packages.has(r.name) || minimal.provides.has(r.name)),
  );
}

/** Packages providing a virtual name (a SONAME, for some library packages), in any index. */
function providersOf(arch: ArchSources, virtual: string): string[] {
  return [...new Set(arch.indexes.flatMap(({ index }) => index.providers(virtual)))];
}

export async function resolveSystemLibraries(
  tree: ImageTree,
  options: SystemLibrariesOptions,
): Promise<SystemLibrariesResult> {
  const { arch, minimal, apt } = options;
  const libraries: SystemLibrary[] = [];
  const packages = new Map<string, PlacedPackage>();
  const debs = new Map<string, Promise<PlacedPackage>>();
  // By the .deb's SHA256: another version or build of the same name is fetched for itself.
  const read = new Map((options.read ?? []).map((p) => [p.pkg.sha256, p]));
  const done = new Set<string>();
  const queue: { soname: string; neededBy: string; pkg?: BinaryPackage }[] = [];

  const enqueue = (path: string, data: Uint8Array, pkg: BinaryPackage | undefined): void => {
    const info = readElf(data, { source: path });
    if (info.machine !== options.machine) {
      throw new ModuleArchitectureError(path, info.machine, options.platform, options.machine);
    }
    for (const soname of info.needed)
      queue.push({ soname, neededBy: path, ...(pkg ? { pkg } : {}) });
  };
  for (const root of options.roots) enqueue(root.path, root.data, root.pkg);

  const fetch = (source: SourcedPackage): Promise<PlacedPackage> => {
    let promise = debs.get(source.pkg.package);
    if (!promise) {
      const placed = read.get(source.pkg.sha256);
      promise = placed
        ? Promise.resolve({ ...source, deb: placed.deb, elf: [] })
        : apt
            .fetchDeb(source.repository, source.pkg)
            .then((bytes) => readDeb(bytes, { source: source.pkg.filename }))
            .then((deb) => ({ ...source, deb, elf: [] }));
      debs.set(source.pkg.package, promise);
    }
    return promise;
  };

  /** A package some file of `system/` came from: its copyright goes to `licenses/`, once. */
  const adopt = (source: SourcedPackage, placed: PlacedPackage, origin: string): void => {
    if (packages.has(source.pkg.package)) return;
    packages.set(source.pkg.package, placed);
    placeEntries(tree, placed.deb.entries, {
      rules: [],
      origin,
      layer: 'system',
      license: source.pkg.package,
    });
  };

  /** `system/<name>` as a symlink to `target` (a SONAME, or the name a module opens). */
  const linkAs = (name: string, target: string, origin: string): void => {
    tree.add({
      path: `${SYSTEM_DIR}/${name}`,
      type: 'symlink',
      mode: 0o777,
      linkTarget: target,
      origin,
      layer: 'system',
    });
  };

  /** A library placed as `system/<file>`: recorded, and its own needs queued. */
  const recordLibrary = (
    soname: string,
    file: string,
    source: SourcedPackage,
    placed: PlacedPackage,
    data: Uint8Array,
    neededBy: string,
  ): void => {
    placed.elf.push(data);
    libraries.push({
      soname,
      file: `${SYSTEM_DIR}/${file}`,
      package: source.pkg.package,
      version: source.pkg.version,
      neededBy,
    });
    enqueue(`${SYSTEM_DIR}/${file} (${source.pkg.package})`, data, source.pkg);
  };

  /**
   * Libraries a module loads with dlopen are in no DT_NEEDED entry; its package's Depends name
   * them (mysql_fdw → default-libmysqlclient-dev → … → libmariadb3). The library packages its
   * Depends reach, and the minimal image lacks, give their shared objects to `system/`: files,
   * and symlinks to what is placed (`libmysqlclient.so` → `libmariadb.so.3`, the name it opens).
   */
  async function placeDependencyLibraries(): Promise<void> {
    const seen = new Set<string>();
    const queueDeps: { pkg: BinaryPackage; by: string }[] = [];
    for (const root of options.roots) {
      if (root.pkg && !seen.has(root.pkg.package)) {
        seen.add(root.pkg.package);
        queueDeps.push({ pkg: root.pkg, by: root.path });
      }
    }
    const reached: { source: SourcedPackage; by: string }[] = [];
    while (queueDeps.length > 0) {
      const next = queueDeps.shift();
      if (!next) break;
      for (const group of dependencyGroups(next.pkg)) {
        const held = group.some(
          (r) =>
            minimal.packages.has(r.name) ||
            minimal.provides.has(r.name) ||
            seen.has(r.name) ||
            packages.has(r.name),
        );
        if (held) continue;
        const relation = group.find(
          (r) => DEPENDENCY_LIBRARY.test(r.name) && candidate(arch, r.name),
        );
        const source = relation ? candidate(arch, relation.name) : undefined;
        if (!relation || !source || seen.has(source.pkg.package)) continue;
        seen.add(source.pkg.package);
        const by = `${next.pkg.package} (Depends: ${relation.name})`;
        reached.push({ source, by });
        queueDeps.push({ pkg: source.pkg, by });
      }
    }
    const placedNames = new Set<string>();
    const links: { name: string; target: string; origin: string }[] = [];
    for (const { source, by } of reached) {
      const placed = await fetch(source);
      const origin = `${source.pkg.package} ${source.pkg.version}`;
      let any = false;
      for (const entry of placed.deb.entries) {
        const name = posix.basename(entry.path);
        if (!LINKER_DIR.test(entry.path) || !SHARED_OBJECT.test(name)) continue;
        if (entry.type === 'symlink') {
          links.push({ name, target: posix.basename(entry.linkTarget ?? ''), origin });
          continue;
        }
        const real = fileEntry(placed.deb.entries, entry);
        if (!real?.data || !isElf(real.data) || done.has(name)) continue;
        tree.add({
          path: `${SYSTEM_DIR}/${name}`,
          type: 'file',
          mode: real.mode || 0o644,
          data: real.data,
          origin,
          layer: 'system',
        });
        done.add(name);
        placedNames.add(name);
        recordLibrary(name, name, source, placed, real.data, by);
        any = true;
      }
      if (any) adopt(source, placed, origin);
    }
    for (const link of links) {
      if (!placedNames.has(link.target) || tree.has(`${SYSTEM_DIR}/${link.name}`)) continue;
      linkAs(link.name, link.target, link.origin);
      done.add(link.name);
    }
  }

  let loaded: readonly ContentsIndex[] | undefined;
  const contents = async (): Promise<readonly ContentsIndex[]> =>
    (loaded ??= await options.contents());

  /** Whether the minimal image has `soname` where the linker looks, by the Contents index. */
  const inMinimal = async (soname: string): Promise<boolean> => {
    for (const index of await contents()) {
      for (const match of index.findLibrary(soname)) {
        for (const name of match.packages) {
          if (!minimal.packages.has(name)) continue;
          if (index.verified) return true;
          const source = candidate(arch, name);
          if (!source) continue;
          const placed = await fetch(source);
          if (placed.deb.entries.some((e) => e.path === match.path)) return true;
          options.log?.(
            `${soname}: the unverified Contents index says ${name} ships ${match.path}; its .deb does not`,
          );
        }
      }
    }
    return false;
  };

  /** Who may ship `soname`, most likely first. */
  const candidatesFor = async (soname: string, requirer?: BinaryPackage): Promise<Candidate[]> => {
    const out: Candidate[] = [];
    for (const index of await contents()) {
      const matches = index.findLibrary(soname);
      if (matches.length === 0) continue;
      const path = matches[0]?.path;
      for (const name of new Set(matches.flatMap((m) => m.packages))) {
        out.push({ name, ...(path ? { path } : {}), vouched: index.verified });
      }
      break;
    }
    for (const name of [
      ...(candidate(arch, soname) ? [soname] : []),
      ...providersOf(arch, soname),
    ]) {
      out.push({ name, vouched: false });
    }
    // Last, what the requirer depends on and the minimal image lacks: where shlibdeps says the
    // library is, when the Contents index (unverified, or incomplete) named nobody who has it.
    if (requirer) {
      for (const name of dependencyNames(requirer)) {
        if (!minimal.packages.has(name)) out.push({ name, vouched: false });
      }
    }
    // The package the requirer depends on, when several ship the file (libjpeg62-turbo rather
    // than libjpeg62 for libjpeg.so.62); else in the order found.
    const wanted = requirer ? dependencyNames(requirer) : new Set<string>();
    return [...out.filter((c) => wanted.has(c.name)), ...out.filter((c) => !wanted.has(c.name))];
  };

  await placeDependencyLibraries();

  while (queue.length > 0) {
    const item = queue.shift();
    if (!item || done.has(item.soname)) continue;
    done.add(item.soname);
    if (minimal.provides.has(item.soname)) continue;

    type Found = {
      source: SourcedPackage;
      placed: PlacedPackage;
      real: DebEntry;
      data: Uint8Array;
    };
    const shipped = async (source: SourcedPackage, path?: string): Promise<Found | undefined> => {
      const placed = await fetch(source);
      const entry = findLibraryEntry(placed.deb.entries, item.soname, path);
      const real = entry ? fileEntry(placed.deb.entries, entry) : undefined;
      return entry && real?.data ? { source, placed, real, data: real.data } : undefined;
    };
    // The requirer's own package first: a library that links a sibling of its own package
    // (libbrotlidec.so.1 → libbrotlicommon.so.1, both in libbrotli1) finds it there, and
    // dpkg-shlibdeps lists no package's dependency on itself.
    const own = item.pkg
      ? versionsOf(arch, item.pkg.package).find((p) => p.pkg.version === item.pkg?.version)
      : undefined;
    let found = own ? await shipped(own) : undefined;
    if (!found) {
      if (item.pkg && dependenciesHeldBy(item.pkg, minimal)) continue;
      if (await inMinimal(item.soname)) continue;
    }

    const tried = new Set<string>(own ? [own.pkg.package] : []);
    for (const c of found ? [] : await candidatesFor(item.soname, item.pkg)) {
      if (tried.has(c.name)) continue;
      tried.add(c.name);
      const source = candidate(arch, c.name);
      if (!source) continue;
      found = await shipped(source, c.path);
      if (found) break;
      if (c.vouched) {
        throw new SystemLibraryError(
          item.soname,
          item.neededBy,
          `${source.pkg.package} ${source.pkg.version} should ship it (${c.path ?? 'as a provider'}) but its .deb holds no such file`,
        );
      }
    }
    if (!found) {
      const named = [...tried];
      throw new SystemLibraryError(
        item.soname,
        item.neededBy,
        named.length === 0
          ? `the minimal image lacks it, and no package in ${arch.where} (${arch.architecture}) ships it ` +
              'in a directory the dynamic linker searches, or provides it'
          : `the minimal image lacks it, and none of ${named.join(', ')} in ${arch.where} ` +
              `(${arch.architecture}) holds it in a directory the dynamic linker searches`,
      );
    }
    const { source, placed, real, data } = found;
    const origin = `${source.pkg.package} ${source.pkg.version}`;
    const realName = posix.basename(real.path);
    tree.add({
      path: `${SYSTEM_DIR}/${realName}`,
      type: 'file',
      mode: real.mode || 0o644,
      data,
      origin,
      layer: 'system',
    });
    if (realName !== item.soname) linkAs(item.soname, realName, origin);
    adopt(source, placed, origin);
    recordLibrary(item.soname, realName, source, placed, data, item.neededBy);
  }
  libraries.sort((a, b) => (a.soname < b.soname ? -1 : a.soname > b.soname ? 1 : 0));
  return { libraries, packages };
}

/** The entry at the Contents path, or (for a provider) the library file named `soname`. */
function findLibraryEntry(
  entries: readonly DebEntry[],
  soname: string,
  path: string | undefined,
): DebEntry | undefined {
  if (path !== undefined) {
    const exact = entries.find((e) => e.path === path);
    if (exact) return exact;
  }
  return entries.find(
    (e) =>
      e.type !== 'directory' &&
      posix.basename(e.path) === soname &&
      /^(usr\/)?lib(64)?\//.test(e.path),
  );
}

/** The regular file an entry stands for, following symlinks and hardlinks inside the package. */
function fileEntry(entries: readonly DebEntry[], entry: DebEntry, depth = 0): DebEntry | undefined {
  if (entry.type === 'file') return entry;
  if (depth > 16 || entry.type === 'directory') return undefined;
  const target =
    entry.type === 'hardlink' ? entry.linkTarget : resolveLink(entry.path, entry.linkTarget ?? '');
  const next = entries.find((e) => e.path === target);
  return next ? fileEntry(entries, next, depth + 1) : undefined;
}
