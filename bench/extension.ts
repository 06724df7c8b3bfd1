// `npm run bench -- extension`: the time to make pgvector's extension image for PostgreSQL 18
// on sid (linux/amd64), as this project makes it (in TypeScript, from the signed APT index,
// no Docker) with an empty APT cache and with a warm one, next to `docker buildx build
// --no-cache` of the equivalent Dockerfile (a builder stage that installs the package, then
// FROM scratch with its files in the same layout), all written as OCI image layouts on this
// machine in the same run. Two buildx routes: the builder stage from debian:sid-slim (which
// installs the whole server as a dependency), and the lighter one a CNPG extension repository
// uses, from a PostgreSQL 18 minimal image already in the engine (built here first, untimed).
// Also: what linux/arm64 adds, and the same build through dist/cli (this machine's Node) and
// through the extension action's bundle as a runner runs it (Node 24). The routes the goals
// compare (the lighter buildx route, dist/cli and the action, cold and warm) are each run
// several times, medians compared: one sample of either varies by a
// second from run to run (the network, the engine). Prints figures; asserts nothing.
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { AptClient } from '@pgforge/apt';
import { execOrThrow } from '@pgforge/exec';
import { extensionCommand, type ExtensionCommandResult } from '@pgforge/extension';
import {
  baseImageCacheDir,
  ensureBaseImage,
  node24,
  operandImages,
  run,
  runAction,
  startRegistry,
  testMirror,
} from '@pgforge/testkit';

const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const ACTION = fileURLToPath(new URL('../dist/extension/index.js', import.meta.url));
const ACTION_YML = fileURLToPath(new URL('../actions/extension/action.yml', import.meta.url));

const mirror = testMirror();
const work = await mkdtemp(join(tmpdir(), 'pgforge-bench-extension-'));
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const MAJOR = 18;
const SUITE = 'sid';
// Samples of each route the goals compare: PGFORGE_BENCH_RUNS, default 5 (3 of the buildx one
// alone, and one before each run of the extension action, paired with it).
const RUNS = Math.max(1, Number(process.env.PGFORGE_BENCH_RUNS ?? 5));
const ROUTE_RUNS = Math.max(1, Math.min(RUNS, 3));

/** Wall time of the downloads (overlapping ones counted once) and their bytes. */
class Downloads {
  #intervals: [number, number][] = [];
  bytes = 0;

  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    const started = performance.now();
    const response = await globalThis.fetch(input, init);
    const body = new Uint8Array(await response.arrayBuffer());
    this.#intervals.push([started, performance.now()]);
    this.bytes += body.length;
    const empty = [101, 204, 205, 304].includes(response.status);
    return new Response(empty ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };

