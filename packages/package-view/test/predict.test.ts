/**
 * The whole-set prediction of each flavour: the base's packages upgraded, the flavour's
 * closure on its parent's set, and PGDG's set-up step as the build runs it (from the
 * distribution's archives alone, before PGDG's entry exists).
 */
import { describe, expect, it } from 'vitest';
import { createPackageIndex, parsePackages, type PackageIndex } from '@pgforge/apt';
import { predictArchImages } from '@pgforge/package-view';

function index(suite: string, stanzas: string[]): PackageIndex {
  const text = stanzas
    .map(
      (s) =>
        `${s}\nArchitecture: amd64\nFilename: pool/x.deb\nSize: 1\nSHA256: ${'a'.repeat(64)}\n`,
    )
    .join('\n');
  return createPackageIndex(
    { suite, component: 'main', architecture: 'amd64', source: suite },
    parsePackages(text, suite),
  );
}

const debian = index('trixie', [
  'Package: postgresql-common\nVersion: 278\nDepends: lsb-base',
  'Package: lsb-base\nVersion: 11.6',
  'Package: libc6\nVersion: 2.41-12',
]);
const pgdg = index('trixie-pgdg', [
  'Package: postgresql-common\nVersion: 284.pgdg13+1',
  'Package: postgresql-17\nVersion: 17.7-1.pgdg13+1\nDepends: postgresql-common, libc6',
]);
const flavours = [
  { name: 'minimal', packages: [], lineage: ['minimal'] },
  { name: 'standard', from: 'minimal', packages: [], lineage: ['minimal', 'standard'] },
];

describe('predictArchImages', () => {
  it('PGDG set-up: what Debian’s postgresql-common brought stays when PGDG’s replaces it', () => {
    const images = predictArchImages({
      flavours,
      upgrade: true,
      arch: {
        architecture: 'amd64',
        indexes: [pgdg, debian],
        setupIndexes: [debian],
        installed: [],
      },
      server: { name: 'postgresql-17', version: '17.7-1.pgdg13+1' },
      flavourPackages: { standard: [{ name: 'libc6', version: '2.41-12' }] },
      setup: ['postgresql-common'],
    });
    const minimal = images.get('minimal')!;
    expect(Object.fromEntries([...minimal.packages].map(([n, p]) => [n, p.version]))).toEqual({
      'postgresql-common': '284.pgdg13+1',
      'lsb-base': '11.6',
      'postgresql-17': '17.7-1.pgdg13+1',
      libc6: '2.41-12',
    });
    // standard's layer installs nothing new: libc6 is there at that version.
    const standard = images.get('standard')!;
    expect(
      [...standard.packages].filter(([n, p]) => standard.below.get(n)?.version !== p.version),
    ).toEqual([]);
  });
});
