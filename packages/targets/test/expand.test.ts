import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig, TAG_PATTERN } from '@pgforge/config';
import {
  debianArchitecturesArg,
  expandTargets,
  FINGERPRINT_ANNOTATION,
  productionReferences,
  testingReferences,
  type ExpandInputs,
  type ImagePackage,
  type ResolvedPackage,
  type Resolution,
} from '@pgforge/targets';

const NOW = new Date('2026-11-21T13:15:42Z');

const BASE: ImagePackage[] = [
  { name: 'libc6', version: '2.41-12' },
  { name: 'libkrb5-3', version: '1.21.3-5+deb13u1' },
];

/**
 * What the prediction (@pgforge/package-view) would give for these packages: the base, the server
 * with one dependency (libpq5), each flavour's packages on its parent's set; `upgrades`
 * replace packages of the base (a security fix) in every flavour, or add a dependency to full.
 */
function imagesFor(
  server: ResolvedPackage[],
  flavourPackages: Record<string, ResolvedPackage[]>,
  upgrades: { base?: ImagePackage[]; full?: ImagePackage[] } = {},
): Resolution['images'] {
  const installed = (p: ResolvedPackage): ImagePackage => ({
    ...p,
    change: 'installed',
    suite: 'trixie',
  });
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : 1);
  const upgraded = upgrades.base ?? [];
  const base = BASE.map((p) => upgraded.find((u) => u.name === p.name) ?? p);
  const minimalOwn = [
    ...server,
    { name: 'libpq5', version: '17.6-1' },
    ...(flavourPackages.minimal ?? []),
  ];
  const minimal = [...base, ...minimalOwn.map(installed)].sort(byName);
  const standardOwn = flavourPackages.standard ?? [];
  const standard = [...minimal, ...standardOwn.map(installed)].sort(byName);
  const fullOwn = [...(flavourPackages.full ?? []), ...(upgrades.full ?? [])];
  const full = [...standard, ...fullOwn.map(installed)].sort(byName);
  return {
    minimal: { contents: minimal, installs: [...upgraded, ...minimalOwn].sort(byName) },
    standard: { contents: standard, installs: [...standardOwn].sort(byName) },
    full: { contents: full, installs: fullOwn.sort(byName) },
  };
}

function resolution(over: Partial<Resolution> = {}): Resolution {
  const r: Omit<Resolution, 'images'> = {
    major: 17,
    distribution: 'trixie',
    postgres: { version: '17.6', debianVersion: '17.6-1.pgdg13+1', preview: false },
    server: [{ name: 'postgresql-17', version: '17.6-1.pgdg13+1' }],
    flavourPackages: {
      minimal: [{ name: 'libsasl2-modules', version: '2.1.28+dfsg1-9' }],
      standard: [{ name: 'postgresql-17-pgvector', version: '0.8.1-1.pgdg13+1' }],
      full: [
        {
          name: 'postgresql-17-hypopg',
          version: '1.4.1-2+b1',
          byArchitecture: { amd64: '1.4.1-2+b1', arm64: '1.4.1-2' },
        },
      ],
    },
    base: { image: 'debian:trixie-slim', digest: `sha256:${'a'.repeat(64)}` },
    ...over,
  };
  return { ...r, images: over.images ?? imagesFor(r.server, r.flavourPackages) };
}

function inputs(
  yaml = 'registry: ghcr.io/example',
  over: Partial<ExpandInputs> = {},
): ExpandInputs {
  return {
    config: parseConfig(`${yaml}\ndistributions: [trixie]\npostgres: [17]`, 'images.yaml'),
    resolutions: [resolution()],
    now: NOW,
    dockerfileDigest: 'b'.repeat(64),
    source: { revision: 'c0ffee', url: 'https://github.com/example/images', vendor: 'example' },
    ...over,
  };
}

