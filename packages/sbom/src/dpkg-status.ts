/**
 * The dpkg database: `var/lib/dpkg/status` (one paragraph per package, deb822) and the
 * distroless `var/lib/dpkg/status.d/<name>` files (one or more paragraphs each, no Status).
 */
import { parseDeb822, parseDependsNames } from '@pgforge/apt';
import type { Deb822Paragraph } from '@pgforge/apt';

/** One installed binary package, as dpkg records it. */
export interface DebianPackage {
  name: string;
  version: string;
  architecture: string;
  /** The source package: the Source field's name, else the package's own name. */
  source: string;
  /** The Source field's `(version)`, else the package's own version. */
  sourceVersion: string;
  maintainer?: string;
  homepage?: string;
  /** The first line of Description. */
  summary?: string;
  /** Depends and Pre-Depends: one inner array of alternatives per group. */
  depends: string[][];
  /** Names this package provides (virtual packages), versions dropped. */
  provides: string[];
  /** KiB, as dpkg counts it. */
  installedSize?: number;
}

// dpkg's package states with the files unpacked and configured; triggers-* only wait for a
// trigger to run. config-files, half-installed, unpacked and half-configured packages are not
// (or not wholly) there.
const INSTALLED_STATES = new Set(['installed', 'triggers-awaited', 'triggers-pending']);

/** True when the Status field (`want flag state`) says the package is installed; no field: yes. */
export function isInstalled(status: string | undefined): boolean {
  if (status === undefined) return true;
  const state = status.trim().split(/\s+/)[2];
  return state !== undefined && INSTALLED_STATES.has(state);
}

/** `glibc (2.41-12)` → name and version; `glibc` → name only. */
export function parseSourceField(value: string): { name: string; version?: string } {
  const m = /^\s*(\S+)(?:\s*\(\s*([^)\s]+)\s*\))?\s*$/.exec(value);
  if (!m?.[1]) return { name: value.trim() };
  return m[2] ? { name: m[1], version: m[2] } : { name: m[1] };
}

function firstLine(value: string | undefined): string | undefined {
  const line = value?.split('\n')[0]?.trim();
  return line ? line : undefined;
}

function toPackage(paragraph: Deb822Paragraph): DebianPackage | undefined {
  const name = paragraph.get('Package');
  const version = paragraph.get('Version');
  if (!name || !version || !isInstalled(paragraph.get('Status'))) return undefined;
  const source = parseSourceField(paragraph.get('Source') ?? name);
  const depends = [
    ...parseDependsNames(paragraph.get('Pre-Depends') ?? ''),
    ...parseDependsNames(paragraph.get('Depends') ?? ''),
  ];
  const pkg: DebianPackage = {
    name,
    version,
    architecture: paragraph.get('Architecture') ?? 'all',
    source: source.name,
    sourceVersion: source.version ?? version,
    depends,
    provides: parseDependsNames(paragraph.get('Provides') ?? '').flat(),
  };
  const maintainer = firstLine(paragraph.get('Maintainer'));
  if (maintainer) pkg.maintainer = maintainer;
  const homepage = firstLine(paragraph.get('Homepage'));
  if (homepage) pkg.homepage = homepage;
  const summary = firstLine(paragraph.get('Description'));
  if (summary) pkg.summary = summary;
  const size = Number(paragraph.get('Installed-Size'));
  if (Number.isInteger(size) && size >= 0 && paragraph.has('Installed-Size')) {
    pkg.installedSize = size;
  }
  return pkg;
}

/** `name:architecture`, the key dpkg itself uses for a package instance. */
export function packageKey(pkg: Pick<DebianPackage, 'name' | 'architecture'>): string {
  return `${pkg.name}:${pkg.architecture}`;
}

function byKey(a: DebianPackage, b: DebianPackage): number {
  return a.name < b.name
    ? -1
    : a.name > b.name
      ? 1
      : a.architecture < b.architecture
        ? -1
        : a.architecture > b.architecture
          ? 1
          : 0;
}

/**
 * The installed packages of a status file and of status.d files, sorted by name and
 * architecture; a package in both is taken from `status`. `source` names the text in errors.
 */
export function parseDpkgDatabase(input: {
  status?: string;
  statusD?: readonly { name: string; text: string }[];
}): DebianPackage[] {
  const found = new Map<string, DebianPackage>();
  const add = (text: string, source: string): void => {
    for (const paragraph of parseDeb822(text, source)) {
      const pkg = toPackage(paragraph);
      if (pkg && !found.has(packageKey(pkg))) found.set(packageKey(pkg), pkg);
    }
  };
  if (input.status !== undefined) add(input.status, 'var/lib/dpkg/status');
  for (const file of [...(input.statusD ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    // distroless writes `<name>.md5sums` beside each package's paragraph.
    if (file.name.endsWith('.md5sums')) continue;
    add(file.text, `var/lib/dpkg/status.d/${file.name}`);
  }
  return [...found.values()].sort(byKey);
}
