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
 */
import { posix } from 'node:path';
import {
  readDeb,
  type BinaryPackage,
  type ContentsIndex,
  type DebArchive,
  type DebEntry,
} from '@pgforge/apt';
import { readElf } from '@pgforge/elf';
import { ModuleArchitectureError, SystemLibraryError } from './errors.js';
import { providesLibrary, type MinimalImage } from './minimal.js';
import { placeEntries, resolveLink } from './placement.js';
import {
  candidate,
  dependencyNames,
  type AptReader,
  type ArchSources,
  type SourcedPackage,
} from './sources.js';
import type { ImageTree } from './tree.js';

export const SYSTEM_DIR = 'system';

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

export interface SystemLibrariesOptions {
  arch: ArchSources;
  contents: readonly ContentsIndex[];
  minimal: MinimalImage;
  apt: AptReader;
  /** `readElf`'s machine for the platform: `x86_64`, `aarch64`. */
  machine: string;
  platform: string;
  roots: ElfRoot[];
  log?: (message: string) => void;
}

export interface SystemLibrariesResult {
  libraries: SystemLibrary[];
  /** The library packages placed, by name. */
  packages: Map<string, PlacedPackage>;
}

interface Located {
  candidates: string[];
  /** Where the linker would find it (the Contents path), or undefined for a virtual package. */
  path?: string;
}

/** Packages providing a virtual name, per architecture's indexes (built on first need). */
function providerMap(arch: ArchSources): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { index } of arch.indexes) {
    for (const name of index.names()) {
      const pkg = index.newest(name);
      if (!pkg?.provides) continue;
      for (const alt of pkg.provides.split(',')) {
        const virtual = alt.trim().split(/[\s(]/)[0];
        if (!virtual) continue;
        const list = map.get(virtual) ?? [];
        if (!list.includes(name)) list.push(name);
        map.set(virtual, list);
      }
    }
  }
  return map;
}

export async function resolveSystemLibraries(
  tree: ImageTree,
  options: SystemLibrariesOptions,
): Promise<SystemLibrariesResult> {
  const { arch, contents, minimal, apt } = options;
  const libraries: SystemLibrary[] = [];
  const packages = new Map<string, PlacedPackage>();
  const debs = new Map<string, Promise<PlacedPackage>>();
  let providers: Map<string, string[]> | undefined;
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

  const locate = (soname: string): Located | undefined => {
    for (const index of contents) {
      const matches = index.findLibrary(soname);
      if (matches.length > 0) {
        return {
          candidates: [...new Set(matches.flatMap((m) => m.packages))],
          path: matches[0]?.path,
        };
      }
    }
    providers ??= providerMap(arch);
    const named = [...(candidate(arch, soname) ? [soname] : []), ...(providers.get(soname) ?? [])];
    return named.length > 0 ? { candidates: named } : undefined;
  };

  const fetch = (source: SourcedPackage): Promise<PlacedPackage> => {
    let promise = debs.get(source.pkg.package);
    if (!promise) {
      promise = apt
        .fetchDeb(source.repository, source.pkg)
        .then((bytes) => readDeb(bytes, { source: source.pkg.filename }))
        .then((deb) => ({ ...source, deb, elf: [] }));
      debs.set(source.pkg.package, promise);
    }
    return promise;
  };

  while (queue.length > 0) {
    const item = queue.shift();
    if (!item || done.has(item.soname)) continue;
    done.add(item.soname);
    if (providesLibrary(minimal, contents, item.soname)) continue;

    const located = locate(item.soname);
    if (!located) {
      throw new SystemLibraryError(
        item.soname,
        item.neededBy,
        `the minimal image lacks it, and no package in ${arch.where} (${arch.architecture}) ships it ` +
          'in a directory the dynamic linker searches, or provides it',
      );
    }
    // The package the requirer depends on, when several ship the file (libjpeg62-turbo rather
    // than libjpeg62 for libjpeg.so.62); else the first the index has.
    const wanted = item.pkg ? dependencyNames(item.pkg) : new Set<string>();
    const ordered = [
      ...located.candidates.filter((n) => wanted.has(n)),
      ...located.candidates.filter((n) => !wanted.has(n)),
    ];
    const name = ordered.find((n) => candidate(arch, n) !== undefined);
    const source = name === undefined ? undefined : candidate(arch, name);
    if (!source) {
      throw new SystemLibraryError(
        item.soname,
        item.neededBy,
        `${located.candidates.join(', ')} ship${located.candidates.length === 1 ? 's' : ''} it, but ${arch.where} has no such package for ${arch.architecture}`,
      );
    }
    const placed = await fetch(source);
    const entry = findLibraryEntry(placed.deb.entries, item.soname, located.path);
    const real = entry ? fileEntry(placed.deb.entries, entry) : undefined;
    if (!entry || !real?.data) {
      throw new SystemLibraryError(
        item.soname,
        item.neededBy,
        `${source.pkg.package} ${source.pkg.version} should ship it (${located.path ?? 'as a provider'}) but its .deb holds no such file`,
      );
    }
    const origin = `${source.pkg.package} ${source.pkg.version}`;
    const realName = posix.basename(real.path);
    tree.add({
      path: `${SYSTEM_DIR}/${realName}`,
      type: 'file',
      mode: real.mode || 0o644,
      data: real.data,
      origin,
      layer: 'system',
    });
    if (realName !== item.soname) {
      tree.add({
        path: `${SYSTEM_DIR}/${item.soname}`,
        type: 'symlink',
        mode: 0o777,
        linkTarget: realName,
        origin,
        layer: 'system',
      });
    }
    if (!packages.has(source.pkg.package)) {
      packages.set(source.pkg.package, placed);
      placeEntries(tree, placed.deb.entries, {
        rules: [],
        origin,
        layer: 'system',
        license: source.pkg.package,
      });
    }
    placed.elf.push(real.data);
    libraries.push({
      soname: item.soname,
      file: `${SYSTEM_DIR}/${realName}`,
      package: source.pkg.package,
      version: source.pkg.version,
      neededBy: item.neededBy,
    });
    enqueue(`${SYSTEM_DIR}/${realName} (${source.pkg.package})`, real.data, source.pkg);
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
