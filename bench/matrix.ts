// `npm run bench`: how long the matrix takes, and how many targets it keeps, when nothing
// changed since the last publish, against real parts on loopback: a distribution registry, and
// signed APT archives shaped like PGDG (5 majors × bookworm-pgdg, trixie-pgdg × amd64, arm64)
// and like Debian (bookworm, trixie). Prints figures; asserts nothing.
//
// PGFORGE_BENCH_DEBIAN_PACKAGES: extra stanzas per Debian index (default 60000, about the size
// of Debian's main; 0 for a toy archive), so that cold-cache figures mean something.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { AptClient } from '@pgforge/apt';
import { RegistryBaseReader } from '@pgforge/sources';
import { DEFAULT_FLAVOURS, parseConfig } from '@pgforge/config';
import { runMatrix, type MatrixResult } from '@pgforge/matrix';
import { projectDockerfile } from '@pgforge/bake';
import { parsePlatform, parseReference, RegistryClient } from '@pgforge/oci';
import { FINGERPRINT_ANNOTATION, type Target } from '@pgforge/targets';
import { startRegistry, type RunningRegistry } from '../test/setup/registry.js';
import {
  generateArchiveKey,
  pgdgSuite,
  startAptArchive,
  startPgdgArchive,
  type AptArchive,
  type ArchivePackage,
  type ArchiveSuite,
  type PgdgExtension,
} from '../test/support/apt-archive.js';
import { pushAnnotatedIndex } from '../test/support/registry-images.js';

const MAJORS: Record<number, string> = {
  14: '14.19-1',
  15: '15.14-1',
  16: '16.10-1',
  17: '17.6-1',
  18: '18.0-1',
};
const DISTRIBUTIONS = ['bookworm', 'trixie'];
const ARCHITECTURES = ['amd64', 'arm64'];
// Issue 13's goals: nothing changed, under 2 s with a warm APT cache and 10 s with a cold one.
const GOAL_SECONDS = { warm: 2, cold: 10 };

// Every package the default flavours ask of PGDG, with PGDG's sources and versions.
const EXTENSIONS: PgdgExtension[] = [
  {
    name: 'pgaudit',
    source: 'pgaudit-{major}',
    version: { 14: '1.6.3-1', 15: '1.7.1-1', 16: '16.1-1', 17: '17.1-1', 18: '18.0-1' },
  },
  { name: 'pgvector', source: 'pgvector', version: '0.8.1-1' },
  { name: 'pg-failover-slots', source: 'pg-failover-slots', version: '1.1.0-2' },
  { name: 'postgis-3', source: 'postgis', version: '3.6.0+dfsg-1' },
  { name: 'postgis-3-scripts', source: 'postgis', version: '3.6.0+dfsg-1', architecture: 'all' },
  { name: 'pgrouting', source: 'pgrouting', version: '3.8.0-1' },
  { name: 'cron', source: 'pg-cron', version: '1.6.7-1' },
  { name: 'partman', source: 'pg-partman', version: '5.2.4-1' },
  { name: 'repack', source: 'pg-repack', version: '1.5.2-1' },
  { name: 'hypopg', source: 'hypopg', version: '1.4.2-1' },
  // Not in any flavour: the rest of what PGDG builds per major, so the index is not all hits.
  ...Array.from({ length: 120 }, (_, i) => ({
    name: `ext${i}`,
    source: `pg-ext${i}`,
    version: `${1 + (i % 4)}.${i % 10}.0-1`,
  })),
];

