import { describe, expect, it } from 'vitest';
import { KeyringError, SignatureError, UnknownSuiteError } from '@pgforge/apt';
import { ConfigError, parseConfig, PGDG_MIRROR, type Config } from '@pgforge/config';
import { resolveDistribution } from '@pgforge/package-view';
import { FixtureIndexes, fixtureView } from './fixture-indexes.js';

/** resolveDistribution with the view of an empty base over the configured Debian archive. */
const resolve = async (
  c: Config,
  distribution: string,
  apt: Parameters<typeof resolveDistribution>[2],
) => resolveDistribution(c, distribution, apt, { view: await fixtureView(c, distribution) });

const DEBIAN = 'http://debian.invalid/debian';

const FLAVOURS = [
  'flavours:',
  '  minimal: { packages: [libsasl2-modules, libldap-common] }',
  '  standard: { from: minimal, packages: [locales-all, "postgresql-{major}-pgvector"] }',
].join('\n');

function config(extra: string, platforms = '[linux/amd64]', flavours = FLAVOURS) {
  return parseConfig(
    [
      'distributions: [trixie]',
      `platforms: ${platforms}`,
      `packages: { source: pgdg, debian-mirror: "${DEBIAN}" }`,
      flavours,
      extra,
    ].join('\n'),
    'images.yaml',
  );
}

describe('resolution from recorded PGDG fixture indexes', () => {
  it('picks the newest PGDG release of a major and pins every package', async () => {
    const apt = new FixtureIndexes();
    const [r] = await resolve(config('postgres: [17]'), 'trixie', apt);
    expect(r?.postgres).toEqual({
      version: '17.6',
      debianVersion: '17.6-2.pgdg13+1',
      preview: false,
    });
    expect(r?.server).toEqual([{ name: 'postgresql-17', version: '17.6-2.pgdg13+1' }]);
    // The newest source version (0.8.1-1.pgdg13+1) and the newest binary built from it.
    expect(r?.flavourPackages.standard).toEqual([
      { name: 'locales-all', version: '2.41-12+deb13u4' },
      { name: 'postgresql-17-pgvector', version: '0.8.1-1.pgdg13+2' },
    ]);
    expect(apt.requests).toContain(`${PGDG_MIRROR} trixie-pgdg main amd64`);
    expect(apt.requests).toContain(`${DEBIAN} trixie main amd64`);
  });

  it('honours an exact release', async () => {
    const [r] = await resolve(config('postgres: ["17.5"]'), 'trixie', new FixtureIndexes());
    expect(r?.postgres.debianVersion).toBe('17.5-1.pgdg13+1');
  });

  it('finds a preview in the component named after its major', async () => {
    const apt = new FixtureIndexes();
    const c = config(
      'postgres: ["19~beta3"]',
      undefined,
      'flavours: { minimal: { packages: [] } }',
    );
    const [r] = await resolve(c, 'trixie', apt);
    expect(r?.postgres).toEqual({
      version: '19~beta3',
      debianVersion: '19~beta3-1.pgdg13+1',
      preview: true,
    });
    expect(apt.requests).toContain(`${PGDG_MIRROR} trixie-pgdg 19 amd64`);
  });

  it('expands "supported" to the majors the source carries', async () => {
    const rs = await resolve(
      config('postgres: supported', undefined, 'flavours: { minimal: { packages: [] } }'),
      'trixie',
      new FixtureIndexes(),
    );
    expect(rs.map((r) => r.major)).toEqual([17, 18]);
  });

  it('names the field, the value and what the source has when a release is missing', async () => {
    await expect(
      resolve(config('postgres: ["17.9"]'), 'trixie', new FixtureIndexes()),
    ).rejects.toThrow(
      'images.yaml:7: postgres[0]: PostgreSQL 17.9 is not in PGDG trixie-pgdg + Debian trixie, trixie-updates for amd64; it has 17.5, 17.6',
    );
  });

  it('names the flavour package a platform lacks', async () => {
    await expect(
      resolve(
        config('postgres: [17]', '[linux/amd64, linux/arm64]'),
        'trixie',
        new FixtureIndexes(),
      ),
    ).rejects.toThrow(
      /flavours\.standard\.packages\[1\]: "postgresql-17-pgvector" .* is not in .* for arm64/,
    );
  });

  it('leaves out an optional package the source lacks', async () => {
    const c = config('postgres: [17]').flavours;
    const withOptional = parseConfig(
      [
        'distributions: [trixie]',
        'platforms: [linux/amd64]',
        `packages: { source: pgdg, debian-mirror: "${DEBIAN}" }`,
        'postgres: [17]',
        'flavours: { minimal: { packages: [{ name: "postgresql-{major}-nothere", optional: true }] } }',
      ].join('\n'),
      'images.yaml',
    );
    expect(c).toHaveLength(2);
    const [r] = await resolve(withOptional, 'trixie', new FixtureIndexes());
    expect(r?.flavourPackages.minimal).toEqual([]);
  });
});

