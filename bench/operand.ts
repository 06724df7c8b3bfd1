// `npm run bench` (operand images): sizes of minimal and standard PG 17 on trixie and minimal
// PG 18 on sid as this project builds them, next to CNPG's own minimal recipe (its install
// line, with the distribution archive in place of PGDG) and a plain `apt-get install
// postgresql-<major>`, all on the same debootstrapped base in the same run; and the wall time
// of a rebuild with every layer cached. Everything is measured from OCI layouts the builds
// export: compressed = the layer blobs, uncompressed = the tar streams inside them. Last, the
// wall time of PG 18 minimal on sid built from scratch (no cache) for linux/amd64 and for
// linux/arm64 under QEMU, each on its own base from a multi-platform index in a registry
// started for it (tools/testkit/src/setup/multi-arch-base.ts).
// Prints figures; asserts nothing.
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { buildImages, type BuiltImage } from '@pgforge/operand';
import { execOrThrow } from '@pgforge/exec';
import { projectDockerfile } from '@pgforge/bake';
import { RegistryClient, type ImageIndex, type ImageManifest } from '@pgforge/oci';
import type { Target } from '@pgforge/targets';
import {
  ARCHES,
  baseImageCacheDir,
  ensureBaseImage,
  ensureBaseTarball,
  type Suite,
  emulationProblem,
  testMirror,
  pushMultiArchBase,
  startRegistry,
  matrixTargets,
} from '@pgforge/testkit';

const mirror = testMirror();
const work = await mkdtemp(join(tmpdir(), 'pgforge-bench-operand-'));
const log = (line: string): void => void process.stderr.write(`${line}\n`);

interface Measured {
  name: string;
  compressed: number;
  uncompressed: number;
  /** Over the base image's own layer(s). */
  added: number;
  llvm: boolean;
  bitcode: boolean;
}

/** Uncompressed size of one gzip layer, and whether it ships LLVM or JIT bitcode. */
async function scanLayer(
  file: string,
): Promise<{ bytes: number; llvm: boolean; bitcode: boolean }> {
  const extract = tar.extract();
  let bytes = 0;
  let llvm = false;
  let bitcode = false;
  extract.on('entry', (header, stream, next) => {
    if (/libLLVM/.test(header.name)) llvm = true;
    if (/\/lib\/postgresql\/\d+\/lib\/bitcode\//.test(header.name)) bitcode = true;
    stream.on('end', next);
    stream.resume();
  });
  const gunzip = createGunzip();
  gunzip.on('data', (c: Buffer) => (bytes += c.length));
  const done = new Promise<void>((resolve, reject) => {
    extract.on('finish', resolve);
    extract.on('error', reject);
    gunzip.on('error', reject);
  });
  createReadStream(file).pipe(gunzip).pipe(extract);
  await done;
  return { bytes, llvm, bitcode };
}

const blob = (layout: string, digest: string): string =>
  join(layout, 'blobs', 'sha256', digest.replace(/^sha256:/, ''));

async function measureLayout(name: string, layout: string, baseLayers: number): Promise<Measured> {
  const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as ImageIndex;
  let top = JSON.parse(await readFile(blob(layout, index.manifests[0]!.digest), 'utf8')) as
    ImageIndex | ImageManifest;
  if ('manifests' in top) {
    const image = top.manifests.find((d) => d.platform?.architecture === 'amd64')!;
    top = JSON.parse(await readFile(blob(layout, image.digest), 'utf8')) as ImageManifest;
  }
  const m: Measured = {
    name,
    compressed: 0,
    uncompressed: 0,
    added: 0,
    llvm: false,
    bitcode: false,
  };
  for (const [i, layer] of top.layers.entries()) {
    const scanned = await scanLayer(blob(layout, layer.digest));
    m.compressed += layer.size;
    m.uncompressed += scanned.bytes;
    if (i >= baseLayers) m.added += scanned.bytes;
    m.llvm ||= scanned.llvm;
    m.bitcode ||= scanned.bitcode;
  }
  return m;
}

async function matrix(suite: Suite, major: number, flavours: string[]): Promise<Target[]> {
  const r = await matrixTargets({
    registry: 'bench.invalid/pgforge',
    mirror,
    postgres: major,
    distribution: suite,
    flavours,
    now: new Date(),
  });
  return r.targets;
}

async function buildOurs(
  targets: Target[],
  label: string,
  rewriteTimestamp = false,
  noCache = false,
): Promise<BuiltImage[]> {
  const r = await buildImages({
    targets,
    push: false,
    provenance: false,
    dockerfile: projectDockerfile(),
    workDir: join(work, label),
    sourceDateEpoch: 1763730900,
    rewriteTimestamp,
    noCache,
    retries: 1,
    env: { ...process.env },
    registry: new RegistryClient(),
  });
  if (r.failed.length > 0) throw new Error(JSON.stringify(r.failed));
  return r.images;
}

/** A Dockerfile of someone else's recipe, exported as a layout the same way. */
async function buildRecipe(name: string, dockerfile: string): Promise<string> {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'Dockerfile'), dockerfile);
  await execOrThrow(
    'docker',
    [
      'buildx',
      'build',
      '--provenance=false',
      '--output',
      `type=oci,dest=${dir}/layout,tar=false`,
      dir,
    ],
    { env: { ...process.env, SOURCE_DATE_EPOCH: '1763730900' } },
  );
  return join(dir, 'layout');
}

