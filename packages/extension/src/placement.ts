/**
 * Where a package's (or an install tree's) files go in the image, as CNPG mounts it at
 * /extensions/<name>: the server's library directory to `lib/` (bitcode included, as
 * `lib/bitcode/`), its share directory to `share/` (control and SQL files in
 * `share/extension/`, other data beside it), its bin directory to `bin/`, and each package's
 * copyright file to `licenses/<package>/copyright`. Everything else (headers, documentation,
 * man pages) is left out.
 */
import { posix } from 'node:path';
import type { DebEntry } from '@pgforge/apt';
import type { ImageTree, ImageLayer } from './tree.js';

/** A prefix of the source tree and where it lands in the image (`''` keeps the path). */
export interface PlacementRule {
  from: string;
  to: string;
}

export interface PlacementResult {
  /** Files and symlinks put into the image. */
  placed: string[];
  /** Source paths of files and symlinks left out. */
  leftOut: string[];
}

/** Debian's (and PGDG's) paths for PostgreSQL `major`: pg_config's pkglibdir, sharedir, bindir. */
export function debianRules(major: number): PlacementRule[] {
  return [
    { from: `usr/lib/postgresql/${major}/lib/`, to: 'lib/' },
    { from: `usr/lib/postgresql/${major}/bin/`, to: 'bin/' },
    { from: `usr/share/postgresql/${major}/`, to: 'share/' },
  ];
}

/** The majors whose Debian paths a package ships files under (to tell a wrong-major package). */
export function shippedMajors(entries: readonly DebEntry[]): number[] {
  const majors = new Set<number>();
  for (const e of entries) {
    const m = /^usr\/(?:lib|share)\/postgresql\/(\d+)\//.exec(e.path);
    if (m?.[1] && e.type !== 'directory') majors.add(Number(m[1]));
  }
  return [...majors].sort((a, b) => a - b);
}

function mapPath(path: string, rules: readonly PlacementRule[]): string | undefined {
  for (const rule of rules) {
    if (rule.from === '' || path.startsWith(rule.from))
      return rule.to + path.slice(rule.from.length);
  }
  return undefined;
}

/** A package's copyright file: `usr/share/doc/<package>/copyright`. */
export function copyrightPath(packageName: string): string {
  return `usr/share/doc/${packageName}/copyright`;
}

/**
 * Puts `entries` into `tree` by `rules`, plus `licenses/<license>/copyright` from
 * `usr/share/doc/<license>/copyright` when `license` is given. Symlinks whose target lands in
 * the image are kept (their target rewritten for the new place); those pointing at a file
 * that stays behind are replaced by a copy of it; hardlinks become copies.
 */
export function placeEntries(
  tree: ImageTree,
  entries: readonly DebEntry[],
  options: { rules: readonly PlacementRule[]; origin: string; layer: ImageLayer; license?: string },
): PlacementResult {
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const rules = [...options.rules];
  if (options.license !== undefined) {
    rules.push({
      from: copyrightPath(options.license),
      to: `licenses/${options.license}/copyright`,
    });
  }
  const result: PlacementResult = { placed: [], leftOut: [] };

  /** The regular file an entry finally stands for, within the source tree. */
  const fileOf = (entry: DebEntry, depth = 0): DebEntry | undefined => {
    if (depth > 16) return undefined;
    if (entry.type === 'file') return entry;
    if (entry.type === 'hardlink') {
      const target = byPath.get(entry.linkTarget ?? '');
      return target ? fileOf(target, depth + 1) : undefined;
    }
    if (entry.type === 'symlink') {
      const target = resolveLink(entry.path, entry.linkTarget ?? '');
      const next = target === undefined ? undefined : byPath.get(target);
      return next ? fileOf(next, depth + 1) : undefined;
    }
    return undefined;
  };

  for (const entry of entries) {
    if (entry.type === 'directory') continue;
    const to = mapPath(entry.path, rules);
    if (to === undefined || to === '' || to.endsWith('/')) {
      result.leftOut.push(entry.path);
      continue;
    }
    const common = { path: to, origin: options.origin, layer: options.layer };
    if (entry.type === 'symlink') {
      const target = resolveLink(entry.path, entry.linkTarget ?? '');
      const mapped = target === undefined ? undefined : mapPath(target, rules);
      if (mapped !== undefined && mapped !== '' && byPath.has(target ?? '')) {
        tree.add({
          ...common,
          type: 'symlink',
          mode: 0o777,
          linkTarget: posix.relative(posix.dirname(to), mapped) || posix.basename(mapped),
        });
        result.placed.push(to);
        continue;
      }
    }
    const file = fileOf(entry);
    if (!file?.data) {
      // A dangling link (its target in another package): nothing to copy.
      result.leftOut.push(entry.path);
      continue;
    }
    tree.add({ ...common, type: 'file', mode: file.mode || 0o644, data: file.data });
    result.placed.push(to);
  }
  return result;
}

/** A symlink's target as a path of the same tree (undefined when it leaves the tree). */
export function resolveLink(path: string, target: string): string | undefined {
  const joined = target.startsWith('/')
    ? posix.normalize(target.slice(1))
    : posix.normalize(posix.join(posix.dirname(path), target));
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined;
}
