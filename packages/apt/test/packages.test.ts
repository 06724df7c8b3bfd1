import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDebianVersions } from '@pgforge/versions';
import {
  PackagesIndexError,
  createPackageIndex,
  parseDependsNames,
  parsePackages,
} from '@pgforge/apt';
import type { BinaryPackage } from '@pgforge/apt';
import { FIXTURE_DIR } from './helpers/pgdg-fixture.js';

const ORIGIN = { suite: 'trixie', component: 'main', architecture: 'amd64', source: 'test' };

function stanza(name: string, version: string, extra = ''): string {
  return (
    `Package: ${name}\nVersion: ${version}\nArchitecture: amd64\n${extra}` +
    `Filename: pool/main/${name}_${version}_amd64.deb\nSize: 1\nSHA256: ${'a'.repeat(64)}\n`
  );
}

function indexOf(...stanzas: string[]) {
  return createPackageIndex(ORIGIN, parsePackages(stanzas.join('\n'), 'test'));
}

describe('parsePackages', () => {
  it('reads the fields of a BinaryPackage, source and relationship fields included', () => {
    const text =
      'Package: postgresql-17-pgvector\nSource: pgvector (0.8.1-1.pgdg13+1)\n' +
      'Version: 0.8.1-1.pgdg13+2\nInstalled-Size: 1060\nArchitecture: amd64\n' +
      'Pre-Depends: dpkg (>= 1.17)\nDepends: postgresql-17,\n libc6 (>= 2.14)\n' +
      'Provides: pgvector\nFilename: pool/main/p/pgvector/x.deb\nSize: 318116\n' +
      `SHA256: ${'AB'.repeat(32)}\nSection: database\nDescription: vectors\n more\n .\n text\n`;
    const [p] = parsePackages(text, 'test');
    expect(p).toEqual({
      package: 'postgresql-17-pgvector',
      version: '0.8.1-1.pgdg13+2',
      architecture: 'amd64',
      source: 'pgvector',
      sourceVersion: '0.8.1-1.pgdg13+1',
      filename: 'pool/main/p/pgvector/x.deb',
      size: 318116,
      sha256: 'ab'.repeat(32),
      depends: 'postgresql-17, libc6 (>= 2.14)',
      preDepends: 'dpkg (>= 1.17)',
      provides: 'pgvector',
      section: 'database',
    } satisfies BinaryPackage);
  });

  it('defaults source to the package and the source version to the version', () => {
    const [a, b] = parsePackages(
      stanza('libpq5', '18.1-1', 'Source: postgresql-18\n') + '\n' + stanza('zstd', '1.5.7'),
      'test',
    );
    expect([a?.source, a?.sourceVersion]).toEqual(['postgresql-18', '18.1-1']);
    expect([b?.source, b?.sourceVersion, b?.depends, b?.section]).toEqual([
      'zstd',
      '1.5.7',
      '',
      undefined,
    ]);
  });

  it('folds a relationship field that starts on its continuation lines', () => {
    const [p] = parsePackages(stanza('a', '1', 'Depends:\n libc6 (>= 2.38),\n\tzlib1g\n'), 'x');
    expect(p?.depends).toBe('libc6 (>= 2.38), zlib1g');
  });

  it('reads field names case-insensitively and CRLF line ends', () => {
    const [p] = parsePackages(
      stanza('a', '1')
        .replace(/Version/, 'VERSION')
        .replace(/\n/g, '\r\n'),
      'x',
    );
    expect(p?.version).toBe('1');
    expect(p?.sha256).toBe('a'.repeat(64));
  });

  it('names the index, the package and the field when a required field is missing', () => {
    const text = stanza('ok', '1') + '\n' + stanza('broken', '2').replace(/^Filename:.*\n/m, '');
    expect(() => parsePackages(text, 'http://m/Packages')).toThrow(PackagesIndexError);
    expect(() => parsePackages(text, 'http://m/Packages')).toThrow(
      'Packages index http://m/Packages: stanza of broken at line 8 has no filename field',
    );
  });

  it('rejects a Size that is not a number', () => {
    expect(() => parsePackages(stanza('a', '1').replace('Size: 1', 'Size: big'), 'x')).toThrow(
      /a 1: Size "big" is not a number/,
    );
  });

  it('recorded PGDG fixture: Packages.xz is the xz of Packages', async () => {
    const { decompress } = await import('../src/decompress.js');
    const dir = join(FIXTURE_DIR, 'dists/trixie-pgdg/main/binary-amd64');
    const plain = readFileSync(join(dir, 'Packages'));
    expect((await decompress(readFileSync(join(dir, 'Packages.xz')), 'xz')).equals(plain)).toBe(
      true,
    );
  });

  it('recorded PGDG fixture: all stanzas parse, with architecture "all" ones in binary-amd64', () => {
    const text = readFileSync(
      join(FIXTURE_DIR, 'dists/trixie-pgdg/main/binary-amd64/Packages'),
      'utf8',
    );
    const packages = parsePackages(text, 'fixture');
    expect(packages).toHaveLength(17);
    expect(packages.filter((p) => p.architecture === 'all').map((p) => p.package)).toEqual([
      'postgresql-common',
      'postgresql-client-common',
      'postgresql-17-postgis-3-scripts',
    ]);
  });
});