  /** Milliseconds during which at least one download was running. */
  get ms(): number {
    let total = 0;
    let end = -Infinity;
    for (const [a, b] of [...this.#intervals].sort((x, y) => x[0] - y[0])) {
      if (a > end) total += b - a;
      else if (b > end) total += b - end;
      end = Math.max(end, b);
    }
    return total;
  }
}

interface Run {
  label: string;
  ms: number;
  downloadMs: number;
  downloadBytes: number;
  compressed: number;
  digest?: string;
}

async function ours(label: string, cacheDir: string, platforms: string[]): Promise<Run> {
  const downloads = new Downloads();
  const output = await mkdtemp(join(work, 'layout-'));
  const configFile = join(work, 'images.yaml');
  await writeFile(
    configFile,
    `packages: { source: distribution, mirror: "${mirror}", allow-expired-release: true }\n`,
  );
  const started = performance.now();
  const result: ExtensionCommandResult = await extensionCommand({
    name: 'vector',
    packages: ['postgresql-{major}-pgvector'],
    postgres: [String(MAJOR)],
    distributions: [SUITE],
    platforms,
    push: false,
    output,
    systemLibraries: 'auto',
    configFile,
    now: new Date(),
    sourceDateEpoch: 0,
    cacheDir,
    apt: new AptClient({ cacheDir, fetch: downloads.fetch }),
  });
  const ms = performance.now() - started;
  const image = result.images[0];
  return {
    label,
    ms,
    downloadMs: downloads.ms,
    downloadBytes: downloads.bytes,
    compressed: image?.platforms.find((p) => p.platform === 'linux/amd64')?.size ?? 0,
    ...(image ? { digest: image.digest } : {}),
  };
}

/**
 * The same build as a user runs it: `pgforge extension` from the committed bundle, a process of
 * its own, so node's start, loading the bundle and the InRelease fetch are all counted.
 */
async function bundle(label: string, cacheHome: string, platforms: string[]): Promise<Run> {
  const output = await mkdtemp(join(work, 'layout-'));
  const configFile = join(work, 'images.yaml');
  const started = performance.now();
  await execOrThrow(
    process.execPath,
    [
      CLI,
      'extension',
      '--name',
      'vector',
      '--package',
      'postgresql-{major}-pgvector',
      '--postgres',
      String(MAJOR),
      '--distributions',
      SUITE,
      '--platforms',
      platforms.join(','),
      '--output',
      output,
      '--config',
      configFile,
      '--source-date-epoch',
      '0',
    ],
    { env: { ...process.env, XDG_CACHE_HOME: cacheHome } },
  );
  const ms = performance.now() - started;
  return { label, ms, downloadMs: 0, downloadBytes: 0, compressed: 0 };
}

/**
 * The extension action as GitHub's runner runs it: its bundle under Node 24 (`runs.using`),
 * inputs as INPUT_* variables, the runner's files (set up before the clock starts, read after
 * it stops), an image layout written, not pushed.
 */
async function action(label: string, cacheHome: string, node: string): Promise<Run> {
  const output = await mkdtemp(join(work, 'layout-'));
  const started = performance.now();
  const step = await runAction({
    bundle: ACTION,
    node,
    action: ACTION_YML,
    cwd: work,
    inputs: {
      name: 'vector',
      package: 'postgresql-{major}-pgvector',
      postgres: String(MAJOR),
      distributions: SUITE,
      platforms: 'linux/amd64,linux/arm64',
      push: 'false',
      output,
      config: join(work, 'images.yaml'),
      'source-date-epoch': '0',
    },
    env: { XDG_CACHE_HOME: cacheHome },
  });
  const ms = performance.now() - started;
  if (step.exitCode !== 0) {
    throw new Error(`the extension action failed (${step.exitCode}): ${step.stdout}${step.stderr}`);
  }
  return { label, ms, downloadMs: 0, downloadBytes: 0, compressed: 0 };
}

/** The builder stage's image: debian:<suite>-slim, or the minimal operand image (as root). */
const dockerfile = (from: string): string => `FROM ${from} AS builder
USER root
ARG MIRROR
RUN if ! grep -hqs '^[^#[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*; then \\
      echo "deb \${MIRROR} ${SUITE} main" > /etc/apt/sources.list; fi \\
 && apt-get -o Acquire::Check-Valid-Until=false update \\
 && apt-get install -y --no-install-recommends postgresql-${MAJOR}-pgvector \\
 && mkdir -p /out/lib/bitcode /out/share/extension /out/licenses/postgresql-${MAJOR}-pgvector \\
 && cp -a /usr/lib/postgresql/${MAJOR}/lib/vector.so /out/lib/ \\
 && cp -a /usr/lib/postgresql/${MAJOR}/lib/bitcode/vector* /out/lib/bitcode/ \\
 && cp -a /usr/share/postgresql/${MAJOR}/extension/vector* /out/share/extension/ \\
 && cp /usr/share/doc/postgresql-${MAJOR}-pgvector/copyright /out/licenses/postgresql-${MAJOR}-pgvector/ \\
 && sed -i 's|\\$libdir/||g' /out/share/extension/*.sql /out/share/extension/*.control

FROM scratch
COPY --from=builder /out/ /
`;

async function layerBytes(layout: string): Promise<number> {
  // The largest blobs are the layers; the OCI exporter writes one small layer here.
  const dir = join(layout, 'blobs', 'sha256');
  const sizes = await Promise.all(
    (await readdir(dir)).map(async (f) => (await stat(join(dir, f))).size),
  );
  return Math.max(...sizes);
}

async function docker(label: string, from: string): Promise<Run> {
  const dir = await mkdtemp(join(work, 'docker-'));
  await writeFile(join(dir, 'Dockerfile'), dockerfile(from));
  const started = performance.now();
  const result = await execOrThrow(
    'docker',
    [
      'buildx',
      'build',
      '--no-cache',
      '--provenance=false',
      '--platform',
      'linux/amd64',
      '--progress',
      'plain',
      '--build-arg',
      `MIRROR=${mirror}`,
      '--output',
      `type=oci,dest=${dir}/layout,tar=false`,
      dir,
    ],
    { env: { ...process.env, SOURCE_DATE_EPOCH: '0' } },
  );
  const ms = performance.now() - started;
  // apt reports each download phase: "Fetched 52.3 MB in 8s (6,543 kB/s)".
  // (whole seconds: the share is rough, but it is apt's own account).
  const output = `${result.stdout}\n${result.stderr}`;
  const unit: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };
  let downloadMs = 0;
  let downloadBytes = 0;
  for (const m of output.matchAll(/Fetched ([\d.,]+) ([kMG]?B) in (?:(\d+)min )?(\d+)s/g)) {
    downloadMs += (Number(m[3] ?? 0) * 60 + Number(m[4])) * 1000;
    downloadBytes += Number((m[1] ?? '0').replace(/,/g, '')) * (unit[m[2] ?? 'B'] ?? 1);
  }
  return {
    label,
    ms,
    downloadMs,
    downloadBytes,
    compressed: await layerBytes(join(dir, 'layout')),
  };
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** A run of ours and the run of the route just before it, on the same machine and network. */
interface Pair {
  route: Run;
  ours: Run;
}

/** How many times faster than the route each pair's run of ours was: median and range. */
function ratios(pairs: readonly Pair[]): { median: number; min: number; max: number } {
  const sorted = pairs.map((p) => p.route.ms / p.ours.ms).sort((a, b) => a - b);
  return {
    median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
    min: sorted[0] ?? 0,
    max: sorted.at(-1) ?? 0,
  };
}
const times = (ratio: number): string => `${ratio.toFixed(1)}×`;

/** The run of median time (the lower middle one of an even count). */
function middle(runs: readonly Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor((sorted.length - 1) / 2)] as Run;
}
const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;
const pct = (a: number, b: number): string => `${b > 0 ? Math.round((100 * a) / b) : 0} %`;

