/**
 * Debian changelogs (`/usr/share/doc/<package>/changelog.Debian.gz`, deb-changelog(5)): the
 * entries between the version an image held and the one it gets, with the CVE identifiers
 * their lines name. What a security update changed, in the maintainers' own words.
 */
import { gunzipSync } from 'node:zlib';
import { compareDebianVersions } from '@pgforge/versions';
import type { DebArchive } from './deb.js';

export interface ChangelogEntry {
  /** The source package the entry is for. */
  source: string;
  version: string;
  /** The distribution line (`trixie-security`). */
  distribution: string;
  /** The change lines, without the two-space indent; blank lines dropped. */
  lines: string[];
  /** CVE identifiers the lines name, in order, without repeats. */
  cves: string[];
}

// `krb5 (1.21.3-5+deb13u2) trixie-security; urgency=medium`
const HEADER = /^(\S+) \(([^)\s]+)\) ([^;]*);/;
const TRAILER = /^ -- /;
const CVE = /CVE-\d{4}-\d{4,}/g;

/** The entries of a changelog's text, newest first as written. */
export function parseChangelog(text: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  let current: ChangelogEntry | undefined;
  for (const line of text.split('\n')) {
    const header = HEADER.exec(line);
    if (header?.[1] && header[2]) {
      current = {
        source: header[1],
        version: header[2],
        distribution: (header[3] ?? '').trim(),
        lines: [],
        cves: [],
      };
      entries.push(current);
      continue;
    }
    if (!current || TRAILER.test(line)) {
      if (TRAILER.test(line)) current = undefined;
      continue;
    }
    const trimmed = line.replace(/^ {2}/, '').trimEnd();
    if (trimmed === '') continue;
    current.lines.push(trimmed);
    for (const cve of trimmed.match(CVE) ?? []) {
      if (!current.cves.includes(cve)) current.cves.push(cve);
    }
  }
  return entries;
}

/**
 * The entries newer than `from` up to and including `to` (all up to `to` when `from` is
 * undefined). Versions dpkg cannot order are left out rather than failing the notes.
 */
export function entriesBetween(
  entries: readonly ChangelogEntry[],
  from: string | undefined,
  to: string,
): ChangelogEntry[] {
  const compare = (a: string, b: string): number | undefined => {
    try {
      return compareDebianVersions(a, b);
    } catch {
      return undefined;
    }
  };
  return entries.filter((e) => {
    const upTo = compare(e.version, to);
    if (upTo === undefined || upTo > 0) return false;
    if (from === undefined) return true;
    const after = compare(e.version, from);
    return after !== undefined && after > 0;
  });
}

/**
 * The changelog a binary package ships (changelog.Debian.gz, or the binNMU's
 * changelog.Debian.<arch>.gz beside it, whose entries come first), or undefined when its doc
 * directory holds none (a symlink to another package's, for instance).
 */
export function debChangelog(deb: DebArchive, pkg: string): ChangelogEntry[] | undefined {
  const dir = `usr/share/doc/${pkg}/`;
  const read = (path: string): string | undefined => {
    const entry = deb.entries.find((e) => e.path === path && e.type === 'file');
    if (!entry?.data) return undefined;
    try {
      return gunzipSync(entry.data).toString('utf8');
    } catch {
      return undefined;
    }
  };
  const main = read(`${dir}changelog.Debian.gz`);
  if (main === undefined) return undefined;
  const binNmu = deb.entries
    .map((e) => e.path)
    .find((p) => p.startsWith(`${dir}changelog.Debian.`) && p !== `${dir}changelog.Debian.gz`);
  const extra = binNmu ? read(binNmu) : undefined;
  return [...(extra ? parseChangelog(extra) : []), ...parseChangelog(main)];
}
