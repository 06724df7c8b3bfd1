// The build action's bundle, run as GitHub's runner runs it, on the matrix's real targets:
// PG 17 minimal, standard and full on trixie and PG 18 minimal on sid, from the Debian archive
// on the debootstrapped bases, pushed to the test registry and read back through its API.
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltImage, FailedTarget } from '@pgforge/operand';
import {
  isAttestationManifest,
  isImageIndex,
  MediaTypes,
  parseReference,
  RegistryClient,
  type ImageIndex,
} from '@pgforge/oci';
import { FINGERPRINT_ANNOTATION, type Target } from '@pgforge/targets';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEFAULT_CNPG_VERSION,
  DEFAULT_KIND_NODE_IMAGE,
  smokeCommand,
  type FlavourName,
} from '@pgforge/smoke';
import {
  run as runCommand,
  node24,
  matrixTargets,
  RUNNER_GITHUB,
  runAction,
  type ActionRun,
} from '@pgforge/testkit';

const registry = inject('registry');
const mirror = inject('mirror');
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ACTION = join(ROOT, 'actions', 'build', 'action.yml');
const BUNDLE = join(ROOT, 'dist', 'build', 'index.js');
const NOW = new Date('2026-11-21T13:15:00Z');
const EPOCH = '1763730900';
const client = new RegistryClient({ retries: 2 });
const repository = `build-${randomBytes(3).toString('hex')}`;

/** The annotations of docs/contracts.md, at index and manifest level and as labels. */
const ANNOTATION_KEYS = [
  'org.opencontainers.image.created',
  'org.opencontainers.image.version',
  'org.opencontainers.image.revision',
  'org.opencontainers.image.source',
  'org.opencontainers.image.url',
  'org.opencontainers.image.title',
  'org.opencontainers.image.description',
  'org.opencontainers.image.vendor',
  'org.opencontainers.image.licenses',
  'org.opencontainers.image.base.name',
  FINGERPRINT_ANNOTATION,
];

function matrix(suite: 'trixie' | 'sid', major: number, flavours?: string[]) {
  return matrixTargets({
    registry: `${registry.host}/${repository}`,
    mirror,
    postgres: major,
    distribution: suite,
    ...(flavours ? { flavours } : {}),
    now: NOW,
    skipUnchanged: true,
    source: { revision: RUNNER_GITHUB.GITHUB_SHA, url: 'https://github.com/pgforge-it/images' },
  });
}

async function build(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    bundle: BUNDLE,
    node: await node24(),
    action: ACTION,
    inputs: { 'source-date-epoch': EPOCH, ...inputs },
    cwd: ROOT,
    env: { ...RUNNER_GITHUB },
    timeoutMs: 1_500_000,
  });
}

const images = (r: ActionRun): BuiltImage[] => JSON.parse(r.outputs.images ?? '[]') as BuiltImage[];

let targets: Target[];
let run: ActionRun;

beforeAll(async () => {
  const pg17 = await matrix('trixie', 17);
  const pg18 = await matrix('sid', 18, ['minimal']);
  targets = [...pg17.kept, ...pg18.kept];
  run = await build({ targets: JSON.stringify(targets) });
}, 1_800_000);

