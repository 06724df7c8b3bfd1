// `pgforge release`, the whole chain on one machine, through the CLI's bundle as a user runs
// it: PG 18 minimal and standard on sid (amd64, the distribution's archive, the base image from
// the test registry so that its digest is known) built into testing, smoke-tested, SBOMs
// attached, provenance signed with a cosign key and verified by promote, promoted, catalogs
// written. Run again with nothing changed, it builds and promotes nothing; after one production
// alias has been moved to a foreign image, it rebuilds that target alone and puts the alias back.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReference, RegistryClient } from '@pgforge/oci';
import type { ReleaseResult } from '@pgforge/release';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { CrdValidators } from '../../packages/smoke/test/support/crds.js';
import {
  cosign,
  generateKeyPair,
  requireCosign,
  verifiedStatements,
  type KeyPair,
  run,
  type RunResult,
} from '@pgforge/testkit';

const registry = inject('registry');
const mirror = inject('mirror');
const bases = inject('baseImages');
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const PASSWORD = 'pgforge-release-key-password-1c9d';
const client = new RegistryClient({ retries: 2 });

let work: string;
let keys: KeyPair;
let production: string;
let config: string;

interface Run {
  result: ReleaseResult;
  process: RunResult;
}

/** Every tag of production and the digest it names now. */
async function productionTags(): Promise<Record<string, string | undefined>> {
  const tags = await client.listTags(parseReference(production)).catch(() => [] as string[]);
  const entries = await Promise.all(
    tags
      .filter((t) => !t.startsWith('sha256-'))
      .map(async (t) => [t, await client.resolveDigest(`${production}:${t}`)] as const),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

async function release(minute: string): Promise<Run> {
  const p = await run(
    process.execPath,
    [
      CLI,
      'release',
      '--config',
      config,
      '--flavours',
      'minimal,standard',
      '--cosign-key',
      keys.key,
      '--timestamp',
      `2026-12-03T${minute}:00Z`,
      '--output-dir',
      join(work, 'out'),
      '--json',
    ],
    {
      cwd: work,
      env: { ...process.env, COSIGN_PASSWORD: PASSWORD },
      allowFailure: true,
      timeoutMs: 30 * 60_000,
    },
  );
  // The progress lines, in the suite's log: what a user sees, with each step's time.
  process.stderr.write(p.stderr.replace(/^(?=.)/gm, `[release ${minute}] `));
  expect(p.code, `${p.stdout}\n${p.stderr}`).toBe(0);
  return { result: JSON.parse(p.stdout) as ReleaseResult, process: p };
}

beforeAll(async () => {
  await requireCosign();
  if ('unavailable' in bases.multiArch) throw new Error(bases.multiArch.unavailable);
  work = await mkdtemp(join(tmpdir(), 'pgforge-release-'));
  keys = await generateKeyPair(join(work, 'keys'), PASSWORD);
  const home = `${registry.host}/release-${randomBytes(3).toString('hex')}`;
  production = `${home}/postgresql`;
  config = join(work, 'images.yaml');
  await writeFile(
    config,
    [
      `registry: ${home}`,
      'postgres: [18]',
      'distributions: [sid]',
      'platforms: [linux/amd64]',
      `base: { image: "${bases.multiArch.sid}", resolve-digest: true }`,
      `packages: { source: distribution, mirror: "${mirror}", allow-expired-release: true }`,
      '',
    ].join('\n'),
  );
}, 120_000);

afterAll(async () => {
  if (work) await run('rm', ['-rf', work], { allowFailure: true });
});

describe('pgforge release', () => {
  let first: Run;
  let afterFirst: Record<string, string | undefined>;

  beforeAll(async () => {
    first = await release('09:00');
    afterFirst = await productionTags();
  }, 40 * 60_000);

  it('builds, tests, signs and promotes every target, and prints a line per step', () => {
    const { result } = first;
    expect(result.failed).toEqual([]);
    expect(result.built.map((b) => b.target).sort()).toEqual(['18-minimal-sid', '18-standard-sid']);
    expect(result.steps.map((s) => s.step)).toEqual([
      'matrix',
      'build',
      'smoke-test',
      'sbom',
      'attest',
      'promote',
      'catalog',
    ]);
    for (const step of result.steps) {
      expect(first.process.stderr).toContain(
        `pgforge release: ${step.step.padEnd(10)} ${step.note}`,
      );
    }
    // The build, the longest step, says which target it is at, doing what, for how long.
    expect(first.process.stderr).toMatch(
      /^pgforge release: build {6}\[[12]\/2\] 18-minimal-sid: building with BuildKit \(\d+\.\d s\)$/m,
    );
    expect(first.process.stderr).toMatch(
      /^pgforge release: build {6}\[[12]\/2\] 18-standard-sid: built sha256:[0-9a-f]{64} in /m,
    );
    for (const built of result.built) {
      expect(built.reference).toMatch(/-testing@sha256:[0-9a-f]{64}$/);
      const promoted = result.promoted.find((p) => p.target === built.target);
      expect(promoted?.reference).toBe(`${production}@${built.digest}`);
      // The immutable tag first, then both aliases, each naming that digest in production.
      expect(promoted?.tags).toHaveLength(3);
      for (const tag of promoted?.tags ?? []) {
        expect(afterFirst[tag.slice(tag.lastIndexOf(':') + 1)], tag).toBe(built.digest);
      }
    }
    expect(afterFirst['18-minimal-sid']).toBeDefined();
    expect(afterFirst['18-standard-sid']).toBeDefined();
  });

  it('leaves reports, SBOMs and attestations in the output directory', async () => {
    for (const built of first.result.built) {
      const report = JSON.parse(
        await readFile(join(work, 'out', 'reports', `${built.target}.json`), 'utf8'),
      ) as { digest: string; passed: boolean };
      expect(report).toMatchObject({ digest: built.digest, passed: true });
    }
    const attestations = await run('ls', [join(work, 'out', 'attestations')]);
    expect(attestations.stdout).toContain('cosign.pub');
    expect(attestations.stdout).toMatch(/\.provenance\.dsse\.json/);
  });

  it('signs provenance that cosign verifies on the production image, naming the command', async () => {
    const minimal = first.result.promoted.find((p) => p.target === '18-minimal-sid');
    const verified = await cosign([
      'verify-attestation',
      '--key',
      keys.pub,
      '--type',
      'slsaprovenance1',
      '--insecure-ignore-tlog=true',
      minimal?.reference ?? '',
    ]);
    expect(verified.code, verified.stderr).toBe(0);
    const [statement] = verifiedStatements(verified.stdout) as {
      predicate: {
        buildDefinition: {
          buildType: string;
          externalParameters: { command: string; target: { id: string } };
        };
      };
    }[];
    const definition = statement!.predicate.buildDefinition;
    expect(definition.buildType).toBe('https://github.com/pgforge/pgforge/cli@v1');
    expect(definition.externalParameters.target.id).toBe('18-minimal-sid');
    expect(definition.externalParameters.command).toMatch(/^pgforge release --config /);
    // The key's path is a secret's place; its value would be one: neither is recorded.
    expect(definition.externalParameters.command).toContain("--cosign-key '***'");
  });

  it("writes CNPG's catalogs of what it promoted, valid against CNPG's CRD", async () => {
    const files = first.result.catalogs.map((f) => f.slice(f.lastIndexOf('/') + 1)).sort();
    expect(files).toEqual([
      'catalog-minimal-sid.yaml',
      'catalog-minimal-sid.yaml.bundle',
      'catalog-standard-sid.yaml',
      'catalog-standard-sid.yaml.bundle',
      'kustomization.yaml',
    ]);
    const crds = new CrdValidators();
    for (const flavour of ['minimal', 'standard']) {
      const doc = parse(
        await readFile(join(work, 'out', 'catalogs', `catalog-${flavour}-sid.yaml`), 'utf8'),
      ) as { spec: { images: { major: number; image: string }[] } };
      expect(crds.validate(doc as never)).toEqual([]);
      const built = first.result.built.find((b) => b.target === `18-${flavour}-sid`);
      expect(doc.spec.images).toHaveLength(1);
      expect(doc.spec.images[0]?.image).toMatch(new RegExp(`@${built?.digest ?? 'none'}$`));
    }
  });

  describe('run again with nothing changed', () => {
    let second: Run;

    beforeAll(async () => {
      second = await release('09:30');
    }, 20 * 60_000);

    it('builds nothing, promotes nothing, and says why each target was skipped', async () => {
      expect(second.result.built).toEqual([]);
      expect(second.result.promoted).toEqual([]);
      expect(second.result.skipped.map((s) => s.target).sort()).toEqual([
        '18-minimal-sid',
        '18-standard-sid',
      ]);
      for (const s of second.result.skipped) expect(s.reason).toMatch(/unchanged|fingerprint/);
      expect(second.result.steps.find((s) => s.step === 'build')?.note).toBe('nothing changed');
      expect(await productionTags()).toEqual(afterFirst);
    });
  });

  describe('after a production alias was moved to a foreign image, in the minute of the first run', () => {
    let third: Run;
    let foreign: string;

    beforeAll(async () => {
      // Someone re-pointed 18-minimal-sid at another image (here: the base image itself).
      if ('unavailable' in bases.multiArch) throw new Error(bases.multiArch.unavailable);
      foreign = (await client.copyImage(bases.multiArch.sid, `${production}:18-minimal-sid`))
        .digest;
      expect(foreign).not.toBe(afterFirst['18-minimal-sid']);
      // The same --timestamp as the first run: a rebuild would need its immutable tag for a
      // new image, which promote refuses. The image promoted then is the target, unchanged.
      third = await release('09:00');
    }, 30 * 60_000);

    it('points the alias at the image promoted before, and builds nothing', async () => {
      const { result } = third;
      expect(result.failed).toEqual([]);
      expect(result.built).toEqual([]);
      expect(result.repaired).toEqual([
        {
          target: '18-minimal-sid',
          image: `${production}@${afterFirst['18-minimal-sid']}`,
          tags: [`${production}:18-minimal-sid`],
        },
      ]);
      expect(result.skipped.map((s) => s.target)).toEqual(['18-standard-sid']);
      expect(third.process.stdout + third.process.stderr).toMatch(/repair/);
      // Every tag names what it named after the first run, the moved alias included.
      expect(await productionTags()).toEqual(afterFirst);
    });
  });
});
