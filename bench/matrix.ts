// `npm run bench`: how long the matrix takes, with whole-set resolution (every package each image
// holds: the base's, upgraded, plus the dependency closure of the flavours' packages), and how
// many targets it keeps when nothing changed since the last publish. Real parts: a distribution
// registry on loopback holding the base images (made on paper: their apt sources, keyring and
// the dpkg status of a minbase debootstrap from the suite's real index), Debian's real archive as
// those sources name it (bookworm and trixie, each with -updates and -security), and a signed
// archive shaped like PGDG (5 majors × bookworm-pgdg, trixie-pgdg × amd64, arm64) whose
// packages carry the dependencies Debian's own builds of them have. Prints figures; asserts
// nothing.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { AptClient, type PackageIndex } from '@pgforge/apt';
import { RegistryBaseReader } from '@pgforge/package-view';
import { DEBIAN_KEYRING, DEFAULT_FLAVOURS, parseConfig } from '@pgforge/config';
import { planMatrix, type MatrixResult } from '@pgforge/matrix';
import { projectDockerfile } from '@pgforge/bake';
import { parsePlatform, parseReference, RegistryClient } from '@pgforge/oci';
import { FINGERPRINT_ANNOTATION, type Target } from '@pgforge/targets';
import {
  startRegistry,
  type RunningRegistry,
  testMirror,
  testSecurityMirror,
  generateArchiveKey,
  pgdgSuite,
  startPgdgArchive,
  type AptArchive,
  type ArchiveSuite,
  type PgdgExtension,
  pushPaperBase,
  pushAnnotatedIndex,
} from '@pgforge/testkit';

const MAJORS: Record<number, string> = {
  14: '14.19-1',
  15: '15.14-1',
  16: '16.10-1',
  17: '17.6-1',
  18: '18.0-1',
};
const DISTRIBUTIONS = ['bookworm', 'trixie'];
const ARCHITECTURES = ['amd64', 'arm64'];
// Issue 19's goals with whole-set resolution: under 2 s with a warm APT cache, 15 s cold.
const GOAL_SECONDS = { warm: 2, cold: 15 };
/** The major Debian itself ships in each suite: its packages' dependencies stand in for PGDG's. */
const DEBIAN_MAJOR: Record<string, number> = { bookworm: 15, trixie: 17 };

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
  { name: 'pgrouting-scripts', source: 'pgrouting', version: '3.8.0-1', architecture: 'all' },
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

/**
 * The PGDG suite with each package's dependencies as Debian's build of the same package for
 * the suite's own major has them (`postgresql-17-postgis-3` on trixie for every major's
 * postgis), so that the closure is as large as the real one. Relations to the renamed
 * PostgreSQL packages lose their version (Debian's name another major's versions).
 */
