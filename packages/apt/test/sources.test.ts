import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AptSourcesError, readSystemAptSources, systemMirror } from '@pgforge/apt';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'pgforge-apt-sources-'));
  roots.push(root);
  return root;
}

function aptRoot(files: Record<string, string>): string {
  const root = tempRoot();
  mkdirSync(join(root, 'etc/apt/sources.list.d'), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}

const DEB822 = `# Debian archive, as debian:trixie images ship it
Types: deb deb-src
URIs: http://archive.example/debian/
Suites: trixie trixie-updates
Components: main contrib
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://archive.example/debian-security
Suites: trixie-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Enabled: no
Types: deb
URIs: http://disabled.example/debian
Suites: sid
Components: main
`;

describe('readSystemAptSources', () => {
  it('reads deb822 .sources files, leaving out disabled paragraphs', () => {
    const root = aptRoot({ 'etc/apt/sources.list.d/debian.sources': DEB822 });
    expect(readSystemAptSources(root)).toEqual([
      {
        types: ['deb', 'deb-src'],
        uris: ['http://archive.example/debian/'],
        suites: ['trixie', 'trixie-updates'],
        components: ['main', 'contrib'],
        signedBy: '/usr/share/keyrings/debian-archive-keyring.gpg',
      },
      {
        types: ['deb'],
        uris: ['http://archive.example/debian-security'],
        suites: ['trixie-security'],
        components: ['main'],
        signedBy: '/usr/share/keyrings/debian-archive-keyring.gpg',
      },
    ]);
  });

  it('reads one-line sources with [options], comments and deb-src', () => {
    const root = aptRoot({
      'etc/apt/sources.list': [
        '# comment line',
        'deb http://archive.example/debian bookworm main non-free-firmware # trailing',
        '',
        'deb-src http://archive.example/debian bookworm main',
        'deb [ arch=amd64,arm64 signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc ] https://apt.postgresql.org/pub/repos/apt bookworm-pgdg main 19',
        'deb [signed-by=/etc/apt/keyrings/x.gpg] http://archive.example/debian-security bookworm-security main',
      ].join('\n'),
    });
    const entries = readSystemAptSources(root);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toEqual({
      types: ['deb'],
      uris: ['http://archive.example/debian'],
      suites: ['bookworm'],
      components: ['main', 'non-free-firmware'],
    });
    expect(entries[1]?.types).toEqual(['deb-src']);
    expect(entries[2]).toEqual({
      types: ['deb'],
      uris: ['https://apt.postgresql.org/pub/repos/apt'],
      suites: ['bookworm-pgdg'],
      components: ['main', '19'],
      signedBy: '/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc',
    });
    expect(entries[3]?.signedBy).toBe('/etc/apt/keyrings/x.gpg');
  });

  it("follows apt's order: sources.list, then sources.list.d by name; ignores other names", () => {
    const root = aptRoot({
      'etc/apt/sources.list': 'deb http://first.example/debian trixie main\n',
      'etc/apt/sources.list.d/b.sources':
        'Types: deb\nURIs: http://third.example/debian\nSuites: trixie\nComponents: main\n',
      'etc/apt/sources.list.d/a.list': 'deb http://second.example/debian trixie main\n',
      'etc/apt/sources.list.d/c.list.disabled': 'deb http://ignored.example/debian trixie main\n',
      'etc/apt/sources.list.d/d.list.save': 'deb http://ignored.example/debian trixie main\n',
    });
    expect(readSystemAptSources(root).map((e) => e.uris[0])).toEqual([
      'http://first.example/debian',
      'http://second.example/debian',
      'http://third.example/debian',
    ]);
  });

  it('turns "." lines of an embedded Signed-By key back into empty lines', () => {
    const root = aptRoot({
      'etc/apt/sources.list.d/x.sources': [
        'Types: deb',
        'URIs: https://repo.example/apt',
        'Suites: stable',
        'Components: main',
        'Signed-By:',
        ' -----BEGIN PGP PUBLIC KEY BLOCK-----',
        ' .',
        ' mDMEZ...',
        ' -----END PGP PUBLIC KEY BLOCK-----',
      ].join('\n'),
    });
    expect(readSystemAptSources(root)[0]?.signedBy).toBe(
      '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ...\n-----END PGP PUBLIC KEY BLOCK-----',
    );
  });

  it('gives nothing for a root without apt sources', () => {
    const root = tempRoot();
    expect(readSystemAptSources(root)).toEqual([]);
    expect(systemMirror(root)).toBeUndefined();
  });

  it('names the file and line of a malformed one-line entry', () => {
    const root = aptRoot({ 'etc/apt/sources.list.d/bad.list': '\ndeb http://only-uri.example\n' });
    expect(() => readSystemAptSources(root)).toThrow(AptSourcesError);
    expect(() => readSystemAptSources(root)).toThrow(
      /bad\.list: line 2: expected a URI and a suite/,
    );
  });

  it('names the file of a .sources paragraph without URIs', () => {
    const root = aptRoot({ 'etc/apt/sources.list.d/bad.sources': 'Types: deb\nSuites: trixie\n' });
    expect(() => readSystemAptSources(root)).toThrow(
      /bad\.sources: paragraph at line 1 has no URIs/,
    );
  });
});

describe('systemMirror', () => {
  it('skips security-only and updates-only entries and strips the trailing slash', () => {
    const root = aptRoot({
      'etc/apt/sources.list':
        'deb http://archive.example/debian-security trixie-security main\n' +
        'deb http://archive.example/debian trixie-updates main\n' +
        'deb-src http://src-only.example/debian trixie main\n',
      'etc/apt/sources.list.d/debian.sources': DEB822,
    });
    expect(systemMirror(root)).toBe('http://archive.example/debian');
  });

  it('takes an entry that mixes a suite with its updates suite', () => {
    const root = aptRoot({
      'etc/apt/sources.list.d/debian.sources':
        'Types: deb\nURIs: http://mixed.example/debian//\nSuites: bookworm bookworm-updates\nComponents: main\n',
    });
    expect(systemMirror(root)).toBe('http://mixed.example/debian');
  });
});