// What the flavours take from Debian, per suite, with Debian's sources and versions.
const DEBIAN_PACKAGES: Record<string, ArchivePackage[]> = {
  bookworm: [
    {
      package: 'locales-all',
      source: 'glibc',
      version: '2.36-9+deb12u10',
      section: 'localization',
    },
    { package: 'libsasl2-modules', source: 'cyrus-sasl2', version: '2.1.28+dfsg-10' },
    {
      package: 'libldap-common',
      source: 'openldap',
      version: '2.5.13+dfsg-5',
      architecture: 'all',
    },
  ],
  trixie: [
    { package: 'locales-all', source: 'glibc', version: '2.41-12', section: 'localization' },
    { package: 'libsasl2-modules', source: 'cyrus-sasl2', version: '2.1.28+dfsg1-9' },
    {
      package: 'libldap-common',
      source: 'openldap',
      version: '2.6.10+dfsg-1',
      architecture: 'all',
    },
  ],
};

function fillerPackages(count: number, suite: string): ArchivePackage[] {
  return Array.from({ length: count }, (_, i) => ({
    package: `filler-${suite}-${i}`,
    source: `filler-src-${Math.floor(i / 3)}`,
    version: `1.${i % 17}.${i % 5}-${(i % 4) + 1}`,
    depends: `libc6 (>= 2.36), libfiller${i % 300} (>= 1.2)`,
    section: 'misc',
    description: `filler package ${i}, standing in for the rest of Debian's main`,
  }));
}