describe('PackageIndex', () => {
  it('orders versions newest first in dpkg order, tricky ones included', () => {
    const versions = [
      '17.6-1.pgdg13+1',
      '17.6-2.pgdg13+1',
      '17.5-1.pgdg13+1',
      '17.6-1.pgdg13+1~bpo1',
      '17.6-10',
      '17.6-1.pgdg13+1+b1',
      '1:17.0-1',
      '17.6~rc1-1',
      '17.6-0+deb13u1',
    ];
    const index = indexOf(...versions.map((v) => stanza('postgresql-17', v)));
    expect(index.versions('postgresql-17').map((p) => p.version)).toEqual([
      '1:17.0-1',
      '17.6-10',
      '17.6-2.pgdg13+1',
      '17.6-1.pgdg13+1+b1',
      '17.6-1.pgdg13+1',
      '17.6-1.pgdg13+1~bpo1',
      '17.6-0+deb13u1',
      '17.6~rc1-1',
      '17.5-1.pgdg13+1',
    ]);
    expect(index.newest('postgresql-17')?.version).toBe('1:17.0-1');
    expect(index.size).toBe(versions.length);
  });

  it('applies the filter to pick the newest that passes', () => {
    const index = indexOf(
      stanza('postgresql-19', '19~beta3-1.pgdg13+1'),
      stanza('postgresql-19', '19~beta2-1.pgdg13+1'),
      stanza('postgresql-19', '19.0-1.pgdg13+1'),
    );
    expect(index.newest('postgresql-19')?.version).toBe('19.0-1.pgdg13+1');
    expect(index.newest('postgresql-19', (p) => p.version.includes('~'))?.version).toBe(
      '19~beta3-1.pgdg13+1',
    );
    expect(index.newest('postgresql-19', () => false)).toBeUndefined();
    expect(index.newest('postgresql-20')).toBeUndefined();
    expect(index.versions('postgresql-20')).toEqual([]);
  });

  it('lists each name once and keeps the file order of equal versions', () => {
    const index = indexOf(
      stanza('a', '1.0', 'Section: first\n'),
      stanza('b', '2'),
      stanza('a', '1.0', 'Section: second\n'),
    );
    expect([...index.names()].sort()).toEqual(['a', 'b']);
    expect(index.versions('a').map((p) => p.section)).toEqual(['first', 'second']);
    expect([index.suite, index.component, index.architecture]).toEqual(['trixie', 'main', 'amd64']);
  });

  it('does not let callers reorder its lists', () => {
    const index = indexOf(stanza('a', '1'), stanza('a', '2'));
    index.versions('a').reverse();
    expect(index.newest('a')?.version).toBe('2');
  });

  it('names the package of an invalid version', () => {
    expect(() => indexOf(stanza('bad', '1.0'), stanza('bad', 'x_y'))).toThrow(
      /Packages index test: bad: invalid Debian version "x_y"/,
    );
  });

  it('newest is the maximum in dpkg order, whatever the stanza order (property)', () => {
    const version = fc
      .tuple(
        fc.nat({ max: 2 }),
        fc.stringMatching(/^[0-9][0-9a-z.+~]{0,6}$/),
        fc.option(fc.stringMatching(/^[0-9a-z.+~]{1,5}$/), { nil: undefined }),
      )
      .map(([epoch, up, rev]) => `${epoch ? `${epoch}:` : ''}${up}${rev ? `-${rev}` : ''}`);
    fc.assert(
      fc.property(fc.array(version, { minLength: 1, maxLength: 8 }), (versions) => {
        const index = indexOf(...versions.map((v) => stanza('p', v)));
        const newest = index.newest('p')?.version as string;
        for (const v of versions)
          expect(compareDebianVersions(newest, v)).toBeGreaterThanOrEqual(0);
        const listed = index.versions('p').map((p) => p.version);
        for (let i = 1; i < listed.length; i++) {
          expect(
            compareDebianVersions(listed[i - 1] as string, listed[i] as string),
          ).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe('parseDependsNames', () => {
  it('strips versions, architecture qualifiers and lists, and build profiles', () => {
    expect(
      parseDependsNames(
        'locales | locales-all, postgresql-client-17 (>= 17.6), perl:any, ' +
          'libc6:amd64 (>= 2.38) [amd64 arm64], debconf (>= 0.5) | debconf-2.0, foo <!nocheck>',
      ),
    ).toEqual([
      ['locales', 'locales-all'],
      ['postgresql-client-17'],
      ['perl'],
      ['libc6'],
      ['debconf', 'debconf-2.0'],
      ['foo'],
    ]);
  });

  it('reads folded fields and gives [] for an empty one', () => {
    expect(parseDependsNames('a,\n b (<< 2:1.0~),\n\tc')).toEqual([['a'], ['b'], ['c']]);
    expect(parseDependsNames('')).toEqual([]);
    expect(parseDependsNames('  ,  ')).toEqual([]);
  });
});
