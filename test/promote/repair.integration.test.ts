// Repairs, as the reusable workflow's repair job runs them: the promote bundle, run as GitHub's
// runner runs it, given the matrix's `repairs` output and no images, against the real registry
// with real cosign. An image attested (the attest action's bundle, a cosign key) and promoted to
// production, one of its aliases moved to another image: the action points it back, by digest.
// With `verify: cosign-key`, an image pushed to production by hand, with no attestation, is
// refused and its tag left, while the attested one beside it is repaired.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RegistryClient } from '@pgforge/oci';
import type { RepairedImage } from '@pgforge/promote';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  generateKeyPair,
  requireCosign,
  type KeyPair,
  run,
  node24,
  RUNNER_GITHUB,
  runAction,
  type ActionRun,
  runStep,
  stepScript,
} from '@pgforge/testkit';
import { pushSmallImage } from '../attest/support.js';

const registry = inject('registry');
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROMOTE = {
  action: join(ROOT, 'actions', 'promote', 'action.yml'),
  bundle: join(ROOT, 'dist', 'promote', 'index.js'),
};
const ATTEST = {
  action: join(ROOT, 'actions', 'attest', 'action.yml'),
  bundle: join(ROOT, 'dist', 'attest', 'index.js'),
};
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const PASSWORD = 'pgforge-repair-key-password-7d2e';
const client = new RegistryClient({ retries: 2 });

let work: string;
let keys: KeyPair;
let noDockerConfig: string;

const rand = (): string => randomBytes(3).toString('hex');
const short = (d: string): string => d.slice(7, 19);

