// The matrix against the real parts: the Debian mirror's signed indexes, apt itself inside the
// debootstrapped base images as the oracle, the distribution registry, and images pushed there
// by real buildx.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject, describe, expect, it } from 'vitest';
import { AptClient } from '@pgforge/apt';
import { parseConfig } from '@pgforge/config';
import { planMatrix, type MatrixInputs } from '@pgforge/matrix';
import { projectDockerfile } from '@pgforge/bake';
import { RegistryClient } from '@pgforge/oci';
import { LocalStoreBaseReader, RegistryBaseReader } from '@pgforge/package-view';
import { FINGERPRINT_ANNOTATION } from '@pgforge/targets';
import { readFile } from 'node:fs/promises';
import { dirname, basename } from 'node:path';
import { run, pushAnnotatedIndex } from '@pgforge/testkit';

const mirror = inject('mirror');
const registry = inject('registry');
const cacheDir = await mkdtemp(join(tmpdir(), 'pgforge-apt-cache-'));
const apt = new AptClient({ cacheDir });
const client = new RegistryClient({ retries: 1 });
/** The matrix's parts: the base images read from the local image store or the registry. */
const deps = {
  apt,
  registry: client,
  bases: { registry: new RegistryBaseReader(client, cacheDir), local: new LocalStoreBaseReader() },
  keyringDir: join(cacheDir, 'keyrings'),
};
const dockerfilePath = projectDockerfile();
const dockerfile = await readFile(dockerfilePath);

function configText(extra: string, suite = 'trixie'): string {
  return [
    `registry: ${registry.host}/matrix-${Math.random().toString(36).slice(2, 8)}`,
    `distributions: [${suite}]`,
    'platforms: [linux/amd64, linux/arm64]',
    `packages: { source: distribution, mirror: "${mirror}"${suite === 'sid' ? ', allow-expired-release: true' : ''} }`,
    ...(extra.includes('base:') ? [] : ['base: { resolve-digest: false }']),
    extra,
  ].join('\n');
}

function inputs(text: string, overrides: Partial<MatrixInputs> = {}): MatrixInputs {
  return {
    config: parseConfig(text, 'images.yaml'),
    now: new Date('2026-11-21T13:15:00Z'),
    dockerfile: {
      directory: dirname(dockerfilePath),
      name: basename(dockerfilePath),
      content: dockerfile,
    },
    skipUnchanged: true,
    force: false,
    groupBy: 'target',
    ...overrides,
  };
}

/** The candidate apt itself picks inside the base image, with the image's own sources. */
async function aptCandidate(
  image: string,
  pkg: string,
  aptOptions: string[] = [],
): Promise<string> {
  const script = `apt-get ${aptOptions.join(' ')} update -qq >/dev/null && apt-cache policy ${pkg}`;
  const { stdout } = await run('docker', [
    'run',
    '--rm',
    '--network',
    'host',
    image,
    'bash',
    '-c',
    script,
  ]);
  const m = /Candidate:\s*(\S+)/.exec(stdout);
  if (!m?.[1] || m[1] === '(none)') throw new Error(`apt has no candidate for ${pkg}:\n${stdout}`);
  return m[1];
}

describe('matrix against the Debian mirror', () => {
  it('resolves PostgreSQL 17 on trixie to the version apt itself picks', async () => {
    const result = await planMatrix(inputs(configText('postgres: [17]')), deps);
    const minimal = result.targets.find((t) => t.id === '17-minimal-trixie');
    expect(minimal).toBeDefined();
    const candidate = await aptCandidate(inject('baseImages').trixie, 'postgresql-17');
    expect(minimal?.postgres.debianVersion).toBe(candidate);
    expect(minimal?.buildArgs.PG_VERSION).toBe(candidate);
    // Every flavour package too, on amd64 where the container runs.
    const standard = result.targets.find((t) => t.id === '17-standard-trixie');
    const vector = standard?.packages.find((p) => p.name === 'postgresql-17-pgvector');
    expect(vector?.version).toBe(
      await aptCandidate(inject('baseImages').trixie, 'postgresql-17-pgvector'),
    );
  });

  it('resolves PostgreSQL 18 on sid, whose Release is past Valid-Until, as apt does with the same knob', async () => {
    const result = await planMatrix(
      inputs(configText('postgres: [18]\nflavours: { minimal: { packages: [] } }', 'sid')),
      deps,
    );
    const candidate = await aptCandidate(inject('baseImages').sid, 'postgresql-18', [
      '-o Acquire::Check-Valid-Until=false',
    ]);
    expect(result.targets.map((t) => t.postgres.debianVersion)).toEqual([candidate]);
  });

  it('names the field when the source lacks a major', async () => {
    await expect(planMatrix(inputs(configText('postgres: [17, 16]')), deps)).rejects.toThrow(
      /postgres\[1\]: PostgreSQL 16 is not in Debian trixie, trixie-updates, trixie-security for amd64 and arm64; it has 17/,
    );
  });
});