async function main(): Promise<void> {
  await ensureBaseImage({ suite: SUITE, mirror, cacheDir: baseImageCacheDir(), log });
  const minimal = await minimalImage();
  const cold = join(work, 'cache-a');
  const coldBoth = join(work, 'cache-c');
  log('docker buildx build --no-cache, from debian:sid-slim …');
  const d = await docker(
    `docker buildx build --no-cache, from ${SUITE}-slim`,
    `debian:${SUITE}-slim`,
  );
  log(`docker buildx build --no-cache, from the minimal image, ${ROUTE_RUNS} times …`);
  const routes: Run[] = [];
  for (let i = 0; i < ROUTE_RUNS; i++) {
    routes.push(
      await docker('docker buildx build --no-cache, from the PG 18 minimal image', minimal),
    );
  }
  const m = middle(routes);
  log('this project, empty APT cache …');
  const a = await ours('pgforge, empty APT cache', cold, ['linux/amd64']);
  log('this project, warm APT cache …');
  const b = await ours('pgforge, warm APT cache', cold, ['linux/amd64']);
  log('this project, amd64 + arm64 …');
  const c = await ours('pgforge, empty APT cache, amd64 + arm64', coldBoth, [
    'linux/amd64',
    'linux/arm64',
  ]);
  const e = await ours('pgforge, warm APT cache, amd64 + arm64', coldBoth, [
    'linux/amd64',
    'linux/arm64',
  ]);

  log(`dist/cli, amd64 + arm64, ${RUNS} times with an empty cache, then ${RUNS} times warm …`);
  const both = ['linux/amd64', 'linux/arm64'];
  const colds: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const home = join(work, `xdg-cache-${i}`);
    colds.push(await bundle('dist/cli process, empty APT cache, amd64 + arm64', home, both));
  }
  const warms: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const home = join(work, 'xdg-cache-0');
    warms.push(await bundle('dist/cli process, warm APT cache, amd64 + arm64', home, both));
  }
  const f = middle(colds);
  const g = middle(warms);

  const node = await node24();
  log(
    `the extension action under Node 24, ${RUNS} times with an empty cache, then ${RUNS} times ` +
      'warm, each after a run of the route …',
  );
  const route = (): Promise<Run> =>
    docker('docker buildx build --no-cache, from the PG 18 minimal image', minimal);
  const coldPairs: Pair[] = [];
  for (let i = 0; i < RUNS; i++) {
    const home = join(work, `action-cache-${i}`);
    coldPairs.push({
      route: await route(),
      ours: await action('extension action (Node 24), empty APT cache, amd64 + arm64', home, node),
    });
  }
  const warmPairs: Pair[] = [];
  for (let i = 0; i < RUNS; i++) {
    const home = join(work, 'action-cache-0');
    warmPairs.push({
      route: await route(),
      ours: await action('extension action (Node 24), warm APT cache, amd64 + arm64', home, node),
    });
  }
  const actionColds = coldPairs.map((p) => p.ours);
  const actionWarms = warmPairs.map((p) => p.ours);
  const h = middle(actionColds);
  const k = middle(actionWarms);
  const hr = ratios(coldPairs);
  const kr = ratios(warmPairs);

  console.log(`\n## pgvector for PostgreSQL ${MAJOR} on ${SUITE}: time to an OCI image layout\n`);
  console.log('| build | time | downloading | share | downloaded | layer (amd64, gzip) |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of [m, d, a, b, c, e]) {
    console.log(
      `| ${r.label} | ${s(r.ms)} | ${s(r.downloadMs)} | ${pct(r.downloadMs, r.ms)} | ${mb(r.downloadBytes)} | ${mb(r.compressed)} |`,
    );
  }
  // A process's downloads are not seen from here: only its wall time.
  for (const r of [f, g, h, k]) console.log(`| ${r.label} | ${s(r.ms)} | – | – | – | – |`);
  console.log('\n## Samples (median, then each run in order)\n');
  for (const [label, runs] of [
    [m.label, routes],
    [f.label, colds],
    [g.label, warms],
    [h.label, actionColds],
    [`${m.label}, each before one of those`, coldPairs.map((p) => p.route)],
    [k.label, actionWarms],
    [`${m.label}, each before one of those`, warmPairs.map((p) => p.route)],
  ] as const) {
    console.log(`- ${label}: ${s(middle(runs).ms)}; ${runs.map((r) => s(r.ms)).join(', ')}`);
  }
  console.log('\n## Goals\n');
  console.log(
    `- amd64 + arm64 through dist/cli under this machine's Node (${process.version}) against the route ` +
      `from the minimal image, amd64 alone, medians, not paired: empty cache ${(m.ms / f.ms).toFixed(1)}× ` +
      `(${s(m.ms)} vs ${s(f.ms)}), warm ${(m.ms / g.ms).toFixed(1)}× (${s(m.ms)} vs ${s(g.ms)}); ` +
      `issue 22's goals are the action's, on the Node its runner gives it (the next line)`,
  );
  console.log(
    `- issue 22, the extension action as a runner runs it (Node 24), amd64 + arm64, against the ` +
      `same route run just before each run (paired: the machine and the network drift more ` +
      `between minutes than within one), median of the ratios: ` +
      `empty cache ${times(hr.median)} (goal ≥ 2×; ${times(hr.min)}–${times(hr.max)}), ` +
      `warm ${times(kr.median)} (goal ≥ 12×; ${times(kr.min)}–${times(kr.max)})`,
  );
  console.log(
    `- the same against the route from ${SUITE}-slim: ` +
      `empty cache ${(d.ms / f.ms).toFixed(1)}× (${s(d.ms)} vs ${s(f.ms)}), ` +
      `warm ${(d.ms / g.ms).toFixed(1)}× (${s(d.ms)} vs ${s(g.ms)})`,
  );
  console.log(
    `- (a) empty cache ≥ 2× faster than Docker: ${(d.ms / a.ms).toFixed(1)}× (${s(d.ms)} vs ${s(a.ms)})`,
  );
  console.log(
    `- (b) warm cache ≥ 20× faster than Docker: ${(d.ms / b.ms).toFixed(1)}× (${s(d.ms)} vs ${s(b.ms)})`,
  );
  console.log(
    `- arm64 adds little: empty cache +${s(c.ms - a.ms)} (${pct(c.ms - a.ms, a.ms)}), warm +${s(e.ms - b.ms)} (${pct(e.ms - b.ms, b.ms)})`,
  );
  console.log(`- same digest warm as cold: ${a.digest === b.digest ? 'yes' : 'NO'} (${a.digest})`);
  // The cache the warm runs used, for the record.
  const files = await readdir(join(cold, 'by-hash')).catch(() => [] as string[]);
  console.log(`- APT cache after the runs: ${files.length} files under by-hash/`);
}

/**
 * A PostgreSQL 18 minimal operand image on sid, built by the project into a registry of this
 * run and pulled into the engine (amd64): the lighter route's builder stage starts from it.
 */
async function minimalImage(): Promise<string> {
  log('PostgreSQL 18 minimal image (untimed) …');
  const registry = await startRegistry({ name: 'bench registry', auth: false });
  try {
    const images = await operandImages(
      { postgres: MAJOR, distribution: SUITE, flavours: ['minimal'] },
      { registry: registry.host, mirror, workDir: join(work, 'operand'), log },
    );
    const pushed = images.minimal.reference;
    await run('docker', ['pull', '--quiet', '--platform', 'linux/amd64', pushed], {
      timeoutMs: 300_000,
    });
    // A local name, so that the builder stage reads the engine's copy, not the registry.
    const local = `pgforge-bench/postgresql-minimal:${MAJOR}-${SUITE}`;
    await run('docker', ['tag', pushed, local]);
    return local;
  } finally {
    await registry.stop();
  }
}

try {
  await main();
} finally {
  await rm(work, { recursive: true, force: true });
}
