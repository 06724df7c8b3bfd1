// Real arm64 here (issue 10): PG 18 minimal on sid for linux/amd64 and linux/arm64, built by
// the build action's bundle as GitHub's runner runs it, on the multi-platform sid base the
// global setup serves from the test registry (debootstrapped for each architecture), with the
// arm64 steps under QEMU. Then read back through the registry API: both platforms in the index,
// each config and each server binary's ELF machine saying its own platform; and the arm64
// image passes the smoke package's container checks, run under emulation; promoted on that report,
// it is what the matrix then skips.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltImage, FailedTarget } from '@pgforge/operand';
import { readElf } from '@pgforge/elf';
import {
  formatPlatform,
  isAttestationManifest,
  isImageIndex,
  RegistryClient,
  type ImageIndex,
} from '@pgforge/oci';
import { readImageFiles, resolveFile } from '@pgforge/sbom';
import { DEFAULT_CNPG_VERSION, DEFAULT_KIND_NODE_IMAGE, smokeCommand } from '@pgforge/smoke';
import { loadReports, promoteCommand } from '@pgforge/promote';
import type { Target } from '@pgforge/targets';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  run as runCommand,
  emulationProblem,
  node24,
  RUNNER_GITHUB,
  runAction,
  type ActionRun,
  matrixTargets,
} from '@pgforge/testkit';

const registry = inject('registry');
const mirror = inject('mirror');
const bases = inject('baseImages');
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ACTION = join(ROOT, 'actions', 'build', 'action.yml');
const BUNDLE = join(ROOT, 'dist', 'build', 'index.js');
const NOW = new Date('2026-11-21T13:15:00Z');
const EPOCH = '1763730900';
const PLATFORMS = ['linux/amd64', 'linux/arm64'];
const SERVER = 'usr/lib/postgresql/18/bin/postgres';
const client = new RegistryClient({ retries: 2 });
const repository = `arm64-${randomBytes(3).toString('hex')}`;
// apt-get install postgresql-18 under emulation took ~7 min on a loaded machine; the amd64
// build runs beside it.
const BUILD_TIMEOUT_MS = 25 * 60_000;