describe('build action: PG 17 minimal, standard, full on trixie and PG 18 minimal on sid', () => {
  it('builds every target and reports digest, tags, platforms and size for each', () => {
    expect(run.exitCode, run.stderr + run.stdout.slice(-4000)).toBe(0);
    expect(targets.map((t) => t.id).sort()).toEqual([
      '17-full-trixie',
      '17-minimal-trixie',
      '17-standard-trixie',
      '18-minimal-sid',
    ]);
    const out = images(run);
    expect(out.map((i) => i.target)).toEqual([
      '17-minimal-trixie',
      '18-minimal-sid',
      '17-standard-trixie',
      '17-full-trixie',
    ]);
    for (const i of out) {
      const t = targets.find((x) => x.id === i.target)!;
      expect(i.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(i.repository).toBe(t.testingRepository);
      expect(i.reference).toBe(`${t.testingRepository}@${i.digest}`);
      expect(i.tags).toEqual([`${t.testingRepository}:${t.tags.immutable}`]);
      expect(i.promote).toEqual({
        repository: t.repository,
        tags: [t.tags.immutable, ...t.tags.aliases].map((x) => `${t.repository}:${x}`),
        immutable: 1,
      });
      expect(i.platforms.map((p) => p.platform)).toEqual(['linux/amd64']);
      expect(i.compressedSize).toBeGreaterThan(20e6);
    }
    expect(JSON.parse(run.outputs.failed ?? 'null')).toEqual([]);
  });

  it('each image is an OCI index with the annotations of docs/contracts.md at both levels, labels and provenance', async () => {
    for (const i of images(run)) {
      const t = targets.find((x) => x.id === i.target)!;
      const fetched = await client.getManifest(i.reference);
      expect(fetched.mediaType).toBe(MediaTypes.ociIndex);
      expect(isImageIndex(fetched.manifest)).toBe(true);
      const index = fetched.manifest as ImageIndex;
      for (const key of ANNOTATION_KEYS) {
        expect(index.annotations?.[key], `${i.target} index ${key}`).toBe(t.annotations[key]);
      }
      const [image, ...rest] = index.manifests.filter((d) => !isAttestationManifest(d));
      expect(rest).toEqual([]);
      const manifest = await client.getImageManifest(`${t.testingRepository}@${image!.digest}`);
      for (const key of ANNOTATION_KEYS) {
        expect(manifest.manifest.manifest.annotations?.[key], `${i.target} manifest ${key}`).toBe(
          t.annotations[key],
        );
      }
      const config = await client.getConfig(`${t.testingRepository}@${image!.digest}`);
      expect(config.config?.Labels).toMatchObject(t.annotations);
      expect(config.config?.User).toBe('26');
      expect(config.config?.Entrypoint ?? []).toEqual([]);
      expect(config.config?.Cmd ?? []).toEqual([]);
      const attestation = index.manifests.find((d) => isAttestationManifest(d));
      expect(attestation?.annotations?.['vnd.docker.reference.digest']).toBe(image!.digest);
      const statement = await client.getImageManifest(
        `${t.testingRepository}@${attestation!.digest}`,
      );
      expect(
        statement.manifest.manifest.layers.map((l) => l.annotations?.['in-toto.io/predicate-type']),
      ).toContain('https://slsa.dev/provenance/v0.2');
    }
  });

  it('writes the immutable tags in the testing repository, and nothing in production', async () => {
    const production = `${registry.host}/${repository}/postgresql`;
    const tags = await client.listTags(parseReference(`${production}-testing`));
    // The package lists attached to the images are referrers: the registry (no referrers API)
    // keeps them under `sha256-<digest>` tags, which name no image.
    expect([...tags].filter((t) => !t.startsWith('sha256-')).sort()).toEqual(
      targets.map((t) => t.tags.immutable).sort(),
    );
    for (const t of targets) {
      const digest = images(run).find((i) => i.target === t.id)!.digest;
      expect(await client.resolveDigest(`${t.testingRepository}:${t.tags.immutable}`)).toBe(digest);
    }
    expect(await client.listTags(parseReference(production))).toEqual([]);
  });

  it('the step summary has a row per image with its digest and size, and the build logs', () => {
    for (const i of images(run)) {
      expect(run.summary).toContain(`| \`${i.target}\` | \`${i.digest.slice(7, 19)}\``);
      expect(run.summary).toContain(`build log of <code>${i.target}</code>`);
    }
  });

  it('every image passes the container checks of its flavour (the smoke package)', async () => {
    for (const i of images(run)) {
      const t = targets.find((x) => x.id === i.target)!;
      const result = await smokeCommand({
        image: i.tags[0]!,
        flavour: t.flavour as FlavourName,
        extensions: [],
        mode: 'container',
        cnpgVersion: DEFAULT_CNPG_VERSION,
        kindNodeImage: DEFAULT_KIND_NODE_IMAGE,
        timeoutMs: 300_000,
        reportFile: join(tmpdir(), `pgforge-build-smoke-${i.target}.json`),
        workDir: tmpdir(),
      });
      expect(result.passed, `${i.target}: ${result.failure}`).toBe(true);
      const passed = result.report.checks.filter((c) => c.status === 'passed');
      const names = passed.map((c) => c.name).join('\n');
      expect(names).toMatch(/runs as UID 26/);
      expect(names).toMatch(/CNPG binaries on PATH/);
      if (t.flavour !== 'minimal') {
        expect(names).toMatch(/locale en_US\.UTF-8/);
        expect(names).toMatch(/CREATE EXTENSION vector/);
        expect(names).toMatch(/CREATE EXTENSION pgaudit/);
      }
      if (t.flavour === 'full') expect(names).toMatch(/CREATE EXTENSION postgis/);
    }
  });

  it('minimal images have no locale beyond C', async () => {
    for (const i of images(run).filter((x) => x.target.includes('-minimal-'))) {
      const { stdout } = await runCommand('docker', ['run', '--rm', i.tags[0]!, 'locale', '-a']);
      expect(stdout.trim().split('\n').sort()).toEqual(['C', 'C.utf8', 'POSIX']);
    }
  });

  it('the matrix, run again, keeps every target: nothing is in production until promote', async () => {
    // The skip compares with production; a build that was never promoted is not released.
    // The skip of a promoted image is proven in promote.integration.test.ts.
    const again = [
      ...(await matrix('trixie', 17)).decisions,
      ...(await matrix('sid', 18, ['minimal'])).decisions,
    ];
    expect(again.map((d) => d.id).sort()).toEqual(targets.map((t) => t.id).sort());
    for (const d of again) {
      const t = targets.find((x) => x.id === d.id)!;
      const checked = `${t.repository}:${t.tags.aliases[0]}`;
      expect(d).toMatchObject({ kept: true, reason: `new: ${checked} does not exist`, checked });
    }
  });

  it('fails a broken target by name while the others are built, tagged and reported', async () => {
    const good = targets.find((t) => t.id === '18-minimal-sid')!;
    const broken: Target = {
      ...good,
      id: '18-broken-sid',
      tags: { immutable: 'broken-202611211315', aliases: ['broken'] },
      buildArgs: {
        ...good.buildArgs,
        PACKAGES: `${good.buildArgs.PACKAGES} pgforge-no-such-package`,
      },
    };
    const sbomDir = await mkdtemp(join(tmpdir(), 'pgforge-build-sbom-'));
    // An earlier release in production (as promote leaves it): the SBOM compares with it.
    const first = images(run).find((i) => i.target === good.id)!;
    for (const tag of first.promote.tags) await client.copyImage(first.reference, tag);
    const r = await build({
      targets: JSON.stringify([broken, good]),
      sbom: 'true',
      'sbom-dir': sbomDir,
    });
    expect(r.exitCode).toBe(1);
    const failed = JSON.parse(r.outputs.failed ?? '[]') as FailedTarget[];
    expect(failed.map((f) => f.target)).toEqual(['18-broken-sid']);
    expect(failed[0]!.reason).toContain('Unable to locate package pgforge-no-such-package');
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        title: 'build',
        message: expect.stringMatching(/^18-broken-sid: .*pgforge-no-such-package/),
      }),
    );
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
    expect(images(r).map((i) => i.target)).toEqual(['18-minimal-sid']);
    // In-line SBOMs of the image that was built, attached to it, compared with the image its
    // alias named before this run moved it.
    const [rebuilt] = images(r);
    expect(rebuilt?.sbom?.files.map((f) => f.slice(sbomDir.length))).toEqual([
      expect.stringMatching(/^\/18-minimal-sid\/.*\.spdx\.json$/),
      expect.stringMatching(/^\/18-minimal-sid\/.*\.cdx\.json$/),
    ]);
    expect(rebuilt?.sbom?.comparedTo).toBe(`${good.repository}:${good.tags.aliases[0]}`);
    const referrers = await client.referrers(
      parseReference(good.testingRepository),
      rebuilt!.platforms[0]!.digest,
    );
    expect(referrers.map((d) => d.artifactType).sort()).toEqual([
      'application/spdx+json',
      'application/vnd.cyclonedx+json',
    ]);
    for (const repo of [good.repository, good.testingRepository]) {
      const tags = await client.listTags(parseReference(repo));
      expect(tags).not.toContain('broken');
      expect(tags).not.toContain('broken-202611211315');
    }
    expect(r.summary).toContain('| `18-broken-sid` |');
  });

  it('refuses to build arm64 on an amd64-only base: the target fails, naming the platform, and no tag moves', async () => {
    // debian:sid-slim here is an amd64 import: BuildKit would build linux/arm64 on it and
    // label the result arm64 (issue 10). The Dockerfile's check stops it at its first step.
    const m = await matrixTargets({
      registry: `${registry.host}/${repository}-mislabelled`,
      mirror,
      postgres: 18,
      distribution: 'sid',
      flavours: ['minimal'],
      platforms: ['linux/amd64', 'linux/arm64'],
      now: NOW,
    });
    const [t] = m.kept;
    expect(t?.buildArgs.DEBIAN_ARCHITECTURES).toBe('amd64=amd64 arm64=arm64');
    const r = await build({ targets: JSON.stringify(m.kept) });
    expect(r.exitCode).toBe(1);
    const failed = JSON.parse(r.outputs.failed ?? '[]') as FailedTarget[];
    expect(failed.map((f) => f.target)).toEqual(['18-minimal-sid']);
    expect(failed[0]?.reason).toBe(
      'building arm64 (Debian arm64) on a base whose dpkg is amd64: the base has no arm64 ' +
        'image, or no emulation runs it; use a multi-platform base with QEMU or a native runner',
    );
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(/^18-minimal-sid: building arm64 /),
      }),
    );
    expect(images(r)).toEqual([]);
    for (const repo of [t!.repository, t!.testingRepository]) {
      expect(await client.listTags(parseReference(repo))).toEqual([]);
    }
  });

  it('names a bad input, its value and what is allowed, without a stack trace', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [
        { targets: '{"not": "a list"}' },
        /input "targets": .* expected the matrix action's targets output/,
      ],
      [
        { targets: '[]', environment: 'production' },
        /input "environment": "production" is no longer accepted: build pushes to <name>-testing .* the promote step/,
      ],
      [{ targets: '[]', platform: 'linux' }, /input "platform": "linux" is not allowed/],
      [
        { targets: JSON.stringify(targets.slice(0, 1)), select: '19' },
        /select: "19" names no target/,
      ],
    ];
    for (const [inputs, message] of cases) {
      const r = await build(inputs);
      expect(r.exitCode).toBe(1);
      expect(r.annotations.map((a) => a.message).join('\n')).toMatch(message);
      expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
    }
  });
});
