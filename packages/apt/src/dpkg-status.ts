/**
 * dpkg's database of what is installed (`/var/lib/dpkg/status`, deb822), as the package
 * stanzas the resolver works on: what a base image holds before anything is installed on it,
 * and what a built image turned out to hold.
 */
import { parseDeb822 } from './deb822.js';
import type { BinaryPackage } from './packages.js';

// dpkg's package states with the files unpacked and configured; triggers-* only wait for a
// trigger to run. config-files, half-installed, unpacked and half-configured packages are not
// (or not wholly) there.
const INSTALLED_STATES = new Set(['installed', 'triggers-awaited', 'triggers-pending']);

/** True when a Status field (`want flag state`) says the package is installed; no field: yes. */
export function isInstalledStatus(status: string | undefined): boolean {
  if (status === undefined) return true;
  const state = status.trim().split(/\s+/)[2];
  return state !== undefined && INSTALLED_STATES.has(state);
}

const oneLine = (value: string | undefined): string =>
  (value ?? '').replace(/\s*\n\s*/g, ' ').trim();

/**
 * The installed packages of a dpkg status file, in file order. `source` names the file in
 * parse errors. Installed stanzas carry no Filename, Size or SHA256: those stay empty.
 */
export function parseDpkgStatus(text: string, source: string): BinaryPackage[] {
  const out: BinaryPackage[] = [];
  for (const p of parseDeb822(text, source)) {
    const name = p.get('Package')?.trim();
    const version = p.get('Version')?.trim();
    if (!name || !version || !isInstalledStatus(p.get('Status'))) continue;
    const sourceField = /^\s*(\S+)(?:\s*\(\s*([^)\s]+)\s*\))?/.exec(p.get('Source') ?? '');
    const pkg: BinaryPackage = {
      package: name,
      version,
      architecture: p.get('Architecture')?.trim() ?? '',
      source: sourceField?.[1] ?? name,
      filename: '',
      size: 0,
      sha256: '',
      depends: oneLine(p.get('Depends')),
      preDepends: oneLine(p.get('Pre-Depends')),
      provides: oneLine(p.get('Provides')),
    };
    if (sourceField?.[2]) pkg.sourceVersion = sourceField[2];
    const priority = p.get('Priority')?.trim();
    if (priority) pkg.priority = priority;
    if (p.get('Essential')?.trim().toLowerCase() === 'yes') pkg.essential = true;
    out.push(pkg);
  }
  return out;
}