async function action(
  which: { action: string; bundle: string },
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<ActionRun> {
  return runAction({
    bundle: which.bundle,
    action: which.action,
    node: await node24(),
    cwd: work,
    inputs,
    env: { DOCKER_CONFIG: noDockerConfig, ...env },
    tempDir: work,
    timeoutMs: 300_000,
  });
}

const transcript = (r: ActionRun): string => `exit ${r.exitCode}\n${r.stdout}\n${r.stderr}`;
const repaired = (r: ActionRun): RepairedImage[] =>
  JSON.parse(r.outputs.repaired ?? 'null') as RepairedImage[];

/** SLSA provenance of `reference`, signed with the key pair by the attest action's bundle. */
async function attest(reference: string): Promise<void> {
  const r = await action(
    ATTEST,
    {
      subjects: reference,
      kind: 'provenance',
      signing: 'cosign-key',
      'cosign-key': keys.key,
      'output-dir': await mkdtemp(join(work, 'attestations-')),
    },
    {
      COSIGN_PASSWORD: keys.password,
      ...RUNNER_GITHUB,
      GITHUB_WORKFLOW_REF: `${RUNNER_GITHUB.GITHUB_REPOSITORY}/.github/workflows/build-images.yml@refs/heads/main`,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY_ID: '1',
      GITHUB_REPOSITORY_OWNER_ID: '1',
      RUNNER_ENVIRONMENT: 'self-hosted',
    },
  );
  if (r.exitCode !== 0) throw new Error(`the attest action failed:\n${transcript(r)}`);
}

/**
 * The image `reference` names, its manifest annotated as built at `created` (what tells promote
 * and repairs an older image from a newer one), pushed beside it; its digest.
 */
async function builtAt(reference: string, created: string, tag: string): Promise<string> {
  const { manifest, mediaType } = await client.getManifest(reference);
  const repository = reference.slice(0, reference.indexOf('@'));
  return client.pushManifest(
    `${repository}:${tag}`,
    JSON.stringify({
      ...manifest,
      annotations: { ...manifest.annotations, 'org.opencontainers.image.created': created },
    }),
    mediaType,
  );
}

/** Points `tag` (`<repository>:<tag>`) at `digest` of the same repository, as a hand would. */
async function tagByHand(tag: string, digest: string): Promise<void> {
  const repository = tag.slice(0, tag.lastIndexOf(':'));
  const fetched = await client.getManifest(`${repository}@${digest}`);
  await client.pushManifest(tag, fetched.bytes, fetched.mediaType);
}

interface Production {
  /** `<registry>/<path>/postgresql` */
  repository: string;
  /** The image promoted through testing, its provenance signed: what its tags should name. */
  promoted: string;
  immutable: string;
  alias: string;
  /** Another image, pushed by hand under the alias. */
  intruder: string;
}

/**
 * A release's production: an image built into testing, attested, promoted (its provenance
 * copied along) under an immutable tag and an alias; then the alias moved to another image.
 */
async function production(): Promise<Production> {
  const path = `repair-${rand()}`;
  const repository = `${registry.host}/${path}/postgresql`;
  const small = await pushSmallImage(
    registry.host,
    `${path}/postgresql-testing`,
    `18 minimal ${rand()}\n`,
  );
  const digest = await builtAt(small.reference, '2026-12-06T12:00:00Z', '18.1-202612061200');
  const tested = { reference: `${registry.host}/${path}/postgresql-testing@${digest}`, digest };
  await attest(tested.reference);
  const immutable = `${repository}:18.1-202612061200-minimal-sid`;
  const alias = `${repository}:18-minimal-sid`;
  const promote = await action(PROMOTE, {
    images: JSON.stringify([
      {
        target: '18-minimal-sid',
        reference: tested.reference,
        promote: { repository, tags: [immutable, alias] },
      },
    ]),
    'require-smoke': 'false',
    verify: 'cosign-key',
    'cosign-public-key': keys.pub,
  });
  if (promote.exitCode !== 0) throw new Error(`the promote action failed:\n${transcript(promote)}`);
  const intruder = (
    await pushSmallImage(registry.host, `${path}/postgresql`, `by hand ${rand()}\n`)
  ).digest;
  await tagByHand(alias, intruder);
  return { repository, promoted: tested.digest, immutable, alias, intruder };
}

beforeAll(async () => {
  await requireCosign();
  work = await mkdtemp(join(tmpdir(), 'pgforge-repair-'));
  noDockerConfig = join(work, 'no-docker-config');
  keys = await generateKeyPair(join(work, 'keys'), PASSWORD);
}, 120_000);

afterAll(async () => {
  // The work directory holds the keys.
  if (work) await run('rm', ['-rf', work], { allowFailure: true });
});

describe('promote given repairs alone: a moved alias pointed back at the promoted image', () => {
  let p: Production;
  let repairs: string;

  beforeAll(async () => {
    p = await production();
    // What the matrix action's repairs output says of this target.
    repairs = JSON.stringify([
      { target: '18-minimal-sid', image: `${p.repository}@${p.promoted}`, tags: [p.alias] },
    ]);
  }, 600_000);

  it('dry-run: reports the tag it would move, from and to, and writes nothing', async () => {
    const r = await action(PROMOTE, { repairs, 'dry-run': 'true' });
    expect(r.exitCode, transcript(r)).toBe(0);
    expect(repaired(r)).toEqual([
      {
        label: '18-minimal-sid',
        target: '18-minimal-sid',
        image: `${p.repository}@${p.promoted}`,
        digest: p.promoted,
        changes: [{ reference: p.alias, change: 'moved', previous: p.intruder }],
      },
    ]);
    expect(JSON.parse(r.outputs.promoted ?? 'null')).toEqual([]);
    expect(r.summary).toContain(
      '### Repairs (dry run: nothing written): 1 image of production, 1 tag to point back',
    );
    expect(r.summary).not.toContain('### Promote');
    expect(await client.resolveDigest(p.alias)).toBe(p.intruder);
  });

  it('points the alias back at the promoted image by digest, and says so in its output and summary', async () => {
    const r = await action(PROMOTE, { repairs });
    expect(r.exitCode, transcript(r)).toBe(0);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(await client.resolveDigest(p.alias)).toBe(p.promoted);
    expect(await client.resolveDigest(p.immutable)).toBe(p.promoted);
    expect(repaired(r)[0]?.changes).toEqual([
      { reference: p.alias, change: 'moved', previous: p.intruder },
    ]);
    expect(r.summary).toContain('1 tag pointed back');
    expect(r.summary).toContain(
      `| \`18-minimal-sid\` | \`${p.alias}\` | \`${short(p.intruder)}\` | \`${short(p.promoted)}\` | not checked |`,
    );
  });

  it('a second run moves nothing: the tag names the image already', async () => {
    const r = await action(PROMOTE, { repairs });
    expect(r.exitCode, transcript(r)).toBe(0);
    expect(repaired(r)[0]?.changes).toEqual([{ reference: p.alias, change: 'unchanged' }]);
    expect(r.summary).toContain('0 tags pointed back');
  });

  it('never points an alias at an older image: one a newer image holds stays', async () => {
    // A newer image (its created annotation later) under the alias since the matrix read it.
    const newer = await builtAt(`${p.repository}@${p.promoted}`, '2030-01-01T00:00:00Z', 'newer');
    await tagByHand(p.alias, newer);
    const r = await action(PROMOTE, { repairs });
    expect(r.exitCode, transcript(r)).toBe(0);
    expect(repaired(r)[0]?.changes).toEqual([
      { reference: p.alias, change: 'newer', previous: newer },
    ]);
    expect(await client.resolveDigest(p.alias)).toBe(newer);
    expect(r.summary).toContain('(left: it names a newer image than');
  });

  it('pgforge promote --repairs prints promoted and repaired', async () => {
    const other = await production();
    const child = spawn(
      process.execPath,
      [
        CLI,
        'promote',
        '--repairs',
        JSON.stringify([{ image: `${other.repository}@${other.promoted}`, tags: [other.alias] }]),
        '--json',
      ],
      { env: { ...process.env, DOCKER_CONFIG: noDockerConfig }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => void (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const code = await new Promise<number | null>((res) => child.on('close', res));
    expect(code, stderr).toBe(0);
    const printed = JSON.parse(stdout) as { promoted: unknown[]; repaired: RepairedImage[] };
    expect(printed.promoted).toEqual([]);
    expect(printed.repaired.map((r) => r.changes)).toEqual([
      [{ reference: other.alias, change: 'moved', previous: other.intruder }],
    ]);
    expect(await client.resolveDigest(other.alias)).toBe(other.promoted);
  }, 600_000);
});

describe('promote given repairs with verify: cosign-key', () => {
  let attested: Production;
  /** An image pushed to production by hand: never promoted, never attested. */
  let byHand: { repository: string; digest: string; alias: string; other: string };
  let r: ActionRun;

  beforeAll(async () => {
    attested = await production();
    const path = `repair-by-hand-${rand()}`;
    const repository = `${registry.host}/${path}/postgresql`;
    const digest = (await pushSmallImage(registry.host, `${path}/postgresql`, `pushed ${rand()}\n`))
      .digest;
    const other = (await pushSmallImage(registry.host, `${path}/postgresql`, `other ${rand()}\n`))
      .digest;
    const alias = `${repository}:17-minimal-trixie`;
    await tagByHand(alias, other);
    byHand = { repository, digest, alias, other };
    r = await action(PROMOTE, {
      repairs: JSON.stringify([
        {
          target: '18-minimal-sid',
          image: `${attested.repository}@${attested.promoted}`,
          tags: [attested.alias],
        },
        { target: '17-minimal-trixie', image: `${repository}@${digest}`, tags: [alias] },
      ]),
      verify: 'cosign-key',
      'cosign-public-key': keys.pub,
    });
  }, 600_000);

  it('refuses the image with no attestation: one error annotation naming it and why, the step fails', () => {
    expect(r.exitCode, transcript(r)).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors, transcript(r)).toHaveLength(1);
    expect(errors[0]?.title).toBe('promote');
    expect(errors[0]?.message).toMatch(
      new RegExp(
        `^${byHand.repository}@${byHand.digest}: no https://slsa\\.dev/provenance/v1 attestation verifies with the key ${keys.pub} \\(\`cosign verify-attestation --key ${keys.pub} `,
      ),
    );
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
    expect(r.summary).toContain('### Repairs refused: their tags were not moved');
  });

  it('leaves the refused image’s tag where it was', async () => {
    expect(await client.resolveDigest(byHand.alias)).toBe(byHand.other);
  });

  it('repairs the attested image beside it, its verification named', async () => {
    expect(await client.resolveDigest(attested.alias)).toBe(attested.promoted);
    expect(repaired(r)).toEqual([
      expect.objectContaining({
        target: '18-minimal-sid',
        digest: attested.promoted,
        changes: [{ reference: attested.alias, change: 'moved', previous: attested.intruder }],
        verified: expect.stringMatching(/^cosign verify-attestation --key /),
      }),
    ]);
    expect(r.summary).toContain(
      `| \`18-minimal-sid\` | \`${attested.alias}\` | \`${short(attested.intruder)}\` | \`${short(attested.promoted)}\` | verified |`,
    );
  });

  it('pgforge promote --summary: a refused repair still prints the summary asked for, not JSON', async () => {
    const child = spawn(
      process.execPath,
      [
        CLI,
        'promote',
        '--repairs',
        JSON.stringify([{ image: `${byHand.repository}@${byHand.digest}`, tags: [byHand.alias] }]),
        '--verify',
        'cosign-key',
        '--cosign-public-key',
        keys.pub,
        '--summary',
        'markdown',
      ],
      { env: { ...process.env, DOCKER_CONFIG: noDockerConfig }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => void (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const code = await new Promise<number | null>((res) => child.on('close', res));
    expect(code, stderr).toBe(1);
    expect(stderr).toContain(
      `${byHand.repository}@${byHand.digest}: no https://slsa.dev/provenance/v1`,
    );
    expect(stdout.trimStart().startsWith('{') || stdout.trimStart().startsWith('[')).toBe(false);
    // The Markdown summary of what was written (nothing), the refusal on stderr.
    expect(stdout).toMatch(/^### Promote: 0 images, 0 tags written/);
    expect(await client.resolveDigest(byHand.alias)).toBe(byHand.other);
  }, 600_000);

  it('an image production does not hold is refused, naming the registry and the digest', async () => {
    const missing = `sha256:${'1'.repeat(64)}`;
    const refused = await action(PROMOTE, {
      repairs: JSON.stringify([{ image: `${byHand.repository}@${missing}`, tags: [byHand.alias] }]),
    });
    expect(refused.exitCode, transcript(refused)).toBe(1);
    expect(refused.annotations.map((a) => a.message)).toEqual([
      `${byHand.repository}@${missing}: not in production: ${registry.host} has no ${missing} in ${byHand.repository.slice(registry.host.length + 1)}; a repair points tags at an image production holds`,
    ]);
    expect(await client.resolveDigest(byHand.alias)).toBe(byHand.other);
  });

  it('a bad repairs input: the field, the value and what is allowed, as one annotation', async () => {
    const bad = await action(PROMOTE, {
      repairs: JSON.stringify([{ image: `${byHand.repository}:17`, tags: [byHand.alias] }]),
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(
          /^input "repairs\[0\]\.image": ".*:17" is not allowed; expected a reference by digest/,
        ),
      }),
    ]);
    expect(bad.stdout + bad.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("build-images.yml's repair job: who must have signed, as its own step says", () => {
  const verifyStep = (): string => stepScript('build-images.yml', 'repair', 'verify');

  it('with a cosign key and no public key given: derives the public half, and promote verifies the repair with it', async () => {
    const temp = await mkdtemp(join(work, 'runner-temp-'));
    const step = runStep(verifyStep(), {
      HAS_KEY: 'true',
      HAS_PUBLIC_KEY: 'false',
      COSIGN_PRIVATE_KEY: keys.pem,
      COSIGN_PASSWORD: keys.password,
      SERVER_URL: 'https://github.com',
      WORKFLOW_REF: 'pgforge/pgforge/.github/workflows/build-images.yml@refs/tags/v1',
      RUNNER_TEMP: temp,
    });
    expect(step.code, step.stderr).toBe(0);
    expect(step.outputs).toEqual({ verify: 'cosign-key', 'public-key': join(temp, 'cosign.pub') });
    expect(await readFile(join(temp, 'cosign.pub'), 'utf8')).toBe(await readFile(keys.pub, 'utf8'));
    // Nothing of the private key is written or printed.
    expect(step.stdout + step.stderr).not.toContain('PRIVATE KEY');

    const p = await production();
    const r = await action(PROMOTE, {
      repairs: JSON.stringify([{ image: `${p.repository}@${p.promoted}`, tags: [p.alias] }]),
      verify: step.outputs.verify ?? '',
      'cosign-public-key': step.outputs['public-key'] ?? '',
    });
    expect(r.exitCode, transcript(r)).toBe(0);
    expect(repaired(r)[0]?.verified).toMatch(/^cosign verify-attestation --key /);
    expect(await client.resolveDigest(p.alias)).toBe(p.promoted);
  }, 600_000);

  it('with a cosign key and a wrong password: the step fails, and says so', () => {
    const step = runStep(verifyStep(), {
      HAS_KEY: 'true',
      HAS_PUBLIC_KEY: 'false',
      COSIGN_PRIVATE_KEY: keys.pem,
      COSIGN_PASSWORD: 'not the password',
      SERVER_URL: 'https://github.com',
      WORKFLOW_REF: 'pgforge/pgforge/.github/workflows/build-images.yml@refs/tags/v1',
      RUNNER_TEMP: work,
    });
    expect(step.code).not.toBe(0);
    expect(step.stderr).toMatch(/decrypt/);
  });

  it('with the public key given: derives nothing', () => {
    const step = runStep(verifyStep(), {
      HAS_KEY: 'true',
      HAS_PUBLIC_KEY: 'true',
      COSIGN_PRIVATE_KEY: keys.pem,
      COSIGN_PASSWORD: keys.password,
      SERVER_URL: 'https://github.com',
      WORKFLOW_REF: 'pgforge/pgforge/.github/workflows/build-images.yml@refs/tags/v1',
      RUNNER_TEMP: work,
    });
    expect(step.code, step.stderr).toBe(0);
    expect(step.outputs).toEqual({ verify: 'cosign-key' });
  });

  it('with Sigstore: this workflow file at any ref or commit, its metacharacters escaped, and no other file', () => {
    const step = runStep(verifyStep(), {
      HAS_KEY: 'false',
      HAS_PUBLIC_KEY: 'false',
      SERVER_URL: 'https://github.com',
      // A repository name may hold dots; the ref this run resolved is not the one asked for.
      WORKFLOW_REF: 'pg-forge/pg.forge/.github/workflows/build-images.yml@refs/heads/main',
      RUNNER_TEMP: work,
    });
    expect(step.code, step.stderr).toBe(0);
    expect(step.outputs.verify).toBe('github');
    const regexp = step.outputs['identity-regexp'] ?? '';
    expect(regexp).toBe(
      '^https://github\\.com/pg-forge/pg\\.forge/\\.github/workflows/build-images\\.yml@(refs/[^@]+|[0-9a-f]{40})$',
    );
    const identity = new RegExp(regexp);
    const file = 'https://github.com/pg-forge/pg.forge/.github/workflows/build-images.yml';
    for (const ref of ['refs/heads/main', 'refs/tags/v1', 'refs/tags/v1.4.2', 'a'.repeat(40)]) {
      expect(identity.test(`${file}@${ref}`), ref).toBe(true);
    }
    for (const other of [
      'https://github.com/pg-forge/pgxforge/.github/workflows/build-images.yml@refs/heads/main',
      'https://github.com/pg-forge/pg.forge/.github/workflows/build-images-pull-request.yml@refs/heads/main',
      'https://github.com/pg-forge/pg.forge/.github/workflows/build-images.yml@refs.yml@refs/heads/main',
      'https://github.com/evil/x/.github/workflows/y.yml@refs/heads/main?https://github.com/pg-forge/pg.forge/.github/workflows/build-images.yml@refs/heads/main',
      `${file}@main`,
    ]) {
      expect(identity.test(other), other).toBe(false);
    }
  });
});
