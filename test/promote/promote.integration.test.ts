// Promote, as a release runs it: PG 18 minimal on sid built into the testing repository by the
// build package, smoke-tested in a container (its report pins the digest), its SBOMs attached,
// SLSA provenance signed with a cosign key pair by the attest action; then the promote bundle,
// run as GitHub's runner runs it, against the real registry. Then each refusal, two
// registries, wrong credentials, and faults: a registry killed in the middle and started again,
// 429/503/connection resets injected by a proxy, and the promote process killed with SIGKILL.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isImageIndex,
  parseReference,
  RegistryClient,
  type ImageIndex,
  type ImageManifest,
} from '@pgforge/oci';
import type { PromotedImage } from '@pgforge/promote';
import type { Target } from '@pgforge/targets';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cosign,
  generateKeyPair,
  requireCosign,
  type KeyPair,
  run,
  startRegistry,
  type RunningRegistry,
  startFaultProxy,
  type Fault,
  type FaultProxy,
  node24,
  buildEntry,
  testedOperand,
  runAction,
  type ActionRun,
} from '@pgforge/testkit';
import { pushSmallImage } from '../attest/support.js';

const registry = inject('registry');
const authRegistry = inject('authRegistry');
const mirror = inject('mirror');
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROMOTE = {
  action: join(ROOT, 'actions', 'promote', 'action.yml'),
  bundle: join(ROOT, 'dist', 'promote', 'index.js'),
};
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const PASSWORD = 'pgforge-promote-key-password-41c9';
const client = new RegistryClient({ retries: 2 });

let work: string;
let keys: KeyPair;
let otherKeys: KeyPair;
let target: Target;
let digest: string;
/** The build action's images output for the image. */
let images: string;
let reportFile: string;
let noDockerConfig: string;

const rand = (): string => randomBytes(3).toString('hex');
const short = (d: string): string => d.slice(7, 19);

async function promote(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<ActionRun> {
  return runAction({
    bundle: PROMOTE.bundle,
    action: PROMOTE.action,
    node: await node24(),
    cwd: work,
    inputs,
    env: { DOCKER_CONFIG: noDockerConfig, ...env },
    tempDir: work,
    timeoutMs: 600_000,
  });
}

const promoted = (r: ActionRun): PromotedImage[] =>
  JSON.parse(r.outputs.promoted ?? '[]') as PromotedImage[];

/** cosign's and the referrers schema's tags (`sha256-<hex>[.att]`): artifacts, not image tags. */
const isArtifactTag = (tag: string): boolean => /^sha256-[0-9a-f]{64}/.test(tag);

/** Every image tag of `repository`, and the digest each names. */
async function tagsOf(repository: string, c = client): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const tag of (await c.listTags(parseReference(repository))).filter(
    (t) => !isArtifactTag(t),
  )) {
    out[tag] = (await c.resolveDigest(`${repository}:${tag}`)) ?? '';
  }
  return out;
}

/**
 * True when the registry holds the image whole: every manifest it reaches, and every blob of
 * each. What a production tag may name, and nothing less.
 */
async function isWhole(reference: string, c = client): Promise<boolean> {
  const ref = parseReference(reference);
  const repo = { registry: ref.registry, repository: ref.repository };
  const walk = async (d: string): Promise<boolean> => {
    const fetched = await c.getManifest({ ...repo, digest: d }).catch(() => undefined);
    if (!fetched) return false;
    if (isImageIndex(fetched.manifest)) {
      for (const m of (fetched.manifest as ImageIndex).manifests) {
        if (!(await walk(m.digest))) return false;
      }
      return true;
    }
    const m = fetched.manifest as ImageManifest;
    for (const blob of [m.config, ...m.layers]) {
      if (!(await c.blobExists(repo, blob.digest))) return false;
    }
    return true;
  };
  const top = await c.resolveDigest(reference);
  return top !== undefined && walk(top);
}

/** The amd64 image manifest of an image: itself, or its index's entry. */
async function platformDigest(reference: string): Promise<string> {
  const fetched = await client.getManifest(reference);
  if (!isImageIndex(fetched.manifest)) return fetched.digest;
  const entry = fetched.manifest.manifests.find((m) => m.platform?.architecture === 'amd64');
  if (!entry) throw new Error(`${reference} has no amd64 image`);
  return entry.digest;
}

