/**
 * Debian short license names (DEP-5 "License specification") to SPDX identifiers. Deliberately
 * short: a name whose meaning is not certain (Artistic, Perl, BSD, GPL without a version) is not
 * mapped, and becomes a LicenseRef instead of a guess.
 */

// SPDX identifiers used as they are (compared case-insensitively).
const SPDX_IDS = [
  '0BSD',
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
  'Apache-1.0',
  'Apache-1.1',
  'Apache-2.0',
  'Artistic-1.0',
  'Artistic-1.0-Perl',
  'Artistic-2.0',
  'BSD-1-Clause',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'BSD-4-Clause',
  'BSL-1.0',
  'bzip2-1.0.6',
  'CC-BY-3.0',
  'CC-BY-4.0',
  'CC-BY-SA-3.0',
  'CC-BY-SA-4.0',
  'CC0-1.0',
  'curl',
  'FTL',
  'GPL-1.0-only',
  'GPL-1.0-or-later',
  'GPL-2.0-only',
  'GPL-2.0-or-later',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'ISC',
  'LGPL-2.0-only',
  'LGPL-2.0-or-later',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'libpng-2.0',
  'MIT',
  'MIT-0',
  'MPL-1.1',
  'MPL-2.0',
  'OpenSSL',
  'PostgreSQL',
  'PSF-2.0',
  'Python-2.0',
  'Unicode-DFS-2016',
  'Unicode-3.0',
  'Unlicense',
  'X11',
  'Zlib',
];

const BY_LOWER = new Map(SPDX_IDS.map((id) => [id.toLowerCase(), id]));

// The GNU families, as Debian spells them: GPL-2, GPL-2+, GPL-2.0+, LGPL-2.1, GFDL-1.3+...
const GNU = /^(A?GPL|LGPL|GFDL)-(\d(?:\.\d)?)(\+)?$/i;
const GNU_VERSIONS: Record<string, readonly string[]> = {
  GPL: ['1.0', '2.0', '3.0'],
  AGPL: ['3.0'],
  LGPL: ['2.0', '2.1', '3.0'],
  GFDL: ['1.1', '1.2', '1.3'],
};

// Debian names with one certain SPDX meaning.
const ALIASES: Record<string, string> = {
  expat: 'MIT',
  'bsd-2-clause': 'BSD-2-Clause',
  'bsd-3-clause': 'BSD-3-Clause',
  'bsd-4-clause': 'BSD-4-Clause',
  cc0: 'CC0-1.0',
  'mpl-2': 'MPL-2.0',
  'apache-2': 'Apache-2.0',
  zlib: 'Zlib',
  'psf-2': 'PSF-2.0',
  'bsl-1': 'BSL-1.0',
};

/** SPDX license exceptions, for `<license> with <exception> exception`. */
const EXCEPTIONS: Record<string, string> = {
  'gcc-exception-3.1': 'GCC-exception-3.1',
  'autoconf-exception-3.0': 'Autoconf-exception-3.0',
  'bison-exception-2.2': 'Bison-exception-2.2',
  'classpath-exception-2.0': 'Classpath-exception-2.0',
  'font-exception-2.0': 'Font-exception-2.0',
};

/** The SPDX identifier for a Debian short name, or undefined when there is no certain one. */
export function spdxLicenseId(debianName: string): string | undefined {
  const name = debianName.trim();
  const lower = name.toLowerCase();
  const direct = BY_LOWER.get(lower) ?? ALIASES[lower];
  if (direct) return direct;
  const gnu = GNU.exec(name);
  if (gnu?.[1] && gnu[2]) {
    const family = gnu[1].toUpperCase();
    const version = gnu[2].includes('.') ? gnu[2] : `${gnu[2]}.0`;
    if (!GNU_VERSIONS[family]?.includes(version)) return undefined;
    return `${family}-${version}-${gnu[3] ? 'or-later' : 'only'}`;
  }
  return undefined;
}

/** The SPDX identifier of an exception named in `with <name> exception`, if known. */
export function spdxExceptionId(name: string): string | undefined {
  return EXCEPTIONS[name.trim().toLowerCase()];
}

/** `LicenseRef-<name>` with every character SPDX does not allow in an idstring replaced. */
export function licenseRef(name: string): string {
  const id = name
    .trim()
    .replace(/\+/g, 'plus')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `LicenseRef-${id || 'unknown'}`;
}
