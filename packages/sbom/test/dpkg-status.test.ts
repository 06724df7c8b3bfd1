import { describe, expect, it } from 'vitest';
import { isInstalled, parseDpkgDatabase, parseSourceField } from '../src/index.js';
import { STATUS } from './fixture-image.js';

describe('parseDpkgDatabase', () => {
  const packages = parseDpkgDatabase({ status: STATUS });
  const byName = new Map(packages.map((p) => [p.name, p]));

  it('keeps installed packages only, sorted by name', () => {
    expect(packages.map((p) => p.name)).toEqual([
      'libc6',
      'libgcc-s1',
      'libpq5',
      'mawk',
      'postgresql-17',
      'tzdata',
    ]);
  });

  it('reads the source package and its version from Source, else the package itself', () => {
    expect(byName.get('libc6')).toMatchObject({
      version: '2.41-12+b1',
      architecture: 'amd64',
      source: 'glibc',
      sourceVersion: '2.41-12',
      maintainer: 'GNU Libc Maintainers <debian-glibc@lists.debian.org>',
      homepage: 'https://www.gnu.org/software/libc/libc.html',
      summary: 'GNU C Library: Shared libraries',
      installedSize: 12000,
    });
    expect(byName.get('libpq5')).toMatchObject({
      source: 'postgresql-17',
      sourceVersion: '17.6-0+deb13u1',
    });
    expect(byName.get('tzdata')).toMatchObject({
      source: 'tzdata',
      sourceVersion: '2025b-4+deb13u1',
      architecture: 'all',
    });
  });

  it('reads Pre-Depends and Depends as groups of alternatives, and Provides', () => {
    expect(byName.get('libgcc-s1')?.depends).toEqual([['libc6']]);
    expect(byName.get('postgresql-17')?.depends).toEqual([
      ['libc6'],
      ['libpq5'],
      ['postgresql-common', 'not-installed'],
      ['awk'],
      ['tzdata'],
    ]);
    expect(byName.get('mawk')?.provides).toEqual(['awk']);
  });

  it('reads distroless status.d files and skips their md5sums, status first', () => {
    const found = parseDpkgDatabase({
      status: STATUS,
      statusD: [
        { name: 'base-files', text: 'Package: base-files\nVersion: 13.8\nArchitecture: amd64\n' },
        { name: 'base-files.md5sums', text: 'd41d8cd98f00b204e9800998ecf8427e  etc/issue\n' },
        { name: 'libc6', text: 'Package: libc6\nVersion: 0-shadowed\nArchitecture: amd64\n' },
      ],
    });
    expect(found.find((p) => p.name === 'base-files')?.version).toBe('13.8');
    expect(found.find((p) => p.name === 'libc6')?.version).toBe('2.41-12+b1');
    expect(found).toHaveLength(7);
  });

  it('keeps one entry per architecture of a Multi-Arch: same package', () => {
    const two = parseDpkgDatabase({
      status:
        'Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1\n\n' +
        'Package: libc6\nStatus: install ok installed\nArchitecture: i386\nVersion: 1\n',
    });
    expect(two.map((p) => `${p.name}:${p.architecture}`)).toEqual(['libc6:amd64', 'libc6:i386']);
  });
});

describe('isInstalled', () => {
  it('accepts the states with files unpacked and configured', () => {
    expect(isInstalled('install ok installed')).toBe(true);
    expect(isInstalled('hold ok installed')).toBe(true);
    expect(isInstalled('install ok triggers-pending')).toBe(true);
    expect(isInstalled(undefined)).toBe(true);
    expect(isInstalled('deinstall ok config-files')).toBe(false);
    expect(isInstalled('install reinstreq half-installed')).toBe(false);
    expect(isInstalled('install ok unpacked')).toBe(false);
    expect(isInstalled('purge ok not-installed')).toBe(false);
  });
});

describe('parseSourceField', () => {
  it('splits a name and an optional (version)', () => {
    expect(parseSourceField('glibc (2.41-12)')).toEqual({ name: 'glibc', version: '2.41-12' });
    expect(parseSourceField('gcc-14')).toEqual({ name: 'gcc-14' });
    expect(parseSourceField(' openssl  ( 3.5.1-1 ) ')).toEqual({
      name: 'openssl',
      version: '3.5.1-1',
    });
  });
});