/**
 * Pushes a real image (buildx, FROM scratch) whose index carries `annotations`, under every
 * reference given (`--tag` once each: one push, one digest).
 */
async function pushAnnotated(
  references: string | string[],
  annotations: Record<string, string>,
  platforms = 'linux/amd64,linux/arm64',
): Promise<void> {
  const tags = typeof references === 'string' ? [references] : references;
  const dir = await mkdtemp(join(tmpdir(), 'pgforge-img-'));
  await writeFile(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY marker /marker\n');
  await writeFile(join(dir, 'marker'), `${tags.join(' ')} ${Math.random()}`);
  // BuildKit writes no index for one platform, and refuses index annotations then.
  const levels = platforms.includes(',') ? ['index', 'manifest'] : ['manifest'];
  const args = Object.entries(annotations).flatMap(([k, v]) =>
    levels.flatMap((level) => ['--annotation', `${level}:${k}=${v}`]),
  );
  await run('docker', [
    'buildx',
    'build',
    '--platform',
    platforms,
    '--provenance=false',
    ...args,
    ...tags.flatMap((t) => ['--tag', t]),
    '--output',
    'type=registry',
    dir,
  ]);
  // The containerd image store keeps a copy of what it pushed; the registry is what counts.
  for (const t of tags) await run('docker', ['image', 'rm', t], { allowFailure: true });
}

/** A base image in the local registry, so that its digest (and its platforms) are known. */
async function pushBase(
  name: string,
  platforms: { os: string; architecture: string }[],
): Promise<string> {
  const pushed = await pushAnnotatedIndex({
    host: registry.host,
    repository: name,
    tag: 'trixie-slim',
    annotations: {},
    platforms,
  });
  return pushed.reference.replace(/:trixie-slim$/, ':{distribution}-slim');
}

const AMD64 = { os: 'linux', architecture: 'amd64' };
const ARM64 = { os: 'linux', architecture: 'arm64' };

describe('skip-unchanged against the registry', () => {
  it('skips a target whose every tag points at one image with its fingerprint and platforms, and keeps it once its package list changes', async () => {
    const base = await pushBase('matrix-base', [AMD64, ARM64]);
    const text = configText(`postgres: [17]\nbase: { image: "${base}", resolve-digest: true }`);
    const first = await planMatrix(inputs(text), deps);
    expect(first.kept.map((t) => t.id)).toEqual([
      '17-minimal-trixie',
      '17-standard-trixie',
      '17-full-trixie',
    ]);
    expect(first.decisions.every((d) => d.reason.startsWith('new:'))).toBe(true);

    const standard = first.targets.find((t) => t.flavour === 'standard');
    if (!standard) throw new Error('no standard target');
    expect(standard.base.digest).toMatch(/^sha256:/);
    const aliases = standard.tags.aliases.map((a) => `${standard.repository}:${a}`);
    await pushAnnotated(aliases, { [FINGERPRINT_ANNOTATION]: standard.fingerprint });

    const second = await planMatrix(inputs(text), deps);
    expect(second.skipped).toHaveLength(1);
    expect(second.skipped[0]).toMatchObject({ target: '17-standard-trixie', checked: aliases[0] });
    expect(second.skipped[0]?.reason).toMatch(
      /^unchanged: 17\.\d+-standard-trixie, 17-standard-trixie → [0-9a-f]{12} has the same fingerprint and every platform$/,
    );
    expect(second.kept.map((t) => t.id)).toEqual(['17-minimal-trixie', '17-full-trixie']);
    expect(second.matrix.include.map((e) => e.target)).toEqual([
      '17-minimal-trixie',
      '17-full-trixie',
    ]);
    // full is built on standard, so the bake file still defines standard, as a cache-only parent.
    expect(second.bake.group.default.targets).toEqual(['17-minimal-trixie', '17-full-trixie']);
    expect(second.bake.target['17-standard-trixie']?.output).toEqual(['type=cacheonly']);
    expect(second.bake.target['17-standard-trixie']?.tags).toEqual([]);

    // One more package in standard: its fingerprint changes, and it is kept again.
    const changed = text.replace(
      'postgres: [17]',
      [
        'postgres: [17]',
        'flavours:',
        '  minimal: { packages: [libsasl2-modules, libldap-common] }',
        '  standard: { from: minimal, packages: [locales-all, "postgresql-{major}-pgaudit", "postgresql-{major}-pgvector", "postgresql-{major}-pg-failover-slots", "postgresql-{major}-hypopg"] }',
      ].join('\n'),
    );
    const third = await planMatrix(inputs(changed), deps);
    const decision = third.decisions.find((d) => d.id === '17-standard-trixie');
    expect(decision?.kept).toBe(true);
    expect(decision?.reason).toMatch(/^changed: fingerprint [0-9a-f]{12} → [0-9a-f]{12}$/);

    // force keeps everything, skip-unchanged off too.
    const forced = await planMatrix(inputs(text, { force: true }), deps);
    expect(forced.kept).toHaveLength(3);
    const off = await planMatrix(inputs(text, { skipUnchanged: false }), deps);
    expect(off.kept).toHaveLength(3);
  });

  it('repairs a half-written tag set or tags that disagree when an image under them is the target; keeps one lacking a platform', async () => {
    const base = await pushBase('matrix-base', [AMD64, ARM64]);
    const text = configText(`postgres: [17]\nbase: { image: "${base}", resolve-digest: true }`);
    const [minimal, standard, full] = (await planMatrix(inputs(text), deps)).targets;
    if (!minimal || !standard || !full) throw new Error('expected three targets');
    const refs = (t: typeof minimal): string[] => t.tags.aliases.map((a) => `${t.repository}:${a}`);
    // minimal: only the first alias was written (a run that died between two tags).
    await pushAnnotated(refs(minimal)[0]!, { [FINGERPRINT_ANNOTATION]: minimal.fingerprint });
    // standard: both aliases exist, but the second was moved to another image (another
    // fingerprint): the first still names the target.
    await pushAnnotated(refs(standard)[0]!, { [FINGERPRINT_ANNOTATION]: standard.fingerprint });
    await pushAnnotated(refs(standard)[1]!, { [FINGERPRINT_ANNOTATION]: 'someone else' });
    // full: one image under both aliases, with its fingerprint, but amd64 only.
    await pushAnnotated(refs(full), { [FINGERPRINT_ANNOTATION]: full.fingerprint }, 'linux/amd64');

    // Without a caller that re-tags (the matrix action without `repair`), nothing is repaired.
    const unrepaired = await planMatrix(inputs(text), deps);
    expect(unrepaired.repairs).toEqual([]);
    expect(unrepaired.kept.map((t) => t.id)).toEqual([
      '17-minimal-trixie',
      '17-standard-trixie',
      '17-full-trixie',
    ]);
    const again = await planMatrix(inputs(text, { repair: true }), deps);
    const decision = (id: string) => again.decisions.find((d) => d.id === id);
    const digestOf = async (ref: string): Promise<string> =>
      (await deps.registry.resolveDigest(ref)) ?? 'none';
    expect(again.kept.map((t) => t.id)).toEqual(['17-full-trixie']);
    expect(decision('17-minimal-trixie')?.reason).toMatch(
      /^repair: half-written: 17-minimal-trixie is missing while 17\.\d+-minimal-trixie → [0-9a-f]{12}; [0-9a-f]{12} has this fingerprint and every platform, so 17-minimal-trixie is pointed at it again$/,
    );
    expect(again.repairs).toEqual([
      {
        target: '17-minimal-trixie',
        image: `${minimal.repository}@${await digestOf(refs(minimal)[0]!)}`,
        tags: [refs(minimal)[1]],
      },
      {
        target: '17-standard-trixie',
        image: `${standard.repository}@${await digestOf(refs(standard)[0]!)}`,
        tags: [refs(standard)[1]],
      },
    ]);
    expect(decision('17-standard-trixie')?.reason).toMatch(/^repair: tags disagree: /);
    expect(decision('17-full-trixie')?.reason).toBe(
      `${refs(full)[0]} lacks linux/arm64 (it has linux/amd64)`,
    );
    // A repair is not built, and is listed among the targets left alone, saying why.
    expect(again.skipped.map((s) => s.target)).toEqual(['17-minimal-trixie', '17-standard-trixie']);

    // Once the tag set is whole, the same image under every tag, minimal is skipped.
    await pushAnnotated(refs(minimal), { [FINGERPRINT_ANNOTATION]: minimal.fingerprint });
    const whole = await planMatrix(inputs(text, { repair: true }), deps);
    expect(whole.decisions.find((d) => d.id === '17-minimal-trixie')?.reason).toMatch(
      /^unchanged: /,
    );
  });

  it("refuses, before building, a target whose tag of this run's minute already names another image", async () => {
    const base = await pushBase('matrix-base', [AMD64, ARM64]);
    const text = configText(`postgres: [17]\nbase: { image: "${base}", resolve-digest: true }`);
    const [minimal] = (await planMatrix(inputs(text), deps)).targets;
    if (!minimal) throw new Error('expected a target');
    // This minute's immutable tag and an alias name an image of another fingerprint: building
    // now would need that tag for a new image.
    const immutable = `${minimal.repository}:${minimal.tags.immutable}`;
    await pushAnnotated([immutable, `${minimal.repository}:${minimal.tags.aliases[0]}`], {
      [FINGERPRINT_ANNOTATION]: 'an older build',
    });
    const again = await planMatrix(inputs(text), deps);
    expect(again.kept.map((t) => t.id)).not.toContain('17-minimal-trixie');
    expect(again.refused).toEqual([
      {
        target: '17-minimal-trixie',
        reason: expect.stringMatching(
          new RegExp(
            `^${immutable.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} already names [0-9a-f]{12}, and a build now would be another image under it \\(half-written: .*\\); an immutable tag never moves, so run again in another minute or with another timestamp$`,
          ),
        ),
      },
    ]);
    expect(again.skipped.map((s) => s.target)).not.toContain('17-minimal-trixie');
    // Forced, the same.
    const forced = await planMatrix(inputs(text, { force: true }), deps);
    expect(forced.refused.map((r) => r.target)).toEqual(['17-minimal-trixie']);
    // Another minute, another immutable tag: built.
    const later = await planMatrix(inputs(text, { now: new Date('2026-11-21T13:16:00Z') }), deps);
    expect(later.kept.map((t) => t.id)).toContain('17-minimal-trixie');
  });

  it('keeps every target when the base digest is unknown, and says why', async () => {
    const text = configText('postgres: [17]');
    const first = await planMatrix(inputs(text), deps);
    const minimal = first.targets[0];
    if (!minimal) throw new Error('no target');
    await pushAnnotated(
      minimal.tags.aliases.map((a) => `${minimal.repository}:${a}`),
      { [FINGERPRINT_ANNOTATION]: minimal.fingerprint },
    );
    const again = await planMatrix(inputs(text), deps);
    expect(again.decisions[0]).toMatchObject({ id: '17-minimal-trixie', kept: true });
    expect(again.decisions[0]?.reason).toMatch(/^base digest unknown: /);
  });

  it('warns when the base image lacks a configured platform', async () => {
    const base = await pushBase('matrix-base-amd64-only', [AMD64]);
    const warnings: string[] = [];
    const text = configText(`postgres: [17]\nbase: { image: "${base}", resolve-digest: true }`);
    await planMatrix(inputs(text), { ...deps, warn: (m) => warnings.push(m) });
    const warning = warnings.find((w) => w.includes('matrix-base-amd64-only'));
    expect(warning).toContain('has no linux/arm64 image (it has linux/amd64)');
    expect(warning).toContain("would run on another platform's base");
  });

  it('writes a bake definition that buildx accepts', async () => {
    const result = await planMatrix(inputs(configText('postgres: [17]')), deps);
    const dir = await mkdtemp(join(tmpdir(), 'pgforge-bake-'));
    const file = join(dir, 'bake.json');
    await writeFile(file, JSON.stringify(result.bake));
    const { stdout } = await run('docker', ['buildx', 'bake', '-f', file, '--print']);
    const printed = JSON.parse(stdout) as {
      target: Record<
        string,
        { args: Record<string, string>; target: string; contexts?: Record<string, string> }
      >;
    };
    expect(Object.keys(printed.target).sort()).toEqual([
      '17-full-trixie',
      '17-minimal-trixie',
      '17-standard-trixie',
    ]);
    expect(printed.target['17-full-trixie']?.contexts).toEqual({
      parent: 'target:17-standard-trixie',
    });
    expect(printed.target['17-minimal-trixie']?.args.PG_VERSION).toBe(
      result.targets[0]?.postgres.debianVersion,
    );
  });
});
