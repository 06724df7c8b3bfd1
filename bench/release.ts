// `npm run bench -- release` (issue 13, goal 5): the whole release as a user runs it,
// `pgforge release` from the committed bundle, for PG 17 on trixie and PG 18 on sid, minimal
// and standard, linux/amd64, from the distribution's archive into a registry on this machine:
// cold (no BuildKit cache, no APT cache) with the share of each step, then again with nothing
// changed. Next to it, in the same run, CNPG's own recipe: their Dockerfile pattern (a minimal
// stage installing postgresql-<major>, a standard stage on it adding locales and extensions)
// built with `docker buildx bake` for the same four targets on the same bases, cold, pushed to
// the same registry. Provenance is signed with a cosign key made for the run. Prints figures;
// asserts nothing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { execOrThrow } from '@pgforge/exec';
import type { ReleaseResult } from '@pgforge/release';
import {
  baseImageCacheDir,
  ensureBaseImage,
  type Suite,
  testMirror,
  startRegistry,
  generateKeyPair,
  type KeyPair,
} from '@pgforge/testkit';

const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const mirror = testMirror();
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const work = await mkdtemp(join(tmpdir(), 'pgforge-bench-release-'));
const TARGETS: { suite: Suite; major: number }[] = [
  { suite: 'trixie', major: 17 },
  { suite: 'sid', major: 18 },
];
const expired = (suite: Suite): boolean => suite === 'sid';
// Provenance is signed with a cosign key, as a release that promotes with verification does.
const PASSWORD = 'pgforge-bench-release-key';
let keys: KeyPair;

const docker = (args: string[]): Promise<unknown> =>
  execOrThrow('docker', args, { env: { ...process.env } });

/** No BuildKit cache and no APT cache: what a fresh runner starts from. */
async function coldCaches(): Promise<void> {
  await docker(['buildx', 'prune', '--all', '--force']);
  await rm(join(work, 'xdg-cache'), { recursive: true, force: true });
}

async function release(registry: string, suite: Suite, major: number): Promise<ReleaseResult> {
  const config = join(work, `images-${major}-${suite}.yaml`);
  await writeFile(
    config,
    [
      `registry: ${registry}/pgforge`,
      `postgres: [${major}]`,
      `distributions: [${suite}]`,
      'platforms: [linux/amd64]',
      `base: { image: "${registry}/debian:{distribution}-slim" }`,
      `packages: { source: distribution, mirror: "${mirror}", allow-expired-release: ${expired(suite)} }`,
      '',
    ].join('\n'),
  );
  const { stdout } = (await execOrThrow(
    process.execPath,
    [
      CLI,
      'release',
      '--config',
      config,
      '--flavours',
      'minimal,standard',
      '--output-dir',
      join(work, `out-${major}-${suite}`),
      '--source-date-epoch',
      '1763730900',
      '--cosign-key',
      keys.key,
      '--json',
    ],
    {
      cwd: work,
      env: { ...process.env, XDG_CACHE_HOME: join(work, 'xdg-cache'), COSIGN_PASSWORD: PASSWORD },
    },
  )) as { stdout: string };
  return JSON.parse(stdout) as ReleaseResult;
}

interface Timed {
  ms: number;
  results: ReleaseResult[];
}

async function releases(registry: string): Promise<Timed> {
  const started = performance.now();
  const results: ReleaseResult[] = [];
  for (const { suite, major } of TARGETS) results.push(await release(registry, suite, major));
  return { ms: performance.now() - started, results };
}

const apt = (suite: Suite): string =>
  expired(suite) ? 'apt-get -o Acquire::Check-Valid-Until=false' : 'apt-get';

// CNPG's postgres-containers pattern: one Dockerfile, a minimal stage and a standard stage on
// it, the distribution's archive in place of PGDG (so both sides install the same packages).
const CNPG_DOCKERFILE = `ARG BASE=debian:trixie-slim
FROM \${BASE} AS minimal
ARG PG_MAJOR
ARG APT_GET=apt-get
RUN \${APT_GET} update && \\
    apt-get install -y --no-install-recommends postgresql-common ca-certificates gnupg && \\
    sed -ri 's/#(create_main_cluster) .*$/\\1 = false/' /etc/postgresql-common/createcluster.conf && \\
    apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold postgresql-\${PG_MAJOR} && \\
    apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false && \\
    rm -rf /var/lib/apt/lists/* /var/cache/* /var/log/*
RUN usermod -u 26 postgres
USER 26

FROM minimal AS standard
ARG PG_MAJOR
ARG APT_GET=apt-get
ARG EXTRA=
USER root
RUN \${APT_GET} update && \\
    apt-get install -y --no-install-recommends locales-all postgresql-\${PG_MAJOR}-pgaudit \\
      postgresql-\${PG_MAJOR}-pgvector postgresql-\${PG_MAJOR}-pg-failover-slots \${EXTRA} && \\
    rm -rf /var/lib/apt/lists/* /var/cache/* /var/log/*
USER 26
`;

