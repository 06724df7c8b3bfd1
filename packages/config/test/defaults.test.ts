import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loadConfig,
  parseConfig,
  renderTemplate,
  type Config,
  type Flavour,
} from '../src/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pgforge-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pkg = (name: string, more: { minMajor?: number } = {}) => ({
  name,
  optional: false,
  ...more,
});

/** The operand images of docs/contracts.md, written out here rather than taken from src/defaults.ts. */
const DESIGN_FLAVOURS: Omit<Flavour, 'description'>[] = [
  {
    name: 'minimal',
    packages: [pkg('libsasl2-modules'), pkg('libldap-common')],
    lineage: ['minimal'],
  },
  {
    name: 'standard',
    from: 'minimal',
    packages: [
      pkg('locales-all'),
      pkg('postgresql-{major}-pgaudit'),
      pkg('postgresql-{major}-pgvector'),
      pkg('postgresql-{major}-pg-failover-slots'),
      pkg('postgresql-{major}-jit', { minMajor: 18 }),
    ],
    lineage: ['minimal', 'standard'],
  },
  {
    name: 'full',
    from: 'standard',
    packages: [
      pkg('postgresql-{major}-postgis-3'),
      pkg('postgresql-{major}-postgis-3-scripts'),
      pkg('postgresql-{major}-pgrouting'),
      pkg('postgresql-{major}-cron'),
      pkg('postgresql-{major}-partman'),
      pkg('postgresql-{major}-repack'),
      pkg('postgresql-{major}-hypopg'),
    ],
    lineage: ['minimal', 'standard', 'full'],
  },
];

function expectDesignImages(config: Config, registry: string): void {
  expect(config.registry).toBe(registry);
  expect(config.name).toBe('postgresql');
  expect(config.postgres).toEqual([{ major: 17 }, { major: 18 }]);
  expect(config.distributions).toEqual(['bookworm', 'trixie']);
  expect(config.platforms).toEqual(['linux/amd64', 'linux/arm64']);
  expect(config.base).toEqual({ image: 'debian:{distribution}-slim', resolveDigest: true });
  expect(config.packages.source).toBe('pgdg');
  expect(config.packages.mirror).toBeUndefined();
  expect(config.packages.keyring).toBeUndefined();
  expect(config.packages.allowExpiredRelease).toBe(false);
  expect(config.flavours).toMatchObject(DESIGN_FLAVOURS);
  // No package rule carries more than docs/contracts.md says (no max-major, no distributions).
  for (const f of config.flavours) {
    for (const p of f.packages) {
      expect(p.maxMajor).toBeUndefined();
      expect(p.distributions).toBeUndefined();
    }
    expect(f.description).toMatch(/\S/);
  }
  expect(config.flavours.find((f) => f.name === 'minimal')?.from).toBeUndefined();
  expect(config.selectedFlavours).toEqual(['minimal', 'standard', 'full']);
  expect(config.tags).toEqual({
    immutable: '{version}-{timestamp}-{flavour}-{distribution}',
    aliases: ['{version}-{flavour}-{distribution}', '{major}-{flavour}-{distribution}'],
  });
  expect(config.annotations).toEqual({});
}

