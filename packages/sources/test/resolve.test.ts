import { describe, expect, it } from 'vitest';
import { parseConfig, PGDG_MIRROR } from '@pgforge/config';
import { resolveDistribution } from '@pgforge/sources';
import { FixtureIndexes } from './fixture-indexes.js';

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
    const [r] = await resolveDistribution(config('postgres: [17]'), 'trixie', apt);
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
    const [r] = await resolveDistribution(
      config('postgres: ["17.5"]'),
      'trixie',
      new FixtureIndexes(),
    );
    expect(r?.postgres.debianVersion).toBe('17.5-1.pgdg13+1');
  });

  it('finds a preview in the component named after its major', async () => {
    const apt = new FixtureIndexes();
    const c = config(
      'postgres: ["19~beta3"]',
      undefined,
      'flavours: { minimal: { packages: [] } }',
    );
    const [r] = await resolveDistribution(c, 'trixie', apt);
    expect(r?.postgres).toEqual({
      version: '19~beta3',
      debianVersion: '19~beta3-1.pgdg13+1',
      preview: true,
    });
    expect(apt.requests).toContain(`${PGDG_MIRROR} trixie-pgdg 19 amd64`);
  });

  it('expands "supported" to the majors the source carries', async () => {
    const rs = await resolveDistribution(
      config('postgres: supported', undefined, 'flavours: { minimal: { packages: [] } }'),
      'trixie',
      new FixtureIndexes(),
    );
    expect(rs.map((r) => r.major)).toEqual([17, 18]);
  });

  it('names the field, the value and what the source has when a release is missing', async () => {
    await expect(
      resolveDistribution(config('postgres: ["17.9"]'), 'trixie', new FixtureIndexes()),
    ).rejects.toThrow(
      'images.yaml: postgres[0]: PostgreSQL 17.9 is not in PGDG trixie-pgdg + Debian trixie for amd64; it has 17.5, 17.6',
    );
  });

  it('names the flavour package a platform lacks', async () => {
    await expect(
      resolveDistribution(
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
    const [r] = await resolveDistribution(withOptional, 'trixie', new FixtureIndexes());
    expect(r?.flavourPackages.minimal).toEqual([]);
  });
});