async function cnpgBake(registry: string): Promise<number> {
  const dir = join(work, 'cnpg');
  await rm(dir, { recursive: true, force: true });
  await execOrThrow('mkdir', ['-p', dir]);
  await writeFile(join(dir, 'Dockerfile'), CNPG_DOCKERFILE);
  const target: Record<string, unknown> = {};
  for (const { suite, major } of TARGETS) {
    for (const flavour of ['minimal', 'standard']) {
      target[`${flavour}-${major}-${suite}`] = {
        context: '.',
        dockerfile: 'Dockerfile',
        target: flavour,
        platforms: ['linux/amd64'],
        args: {
          BASE: `${registry}/debian:${suite}-slim`,
          PG_MAJOR: String(major),
          APT_GET: apt(suite),
          // From 18 on, JIT is its own package: the same set as this project's standard.
          EXTRA: major >= 18 ? `postgresql-${major}-jit` : '',
        },
        tags: [`${registry}/cnpg/postgresql:${major}-${flavour}-${suite}`],
        output: ['type=registry'],
        attest: ['type=provenance,disabled=true'],
      };
    }
  }
  await writeFile(
    join(dir, 'docker-bake.json'),
    JSON.stringify({ group: { default: { targets: Object.keys(target) } }, target }, null, 2),
  );
  const started = performance.now();
  await execOrThrow(
    'docker',
    ['buildx', 'bake', '--file', 'docker-bake.json', '--progress', 'quiet'],
    {
      cwd: dir,
      env: { ...process.env, SOURCE_DATE_EPOCH: '1763730900' },
    },
  );
  return performance.now() - started;
}

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const cacheDir = baseImageCacheDir();
  keys = await generateKeyPair(join(work, 'keys'), PASSWORD);
  const registry = await startRegistry({ name: 'bench registry', auth: false });
  try {
    // The bases, from the registry both sides build on (so the matrix knows their digests).
    for (const { suite } of TARGETS) {
      const base = await ensureBaseImage({ suite, mirror, cacheDir, log });
      const pushed = `${registry.host}/debian:${suite}-slim`;
      await docker(['tag', base.image, pushed]);
      await docker(['push', '--quiet', pushed]);
    }

    log('CNPG recipe with docker buildx bake, no cache …');
    await coldCaches();
    const cnpg = await cnpgBake(registry.host);

    log('pgforge release, no cache …');
    await coldCaches();
    const cold = await releases(registry.host);
    log('pgforge release again, nothing changed …');
    const again = await releases(registry.host);

    const steps = new Map<string, number>();
    for (const r of cold.results) {
      for (const step of r.steps) {
        steps.set(step.step, (steps.get(step.step) ?? 0) + step.seconds * 1000);
      }
    }
    const built = (t: Timed): number => t.results.reduce((n, r) => n + r.built.length, 0);
    const promoted = (t: Timed): number => t.results.reduce((n, r) => n + r.promoted.length, 0);

    console.log('\n## The whole release: PG 17 trixie + PG 18 sid, minimal + standard, amd64\n');
    console.log('| run | wall | built | promoted |');
    console.log('| --- | ---: | ---: | ---: |');
    console.log(
      `| CNPG recipe, docker buildx bake, no cache (build and push only) | ${s(cnpg)} | 4 | – |`,
    );
    console.log(`| pgforge release, cold | ${s(cold.ms)} | ${built(cold)} | ${promoted(cold)} |`);
    console.log(
      `| pgforge release, nothing changed | ${s(again.ms)} | ${built(again)} | ${promoted(again)} |`,
    );
    console.log('\nShare of each step in the cold release:\n');
    console.log('| step | time | share |');
    console.log('| --- | ---: | ---: |');
    for (const [step, ms] of steps) {
      console.log(`| ${step} | ${s(ms)} | ${Math.round((100 * ms) / cold.ms)} % |`);
    }
    console.log(
      `\n- second run with nothing changed: ${s(again.ms)} (goal < 10 s), ${built(again)} builds (goal 0)` +
        `\n- cold release against CNPG's bake (which builds and pushes only): ${(cold.ms / cnpg).toFixed(2)}× its time`,
    );
  } finally {
    await registry.stop();
  }
}

try {
  await main();
} finally {
  await rm(work, { recursive: true, force: true });
}
