/**
 * Relationship parsing with versions, and the dependency closure on small hand-written
 * indexes: alternatives, virtual packages, versioned Provides, cycles, several indexes.
 * (The integration test compares a real closure with apt's.)
 */
import { describe, expect, it } from 'vitest';
import {
  UnsatisfiableDependencyError,
  createPackageIndex,
  dependencyClosure,
  minbaseRoots,
  parsePackages,
  parseDpkgStatus,
  parseRelations,
  predictInstall,
  satisfiesConstraint,
} from '@pgforge/apt';
import type { BinaryPackage, PackageIndex } from '@pgforge/apt';

interface Stanza {
  version?: string;
  depends?: string;
  preDepends?: string;
  provides?: string;
  priority?: string;
  essential?: boolean;
}

function indexOf(stanzas: Record<string, Stanza | Stanza[]>, suite = 'trixie'): PackageIndex {
  const text = Object.entries(stanzas)
    .flatMap(([name, s]) => (Array.isArray(s) ? s : [s]).map((one) => [name, one] as const))
    .map(
      ([name, s]) =>
        `Package: ${name}\nVersion: ${s.version ?? '1.0'}\nArchitecture: amd64\n` +
        (s.preDepends ? `Pre-Depends: ${s.preDepends}\n` : '') +
        (s.depends ? `Depends: ${s.depends}\n` : '') +
        (s.provides ? `Provides: ${s.provides}\n` : '') +
        (s.priority ? `Priority: ${s.priority}\n` : '') +
        (s.essential ? 'Essential: yes\n' : '') +
        `Filename: pool/${name}.deb\nSize: 1\nSHA256: ${'a'.repeat(64)}\n`,
    )
    .join('\n');
  return createPackageIndex(
    { suite, component: 'main', architecture: 'amd64', source: 'test' },
    parsePackages(text, 'test'),
  );
}

const names = (index: PackageIndex | PackageIndex[], roots: string[]): string[] =>
  [...dependencyClosure(index, roots).packages.keys()].sort();

describe('parseRelations', () => {
  it('keeps names, operators and versions; drops arch qualifiers, arch lists, profiles', () => {
    expect(
      parseRelations(
        'libc6 (>= 2.38), a | b:any (<< 2:1.0~) [amd64], c (= 1) <!nocheck>,\n d (>1), e (<1)',
      ),
    ).toEqual([
      [{ name: 'libc6', constraint: { op: '>=', version: '2.38' } }],
      [{ name: 'a' }, { name: 'b', constraint: { op: '<<', version: '2:1.0~' } }],
      [{ name: 'c', constraint: { op: '=', version: '1' } }],
      [{ name: 'd', constraint: { op: '>=', version: '1' } }],
      [{ name: 'e', constraint: { op: '<=', version: '1' } }],
    ]);
    expect(parseRelations('')).toEqual([]);
  });

  it('satisfiesConstraint uses dpkg version order', () => {
    expect(satisfiesConstraint('1.0~rc1', { op: '<<', version: '1.0' })).toBe(true);
    expect(satisfiesConstraint('1:0.1', { op: '>>', version: '9.9' })).toBe(true);
    expect(satisfiesConstraint('2.38-1', { op: '>=', version: '2.38' })).toBe(true);
    expect(satisfiesConstraint('2.37', { op: '>=', version: '2.38' })).toBe(false);
    expect(satisfiesConstraint('1.0', undefined)).toBe(true);
  });
});

