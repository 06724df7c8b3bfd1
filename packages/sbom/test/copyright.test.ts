import { describe, expect, it } from 'vitest';
import { licenseRef, parseCopyright, spdxLicenseId } from '../src/index.js';
import {
  BASH_LIKE_COPYRIGHT,
  FREE_TEXT_COPYRIGHT,
  PUBLIC_DOMAIN_COPYRIGHT,
} from './fixture-image.js';
import { cyclonedxLicenseIds } from './schemas.js';

const dep5 = (...licenses: string[]): string =>
  [
    'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
    '',
    ...licenses.flatMap((l, i) => [`Files: f${i}/*`, 'Copyright: someone', `License: ${l}`, '']),
  ].join('\n');

describe('parseCopyright', () => {
  it('joins the Files paragraphs’ licences with AND, sorted, each once', () => {
    expect(parseCopyright(BASH_LIKE_COPYRIGHT)).toEqual({
      expression: '(GPL-2.0-or-later OR Artistic-2.0) AND BSD-3-Clause AND LGPL-2.1-or-later',
      references: [],
    });
  });

  it('gives NOASSERTION for a file that is not machine-readable', () => {
    expect(parseCopyright(FREE_TEXT_COPYRIGHT).expression).toBe('NOASSERTION');
    expect(parseCopyright('').expression).toBe('NOASSERTION');
  });

  it('makes unknown names LicenseRefs, with the text of their stand-alone paragraph', () => {
    expect(parseCopyright(PUBLIC_DOMAIN_COPYRIGHT)).toEqual({
      expression: 'LicenseRef-public-domain',
      references: [
        {
          id: 'LicenseRef-public-domain',
          name: 'public-domain',
          text: 'This database is in the public domain.\n\nIt may be used by anyone.',
        },
      ],
    });
  });

  it('maps the GNU families with + to -or-later and without to -only', () => {
    expect(parseCopyright(dep5('GPL-2')).expression).toBe('GPL-2.0-only');
    expect(parseCopyright(dep5('GPL-3+')).expression).toBe('GPL-3.0-or-later');
    expect(parseCopyright(dep5('LGPL-2.1')).expression).toBe('LGPL-2.1-only');
    expect(parseCopyright(dep5('GFDL-1.3+')).expression).toBe('GFDL-1.3-or-later');
    expect(parseCopyright(dep5('Expat')).expression).toBe('MIT');
  });

  it('is conservative: no version, no certain meaning, no mapping', () => {
    expect(parseCopyright(dep5('GPL')).expression).toBe('LicenseRef-GPL');
    expect(parseCopyright(dep5('Artistic')).expression).toBe('LicenseRef-Artistic');
    expect(parseCopyright(dep5('BSD')).expression).toBe('LicenseRef-BSD');
    expect(parseCopyright(dep5('GPL-4+')).expression).toBe('LicenseRef-GPL-4plus');
  });

  it('keeps SPDX precedence: AND binds tighter than OR, a comma looser than both', () => {
    expect(parseCopyright(dep5('MIT or Apache-2.0 and Zlib')).expression).toBe(
      'MIT OR Apache-2.0 AND Zlib',
    );
    expect(parseCopyright(dep5('MIT or Apache-2.0, and Zlib')).expression).toBe(
      '(MIT OR Apache-2.0) AND Zlib',
    );
  });

  it('maps known exceptions with WITH and leaves others as one LicenseRef', () => {
    expect(parseCopyright(dep5('GPL-3+ with GCC-exception-3.1 exception')).expression).toBe(
      'GPL-3.0-or-later WITH GCC-exception-3.1',
    );
    expect(parseCopyright(dep5('GPL-2+ with OpenSSL exception')).expression).toBe(
      'LicenseRef-GPL-2plus-with-OpenSSL-exception',
    );
  });

  it('does not depend on the order of the Files paragraphs', () => {
    expect(parseCopyright(dep5('MIT', 'Zlib', 'MIT')).expression).toBe(
      parseCopyright(dep5('Zlib', 'MIT')).expression,
    );
  });

  it('falls back to the header License when no Files paragraph has one', () => {
    const text =
      'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nLicense: ISC\n';
    expect(parseCopyright(text).expression).toBe('ISC');
  });
});

describe('license identifiers', () => {
  it('only produces identifiers on the SPDX list CycloneDX 1.6 checks against', () => {
    const known = cyclonedxLicenseIds();
    const names = [
      'GPL-1',
      'GPL-1+',
      'GPL-2',
      'GPL-2+',
      'GPL-3',
      'GPL-3+',
      'AGPL-3',
      'AGPL-3+',
      'LGPL-2',
      'LGPL-2+',
      'LGPL-2.1',
      'LGPL-2.1+',
      'LGPL-3',
      'LGPL-3+',
      'GFDL-1.1',
      'GFDL-1.2+',
      'GFDL-1.3',
      'Expat',
      'MIT',
      'ISC',
      'Zlib',
      'Apache-2.0',
      'BSD-2-clause',
      'BSD-3-clause',
      'BSD-4-clause',
      'PostgreSQL',
      'CC0',
      'MPL-2.0',
      'OpenSSL',
      'X11',
      'Unicode-3.0',
      'Unicode-DFS-2016',
      'curl',
      'libpng-2.0',
      'Python-2.0',
      'PSF-2',
      'BSL-1',
      'bzip2-1.0.6',
      'Artistic-2.0',
      'Artistic-1.0-Perl',
      'FTL',
      'MIT-0',
      '0BSD',
      'Unlicense',
      'CC-BY-4.0',
    ];
    for (const name of names) {
      const id = spdxLicenseId(name);
      expect(id, name).toBeDefined();
      expect(known.has(id!), `${name} → ${id}`).toBe(true);
    }
  });

  it('writes LicenseRef idstrings with letters, digits, . and - only', () => {
    expect(licenseRef('public-domain')).toBe('LicenseRef-public-domain');
    expect(licenseRef('GPL-2+ with OpenSSL exception')).toBe(
      'LicenseRef-GPL-2plus-with-OpenSSL-exception',
    );
    expect(licenseRef('Apache 2.0 (ASL)')).toBe('LicenseRef-Apache-2.0-ASL');
  });
});