/** cosign verify-attestation of the SLSA provenance, as a verifier runs it, with keys.pub. */
function verifyProvenance(reference: string, dockerConfig?: string) {
  const args = [
    'verify-attestation',
    '--key',
    keys.pub,
    '--type',
    'slsaprovenance1',
    '--insecure-ignore-tlog=true',
    reference,
  ];
  if (dockerConfig === undefined) return cosign(args);
  return run('cosign', args, {
    env: { ...process.env, DOCKER_CONFIG: dockerConfig },
    allowFailure: true,
    timeoutMs: 120_000,
  });
}

/** A Docker config.json holding one registry's credentials. */
async function dockerConfig(host: string, username: string, password: string): Promise<string> {
  const dir = await mkdtemp(join(work, 'docker-config-'));
  const auth = Buffer.from(`${username}:${password}`).toString('base64');
  await writeFile(join(dir, 'config.json'), JSON.stringify({ auths: { [host]: { auth } } }));
  return dir;
}

beforeAll(async () => {
  await requireCosign();
  work = await mkdtemp(join(tmpdir(), 'pgforge-promote-'));
  noDockerConfig = join(work, 'no-docker-config');
  keys = await generateKeyPair(join(work, 'keys'), PASSWORD);
  otherKeys = await generateKeyPair(join(work, 'other-keys'), PASSWORD);
  const log = (line: string): void => void process.stderr.write(`[promote] ${line}\n`);
  ({ target, digest, images, reportFile } = await testedOperand({
    registry: registry.host,
    mirror,
    work,
    keys,
    dockerConfig: noDockerConfig,
    log,
  }));
}, 30 * 60_000);

afterAll(async () => {
  // The work directory holds the keys; the registry's data goes with the suite.
  if (work) await run('rm', ['-rf', work], { allowFailure: true });
});