const log = (line: string): void => void process.stderr.write(`[arm64] ${line}\n`);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(0)} s`;

let target: Target;
let baseImage: string;
let run: ActionRun;
let image: BuiltImage;
let index: ImageIndex;
const smokeReport = join(tmpdir(), `pgforge-arm64-smoke-${repository}.json`);

/** The matrix's PG 18 minimal target on sid for both platforms, on the multi-platform base. */
function matrixOf(skipUnchanged: boolean) {
  return matrixTargets({
    registry: `${registry.host}/${repository}`,
    mirror,
    postgres: 18,
    distribution: 'sid',
    flavours: ['minimal'],
    platforms: PLATFORMS,
    baseImage,
    now: NOW,
    skipUnchanged,
    source: { revision: RUNNER_GITHUB.GITHUB_SHA, url: 'https://github.com/pgforge-it/images' },
  });
}

beforeAll(async () => {
  // Needs a multi-platform base and emulation: without them this fails, saying which is missing.
  if ('unavailable' in bases.multiArch) throw new Error(bases.multiArch.unavailable);
  baseImage = bases.multiArch.sid;
  const problem = await emulationProblem('arm64');
  if (problem) throw new Error(`linux/arm64 images cannot be built here: ${problem}`);

  const matrix = await matrixOf(false);
  expect(matrix.kept.map((t) => t.id)).toEqual(['18-minimal-sid']);
  target = matrix.kept[0]!;

  const started = Date.now();
  run = await runAction({
    bundle: BUNDLE,
    node: await node24(),
    action: ACTION,
    inputs: {
      targets: JSON.stringify(matrix.kept),
      'source-date-epoch': EPOCH,
    },
    cwd: ROOT,
    env: { ...RUNNER_GITHUB },
    timeoutMs: BUILD_TIMEOUT_MS,
  });
  log(`build action (linux/amd64 + emulated linux/arm64) took ${seconds(Date.now() - started)}`);
  expect(run.exitCode, run.stderr + run.stdout.slice(-4000)).toBe(0);
  const images = JSON.parse(run.outputs.images ?? '[]') as BuiltImage[];
  expect(images.map((i) => i.target)).toEqual(['18-minimal-sid']);
  image = images[0]!;
  const fetched = await client.getManifest(image.reference);
  expect(isImageIndex(fetched.manifest)).toBe(true);
  index = fetched.manifest as ImageIndex;
}, BUILD_TIMEOUT_MS + 120_000);

/** The image manifest of `platform` in the pushed index. */
function entry(platform: string) {
  const found = index.manifests.find(
    (d) => !isAttestationManifest(d) && d.platform && formatPlatform(d.platform) === platform,
  );
  if (!found) throw new Error(`${image.reference} has no ${platform} manifest`);
  return found;
}

describe('PG 18 minimal on sid for linux/amd64 and linux/arm64 (arm64 under QEMU)', () => {
  it('the matrix takes the multi-platform base by digest, and the action builds and reports both platforms', async () => {
    expect(target.platforms).toEqual(PLATFORMS);
    expect(target.annotations['org.opencontainers.image.base.name']).toBe(baseImage);
    expect(target.annotations['org.opencontainers.image.base.digest']).toBe(
      await client.resolveDigest(baseImage),
    );
    expect(JSON.parse(run.outputs.failed ?? 'null') as FailedTarget[]).toEqual([]);
    expect(image.platforms.map((p) => p.platform)).toEqual(PLATFORMS);
    expect(image.tags).toEqual([`${target.testingRepository}:${target.tags.immutable}`]);
    for (const tag of image.tags) expect(await client.resolveDigest(tag)).toBe(image.digest);
  });

  it('the pushed index has both platforms, and each config says its own architecture', async () => {
    const platforms = index.manifests
      .filter((d) => !isAttestationManifest(d))
      .map((d) => formatPlatform(d.platform!));
    expect(platforms.sort()).toEqual(PLATFORMS);
    for (const [platform, architecture] of [
      ['linux/amd64', 'amd64'],
      ['linux/arm64', 'arm64'],
    ] as const) {
      const config = await client.getConfig(
        `${target.testingRepository}@${entry(platform).digest}`,
      );
      expect(config.architecture, platform).toBe(architecture);
      expect(config.os, platform).toBe('linux');
      expect(config.config?.User, platform).toBe('26');
    }
  });

  it("each platform's postgres binary is an ELF for its machine: aarch64 for arm64, x86_64 for amd64", async () => {
    const machines: Record<string, string> = {};
    for (const platform of PLATFORMS) {
      const reference = `${target.testingRepository}@${entry(platform).digest}`;
      const { manifest } = await client.getImageManifest(reference);
      const files = await readImageFiles({
        image: `${reference} (${platform})`,
        layers: manifest.manifest.layers,
        fetchBlob: (digest, size) => client.getBlob(reference, digest, size),
        select: { list: () => true, content: (path) => path === SERVER, hash: () => false },
      });
      const binary = resolveFile(files, SERVER);
      expect(binary?.content, `${platform}: /${SERVER}`).toBeDefined();
      machines[platform] = readElf(binary!.content!, { source: SERVER }).machine;
    }
    expect(machines).toEqual({ 'linux/amd64': 'x86_64', 'linux/arm64': 'aarch64' });
  });

  it('the arm64 image passes the container checks under emulation (the smoke package)', async () => {
    const started = Date.now();
    const result = await smokeCommand({
      image: image.tags[0]!,
      flavour: 'minimal',
      extensions: [],
      mode: 'container',
      platform: 'linux/arm64',
      cnpgVersion: DEFAULT_CNPG_VERSION,
      kindNodeImage: DEFAULT_KIND_NODE_IMAGE,
      timeoutMs: 600_000,
      reportFile: smokeReport,
      workDir: tmpdir(),
      log,
    });
    log(`smoke test of linux/arm64 under emulation took ${seconds(Date.now() - started)}`);
    expect(result.passed, result.failure).toBe(true);
    const passed = result.report.checks.filter((c) => c.status === 'passed');
    const names = passed.map((c) => c.name);
    expect(names).toContain('runs as linux/arm64 (dpkg architecture arm64)');
    expect(passed.find((c) => c.name.startsWith('runs as linux/arm64'))?.detail).toBe(
      'dpkg arm64, uname -m aarch64',
    );
    expect(names).toContain('CNPG binaries on PATH');
    expect(names).toContain('initdb');
    expect(names).toContain('SELECT version()');
    expect(passed.find((c) => c.name === 'SELECT version()')?.detail).toMatch(/aarch64/);
  }, 900_000);

  it('the image as docker runs it for each platform is that platform', async () => {
    for (const [platform, machine] of [
      ['linux/amd64', 'x86_64'],
      ['linux/arm64', 'aarch64'],
    ] as const) {
      const { stdout } = await runCommand(
        'docker',
        ['run', '--rm', '--platform', platform, '--network', 'none', image.tags[0]!, 'uname', '-m'],
        { timeoutMs: 300_000 },
      );
      expect(stdout.trim(), platform).toBe(machine);
    }
  });
  it('once promoted on the smoke report, the matrix run again with nothing changed skips the target: base, tags, platforms and fingerprint all match', async () => {
    const result = await promoteCommand({
      images: [image],
      reports: await loadReports([smokeReport]),
      requireSmoke: true,
      verification: { verify: 'none', workDir: tmpdir() },
      dryRun: false,
      registry: client,
      env: { ...process.env },
    });
    expect(result.promoted.map((p) => p.destination)).toEqual([
      `${target.repository}@${image.digest}`,
    ]);
    const again = await matrixOf(true);
    expect(again.kept).toEqual([]);
    expect(again.skipped).toEqual([
      expect.objectContaining({
        target: '18-minimal-sid',
        reason: expect.stringMatching(
          /^unchanged: .* has the same fingerprint and every platform$/,
        ),
      }),
    ]);
  });
});