function debianSuite(distribution: string, filler: number): ArchiveSuite {
  const packages = [
    ...(DEBIAN_PACKAGES[distribution] ?? []),
    ...fillerPackages(filler, distribution),
  ];
  return {
    suite: distribution,
    suiteField: distribution === 'trixie' ? 'stable' : 'oldstable',
    codename: distribution,
    components: { main: Object.fromEntries(ARCHITECTURES.map((arch) => [arch, packages])) },
  };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

interface Step {
  label: string;
  result?: MatrixResult;
  ms: number;
  aptRequests: number;
  expected?: string;
}

async function main(): Promise<void> {
  const filler = Number(process.env.PGFORGE_BENCH_DEBIAN_PACKAGES ?? 60_000);
  const cleanup: (() => Promise<unknown>)[] = [];
  const tempDir = async (prefix: string): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    return dir;
  };
  try {
    const setupStarted = performance.now();
    const keyDir = await tempDir('pgforge-bench-key-');
    const key = await generateArchiveKey(keyDir, 'pgforge bench archive');
    const pgdgSuites = DISTRIBUTIONS.map((distribution) =>
      pgdgSuite({
        distribution,
        architectures: ARCHITECTURES,
        majors: MAJORS,
        extensions: EXTENSIONS,
        jitFrom: 18,
      }),
    );
    const pgdgStanzas = pgdgSuites[0]?.components.main?.amd64?.length ?? 0;
    const [registry, pgdg, debian] = await Promise.all([
      startRegistry({ name: 'bench registry', auth: false }).then((r: RunningRegistry) => {
        cleanup.push(() => r.stop());
        return r;
      }),
      startPgdgArchive(pgdgSuites, { key, prefix: '/pgdg' }).then((a: AptArchive) => {
        cleanup.push(() => a.stop());
        return a;
      }),
      startAptArchive({
        origin: 'Debian',
        label: 'Debian',
        key,
        prefix: '/debian',
        // Debian's main serves Packages.xz only (and by-hash copies).
        compressions: ['xz'],
        xzPreset: 1,
        suites: DISTRIBUTIONS.map((d) => debianSuite(d, filler)),
      }).then((a: AptArchive) => {
        cleanup.push(() => a.stop());
        return a;
      }),
    ]);
    const setupMs = performance.now() - setupStarted;

    const dockerfilePath = projectDockerfile();
    const dockerfile = {
      directory: dirname(dockerfilePath),
      name: basename(dockerfilePath),
      content: await readFile(dockerfilePath),
    };
    const baseConfig = {
      registry: registry.host,
      postgres: Object.keys(MAJORS).map(Number),
      distributions: DISTRIBUTIONS,
      platforms: ARCHITECTURES.map((a) => `linux/${a}`),
      // A base the registry resolves, as Docker Hub's would: an unknown base digest keeps
      // every target (the fingerprint could not see the base change).
      base: { image: `${registry.host}/debian:{distribution}-slim` },
      packages: {
        source: 'pgdg',
        mirror: pgdg.url,
        'debian-mirror': debian.url,
        keyring: [key.keyring],
        'debian-keyring': [key.keyring],
      },
    };
    for (const distribution of DISTRIBUTIONS) {
      await pushAnnotatedIndex({
        host: registry.host,
        repository: 'debian',
        tag: `${distribution}-slim`,
        platforms: ARCHITECTURES.map((architecture) => ({ os: 'linux', architecture })),
        annotations: { 'org.opencontainers.image.version': distribution },
      });
    }
    const registryClient = new RegistryClient({ retries: 1 });
    const warnings: string[] = [];
    const aptRequests = (): number => pgdg.requests.length + debian.requests.length;

    const run = async (
      label: string,
      raw: Record<string, unknown>,
      cacheDir: string,
      expected?: string,
    ): Promise<Step> => {
      const config = parseConfig(stringify(raw), 'bench images.yaml');
      const before = aptRequests();
      const started = performance.now();
      const result = await runMatrix(
        {
          config,
          now: new Date(),
          dockerfile,
          // Where `pgforge matrix` writes the key files beside its bake file (only named here).
          keyringContext: join(keyDir, 'pgforge-pgdg-keyring'),
          skipUnchanged: true,
          force: false,
          groupBy: 'target',
        },
        {
          apt: new AptClient({ cacheDir }),
          registry: registryClient,
          bases: { registry: new RegistryBaseReader(registryClient, cacheDir) },
          keyringDir: join(cacheDir, 'keyrings'),
          warn: (message) => warnings.push(message),
        },
      );
      return {
        label,
        result,
        ms: performance.now() - started,
        aptRequests: aptRequests() - before,
        ...(expected ? { expected } : {}),
      };
    };

    const warmCache = await tempDir('pgforge-bench-apt-cache-');
    const steps: Step[] = [];

    // 1: nothing published yet: every target is new.
    const first = await run(
      '1  first run, nothing published, cold APT cache',
      baseConfig,
      warmCache,
    );
    steps.push({ ...first, expected: `all ${first.result?.targets.length} kept` });
    const targets: Target[] = first.result?.targets ?? [];

    // Publish what step 1 would have built: one index per target under every production tag
    // (the matrix rebuilds a target any of whose aliases is missing or moved), carrying its
    // fingerprint (and whatever else it annotates). Same bytes, so one digest per target.
    const publishStarted = performance.now();
    for (const target of targets) {
      for (const alias of target.tags.aliases) {
        const ref = parseReference(`${target.repository}:${alias}`);
        await pushAnnotatedIndex({
          host: ref.registry,
          repository: ref.repository,
          tag: alias,
          platforms: target.platforms.map(parsePlatform),
          annotations: { ...target.annotations, [FINGERPRINT_ANNOTATION]: target.fingerprint },
        });
      }
    }
    steps.push({
      label: `   publish ${targets.length} annotated indexes (under all their aliases)`,
      ms: performance.now() - publishStarted,
      aptRequests: 0,
    });

    // 2: nothing changed.
    const cold = await tempDir('pgforge-bench-apt-cache-');
    steps.push(await run('2a unchanged, cold APT cache', baseConfig, cold, '0 kept'));
    steps.push(await run('2b unchanged, warm APT cache', baseConfig, warmCache, '0 kept'));

    // 3: one flavour's package list changed: it and the flavours built on it are kept.
    const changed = structuredClone(DEFAULT_FLAVOURS) as unknown as Record<
      string,
      { from?: string; packages: unknown[] }
    >;
    const standard = changed.standard;
    if (!standard) throw new Error('the default flavours have no "standard"');
    standard.packages = standard.packages.filter(
      (p) => p !== 'postgresql-{major}-pg-failover-slots',
    );
    const descendants = Object.keys(changed).filter((name) => {
      for (let f: string | undefined = name; f !== undefined; f = changed[f]?.from) {
        if (f === 'standard') return true;
      }
      return false;
    });
    const perFlavour = targets.length / Object.keys(changed).length;
    steps.push(
      await run(
        '3  standard drops pg-failover-slots, warm APT cache',
        { ...baseConfig, flavours: changed },
        warmCache,
        `${descendants.length * perFlavour} kept (${descendants.join(', ')})`,
      ),
    );

    const flavours = new Set(targets.map((t) => t.flavour)).size;
    console.log(
      `set-up ${seconds(setupMs)}: registry ${registry.host}; PGDG archive ${pgdg.url} ` +
        `(${DISTRIBUTIONS.map((d) => `${d}-pgdg`).join(', ')}; ${pgdgStanzas} stanzas per index), ` +
        `Debian archive ${debian.url} (${DISTRIBUTIONS.join(', ')}; ` +
        `${filler + 3} stanzas per index), both signed by key ${key.fingerprint.slice(-16)}`,
    );
    console.log('');
    const header = ['step', 'targets', 'kept', 'skipped', 'wall', 'APT requests', 'expected'];
    const rows = steps.map((s) => [
      s.label,
      s.result ? String(s.result.targets.length) : '',
      s.result ? String(s.result.kept.length) : '',
      s.result ? String(s.result.skipped.length) : '',
      seconds(s.ms),
      s.result ? String(s.aptRequests) : '',
      s.expected ?? '',
    ]);
    const widths = header.map((h, i) =>
      Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)),
    );
    const line = (cells: string[]): string =>
      cells
        .map((c, i) =>
          i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0),
        )
        .join('  ')
        .trimEnd();
    console.log(line(header));
    console.log(line(widths.map((w) => '-'.repeat(w))));
    for (const row of rows) console.log(line(row));
    console.log('');

    const majors = Object.keys(MAJORS).length;
    const describe = (s: Step, cache: 'warm' | 'cold'): string =>
      `matrix ${majors} majors × ${DISTRIBUTIONS.length} distributions × ${flavours} flavours ` +
      `(${cache} APT cache): ${s.result?.targets.length} targets, ${s.result?.kept.length} kept, ` +
      `${seconds(s.ms)} (goal: 0 kept, < ${GOAL_SECONDS[cache]} s)`;
    const [, , coldStep, warmStep, changedStep] = steps;
    if (coldStep) console.log(describe(coldStep, 'cold'));
    if (warmStep) console.log(describe(warmStep, 'warm'));
    if (changedStep?.result) {
      const keptFlavours = [...new Set(changedStep.result.kept.map((t) => t.flavour))].join(', ');
      console.log(
        `after changing standard's packages: ${changedStep.result.kept.length} kept ` +
          `(flavours: ${keptFlavours || 'none'}), ${changedStep.result.skipped.length} skipped, ` +
          `${seconds(changedStep.ms)} (expected: ${changedStep.expected})`,
      );
    }
    // Why a step kept targets: the reasons, counted (a figure is only as good as its count).
    for (const step of steps.slice(2)) {
      const reasons = new Map<string, number>();
      for (const d of step.result?.decisions ?? []) {
        if (!d.kept) continue;
        const kind = d.reason.split(':')[0] ?? d.reason;
        reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
      }
      if (reasons.size > 0) {
        const first = step.result?.decisions.find((d) => d.kept)?.reason ?? '';
        console.log(
          `${step.label.trim()}: kept because ${[...reasons].map(([k, n]) => `${k} ×${n}`).join(', ')} (first: ${first})`,
        );
      }
    }
    if (warnings.length > 0) {
      console.log(`\n${warnings.length} warning(s), first: ${warnings[0]}`);
    }
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  }
}

await main();