describe('promote: testing to production, by digest, gates first and tags last', () => {
  let r: ActionRun;
  let production: string;

  beforeAll(async () => {
    production = `${registry.host}/promote-${rand()}/postgresql`;
    r = await promote({
      images,
      'smoke-reports': dirname(reportFile),
      verify: 'cosign-key',
      'cosign-public-key': keys.pub,
      to: production,
    });
  }, 600_000);

  it('writes every tag in production, naming the tested digest, and outputs what it did', async () => {
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    const tags = [target.tags.immutable, ...target.tags.aliases];
    expect(await tagsOf(production)).toEqual(Object.fromEntries(tags.map((t) => [t, digest])));
    expect(promoted(r)).toEqual([
      expect.objectContaining({
        label: target.id,
        source: `${target.testingRepository}@${digest}`,
        destination: `${production}@${digest}`,
        digest,
        tags: tags.map((t) => `${production}:${t}`),
        changes: tags.map((t) => ({ reference: `${production}:${t}`, change: 'written' })),
        smokeReport: reportFile,
      }),
    ]);
    expect(promoted(r)[0]?.artifacts).toEqual([`${digest.replace(':', '-')}.att`]);
    expect(r.summary).toContain(`| \`${target.id}\` | \`${short(digest)}\` | \`${production}\` |`);
    expect(await isWhole(`${production}@${digest}`)).toBe(true);
  });

  it('copies the SBOMs and the package list along: oras discover finds them on the production reference', async () => {
    const { stdout } = await run('oras', [
      'discover',
      '--plain-http',
      '--format',
      'json',
      `${production}@${await platformDigest(`${production}@${digest}`)}`,
    ]);
    const found = JSON.parse(stdout) as { manifests?: { artifactType: string }[] };
    expect((found.manifests ?? []).map((m) => m.artifactType).sort()).toEqual([
      'application/spdx+json',
      'application/vnd.cyclonedx+json',
      // The build's package list and release notes travel along too.
      'application/vnd.pgforge.image.packages.v1+json',
    ]);
  });

  it('copies the signed provenance along: cosign verify-attestation passes on the production reference', async () => {
    const verified = await verifyProvenance(`${production}@${digest}`);
    expect(verified.code, verified.stderr).toBe(0);
  });

  it('a second run writes nothing: every tag is already there', async () => {
    const before = await tagsOf(production);
    const again = await promote({
      images,
      'smoke-reports': reportFile,
      verify: 'cosign-key',
      'cosign-public-key': keys.pub,
      to: production,
    });
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect(promoted(again)[0]?.changes.map((c) => c.change)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(again.summary).toContain('0 tags written');
    expect(await tagsOf(production)).toEqual(before);
  });

  it('a rerun of an older promote leaves the aliases a newer image has taken since', async () => {
    // A newer build of the same target: the same image, built later (its created annotation).
    const { manifest, mediaType } = await client.getManifest(
      `${target.testingRepository}@${digest}`,
    );
    const newer = {
      ...manifest,
      annotations: {
        ...manifest.annotations,
        'org.opencontainers.image.created': '2030-01-01T00:00:00Z',
      },
    };
    const immutable = `${target.tags.immutable}-newer`;
    const newerDigest = await client.pushManifest(
      `${target.testingRepository}:${immutable}`,
      JSON.stringify(newer),
      mediaType,
    );
    const entry = {
      target: target.id,
      reference: `${target.testingRepository}@${newerDigest}`,
      promote: {
        repository: target.repository,
        tags: [immutable, ...target.tags.aliases].map((t) => `${target.repository}:${t}`),
        immutable: 1,
      },
    };
    const later = await promote({
      images: JSON.stringify([entry]),
      'require-smoke': 'false',
      to: production,
    });
    expect(later.exitCode, later.stdout + later.stderr).toBe(0);
    expect(promoted(later)[0]?.changes.map((c) => c.change)).toEqual(['written', 'moved', 'moved']);

    const rerun = await promote({ images, 'smoke-reports': reportFile, to: production });
    expect(rerun.exitCode, rerun.stdout + rerun.stderr).toBe(0);
    expect(promoted(rerun)[0]?.changes).toEqual([
      { reference: `${production}:${target.tags.immutable}`, change: 'unchanged' },
      ...target.tags.aliases.map((a) => ({
        reference: `${production}:${a}`,
        change: 'newer',
        previous: newerDigest,
      })),
    ]);
    for (const a of target.tags.aliases) {
      expect(await client.resolveDigest(`${production}:${a}`)).toBe(newerDigest);
    }
    expect(rerun.summary).toContain('(left: it names the newer');
  });

  it('dry-run checks the gates and writes nothing', async () => {
    const fresh = `${registry.host}/promote-${rand()}/postgresql`;
    const dry = await promote({
      images,
      'smoke-reports': reportFile,
      to: fresh,
      'dry-run': 'true',
    });
    expect(dry.exitCode, dry.stdout + dry.stderr).toBe(0);
    expect(promoted(dry)[0]?.changes.map((c) => c.change)).toEqual([
      'written',
      'written',
      'written',
    ]);
    expect(dry.summary).toContain('(dry run: nothing written)');
    expect(await client.listTags(parseReference(fresh))).toEqual([]);
    expect(await client.resolveDigest(`${fresh}@${digest}`)).toBeUndefined();
  });
});

describe('promote refuses, names the image and the reason, and writes no tag', () => {
  const refused = async (
    inputs: Record<string, string>,
    reason: RegExp,
  ): Promise<{ r: ActionRun; production: string }> => {
    const production = `${registry.host}/refused-${rand()}/postgresql`;
    const r = await promote({ images, ...inputs, to: production });
    expect(r.exitCode, r.stdout + r.stderr).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.title).toBe('promote');
    expect(errors[0]?.message).toMatch(reason);
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
    expect(promoted(r)).toEqual([]);
    expect(r.summary).toContain('Promote refused: nothing was written to production');
    expect(await client.listTags(parseReference(production))).toEqual([]);
    expect(await client.resolveDigest(`${production}@${digest}`)).toBeUndefined();
    return { r, production };
  };

  it('with no smoke report', async () => {
    await refused(
      {},
      new RegExp(
        `^${target.testingRepository}@${digest}: no smoke report was given; run the smoke-test action`,
      ),
    );
  });

  it('with a report for another digest (the tag moved after the test)', async () => {
    const report = JSON.parse(await readFile(reportFile, 'utf8')) as { digest: string };
    const other = `sha256:${'0'.repeat(64)}`;
    const file = join(work, `report-other-${rand()}.json`);
    await writeFile(file, JSON.stringify({ ...report, digest: other }));
    await refused(
      { 'smoke-reports': file },
      new RegExp(
        `: the smoke report ${file} is for ${other}, not ${digest}: it tested another image`,
      ),
    );
  });

  it('with an attestation that does not verify with the given key', async () => {
    await refused(
      { 'smoke-reports': reportFile, verify: 'cosign-key', 'cosign-public-key': otherKeys.pub },
      new RegExp(
        `: no https://slsa\\.dev/provenance/v1 attestation verifies with the key ${otherKeys.pub} \\(\`cosign verify-attestation --key ${otherKeys.pub} `,
      ),
    );
  });

  it('with a source missing from the registry', async () => {
    const missing = `sha256:${'1'.repeat(64)}`;
    const production = `${registry.host}/refused-${rand()}/postgresql`;
    const r = await promote({
      images: JSON.stringify([buildEntry(target, missing)]),
      'require-smoke': 'false',
      to: production,
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message)).toEqual([
      `${target.testingRepository}@${missing}: not in the registry: ${registry.host} has no ${missing} in ${parseReference(target.testingRepository).repository}`,
    ]);
    expect(await client.listTags(parseReference(production))).toEqual([]);
  });

  it('an immutable tag in production that names another image', async () => {
    const production = `${registry.host}/refused-${rand()}/postgresql`;
    // Another image already holds the immutable tag: it never moves.
    const other = (
      await pushSmallImage(registry.host, parseReference(production).repository, 'another\n')
    ).digest;
    await client.copyImage(`${production}@${other}`, `${production}:${target.tags.immutable}`);
    const r = await promote({ images, 'smoke-reports': reportFile, to: production });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message)).toEqual([
      `${target.testingRepository}@${digest}: ${production}:${target.tags.immutable} already names ${other}; an immutable tag never moves (build again, under a new timestamp)`,
    ]);
    expect((await client.listTags(parseReference(production))).sort()).toEqual(
      [target.tags.immutable, 'v1'].sort(),
    );
  });

  it('a bad input: the field, the value and what is allowed, as one annotation', async () => {
    const r = await promote({
      images: JSON.stringify([{ reference: `${target.testingRepository}:latest` }]),
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(
          /^input "images\[0\]\.reference": ".*:latest" is not allowed; expected a reference by digest/,
        ),
      }),
    ]);
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('two registries: testing on one, production on another with its own credentials', () => {
  it('copies across hosts with the credentials Docker’s config holds for each', async () => {
    const production = `${authRegistry.host}/promote-${rand()}/postgresql`;
    const config = await dockerConfig(
      authRegistry.host,
      authRegistry.username,
      authRegistry.password,
    );
    const r = await promote(
      {
        images,
        'smoke-reports': reportFile,
        verify: 'cosign-key',
        'cosign-public-key': keys.pub,
        to: production,
      },
      { DOCKER_CONFIG: config },
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const authed = new RegistryClient({
      retries: 1,
      credentials: async () => ({
        username: authRegistry.username,
        password: authRegistry.password,
      }),
    });
    expect(await tagsOf(production, authed)).toEqual(
      Object.fromEntries([target.tags.immutable, ...target.tags.aliases].map((t) => [t, digest])),
    );
    expect(await isWhole(`${production}@${digest}`, authed)).toBe(true);
    const verified = await verifyProvenance(`${production}@${digest}`, config);
    expect(verified.code, verified.stderr).toBe(0);
  });

  it('wrong credentials: a clear error, and the password in no log or summary', async () => {
    const production = `${authRegistry.host}/promote-${rand()}/postgresql`;
    const wrong = `wrong-${randomBytes(12).toString('base64url')}`;
    const config = await dockerConfig(authRegistry.host, authRegistry.username, wrong);
    const r = await promote(
      { images, 'smoke-reports': reportFile, to: production },
      { DOCKER_CONFIG: config },
    );
    expect(r.exitCode).toBe(1);
    const text = `${r.stdout}\n${r.stderr}\n${r.summary}\n${JSON.stringify(r.outputs)}`;
    expect(text).not.toContain(wrong);
    expect(text).not.toContain(Buffer.from(`${authRegistry.username}:${wrong}`).toString('base64'));
    expect(r.annotations.map((a) => a.message).join('\n')).toMatch(
      new RegExp(`${authRegistry.host}.*(401|unauthorized|credentials)`, 'i'),
    );
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('faults: nothing half-written, and a rerun completes', () => {
  let own: RunningRegistry;
  // In front of it, a slow link (each request held 100 ms), so that a kill lands mid-copy.
  let slow: FaultProxy;
  const whole = () =>
    Object.fromEntries([target.tags.immutable, ...target.tags.aliases].map((t) => [t, digest]));

  beforeAll(async () => {
    own = await startRegistry({ name: 'promote fault registry', auth: false });
    slow = await startFaultProxy({ upstream: own.host, delayMs: 100, fault: () => 'none' });
  });
  afterAll(async () => {
    await slow?.close();
    await own?.stop();
  });

  /** The same repository, read from the registry itself rather than through the proxy. */
  const direct = (production: string): string =>
    `${own.host}/${parseReference(production).repository}`;

  /** Every tag in `production` names a whole image; the tags. */
  async function noHalfImage(production: string): Promise<string[]> {
    const repo = direct(production);
    const tags = await client.listTags(parseReference(repo));
    for (const tag of tags) expect(await isWhole(`${repo}:${tag}`), tag).toBe(true);
    return tags.filter((t) => !isArtifactTag(t));
  }

  /** pgforge promote as a child process, for killing. */
  function cliPromote(production: string) {
    const child = spawn(
      process.execPath,
      [CLI, 'promote', '--images', images, '--smoke-reports', reportFile, '--to', production],
      {
        env: { ...process.env, DOCKER_CONFIG: noDockerConfig },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    const copying = new Promise<void>((res) => {
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        if (stderr.includes('copying ')) res();
      });
    });
    child.stdout.resume();
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    return { child, exited, copying, stderr: () => stderr };
  }

  it('a registry killed in the middle of the copy and started again: the rerun completes with the same digest', async () => {
    const production = `${slow.host}/restart-${rand()}/postgresql`;
    const first = cliPromote(production);
    await first.copying;
    await new Promise((res) => setTimeout(res, 500));
    await own.down();
    const code = await first.exited;
    await own.up();
    expect(code, first.stderr()).toBe(1);
    expect(await noHalfImage(production)).toEqual([]);
    const second = cliPromote(production);
    expect(await second.exited, second.stderr()).toBe(0);
    expect(await tagsOf(direct(production))).toEqual(whole());
    expect(await isWhole(`${direct(production)}@${digest}`)).toBe(true);
  });

  it('the promote process killed with SIGKILL at several points: never a tag on an incomplete image, and a rerun completes', async () => {
    for (const delayMs of [0, 400, 1500]) {
      const production = `${slow.host}/killed-${rand()}/postgresql`;
      const p = cliPromote(production);
      await p.copying;
      await new Promise((res) => setTimeout(res, delayMs));
      p.child.kill('SIGKILL');
      await p.exited;
      await noHalfImage(production);
      const rerun = cliPromote(production);
      expect(await rerun.exited, rerun.stderr()).toBe(0);
      expect(await tagsOf(direct(production))).toEqual(whole());
      expect(await noHalfImage(production)).toHaveLength(1 + target.tags.aliases.length);
    }
  });

  it('429 with Retry-After, 503 and connection resets from a proxy in front of the registry: retried, and the image lands whole', async () => {
    // Every fifteenth request meets a fault, in turn a 429, a 503 and a reset, six in all. A
    // failed upload step starts the blob again (about six requests a try, with other blobs'
    // requests between them), so no blob meets more faults than its five tries allow.
    const cycle: Fault[] = ['429', '503', 'reset'];
    const proxy = await startFaultProxy({
      upstream: own.host,
      fault: (n) =>
        n % 15 === 14 && n < 15 * 6 ? cycle[Math.floor(n / 15) % cycle.length]! : 'none',
    });
    try {
      const production = `${proxy.host}/faults-${rand()}/postgresql`;
      const p = cliPromote(production);
      const code = await p.exited;
      const met = (f: Fault) => proxy.log.filter((l) => l.fault === f).length;
      expect(met('429')).toBeGreaterThan(0);
      expect(met('503')).toBeGreaterThan(0);
      expect(met('reset')).toBeGreaterThan(0);
      expect(code, p.stderr()).toBe(0);
      expect(await tagsOf(direct(production))).toEqual(whole());
      expect(await isWhole(`${direct(production)}@${digest}`)).toBe(true);
    } finally {
      await proxy.close();
    }
  });
});