describe('a repository that is not what the configuration says', () => {
  const failing = (error: Error) => ({ packages: () => Promise.reject(error) });
  const pgdg = () =>
    parseConfig(
      [
        'distributions: [trixie]',
        'platforms: [linux/amd64]',
        `packages: { source: pgdg, mirror: "http://pgdg.invalid/apt", keyring: [/k/mirror.asc], debian-mirror: "${DEBIAN}" }`,
      ].join('\n'),
      'images.yaml',
    );

  it('a suite the mirror lacks names packages.mirror and what to set', async () => {
    const error = await resolve(
      pgdg(),
      'trixie',
      failing(
        new UnknownSuiteError(
          'http://pgdg.invalid/apt',
          'trixie-pgdg',
          'http://pgdg.invalid/apt/dists/trixie-pgdg/InRelease',
        ),
      ),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const [p] = (error as ConfigError).problems;
    expect(p?.field).toBe('packages.mirror');
    expect(p?.message).toContain('suite trixie-pgdg not found at http://pgdg.invalid/apt');
    expect(p?.message).toContain(
      'PGDG trixie-pgdg needs dists/trixie-pgdg; set packages.mirror to an archive that has it, or take trixie out of distributions',
    );
  });

  it('an InRelease no configured key signed names the keyring setting of that archive', async () => {
    const signature = (suite: string) =>
      new SignatureError(
        'http://m.invalid',
        suite,
        ['/k/mirror.asc'],
        'is signed only by key(s) ABCD, which none of the keyrings hold',
        ['ABCD'],
      );
    const error = await resolve(pgdg(), 'trixie', failing(signature('trixie-pgdg'))).catch(
      (e: unknown) => e,
    );
    const [p] = (error as ConfigError).problems;
    expect(p?.field).toBe('packages.keyring');
    expect(p?.message).toContain('signed only by key(s) ABCD');
    expect(p?.message).toContain(
      'set packages.keyring to the key file(s) that sign http://pgdg.invalid/apt',
    );
    // The Debian archive's keys are another setting.
    const debianOnly = {
      packages: (repo: { suite: string }) =>
        repo.suite === 'trixie'
          ? Promise.reject(signature('trixie'))
          : new FixtureIndexes().packages(repo as never, 'main', 'amd64'),
    };
    const e2 = await resolve(pgdg(), 'trixie', debianOnly as never).catch((e: unknown) => e);
    expect((e2 as ConfigError).problems[0]?.field).toBe('packages.debian-keyring');
  });

  it('a keyring file that is not a key names the keyring setting and the file', async () => {
    const error = await resolve(
      pgdg(),
      'trixie',
      failing(new KeyringError('/k/debian.gpg', 'holds no OpenPGP public key')),
    ).catch((e: unknown) => e);
    const [p] = (error as ConfigError).problems;
    expect(p?.field).toBe('packages.keyring');
    expect(p?.value).toBe('/k/debian.gpg');
    expect(p?.message).toContain('keyring /k/debian.gpg: holds no OpenPGP public key');
  });

  it('other failures (the network, a bad signature from a mirror mid-write) pass unchanged', async () => {
    const network = new Error('connect ECONNREFUSED');
    expect(await resolve(pgdg(), 'trixie', failing(network)).catch((e: unknown) => e)).toBe(
      network,
    );
    const invalid = new SignatureError(
      'http://m.invalid',
      'trixie-pgdg',
      ['/k/mirror.asc'],
      'has no valid signature: invalid signature by ABCD',
    );
    expect(await resolve(pgdg(), 'trixie', failing(invalid)).catch((e: unknown) => e)).toBe(
      invalid,
    );
  });
});