function withDebianDepends(
  suite: ArchiveSuite,
  distribution: string,
  debian: Record<string, PackageIndex>,
): ArchiveSuite {
  const own = DEBIAN_MAJOR[distribution] ?? 17;
  const components = Object.fromEntries(
    Object.entries(suite.components).map(([component, byArch]) => [
      component,
      Object.fromEntries(
        Object.entries(byArch).map(([arch, packages]) => [
          arch,
          packages.map((p) => {
            const m = /^postgresql-(\d+)(.*)$/.exec(p.package);
            const name = m ? `postgresql-${own}${m[2]}` : p.package;
            const real = debian[arch]?.newest(name);
            // libpq5's libraries (Kerberos, LDAP, OpenSSL) are Debian's; PGDG's own tooling
            // (postgresql-common) keeps the shape apt-archive.ts gives it.
            if (real && p.package === 'libpq5') {
              return { ...p, depends: [real.preDepends, real.depends].filter(Boolean).join(', ') };
            }
            if (!real || !m) return p;
            // The relations and Provides (`postgresql-17-jit-llvm`, `postgresql-17-postgis`)
            // of Debian's build, renamed to this major.
            const renamed = (field: string): string =>
              field.replace(
                new RegExp(`postgresql-(client-)?${own}([a-z0-9.+-]*)(\\s*\\([^)]*\\))?`, 'g'),
                (_all, client: string | undefined, rest: string) =>
                  `postgresql-${client ?? ''}${m[1]}${rest}`,
              );
            const depends = renamed([real.preDepends, real.depends].filter(Boolean).join(', '));
            return {
              ...p,
              depends,
              ...(real.provides ? { provides: renamed(real.provides) } : {}),
            };
          }),
        ]),
      ),
    ]),
  );
  return { ...suite, components };
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
  const mirror = testMirror();
  const securityMirror = testSecurityMirror();
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
    // The suites' own indexes, for the paper bases and PGDG's dependencies (set-up, not timed).
    const setupApt = new AptClient({ cacheDir: await tempDir('pgforge-bench-setup-apt-') });
    const debianIndexes = Object.fromEntries(
      await Promise.all(
        DISTRIBUTIONS.map(async (distribution) => {
          const repo = {
            mirror,
            suite: distribution,
            keyrings: [DEBIAN_KEYRING],
          };
          const byArch = Object.fromEntries(
            await Promise.all(
              ARCHITECTURES.map(
                async (arch) => [arch, await setupApt.packages(repo, 'main', arch)] as const,
              ),
            ),
          );
          return [distribution, byArch] as const;
        }),
      ),
    );
    // Its store is written in the background: done before anything removes its directory.
    await setupApt.settled();
    const pgdgSuites = DISTRIBUTIONS.map((distribution) =>
      withDebianDepends(
        pgdgSuite({
          distribution,
          architectures: ARCHITECTURES,
          majors: MAJORS,
          extensions: EXTENSIONS,
          jitFrom: 18,
        }),
        distribution,
        debianIndexes[distribution] ?? {},
      ),
    );
    const pgdgStanzas = pgdgSuites[0]?.components.main?.amd64?.length ?? 0;
    const [registry, pgdg] = await Promise.all([
      startRegistry({ name: 'bench registry', auth: false }).then((r: RunningRegistry) => {
        cleanup.push(() => r.stop());
        return r;
      }),
      startPgdgArchive(pgdgSuites, { key, prefix: '/pgdg' }).then((a: AptArchive) => {
        cleanup.push(() => a.stop());
        return a;
      }),
    ]);
    const basePackages: Record<string, number> = {};
    for (const distribution of DISTRIBUTIONS) {
      const pushed = await pushPaperBase({
        host: registry.host,
        repository: 'debian',
        tag: `${distribution}-slim`,
        suite: distribution,
        mirror,
        securityMirror,
        indexes: debianIndexes[distribution] ?? {},
      });
      basePackages[distribution] = pushed.packages;
    }
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
      // The Debian archives and their keys are the bases' own (debian.sources).
      packages: { source: 'pgdg', mirror: pgdg.url, keyring: [key.keyring] },
    };
    const registryClient = new RegistryClient({ retries: 1 });
    const warnings: string[] = [];
    const aptRequests = (): number => pgdg.requests.length;

    const run = async (
      label: string,
      raw: Record<string, unknown>,
      cacheDir: string,
      expected?: string,
    ): Promise<Step> => {
      const config = parseConfig(stringify(raw), 'bench images.yaml');
      const before = aptRequests();
      const started = performance.now();
      // As `pgforge matrix` does: the indexes read cold are stored before the run ends.
      const apt = new AptClient({ cacheDir });
      const result = await planMatrix(
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
          apt,
          registry: registryClient,
          bases: { registry: new RegistryBaseReader(registryClient, cacheDir) },
          keyringDir: join(cacheDir, 'keyrings'),
          warn: (message) => warnings.push(message),
        },
      );
      await apt.settled();
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
    const sizes = targets.map((t) => t.contents.length);
    const security = targets.map(
      (t) => t.contents.filter((p) => p.suite?.endsWith('-security')).length,
    );
    console.log(
      `set-up ${seconds(setupMs)}: registry ${registry.host} (paper bases: ` +
        `${DISTRIBUTIONS.map((d) => `${d} ${basePackages[d]} packages`).join(', ')}); PGDG archive ${pgdg.url} ` +
        `(${DISTRIBUTIONS.map((d) => `${d}-pgdg`).join(', ')}; ${pgdgStanzas} stanzas per index, signed by ` +
        `key ${key.fingerprint.slice(-16)}); Debian's archive as the bases' sources name it ` +
        `(${DISTRIBUTIONS.map((d) => `${d}, ${d}-updates, ${d}-security`).join('; ')})`,
    );
    // The matrix's `targets` output travels between jobs as a GitHub output (1 MB at most).
    const outputBytes = Buffer.byteLength(JSON.stringify(targets));
    console.log(
      `whole sets: ${Math.min(...sizes)} to ${Math.max(...sizes)} packages per image, ` +
        `${Math.min(...security)} to ${Math.max(...security)} of them from -security; ` +
        `the targets output is ${(outputBytes / 1024).toFixed(0)} KiB`,
    );
    console.log('');
    const header = ['step', 'targets', 'kept', 'skipped', 'wall', 'PGDG requests', 'expected'];
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
