/**
 * What changed between two images' packages: added, removed, upgraded, downgraded (dpkg's
 * version order), keyed by name and architecture. The per-image release notes.
 */
import { compareDebianVersions } from '@pgforge/versions';
import type { ReleaseNotes } from '@pgforge/targets';
import {
  code,
  heading,
  paragraph,
  renderMarkdown,
  table,
  type Block,
  type Text,
} from '@pgforge/summary';
import { packageKey } from './dpkg-status.js';

/** The part of a package a diff looks at. */
export interface DiffPackage {
  name: string;
  version: string;
  architecture: string;
}

export interface PackageChange {
  name: string;
  architecture: string;
  from: string;
  to: string;
  /** From the image's release notes: the suite the new version comes from, and its CVEs. */
  suite?: string;
  cves?: string[];
}

export interface PackageDiff {
  added: DiffPackage[];
  removed: DiffPackage[];
  upgraded: PackageChange[];
  downgraded: PackageChange[];
  /** Packages present in both at the same version. */
  unchanged: number;
}

function order(
  a: { name: string; architecture: string },
  b: { name: string; architecture: string },
): number {
  const ka = packageKey(a);
  const kb = packageKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

// A version dpkg would reject (an extension image's unknown version is '') still compares:
// as a string, so that the diff reports the change rather than failing on it.
function compareVersions(a: string, b: string): number {
  try {
    return compareDebianVersions(a, b);
  } catch {
    return a < b ? -1 : a > b ? 1 : 0;
  }
}

const pick = (p: DiffPackage): DiffPackage => ({
  name: p.name,
  version: p.version,
  architecture: p.architecture,
});

/** The changes from `before` (the image compared to) to `after` (this image). */
export function diffPackages(
  before: readonly DiffPackage[],
  after: readonly DiffPackage[],
): PackageDiff {
  const old = new Map(before.map((p) => [packageKey(p), p]));
  const now = new Map(after.map((p) => [packageKey(p), p]));
  const diff: PackageDiff = { added: [], removed: [], upgraded: [], downgraded: [], unchanged: 0 };
  for (const [key, p] of now) {
    const was = old.get(key);
    if (!was) {
      diff.added.push(pick(p));
      continue;
    }
    const c = compareVersions(p.version, was.version);
    const change = { name: p.name, architecture: p.architecture, from: was.version, to: p.version };
    if (c > 0) diff.upgraded.push(change);
    else if (c < 0) diff.downgraded.push(change);
    else if (p.version !== was.version) diff.upgraded.push(change);
    else diff.unchanged++;
  }
  for (const [key, p] of old) if (!now.has(key)) diff.removed.push(pick(p));
  diff.added.sort(order);
  diff.removed.sort(order);
  diff.upgraded.sort(order);
  diff.downgraded.sort(order);
  return diff;
}

/** True when nothing was added, removed or changed. */
export function isEmptyDiff(diff: PackageDiff): boolean {
  return (
    diff.added.length + diff.removed.length + diff.upgraded.length + diff.downgraded.length === 0
  );
}

const label = (p: { name: string; architecture: string }): Text => [
  code(p.name),
  p.architecture === 'all' ? '' : ` (${p.architecture})`,
];

/**
 * The diff for a step summary: one line of counts, then a table of the changes. `title` heads
 * it (`Package changes since …`).
 */
export function diffDocument(diff: PackageDiff, title: Text): Block[] {
  const counts = [
    `${diff.added.length} added`,
    `${diff.removed.length} removed`,
    `${diff.upgraded.length} upgraded`,
    `${diff.downgraded.length} downgraded`,
    `${diff.unchanged} unchanged`,
  ];
  const document: Block[] = [heading(3, title), paragraph(counts.join(', '))];
  if (isEmptyDiff(diff)) return [...document, paragraph('No package changed.')];
  const noted = (p: PackageChange): string =>
    [p.suite, ...(p.cves ?? [])].filter((x): x is string => !!x).join(', ');
  const changed = (kind: string) => (p: PackageChange) => [
    kind,
    label(p),
    code(p.from),
    code(p.to),
    noted(p),
  ];
  const rows: Text[][] = [
    ...diff.upgraded.map(changed('upgraded')),
    ...diff.downgraded.map(changed('downgraded')),
    ...diff.added.map((p) => ['added', label(p), '', code(p.version), '']),
    ...diff.removed.map((p) => ['removed', label(p), code(p.version), '', '']),
  ];
  return [...document, table(['change', 'package', 'from', 'to', 'suite, CVEs'], rows)];
}

/** The diff as Markdown (diffDocument); `title` is Markdown already. */
export const diffMarkdown = (diff: PackageDiff, title: string): string =>
  renderMarkdown(diffDocument(diff, title));

/**
 * The diff with the image's release notes: each changed package's suite (security updates
 * show as `<codename>-security`) and the CVE identifiers its changelog names.
 */
export function withNotes(diff: PackageDiff, notes: ReleaseNotes | undefined): PackageDiff {
  if (!notes) return diff;
  const byName = new Map(notes.packages.map((p) => [p.name, p]));
  const annotate = (c: PackageChange): PackageChange => {
    const note = byName.get(c.name);
    if (!note || note.to !== c.to) return c;
    return {
      ...c,
      ...(note.suite ? { suite: note.suite } : {}),
      ...(note.cves.length > 0 ? { cves: note.cves } : {}),
    };
  };
  return {
    ...diff,
    upgraded: diff.upgraded.map(annotate),
    downgraded: diff.downgraded.map(annotate),
  };
}
