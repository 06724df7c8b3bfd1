// Package indexes for unit tests: the recorded PGDG fixture files (PGDG's own format, written
// by hand because PGDG is out of reach here; see packages/apt/test/fixtures/pgdg/README.md),
// parsed by the real parser, and a few Debian stanzas for what PGDG does not carry.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createPackageIndex,
  parsePackages,
  type AptRepository,
  type BinaryPackage,
  type PackageIndex,
} from '@pgforge/apt';
import type { PackageIndexReader } from '@pgforge/sources';

const PGDG = join(import.meta.dirname, '../../apt/test/fixtures/pgdg/dists');

function debianStanzas(architecture: string): BinaryPackage[] {
  const p = (name: string, version: string): BinaryPackage => ({
    package: name,
    version,
    architecture,
    source: name,
    sourceVersion: version,
    filename: `pool/main/${name}_${version}_${architecture}.deb`,
    size: 1,
    sha256: '0'.repeat(64),
    depends: '',
    preDepends: '',
    provides: '',
  });
  return [
    p('libsasl2-modules', '2.1.28+dfsg1-9'),
    p('libldap-common', '2.6.10+dfsg-1'),
    p('locales-all', '2.41-12'),
    p('locales-all', '2.41-12+deb13u4'),
  ];
}

/** Serves fixture indexes; records what was asked, so tests can check the sources used. */
export class FixtureIndexes implements PackageIndexReader {
  readonly requests: string[] = [];
  async packages(
    repo: AptRepository,
    component: string,
    architecture: string,
  ): Promise<PackageIndex> {
    this.requests.push(`${repo.mirror} ${repo.suite} ${component} ${architecture}`);
    const origin = { suite: repo.suite, component, architecture, source: repo.mirror };
    if (repo.suite.endsWith('-pgdg')) {
      const file = join(PGDG, repo.suite, component, `binary-${architecture}`, 'Packages');
      const stanzas = existsSync(file) ? parsePackages(readFileSync(file, 'utf8'), file) : [];
      return createPackageIndex(origin, stanzas);
    }
    return createPackageIndex(origin, debianStanzas(architecture));
  }
}