const apt = (suite: Suite): string =>
  suite === 'sid' ? 'apt-get -o Acquire::Check-Valid-Until=false' : 'apt-get';

// CNPG's minimal stage (postgres-containers' Dockerfile), PGDG's script left out.
const cnpgRecipe = (suite: Suite, major: number): string => `FROM debian:${suite}-slim
RUN ${apt(suite)} update && \\
    apt-get install -y --no-install-recommends postgresql-common ca-certificates gnupg && \\
    sed -ri 's/#(create_main_cluster) .*$/\\1 = false/' /etc/postgresql-common/createcluster.conf && \\
    apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold postgresql-${major} && \\
    apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false && \\
    rm -rf /var/lib/apt/lists/* /var/cache/* /var/log/*
RUN usermod -u 26 postgres
USER 26
`;

const plainRecipe = (suite: Suite, major: number): string => `FROM debian:${suite}-slim
RUN ${apt(suite)} update && apt-get install -y postgresql-${major}
`;

const mb = (n: number): string => `${(n / 1e6).toFixed(0)} MB`;

async function main(): Promise<void> {
  const cacheDir = baseImageCacheDir();
  for (const suite of ['trixie', 'sid'] as const) {
    await ensureBaseImage({ suite, mirror, cacheDir, log });
  }
  const baseSizes = new Map<Suite, number>();
  for (const suite of ['trixie', 'sid'] as const) {
    const layout = await buildRecipe(`base-${suite}`, `FROM debian:${suite}-slim\n`);
    baseSizes.set(suite, (await measureLayout(`debian:${suite}-slim`, layout, 0)).uncompressed);
  }

  const t17 = await matrix('trixie', 17, ['minimal', 'standard']);
  const t18 = await matrix('sid', 18, ['minimal']);
  const all = [...t17, ...t18];
  log('building this project’s images (cold or warm cache, whichever the engine has)');
  const first = await buildOurs(all, 'ours');
  // Layouts are removed after a push only; without push they stay for measuring.
  const rows: Measured[] = [];
  for (const image of first)
    rows.push(await measureLayout(`pgforge ${image.target}`, image.layout!, 1));
  for (const [suite, major] of [
    ['trixie', 17],
    ['sid', 18],
  ] as const) {
    rows.push(
      await measureLayout(
        `CNPG recipe ${major} ${suite}`,
        await buildRecipe(`cnpg-${major}`, cnpgRecipe(suite, major)),
        1,
      ),
    );
    rows.push(
      await measureLayout(
        `apt-get install postgresql-${major} ${suite}`,
        await buildRecipe(`plain-${major}`, plainRecipe(suite, major)),
        1,
      ),
    );
  }

  log('rebuilding with every layer cached');
  const started = performance.now();
  const again = await buildOurs(all, 'again');
  const total = performance.now() - started;
  const plainStarted = performance.now();
  const plain = await buildOurs(all, 'again-rewrite', true);
  const plainTotal = performance.now() - plainStarted;
  log('rebuilding 18-minimal-sid without any cache');
  const fresh = await buildOurs(t18, 'fresh', false, true);

  console.log('\n## Operand image sizes (linux/amd64)\n');
  console.log(
    `bases: trixie-slim ${mb(baseSizes.get('trixie')!)}, sid-slim ${mb(baseSizes.get('sid')!)}\n`,
  );
  console.log(
    '| image | uncompressed | compressed layers | added over base | LLVM | JIT bitcode |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${mb(r.uncompressed)} | ${mb(r.compressed)} | ${mb(r.added)} | ${r.llvm ? 'yes' : 'no'} | ${r.bitcode ? 'yes' : 'no'} |`,
    );
  }
  const size = (name: string) => rows.find((r) => r.name === name)!.uncompressed;
  console.log('\n## Goals\n');
  console.log(
    `- minimal 17 ≤ CNPG recipe 17: ${mb(size('pgforge 17-minimal-trixie'))} vs ${mb(size('CNPG recipe 17 trixie'))}`,
  );
  console.log(
    `- minimal 18 ≤ CNPG recipe 18: ${mb(size('pgforge 18-minimal-sid'))} vs ${mb(size('CNPG recipe 18 sid'))}`,
  );
  console.log(
    `- PG 18 minimal without LLVM: ${rows.find((r) => r.name === 'pgforge 18-minimal-sid')!.llvm ? 'NO, LLVM present' : 'yes'}`,
  );
  console.log('\n## Rebuild with every layer cached (goal < 10 s per target)\n');
  console.log('| target | default (no rewrite-timestamp) | with rewrite-timestamp |');
  console.log('| --- | --- | --- |');
  for (const i of again) {
    const p = plain.find((x) => x.target === i.target);
    const s = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(1)} s`;
    console.log(`| ${i.target} | ${s(i.durationMs)} | ${s(p?.durationMs)} |`);
  }
  console.log(
    `| all ${again.length} | ${(total / 1000).toFixed(1)} s | ${(plainTotal / 1000).toFixed(1)} s |`,
  );
  const same = again.filter((i) => first.find((f) => f.target === i.target)?.digest === i.digest);
  console.log(
    `\nsame digest on the cached rebuild (same SOURCE_DATE_EPOCH, no provenance): ${same.length} of ${again.length}`,
  );
  for (const f of fresh) {
    const before = first.find((x) => x.target === f.target);
    console.log(
      `same digest rebuilt without any cache (${f.target}, ${(f.durationMs / 1000).toFixed(1)} s): ${before?.digest === f.digest ? 'yes' : `NO (${before?.digest} vs ${f.digest})`}`,
    );
  }
}

/**
 * PG 18 minimal on sid, once per platform, without BuildKit's cache: the emulated arm64 build
 * next to the native amd64 one.
 */
async function emulatedArm64(): Promise<void> {
  console.log('\n## linux/arm64 under emulation (PG 18 minimal on sid, no cache)\n');
  const problem = await emulationProblem('arm64');
  if (problem) {
    console.log(`not measured: ${problem}`);
    return;
  }
  const cacheDir = baseImageCacheDir();
  const tarballs = await Promise.all(
    ARCHES.map((arch) => ensureBaseTarball({ suite: 'sid', arch, mirror, cacheDir, log })),
  );
  const registry = await startRegistry({ name: 'bench registry', auth: false });
  try {
    const base = await pushMultiArchBase({ host: registry.host, suite: 'sid', tarballs, log });
    const { targets } = await matrixTargets({
      registry: `${registry.host}/bench`,
      mirror,
      postgres: 18,
      distribution: 'sid',
      flavours: ['minimal'],
      platforms: ['linux/amd64', 'linux/arm64'],
      baseImage: base.reference,
      now: new Date(),
    });
    const times = new Map<string, number>();
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      log(`building 18-minimal-sid for ${platform} without cache`);
      const r = await buildImages({
        targets,
        push: false,
        provenance: false,
        platform,
        noCache: true,
        dockerfile: projectDockerfile(),
        workDir: join(work, `arm64-${platform.replace('/', '-')}`),
        sourceDateEpoch: 1763730900,
        retries: 1,
        env: { ...process.env },
        registry: new RegistryClient(),
      });
      if (r.failed.length > 0) throw new Error(JSON.stringify(r.failed));
      times.set(platform, r.images[0]!.durationMs);
    }
    const amd64 = times.get('linux/amd64')!;
    const arm64 = times.get('linux/arm64')!;
    console.log('| platform | build, no cache | |');
    console.log('| --- | --- | --- |');
    console.log(`| linux/amd64 | ${(amd64 / 1000).toFixed(0)} s | native |`);
    console.log(
      `| linux/arm64 | ${(arm64 / 1000).toFixed(0)} s | QEMU, ${(arm64 / amd64).toFixed(1)}× amd64 |`,
    );
    console.log(
      `\nbase: ${tarballs.map((t) => `sid ${t.arch} ${t.how} in ${(t.ms / 1000).toFixed(1)} s`).join(', ')}; index pushed in ${(base.ms / 1000).toFixed(1)} s`,
    );
  } finally {
    await registry.stop();
  }
}

try {
  await main();
  // Quick mode (CI, a short loop): the emulated arm64 build alone takes minutes.
  if (process.env.PGFORGE_BENCH_QUICK)
    console.log('\narm64 under emulation: not measured (PGFORGE_BENCH_QUICK)');
  else await emulatedArm64();
} finally {
  await rm(work, { recursive: true, force: true });
}