describe('defaults', () => {
  it('with no file gives the images of docs/contracts.md', async () => {
    const config = await loadConfig(undefined, { cwd: dir });
    expect(config.origin).toBe('defaults');
    expectDesignImages(config, 'ghcr.io/cloudnative-pg');
  });

  it('with a file holding only registry gives the same images under that registry', async () => {
    await writeFile(join(dir, 'images.yaml'), 'registry: ghcr.io/example\n');
    const config = await loadConfig(undefined, { cwd: dir });
    expect(config.origin).toBe('images.yaml');
    expectDesignImages(config, 'ghcr.io/example');
    const none = await loadConfig('images.yaml', { cwd: join(dir, 'elsewhere') }).catch(
      (e: unknown) => e,
    );
    expect(none).toMatchObject({
      problems: [{ origin: 'images.yaml', message: 'file not found' }],
    });
  });

  it("refuses an empty file or one of comments only: it would build CNPG's images into CNPG's registry", () => {
    expect(() => parseConfig('', 'images.yaml')).toThrow(
      /^images\.yaml:1: the file is empty; it would build CNPG's own images into ghcr\.io\/cloudnative-pg/,
    );
    expect(() => parseConfig('# nothing yet\n', 'images.yaml')).toThrow(/empty \(comments only\)/);
    // With the registry given as an override, nothing goes to CNPG's: the defaults apply.
    const overridden = parseConfig('', 'images.yaml', {
      overrides: { registry: 'ghcr.io/example' },
    });
    expectDesignImages(overridden, 'ghcr.io/example');
  });

  it('refuses a package rule for a distribution the file does not build, not one an override leaves out', () => {
    const file = [
      'distributions: [trixie, bookworm]',
      'flavours:',
      '  minimal:',
      '    packages: [{ name: libfoo, distributions: [trixy] }, { name: libbar, distributions: [bookworm] }]',
    ].join('\n');
    expect(() => parseConfig(file, 'images.yaml')).toThrow(
      'images.yaml:4: flavours.minimal.packages[0].distributions[0]: "trixy" is not a configured distribution, so the rule installs "libfoo" nowhere; configured: trixie, bookworm',
    );
    const fixed = file.replace('trixy', 'trixie');
    expect(
      parseConfig(fixed, 'images.yaml', { overrides: { distributions: ['trixie'] } }).distributions,
    ).toEqual(['trixie']);
  });

  it('renders CNPG tag names with the default templates', () => {
    const { tags } = parseConfig('', 'defaults');
    const values = {
      version: '18.1',
      major: '18',
      timestamp: '202511211200',
      flavour: 'standard',
      distribution: 'trixie',
    };
    expect(renderTemplate(tags.immutable, values)).toBe('18.1-202511211200-standard-trixie');
    expect(tags.aliases.map((t) => renderTemplate(t, values))).toEqual([
      '18.1-standard-trixie',
      '18-standard-trixie',
    ]);
  });

  it('returns fresh values: changing one configuration leaves the next alone', () => {
    const first = parseConfig('', 'defaults');
    first.distributions.push('sid');
    first.platforms.push('linux/s390x');
    first.tags.aliases.push('{version}-{flavour}-{distribution}-x');
    expectDesignImages(parseConfig('', 'defaults'), 'ghcr.io/cloudnative-pg');
  });
});

const FULL = `# An image repository of its own: every key, and a flavour of its own.
$schema: ./schema/images.schema.json
registry: registry.example.com:5000/team
name: pg
postgres: [17, "18.1", "19~beta3"]
distributions: [trixie]
platforms: [linux/amd64, linux/arm64, linux/ppc64le]
base:
  image: registry.example.com:5000/debian:{distribution}-slim
  resolve-digest: false
packages:
  source: distribution
  mirror: https://mirror.example.com/debian/
  keyring: [/usr/share/keyrings/debian-archive-keyring.gpg]
  allow-expired-release: true
flavours:
  minimal:
    packages: [libsasl2-modules, libldap-common]
  standard:
    from: minimal
    packages:
      - locales-all
      - postgresql-{major}-pgvector
      - name: postgresql-{major}-jit
        min-major: 18
  custom:
    from: minimal
    description: minimal + pg_cron
    packages:
      - postgresql-{major}-cron
      - name: postgresql-{major}-pgaudit
        max-major: 18
        distributions: [trixie]
        optional: true
  analytics:
    from: custom
    packages: ["postgresql-{major}-hypopg"]
tags:
  immutable: "{version}-{flavour}-{distribution}-{timestamp}"
  aliases: ["{major}-{flavour}-{distribution}"]
annotations:
  org.opencontainers.image.vendor: Example
  org.opencontainers.image.licenses: PostgreSQL
`;