describe('dependencyClosure', () => {
  it('follows Depends and Pre-Depends, not Recommends; roots come first', () => {
    const index = indexOf({
      app: { depends: 'liba (>= 1.0), libb', preDepends: 'pre' },
      liba: { version: '1.2', depends: 'libc6' },
      libb: { depends: 'libc6' },
      pre: {},
      libc6: {},
      unrelated: {},
    });
    const closure = dependencyClosure(index, ['app']);
    expect([...closure.packages.keys()][0]).toBe('app');
    expect(names(index, ['app'])).toEqual(['app', 'liba', 'libb', 'libc6', 'pre']);
    expect(closure.requiredBy.get('libc6')).toBe('liba');
    expect(closure.requiredBy.has('app')).toBe(false);
  });

  it('takes the first satisfiable alternative, unless a later one is already chosen', () => {
    const index = indexOf({
      app: { depends: 'missing | second | third' },
      second: {},
      third: {},
      both: { depends: 'third, first-choice | third' },
      'first-choice': {},
    });
    expect(names(index, ['app'])).toEqual(['app', 'second']);
    expect(names(index, ['both'])).toEqual(['both', 'third']);
  });

  it('an alternative whose candidate is too old is skipped', () => {
    const index = indexOf({
      app: { depends: 'liba (>= 2) | libb' },
      liba: { version: '1.5' },
      libb: {},
    });
    expect(names(index, ['app'])).toEqual(['app', 'libb']);
  });

  it('virtual packages through Provides: Essential, then Priority, then name', () => {
    const index = indexOf({
      app: { depends: 'awk' },
      mawk: { provides: 'awk', priority: 'required' },
      gawk: { provides: 'awk', priority: 'optional' },
      original: { provides: 'awk', priority: 'optional' },
      ess: { depends: 'sh' },
      dash: { provides: 'sh', essential: true, priority: 'optional' },
      ash: { provides: 'sh', priority: 'required' },
    });
    expect(names(index, ['app'])).toEqual(['app', 'mawk']);
    expect(names(index, ['ess'])).toEqual(['dash', 'ess']);
  });

  it('a provider already chosen satisfies a later dependency on the virtual name', () => {
    const index = indexOf({
      app: { depends: 'gawk, awk' },
      mawk: { provides: 'awk', priority: 'required' },
      gawk: { provides: 'awk' },
    });
    expect(names(index, ['app'])).toEqual(['app', 'gawk']);
  });

  it('versioned dependencies on virtual names need versioned Provides', () => {
    const index = indexOf({
      app: { depends: 'libfoo-abi (>= 3)' },
      'libfoo-unversioned': { provides: 'libfoo-abi' },
      'libfoo-old': { provides: 'libfoo-abi (= 2)' },
      'libfoo-new': { provides: 'libfoo-abi (= 3)' },
    });
    expect(names(index, ['app'])).toEqual(['app', 'libfoo-new']);
  });

  it('cycles end; a root may be virtual; the newest version is the candidate', () => {
    const index = indexOf({
      a: { depends: 'b' },
      b: [{ version: '2', depends: 'a' }, { version: '1' }],
      impl: { provides: 'virtual-root' },
    });
    const closure = dependencyClosure(index, ['a', 'virtual-root']);
    expect([...closure.packages.keys()].sort()).toEqual(['a', 'b', 'impl']);
    expect(closure.packages.get('b')?.version).toBe('2');
  });

  it('over several indexes the newest version wins, wherever it is', () => {
    const debian = indexOf({ app: { version: '1', depends: 'old-dep' }, 'old-dep': {} });
    const pgdg = indexOf({ app: { version: '2', depends: 'new-dep' }, 'new-dep': {} }, 'pgdg');
    const closure = dependencyClosure([debian, pgdg], ['app']);
    expect([...closure.packages.keys()].sort()).toEqual(['app', 'new-dep']);
    expect(closure.packages.get('app')?.version).toBe('2');
  });

  it('an unsatisfiable group names the package, the relation and each reason', () => {
    const index = indexOf({
      app: { depends: 'liba (>= 2) | nowhere' },
      liba: { version: '1.5' },
    });
    let error: unknown;
    try {
      dependencyClosure(index, ['app']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnsatisfiableDependencyError);
    expect((error as Error).message).toBe(
      'app depends on "liba (>= 2) | nowhere", which cannot be satisfied from trixie main amd64: ' +
        "liba's candidate is 1.5, not liba (>= 2); no package or provider of nowhere",
    );
    expect(() => dependencyClosure(index, ['ghost'])).toThrow(
      'root package "ghost" cannot be satisfied from trixie main amd64: no package or provider of ghost',
    );
  });
});

describe('minbaseRoots', () => {
  it('Priority required and Essential packages, plus apt', () => {
    const index = indexOf({
      'base-files': { priority: 'required', essential: true },
      dpkg: { priority: 'required' },
      bash: { essential: true },
      apt: { priority: 'important' },
      vim: { priority: 'optional' },
    });
    expect(minbaseRoots(index)).toEqual(['apt', 'base-files', 'bash', 'dpkg']);
  });
});

/** A dpkg status file holding each package at the version given. */
function statusOf(stanzas: Record<string, Stanza>): BinaryPackage[] {
  return parseDpkgStatus(
    Object.entries(stanzas)
      .map(
        ([name, s]) =>
          `Package: ${name}\nStatus: install ok installed\nVersion: ${s.version ?? '1.0'}\nArchitecture: amd64\n` +
          (s.depends ? `Depends: ${s.depends}\n` : '') +
          (s.provides ? `Provides: ${s.provides}\n` : ''),
      )
      .join('\n'),
    'status',
  );
}

describe('predictInstall: on top of what an image holds', () => {
  const main = indexOf({
    libkrb: { version: '1.21-5+deb13u1', depends: 'libc6' },
    libc6: { version: '2.41-12' },
    app: { version: '2.0', depends: 'libkrb (>= 1.21), libnew' },
    libnew: { depends: 'libc6 (>= 2.41-12)' },
    gone: { version: '1.0' },
  });
  const security = indexOf(
    { libkrb: { version: '1.21-5+deb13u2', depends: 'libc6, libsec' }, libsec: {} },
    'trixie-security',
  );
  const base = statusOf({ libkrb: { version: '1.21-5+deb13u1' }, libc6: { version: '2.41-11' } });

  it('what is there satisfies dependencies; a version it does not meet is replaced (upgraded)', () => {
    const p = predictInstall({ indexes: [main], installed: base, roots: ['app'] });
    expect(Object.fromEntries([...p.packages].map(([n, s]) => [n, s.version]))).toEqual({
      libkrb: '1.21-5+deb13u1',
      libc6: '2.41-12',
      app: '2.0',
      libnew: '1.0',
    });
    expect(Object.fromEntries(p.changes)).toEqual({
      app: { reason: 'installed' },
      libnew: { reason: 'installed' },
      // libnew needs libc6 >= 2.41-12: the base's 2.41-11 is upgraded, as apt would.
      libc6: { reason: 'upgraded', from: '2.41-11' },
    });
    expect(p.roots).toEqual(['app']);
  });

  it('upgrade: every installed package to the newest any suite has, with what the new version needs', () => {
    const p = predictInstall({
      indexes: [main, security],
      installed: base,
      roots: [],
      upgrade: true,
    });
    expect(p.packages.get('libkrb')?.version).toBe('1.21-5+deb13u2');
    expect(p.changes.get('libkrb')).toEqual({ reason: 'upgraded', from: '1.21-5+deb13u1' });
    expect(p.changes.get('libsec')).toEqual({ reason: 'installed' });
    // Without upgrade, the base's packages stay as they are.
    const kept = predictInstall({ indexes: [main, security], installed: base, roots: [] });
    expect(kept.changes.size).toBe(0);
  });

  it('a root at an exact version is taken at that version, or named when no index has it', () => {
    const p = predictInstall({
      indexes: [main, security],
      installed: base,
      roots: [{ name: 'libkrb', version: '1.21-5+deb13u1' }],
    });
    expect(p.changes.size).toBe(0);
    expect(() =>
      predictInstall({ indexes: [main], roots: [{ name: 'app', version: '3.0' }] }),
    ).toThrow(
      'root package "app (= 3.0)" cannot be satisfied from trixie main amd64: the indexes have app 2.0',
    );
  });

  it('parseDpkgStatus keeps only installed packages, with their relations', () => {
    const status = parseDpkgStatus(
      [
        'Package: a\nStatus: install ok installed\nVersion: 1\nArchitecture: all\nDepends: b (>= 2),\n c\nSource: src (0.9)',
        'Package: b\nStatus: deinstall ok config-files\nVersion: 2\nArchitecture: amd64',
      ].join('\n\n'),
      'status',
    );
    expect(status).toHaveLength(1);
    expect(status[0]).toMatchObject({
      package: 'a',
      version: '1',
      architecture: 'all',
      depends: 'b (>= 2), c',
      source: 'src',
      sourceVersion: '0.9',
    });
  });
});

describe('predictInstall: a root given by name', () => {
  it('upgrades an installed package whose candidate is newer, as apt-get install does', () => {
    const index = indexOf({ 'ca-certificates': { version: '20250419' } });
    const base = statusOf({ 'ca-certificates': { version: '20240203' } });
    const p = predictInstall({ indexes: [index], installed: base, roots: ['ca-certificates'] });
    expect(p.packages.get('ca-certificates')?.version).toBe('20250419');
    expect(p.changes.get('ca-certificates')).toEqual({ reason: 'upgraded', from: '20240203' });
    // Already the candidate: nothing to do.
    const same = predictInstall({
      indexes: [index],
      installed: statusOf({ 'ca-certificates': { version: '20250419' } }),
      roots: ['ca-certificates'],
    });
    expect(same.changes.size).toBe(0);
  });
});