describe('expandTargets', () => {
  it("names CNPG's tags, never latest", () => {
    const [minimal, standard, full] = expandTargets(inputs());
    expect(minimal?.tags).toEqual({
      immutable: '17.6-202611211315-minimal-trixie',
      aliases: ['17.6-minimal-trixie', '17-minimal-trixie'],
    });
    expect(standard?.id).toBe('17-standard-trixie');
    expect(full?.parent).toBe('17-standard-trixie');
    expect(testingReferences(full!)).toEqual([
      'ghcr.io/example/postgresql-testing:17.6-202611211315-full-trixie',
    ]);
    expect(productionReferences(full!)).toEqual([
      'ghcr.io/example/postgresql:17.6-202611211315-full-trixie',
      'ghcr.io/example/postgresql:17.6-full-trixie',
      'ghcr.io/example/postgresql:17-full-trixie',
    ]);
  });

  it('tests builds in a testing registry of their own, production and fingerprint unchanged', () => {
    const [released] = expandTargets(inputs());
    const [pr] = expandTargets(inputs(undefined, { testingRegistry: 'localhost:5001/pr' }));
    expect(pr?.testingRepository).toBe('localhost:5001/pr/postgresql-testing');
    expect(testingReferences(pr!)).toEqual([
      'localhost:5001/pr/postgresql-testing:17.6-202611211315-minimal-trixie',
    ]);
    expect(pr?.repository).toBe('ghcr.io/example/postgresql');
    expect(productionReferences(pr!)).toEqual(productionReferences(released!));
    expect(pr?.fingerprint).toBe(released?.fingerprint);
    expect(pr?.annotations).toEqual(released?.annotations);
  });

  it('expresses the proposed scheme with the timestamp last', () => {
    const [t] = expandTargets(
      inputs('tags: { immutable: "{version}-{flavour}-{distribution}-{timestamp}", aliases: [] }'),
    );
    expect(t?.tags.immutable).toBe('17.6-minimal-trixie-202611211315');
  });

  it('spells a preview without its tilde', () => {
    const [t] = expandTargets(
      inputs(undefined, {
        resolutions: [
          resolution({
            major: 19,
            postgres: { version: '19~beta3', debianVersion: '19~beta3-1.pgdg13+1', preview: true },
          }),
        ],
      }),
    );
    expect(t?.tags.aliases).toEqual(['19beta3-minimal-trixie', '19-minimal-trixie']);
  });

  it('sets every annotation docs/contracts.md lists, and the fingerprint', () => {
    const [t] = expandTargets(inputs());
    const keys = [
      'created',
      'version',
      'revision',
      'source',
      'url',
      'title',
      'description',
      'vendor',
      'licenses',
      'base.name',
      'base.digest',
    ];
    for (const k of keys) expect(t?.annotations[`org.opencontainers.image.${k}`], k).toBeTruthy();
    expect(t?.annotations['org.opencontainers.image.created']).toBe('2026-11-21T13:15:00Z');
    expect(t?.annotations[FINGERPRINT_ANNOTATION]).toBe(t?.fingerprint);
    expect(t?.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('installs each layer pinned, per architecture where binaries differ', () => {
    const [minimal, standard, full] = expandTargets(inputs());
    // The whole layer's installs, dependencies included; the flavour's own names are roots.
    expect(minimal?.buildArgs.PACKAGES).toBe(
      'libpq5=17.6-1 libsasl2-modules=2.1.28+dfsg1-9 postgresql-17=17.6-1.pgdg13+1',
    );
    expect(minimal?.buildArgs.ROOT_PACKAGES).toBe('libsasl2-modules postgresql-17');
    expect(minimal?.contents.map((p) => p.name)).toEqual([
      'libc6',
      'libkrb5-3',
      'libpq5',
      'libsasl2-modules',
      'postgresql-17',
    ]);
    expect(standard?.buildArgs.PACKAGES).toBe('postgresql-17-pgvector=0.8.1-1.pgdg13+1');
    expect(full?.buildArgs).toMatchObject({
      PACKAGES: '',
      ARCH_PACKAGES: 'amd64:postgresql-17-hypopg=1.4.1-2+b1 arm64:postgresql-17-hypopg=1.4.1-2',
      BASE_IMAGE: `debian:trixie-slim@sha256:${'a'.repeat(64)}`,
    });
    expect(full?.packages.map((p) => p.name)).toEqual([
      'libsasl2-modules',
      'postgresql-17',
      'postgresql-17-hypopg',
      'postgresql-17-pgvector',
    ]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(expandTargets(inputs()))).toBe(JSON.stringify(expandTargets(inputs())));
  });

  it('rejects a template that names two targets with one tag', () => {
    expect(() =>
      expandTargets(
        inputs(
          'tags: { immutable: "{major}-{timestamp}-{flavour}-{distribution}", aliases: ["pg-{flavour}-{distribution}"] }',
          {
            resolutions: [resolution(), resolution({ major: 18 })],
          },
        ),
      ),
    ).toThrow(
      /tags.aliases\[0\]: renders "pg-minimal-trixie" for both 17-minimal-trixie and 18-minimal-trixie/,
    );
  });
});

describe('DEBIAN_ARCHITECTURES, the build argument the Dockerfile checks dpkg against', () => {
  it.each([
    [['linux/amd64', 'linux/arm64'], 'amd64=amd64 arm64=arm64'],
    // Keyed as BuildKit names TARGETARCH[/TARGETVARIANT]: arm64/v8 is arm64, arm is arm/v7.
    [['linux/arm64/v8', 'linux/arm'], 'arm64=arm64 arm/v7=armhf'],
    [['linux/arm/v6', 'linux/ppc64le', 'linux/s390x'], 'arm/v6=armel ppc64le=ppc64el s390x=s390x'],
  ])('%j → %s', (platforms, arg) => {
    expect(debianArchitecturesArg(platforms)).toBe(arg);
  });

  it('is a build argument of every target, so a platform change changes the fingerprint', () => {
    const [one] = expandTargets(inputs('registry: ghcr.io/example\nplatforms: [linux/amd64]'));
    const [two] = expandTargets(
      inputs('registry: ghcr.io/example\nplatforms: [linux/amd64, linux/arm64]'),
    );
    expect(one?.buildArgs.DEBIAN_ARCHITECTURES).toBe('amd64=amd64');
    expect(two?.buildArgs.DEBIAN_ARCHITECTURES).toBe('amd64=amd64 arm64=arm64');
    expect(one?.fingerprint).not.toBe(two?.fingerprint);
  });
});

describe('the fingerprint', () => {
  const base = (): string => expandTargets(inputs())[1]!.fingerprint;
  const changed: [string, () => ExpandInputs][] = [
    [
      'a package version',
      () =>
        inputs(undefined, {
          resolutions: [
            resolution({
              flavourPackages: {
                ...resolution().flavourPackages,
                standard: [{ name: 'postgresql-17-pgvector', version: '0.8.2-1' }],
              },
            }),
          ],
        }),
    ],
    [
      'the server version',
      () =>
        inputs(undefined, {
          resolutions: [
            resolution({ server: [{ name: 'postgresql-17', version: '17.7-1.pgdg13+1' }] }),
          ],
        }),
    ],
    [
      'the base digest',
      () =>
        inputs(undefined, {
          resolutions: [
            resolution({
              base: { image: 'debian:trixie-slim', digest: `sha256:${'d'.repeat(64)}` },
            }),
          ],
        }),
    ],
    ['the Dockerfile', () => inputs(undefined, { dockerfileDigest: 'e'.repeat(64) })],
    ['the platforms', () => inputs('platforms: [linux/amd64]')],
    [
      'a parent flavour package (same resolution)',
      () =>
        inputs(
          'flavours: { minimal: { packages: [libsasl2-modules, libldap-common] }, standard: { from: minimal, packages: ["postgresql-{major}-pgvector"] } }',
        ),
    ],
    [
      'a static annotation',
      () => inputs('annotations: { org.opencontainers.image.vendor: other }'),
    ],
  ];
  it.each(changed)('changes with %s', (_what, make) => {
    expect(expandTargets(make())[1]!.fingerprint).not.toBe(base());
  });

  it('a security fix in a base library rebuilds every flavour; one in a library only full holds, full alone', () => {
    const fingerprints = (images: Resolution['images']) =>
      expandTargets(inputs(undefined, { resolutions: [resolution({ images })] })).map(
        (t) => t.fingerprint,
      );
    const r = resolution();
    const before = fingerprints(r.images);
    const fix = { name: 'libkrb5-3', version: '1.21.3-5+deb13u2', change: 'upgraded' as const };
    const baseFix = fingerprints(imagesFor(r.server, r.flavourPackages, { base: [fix] }));
    expect(baseFix.map((f, i) => f !== before[i])).toEqual([true, true, true]);
    const geos = { name: 'libgeos3.13.1', version: '3.13.1-1+deb13u1' };
    const fullFix = fingerprints(imagesFor(r.server, r.flavourPackages, { full: [geos] }));
    expect(fullFix.map((f, i) => f !== before[i])).toEqual([false, false, true]);
    // The same set twice: the same fingerprints.
    expect(fingerprints(imagesFor(r.server, r.flavourPackages))).toEqual(before);
  });

  const same: [string, () => ExpandInputs][] = [
    ['the clock', () => inputs(undefined, { now: new Date('2027-01-01T00:00:00Z') })],
    [
      'the commit',
      () =>
        inputs(undefined, {
          source: {
            revision: 'deadbeef',
            url: 'https://github.com/example/images',
            vendor: 'example',
          },
        }),
    ],
    ['the registry', () => inputs('registry: ghcr.io/fork')],
  ];
  it.each(same)('stays with %s', (_what, make) => {
    expect(expandTargets(make())[1]!.fingerprint).toBe(base());
  });
});

describe('tag templating (property)', () => {
  it('renders valid tags for any valid flavour and distribution names', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
    fc.assert(
      fc.property(
        name,
        name,
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (flavour, distribution, now) => {
          const config = parseConfig(
            `distributions: [${distribution}]\npostgres: [17]\nflavours: { ${flavour}: { packages: [] } }`,
            'images.yaml',
          );
          const [t] = expandTargets({
            config,
            resolutions: [resolution({ distribution, flavourPackages: {} })],
            now,
            dockerfileDigest: 'f'.repeat(64),
          });
          for (const tag of [t!.tags.immutable, ...t!.tags.aliases]) {
            expect(tag).toMatch(TAG_PATTERN);
            expect(tag).not.toBe('latest');
            expect(tag).toContain(flavour);
          }
          expect(t!.tags.immutable).toMatch(/-\d{12}-/);
        },
      ),
    );
  });
});

describe('PGDG build arguments', () => {
  const PGDG = 'registry: ghcr.io/example\npackages: { source: pgdg, keyring: [/k/mirror.asc] }';
  const keyring = [{ path: '/k/mirror.asc', name: 'pgforge-pgdg-0.asc', sha256: 'e'.repeat(64) }];

  it('name the suite and the key files by hash; the target carries where the files are', () => {
    const [t] = expandTargets(inputs(PGDG, { pgdgMirror: 'http://172.17.0.1:8080/pgdg', keyring }));
    expect(t?.buildArgs).toMatchObject({
      PACKAGE_SOURCE: 'pgdg',
      PGDG_MIRROR: 'http://172.17.0.1:8080/pgdg',
      PGDG_SUITE: 'trixie-pgdg',
      PGDG_KEYRING: `pgforge-pgdg-0.asc=${'e'.repeat(64)}`,
    });
    expect(t?.keyring).toEqual(keyring);
  });

  it('put the keys into the fingerprint: another key, another fingerprint', () => {
    const a = expandTargets(inputs(PGDG, { pgdgMirror: 'http://m.invalid/apt', keyring }))[0];
    const b = expandTargets(
      inputs(PGDG, {
        pgdgMirror: 'http://m.invalid/apt',
        keyring: [{ ...keyring[0]!, sha256: 'd'.repeat(64) }],
      }),
    )[0];
    const none = expandTargets(inputs(PGDG, { pgdgMirror: 'http://m.invalid/apt' }))[0];
    expect(new Set([a?.fingerprint, b?.fingerprint, none?.fingerprint]).size).toBe(3);
    expect(none?.buildArgs.PGDG_KEYRING).toBeUndefined();
    expect(none?.keyring).toBeUndefined();
  });

  it('are not set for the distribution archive, whatever keyring it has', () => {
    const [t] = expandTargets(
      inputs(
        'registry: ghcr.io/example\npackages: { source: distribution, mirror: "http://d.invalid/debian" }',
        {
          keyring,
        },
      ),
    );
    expect(t?.buildArgs.PGDG_SUITE).toBeUndefined();
    expect(t?.buildArgs.PGDG_KEYRING).toBeUndefined();
    expect(t?.keyring).toBeUndefined();
  });
});