describe('a full configuration', () => {
  const config = parseConfig(FULL, 'images.yaml');

  it('takes every value from the file', () => {
    expect(config).toMatchObject({
      origin: 'images.yaml',
      registry: 'registry.example.com:5000/team',
      name: 'pg',
      postgres: [{ major: 17 }, { major: 18, exact: '18.1' }, { major: 19, exact: '19~beta3' }],
      distributions: ['trixie'],
      platforms: ['linux/amd64', 'linux/arm64', 'linux/ppc64le'],
      base: { image: 'registry.example.com:5000/debian:{distribution}-slim', resolveDigest: false },
      packages: {
        source: 'distribution',
        mirror: 'https://mirror.example.com/debian',
        keyring: ['/usr/share/keyrings/debian-archive-keyring.gpg'],
        allowExpiredRelease: true,
      },
      selectedFlavours: ['minimal', 'standard', 'custom', 'analytics'],
      tags: {
        immutable: '{version}-{flavour}-{distribution}-{timestamp}',
        aliases: ['{major}-{flavour}-{distribution}'],
      },
      annotations: {
        'org.opencontainers.image.vendor': 'Example',
        'org.opencontainers.image.licenses': 'PostgreSQL',
      },
    });
  });

  it('builds each flavour from its parents, in definition order', () => {
    expect(config.flavours.map((f) => [f.name, f.from, f.lineage])).toEqual([
      ['minimal', undefined, ['minimal']],
      ['standard', 'minimal', ['minimal', 'standard']],
      ['custom', 'minimal', ['minimal', 'custom']],
      ['analytics', 'custom', ['minimal', 'custom', 'analytics']],
    ]);
    const custom = config.flavours.find((f) => f.name === 'custom');
    expect(custom?.description).toBe('minimal + pg_cron');
    expect(custom?.packages).toEqual([
      { name: 'postgresql-{major}-cron', optional: false },
      {
        name: 'postgresql-{major}-pgaudit',
        minMajor: undefined,
        maxMajor: 18,
        distributions: ['trixie'],
        optional: true,
      },
    ]);
  });

  it('accepts the proposal tag scheme with {timestamp} last', () => {
    expect(config.tags.immutable).toBe('{version}-{flavour}-{distribution}-{timestamp}');
    const tag = renderTemplate(config.tags.immutable, {
      version: '18.1',
      major: '18',
      timestamp: '202511211200',
      flavour: 'custom',
      distribution: 'trixie',
    });
    expect(tag).toBe('18.1-custom-trixie-202511211200');
  });
});

describe('postgres', () => {
  it.each([
    ['17', [{ major: 17 }]],
    ['"17.6"', [{ major: 17, exact: '17.6' }]],
    ['"19~beta3"', [{ major: 19, exact: '19~beta3' }]],
    [
      '[17, "18.1", "19~rc1"]',
      [{ major: 17 }, { major: 18, exact: '18.1' }, { major: 19, exact: '19~rc1' }],
    ],
  ])('postgres: [%s] parses to majors and exact versions', (written, expected) => {
    const list = written.startsWith('[') ? written : `[${written}]`;
    expect(parseConfig(`postgres: ${list}\n`, 'images.yaml').postgres).toEqual(expected);
  });

  it('accepts "supported", in the file and as an override', () => {
    expect(parseConfig('postgres: supported\n', 'images.yaml').postgres).toBe('supported');
    expect(
      parseConfig('postgres: [17]\n', 'images.yaml', { overrides: { postgres: ['supported'] } })
        .postgres,
    ).toBe('supported');
  });
});

describe('overrides', () => {
  const file = 'registry: ghcr.io/example\npostgres: [17]\ndistributions: [bookworm]\n';

  it('replace the values of the file', () => {
    const config = parseConfig(file, 'images.yaml', {
      overrides: {
        postgres: ['18', '19~beta3'],
        distributions: ['trixie', 'sid'],
        platforms: ['linux/arm64'],
        registry: 'ghcr.io/other',
        flavours: ['full', 'minimal'],
      },
    });
    expect(config.postgres).toEqual([{ major: 18 }, { major: 19, exact: '19~beta3' }]);
    expect(config.distributions).toEqual(['trixie', 'sid']);
    expect(config.platforms).toEqual(['linux/arm64']);
    expect(config.registry).toBe('ghcr.io/other');
    expect(config.selectedFlavours).toEqual(['full', 'minimal']);
    // Every flavour stays defined: full needs standard's packages.
    expect(config.flavours.map((f) => f.name)).toEqual(['minimal', 'standard', 'full']);
  });

  it('leave the rest of the file alone', () => {
    const config = parseConfig(file, 'images.yaml', { overrides: { platforms: ['linux/amd64'] } });
    expect(config.postgres).toEqual([{ major: 17 }]);
    expect(config.distributions).toEqual(['bookworm']);
    expect(config.registry).toBe('ghcr.io/example');
    expect(config.selectedFlavours).toEqual(['minimal', 'standard', 'full']);
  });

  it('narrow what a tag must tell apart: one flavour and one distribution need neither', () => {
    const tags = 'tags:\n  aliases: ["{major}"]\n';
    expect(() => parseConfig(tags, 'images.yaml')).toThrow('gives the same tag');
    const config = parseConfig(tags, 'images.yaml', {
      overrides: { flavours: ['standard'], distributions: ['trixie'] },
    });
    expect(config.tags.aliases).toEqual(['{major}']);
  });
});

describe('a registry override from a workflow expression', () => {
  it('is lowered, as docker/metadata-action names images of an owner with capitals', () => {
    const config = parseConfig('registry: ghcr.io/example\n', 'images.yaml', {
      overrides: { registry: 'ghcr.io/MyOrg' },
    });
    expect(config.registry).toBe('ghcr.io/myorg');
  });
});
