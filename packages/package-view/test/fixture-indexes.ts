// Package indexes for unit tests: the recorded PGDG fixture files (PGDG's own format, written
// by hand because PGDG is out of reach here; see packages/apt/test/fixtures/pgdg/README.md),
// parsed by the real parser, and a few Debian stanzas for what PGDG does not carry.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createPackageIndex,
  parsePackages,
  parseRelations,
  type AptRepository,
  type BinaryPackage,
  type PackageIndex,
} from '@pgforge/apt';
import type { Config } from '@pgforge/config';
import {
  viewWithoutBase,
  type DistributionView,
  type PackageIndexReader,
} from '@pgforge/package-view';

const PGDG = join(import.meta.dirname, '../../apt/test/fixtures/pgdg/dists');

function debianStanzas(architecture: string): BinaryPackage[] {
  const own = [
    stanza('libsasl2-modules', '2.1.28+dfsg1-9', architecture),
    stanza('libldap-common', '2.6.10+dfsg-1', architecture),
    // What the server layer installs before PGDG is set up (https mirror, PGDG's own key).
    stanza('ca-certificates', '20250419', architecture),
    stanza('postgresql-common', '278', architecture),
    stanza('locales-all', '2.41-12', architecture),
    stanza('locales-all', '2.41-12+deb13u4', architecture),
  ];
  return [...own, ...dependencyStubs(architecture, new Set(own.map((p) => p.package)))];
}

/**
 * Every name the PGDG fixture's stanzas depend on, as a Debian stanza of its own with no
 * dependencies (version 99:9999, above every constraint there): the recorded PGDG files are the
 * subject of these tests, and the whole set is resolved against real archives elsewhere.
 */
function dependencyStubs(architecture: string, have: Set<string>): BinaryPackage[] {
  const names = new Set<string>();
  for (const dir of readdirSync(PGDG)) {
    for (const component of readdirSync(join(PGDG, dir))) {
      const file = join(PGDG, dir, component, `binary-${architecture}`, 'Packages');
      if (!existsSync(file)) continue;
      for (const pkg of parsePackages(readFileSync(file, 'utf8'), file)) {
        for (const group of parseRelations(`${pkg.preDepends}, ${pkg.depends}`)) {
          for (const r of group) names.add(r.name);
        }
      }
    }
  }
  return [...names]
    .filter((n) => !have.has(n) && !/^postgresql-/.test(n) && n !== 'libpq5')
    .map((name) => stanza(name, '99:9999', architecture));
}

function stanza(name: string, version: string, architecture: string): BinaryPackage {
  return {
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
  };
}

/**
 * The view of a base that holds nothing, from the configured Debian archive alone (the tests'
 * configurations set debian-mirror): no host apt source is read.
 */
export async function fixtureView(
  config: Config,
  distribution = 'trixie',
): Promise<DistributionView> {
  const keyringDir = await mkdtemp(join(tmpdir(), 'pgforge-fixture-keys-'));
  const repositories = await viewWithoutBase(config, distribution, {
    keyringDir,
    hostRoot: join(keyringDir, 'no-host'),
  });
  return {
    distribution,
    origin: 'fixture',
    repositories,
    platforms: config.platforms.map((platform) => ({
      platform,
      architecture: platform.split('/')[1] ?? 'amd64',
      installed: [],
    })),
  };
}

/** Serves fixture indexes; records what was asked, so tests can check the sources used. */
export class FixtureIndexes implements PackageIndexReader {
  readonly requests: string[] = [];
  /** `digests`: each index known by a digest (of its name here), as the APT client's are. */
  constructor(private readonly options: { digests?: boolean } = {}) {}

  async packages(
    repo: AptRepository,
    component: string,
    architecture: string,
  ): Promise<PackageIndex> {
    this.requests.push(`${repo.mirror} ${repo.suite} ${component} ${architecture}`);
    const origin = {
      suite: repo.suite,
      component,
      architecture,
      source: repo.mirror,
      ...(this.options.digests
        ? { digest: `fixture ${repo.mirror} ${repo.suite} ${component} ${architecture}` }
        : {}),
    };
    if (repo.suite.endsWith('-pgdg')) {
      const file = join(PGDG, repo.suite, component, `binary-${architecture}`, 'Packages');
      const stanzas = existsSync(file) ? parsePackages(readFileSync(file, 'utf8'), file) : [];
      return createPackageIndex(origin, stanzas);
    }
    return createPackageIndex(origin, debianStanzas(architecture));
  }
}
