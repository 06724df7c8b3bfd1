// `npm run bench -- extensions`: the whole Debian archive's PostgreSQL 18 extensions
// (`postgresql-{major}-*` on sid) turned into extension images for linux/amd64 and linux/arm64
// in one batch, as this project makes them (TypeScript, signed APT indexes, no Docker), written
// as an OCI image layout: once with an empty APT cache (cold), once more with it (warm, where
// images made before from the same inputs come from the cache). Prints the times, whether the
// warm run gave the same digests, how many packages became images and extensions, and why the
// rest were refused, by reason. Prints figures; asserts nothing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extensionCommand, type ExtensionCommandResult } from '@pgforge/extension';
import { testMirror } from '@pgforge/testkit';

const mirror = testMirror();
const work = await mkdtemp(join(tmpdir(), 'pgforge-bench-extensions-'));
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const quiet = process.env.PGFORGE_BENCH_VERBOSE ? log : (): void => undefined;
const PLATFORMS = ['linux/amd64', 'linux/arm64'];

async function batch(cacheDir: string): Promise<{ ms: number; result: ExtensionCommandResult }> {
  const configFile = join(work, 'images.yaml');
  await writeFile(
    configFile,
    `packages: { source: distribution, mirror: "${mirror}", allow-expired-release: true }\n`,
  );
  const started = performance.now();
  const result = await extensionCommand({
    packages: ['postgresql-{major}-*'],
    postgres: ['18'],
    distributions: ['sid'],
    platforms: PLATFORMS,
    push: false,
    output: await mkdtemp(join(work, 'layout-')),
    systemLibraries: 'auto',
    configFile,
    now: new Date(),
    sourceDateEpoch: 0,
    cacheDir,
    log: quiet,
    warn: quiet,
  });
  return { ms: performance.now() - started, result };
}

/** A refusal's reason without what differs per package: its kind. */
function reasonKind(reason: string): string {
  return reason
    .replace(/^.*?: /, '')
    .replace(/postgresql-\d+-[a-z0-9+.-]+/g, '<package>')
    .replace(/\d+(\.\d+)+[^ ]*/g, '<version>')
    .slice(0, 140);
}

try {
  const cacheDir = join(work, 'apt-cache');
  const cold = await batch(cacheDir);
  const warm = await batch(cacheDir);
  const { result } = warm;
  const images = result.images;
  const extensions = images.flatMap((i) => i.metadata.sqlNames);
  const withoutControl = images.filter((i) => !i.metadata.createExtension);
  const preload = images.filter((i) => i.metadata.sharedPreloadLibraries.length > 0);
  const limited = images.filter((i) => i.metadata.limitations.length > 0);
  const withSystem = images.filter((i) => i.metadata.ldLibraryPath.length > 0);
  const packages = images.length + result.refused.length;
  console.log(`PostgreSQL 18 on sid, ${PLATFORMS.join(' + ')}, no Docker`);
  console.log(`  packages matched          ${packages}`);
  console.log(
    `  images                    ${images.length} (${((100 * images.length) / packages).toFixed(1)} %)`,
  );
  console.log(`  extensions (control files) ${extensions.length}`);
  console.log(
    `  images without a control  ${withoutControl.length} (${withoutControl.map((i) => i.metadata.name).join(', ')})`,
  );
  console.log(
    `  images that need preload  ${preload.length} (${preload.map((i) => i.metadata.name).join(', ')})`,
  );
  console.log(`  images with system/       ${withSystem.length}`);
  console.log(
    `  images with a limitation  ${limited.length} (${limited.map((i) => i.metadata.name).join(', ')})`,
  );
  console.log(`  refused                   ${result.refused.length}`);
  const kinds = new Map<string, string[]>();
  for (const r of result.refused)
    kinds.set(reasonKind(r.reason), [...(kinds.get(reasonKind(r.reason)) ?? []), r.package]);
  for (const [kind, pkgs] of kinds)
    console.log(`    ${pkgs.length} × ${kind} (${pkgs.join(', ')})`);
  console.log(`  cold (empty APT cache)    ${(cold.ms / 1000).toFixed(1)} s`);
  console.log(`  warm                      ${(warm.ms / 1000).toFixed(1)} s`);
  console.log(`  goal                      cold ≤ 300 s, warm ≤ 60 s on 2 cores`);
  // The warm run reads images made before from the cache: they must be the very same images.
  const coldDigests = new Map(cold.result.images.map((i) => [i.metadata.name, i.digest]));
  const differ = images.filter((i) => coldDigests.get(i.metadata.name) !== i.digest);
  console.log(
    `  same digests warm as cold ${differ.length === 0 ? 'yes' : `NO (${differ.map((i) => i.metadata.name).join(', ')})`}`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
