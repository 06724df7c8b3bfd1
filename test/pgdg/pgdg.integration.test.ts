// PGDG, the default package source, end to end: an archive in PGDG's layout (suites
// `<codename>-pgdg`, components main and a preview major, amd64 + arm64, a signed InRelease with
// Acquire-By-Hash) made of real packages (Debian's postgresql-17/18 and their extensions,
// re-versioned as PGDG versions them and repacked with dpkg-deb), signed with a key of its own
// and served over HTTP by a real server. `pgforge release` with `packages.source: pgdg`, that
// archive as `mirror` and its key as `keyring` resolves PGDG's versions, installs them inside the
// image through the Dockerfile's pgdg branch, smoke-tests and promotes; the image's apt names the
// archive as the origin and trusts the configured key. The server listens on Docker's bridge
// address: a build step cannot reach this machine's loopback (see @pgforge/bake unreachableMirror).
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { defaultCacheDir } from '@pgforge/apt';
import { parseReference, RegistryClient } from '@pgforge/oci';
import { projectDockerfile } from '@pgforge/bake';
import { matrixCommand, type MatrixCommandResult } from '@pgforge/matrix';
import type { ReleaseResult } from '@pgforge/release';
import type { Target } from '@pgforge/targets';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  dockerBridgeAddress,
  run,
  type RunResult,
  generateArchiveKey,
  PGDG_LABEL,
  startPgdgArchive,
  type AptArchive,
  type ArchiveKey,
  type ArchiveSuite,
  pgdgDebs,
  runAction,
  type ActionRun,
} from '@pgforge/testkit';

const registry = inject('registry');
const mirror = inject('mirror');
const bases = inject('baseImages');
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const ARCHITECTURES = ['amd64', 'arm64'];
const APT_CACHE = defaultCacheDir(process.env, homedir());
const DEB_CACHE = join(homedir(), '.cache', 'pgforge', 'test', 'pgdg-debs');

const PACKAGES = {
  trixie: [
    'postgresql-17',
    'postgresql-client-17',
    'libpq5',
    'postgresql-common',
    'postgresql-client-common',
    'postgresql-17-pgvector',
  ],
  sid: [
    'postgresql-18',
    'postgresql-client-18',
    'postgresql-18-jit',
    'libpq5',
    'postgresql-common',
    'postgresql-client-common',
    'postgresql-18-pgvector',
    'postgresql-18-pgaudit',
    'postgresql-18-pg-failover-slots',
  ],
} as const;

let work: string;
let key: ArchiveKey;
let archive: AptArchive;
let home: string;

/** One suite as PGDG lays it out, from real repacked packages; `builds` as in pgdgDebs. */
async function suite(
  distribution: 'trixie' | 'sid',
  builds: Record<string, number> = {},
): Promise<ArchiveSuite> {
  const debs = await pgdgDebs({
    distribution,
    architectures: ARCHITECTURES,
    packages: [...PACKAGES[distribution]],
    builds,
    mirror,
    aptCacheDir: APT_CACHE,
    cacheDir: DEB_CACHE,
  });
  return {
    suite: `${distribution}-pgdg`,
    description: PGDG_LABEL,
    components: {
      main: debs,
      // The preview major's component (19~beta: `-c 19`), empty between betas.
      19: Object.fromEntries(ARCHITECTURES.map((a) => [a, []])),
    },
  };
}

/** An images.yaml taking PostgreSQL from the archive, signed by `keyring`. */
async function writeConfig(
  name: string,
  options: {
    postgres: number;
    distribution: string;
    keyring: string;
    base: string;
    digest: boolean;
  },
): Promise<string> {
  const file = join(work, `${name}.yaml`);
  await writeFile(
    file,
    [
      `registry: ${home}/${name}`,
      `postgres: [${options.postgres}]`,
      `distributions: [${options.distribution}]`,
      'platforms: [linux/amd64]',
      `base: { image: "${options.base}", resolve-digest: ${options.digest} }`,
      'packages:',
      '  source: pgdg',
      `  mirror: "${archive.url}"`,
      `  keyring: ["${options.keyring}"]`,
      `  debian-mirror: "${mirror}"`,
      '  allow-expired-release: true',
      '',
    ].join('\n'),
  );
  return file;
}

async function release(config: string, flavours: string, minute: string): Promise<ReleaseResult> {
  const p = await run(
    process.execPath,
    [
      CLI,
      'release',
      '--config',
      config,
      '--flavours',
      flavours,
      '--timestamp',
      `2026-12-03T${minute}:00Z`,
      '--output-dir',
      join(work, `out-${minute}`),
      '--json',
    ],
    { cwd: work, allowFailure: true, timeoutMs: 30 * 60_000 },
  );
  process.stderr.write(p.stderr.replace(/^(?=.)/gm, `[pgdg release ${minute}] `));
  expect(p.code, `${p.stdout}\n${p.stderr}`).toBe(0);
  return JSON.parse(p.stdout) as ReleaseResult;
}

function matrix(
  config: string,
  flavours: string[],
  platforms?: string[],
  now = new Date('2026-12-03T10:00:00Z'),
): Promise<MatrixCommandResult> {
  return matrixCommand({
    configFile: config,
    overrides: { flavours, ...(platforms ? { platforms } : {}) },
    skipUnchanged: true,
    force: false,
    groupBy: 'target',
    bakeFile: join(work, `bake-${randomBytes(3).toString('hex')}`, 'bake.json'),
    dockerfile: projectDockerfile(),
    now,
    cacheDir: APT_CACHE,
    docker: { env: { ...process.env } },
  });
}

/** Runs a shell script as root in a container of `image` (the default bridge network). */
function inImage(image: string, script: string): Promise<RunResult> {
  return run(
    'docker',
    ['run', '--rm', '--user', '0', '--entrypoint', 'bash', image, '-ec', script],
    {
      allowFailure: true,
      timeoutMs: 5 * 60_000,
    },
  );
}

const byId = (targets: Target[], id: string): Target => {
  const t = targets.find((x) => x.id === id);
  if (!t) throw new Error(`no target ${id} among ${targets.map((x) => x.id).join(', ')}`);
  return t;
};

beforeAll(async () => {
  if ('unavailable' in bases.multiArch) throw new Error(bases.multiArch.unavailable);
  work = await mkdtemp(join(tmpdir(), 'pgforge-pgdg-'));
  key = await generateArchiveKey(join(work, 'keys'), 'pgforge pgdg mirror');
  home = `${registry.host}/pgdg-${randomBytes(3).toString('hex')}`;
  archive = await startPgdgArchive(await Promise.all([suite('trixie'), suite('sid')]), {
    key,
    listen: await dockerBridgeAddress(),
    xzPreset: 1,
  });
}, 15 * 60_000);

afterAll(async () => {
  await archive?.stop();
  if (work) await run('rm', ['-rf', work], { allowFailure: true });
});

describe('a PGDG-layout archive of real packages, signed with its own key', () => {
  it("is laid out as PGDG's: <codename>-pgdg, main + the preview component, amd64 and arm64, by-hash", async () => {
    const inRelease = await readFile(join(archive.root, 'dists', 'sid-pgdg', 'InRelease'), 'utf8');
    expect(inRelease).toContain('Origin: apt.postgresql.org');
    expect(inRelease).toContain('Acquire-By-Hash: yes');
    expect(inRelease).toContain('Architectures: amd64 arm64');
    // Both components (JavaScript orders the numeric key first; apt does not mind).
    expect(inRelease).toMatch(/^Components: (main 19|19 main)$/m);
    const packages = await readFile(
      join(archive.root, 'dists', 'sid-pgdg', 'main', 'binary-arm64', 'Packages.gz'),
    ).then((b) => gunzipSync(b).toString('utf8'));
    expect(packages).toMatch(/^Package: postgresql-18\nVersion: 18\.\d+-\d+\.pgdg\+1$/m);
    expect(packages).toMatch(/^Architecture: arm64$/m);
    expect(packages).toMatch(/^Depends: .*postgresql-18 \(= 18\.\d+-\d+\.pgdg\+1\)/m); // the jit package
  });
});

describe('pgforge release from PGDG: PostgreSQL 18 on sid, minimal and standard', () => {
  let config: string;
  let result: ReleaseResult;
  let targets: MatrixCommandResult;

  beforeAll(async () => {
    if ('unavailable' in bases.multiArch) throw new Error(bases.multiArch.unavailable);
    config = await writeConfig('sid', {
      postgres: 18,
      distribution: 'sid',
      keyring: key.keyring,
      base: bases.multiArch.sid,
      digest: true,
    });
    result = await release(config, 'minimal,standard', '10:00');
    targets = await matrix(config, ['minimal', 'standard']);
  }, 40 * 60_000);

  it("resolves PGDG's versions and tags them with the upstream version", () => {
    expect(result.failed).toEqual([]);
    expect(result.built.map((b) => b.target).sort()).toEqual(['18-minimal-sid', '18-standard-sid']);
    const minimal = byId(targets.targets, '18-minimal-sid');
    expect(minimal.postgres.debianVersion).toMatch(/^18\.\d+-\d+\.pgdg\+1$/);
    expect(minimal.tags.immutable).toBe(`${minimal.postgres.version}-202612031000-minimal-sid`);
    expect(minimal.postgres.version).toMatch(/^18\.\d+$/);
    expect(minimal.buildArgs.PGDG_SUITE).toBe('sid-pgdg');
    expect(minimal.buildArgs.PGDG_KEYRING).toMatch(/^pgforge-pgdg-0\.asc=[0-9a-f]{64}$/);
    // Nothing about the key but its hash is in the build arguments (and so in the history).
    expect(JSON.stringify(minimal.buildArgs)).not.toContain('BEGIN PGP');
  });

  it('takes what PGDG lacks from the Debian archive: standard holds both', () => {
    const standard = byId(targets.targets, '18-standard-sid');
    const version = (name: string) => standard.packages.find((p) => p.name === name)?.version;
    expect(version('postgresql-18-pgvector')).toMatch(/\.pgdg\+1$/);
    expect(version('postgresql-18-jit')).toMatch(/\.pgdg\+1$/);
    expect(version('locales-all')).toBeDefined();
    expect(version('locales-all')).not.toContain('pgdg');
    expect(version('libsasl2-modules')).not.toContain('pgdg');
  });

  it('a second matrix run sees the promoted images unchanged', () => {
    expect(targets.kept.map((t) => t.id)).toEqual([]);
  });

  it("installed PostgreSQL from the archive, whose key the image's apt trusts", async () => {
    const standard = result.promoted.find((p) => p.target === '18-standard-sid');
    expect(standard).toBeDefined();
    const r = await inImage(
      standard!.reference,
      [
        'cat /etc/apt/sources.list.d/pgdg.sources',
        'sha256sum /etc/apt/keyrings/pgforge-pgdg-0.asc',
        'apt-get -o Acquire::Check-Valid-Until=false update >/dev/null',
        'apt-cache policy postgresql-18 locales-all',
        'ls /usr/share/postgresql/18/extension/vector.control',
      ].join('\n'),
    );
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain(`URIs: ${archive.url}`);
    expect(r.stdout).toContain('Suites: sid-pgdg');
    expect(r.stdout).toContain('Signed-By: /etc/apt/keyrings/pgforge-pgdg-0.asc');
    const keyHash = (await run('sha256sum', [key.keyring])).stdout.split(' ')[0];
    expect(r.stdout).toContain(`${keyHash}  /etc/apt/keyrings/pgforge-pgdg-0.asc`);
    // apt-cache policy: the installed version (***) comes from the archive's sid-pgdg suite.
    const pg = r.stdout.slice(r.stdout.indexOf('postgresql-18:'), r.stdout.indexOf('locales-all:'));
    expect(pg).toMatch(/Installed: 18\.\d+-\d+\.pgdg\+1/);
    expect(pg).toMatch(
      new RegExp(
        `\\*\\*\\* 18\\.\\S+\\.pgdg\\+1 500\\n\\s+500 ${archive.url.replaceAll('.', '\\.')} sid-pgdg/main amd64 Packages`,
      ),
    );
    const locales = r.stdout.slice(r.stdout.indexOf('locales-all:'));
    expect(locales).toMatch(/Installed: \S+/);
    expect(locales).not.toContain(archive.url);
  });

  it('keeps the key out of the image history and configuration', async () => {
    const standard = result.promoted.find((p) => p.target === '18-standard-sid')!;
    await run('docker', ['pull', '-q', standard.reference]);
    const history = await run('docker', [
      'history',
      '--no-trunc',
      '--format',
      '{{.CreatedBy}}',
      standard.reference,
    ]);
    const inspect = await run('docker', ['image', 'inspect', standard.reference]);
    const armored = await readFile(key.keyring, 'utf8');
    const body = armored.split('\n').filter((l) => l.length > 40)[0]!;
    expect(history.stdout).toContain('PGDG_KEYRING=pgforge-pgdg-0.asc=');
    expect(history.stdout + inspect.stdout).not.toContain(body);
  });

  it("resolves amd64 and arm64 alike from the archive's two architectures", async () => {
    const both = await matrix(config, ['standard'], ['linux/amd64', 'linux/arm64']);
    const t = byId(both.targets, '18-standard-sid');
    expect(t.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    const pgvector = t.packages.find((p) => p.name === 'postgresql-18-pgvector');
    expect(pgvector?.version).toMatch(/\.pgdg\+1$/);
    expect(t.postgres.debianVersion).toBe(
      byId(targets.targets, '18-standard-sid').postgres.debianVersion,
    );
  });

  it('a new revision of the archive changes the fingerprint, not the tag version', async () => {
    const before = byId(targets.targets, '18-minimal-sid');
    await archive.publish([await suite('sid', { 'postgresql-18': 2 })]);
    try {
      // A run of a later minute: the release's own minute already has its immutable tag.
      const after = await matrix(config, ['minimal'], undefined, new Date('2026-12-03T10:01:00Z'));
      const t = byId(after.targets, '18-minimal-sid');
      expect(t.postgres.debianVersion).toBe(before.postgres.debianVersion.replace(/\+1$/, '+2'));
      expect(t.postgres.version).toBe(before.postgres.version);
      expect(t.fingerprint).not.toBe(before.fingerprint);
      expect(after.kept.map((k) => k.id)).toEqual(['18-minimal-sid']);
      // In the release's minute the build could not be promoted: refused before building.
      const same = await matrix(config, ['minimal']);
      expect(same.kept).toEqual([]);
      expect(same.refused.map((r) => r.target)).toEqual(['18-minimal-sid']);
    } finally {
      await archive.publish([await suite('sid')]);
    }
  });
});

describe('pgforge release from PGDG: PostgreSQL 17 on trixie', () => {
  it(
    'builds, smoke-tests and promotes 17-minimal-trixie with PGDG versions',
    async () => {
      const config = await writeConfig('trixie', {
        postgres: 17,
        distribution: 'trixie',
        keyring: key.keyring,
        base: bases.trixie,
        digest: false,
      });
      const result = await release(config, 'minimal', '11:00');
      expect(result.failed).toEqual([]);
      expect(result.built.map((b) => b.target)).toEqual(['17-minimal-trixie']);
      const promoted = result.promoted[0]!;
      expect(promoted.tags.some((t) => /:17\.\d+-minimal-trixie$/.test(t))).toBe(true);
      const r = await inImage(promoted.reference, "dpkg-query -W -f '${Version}' postgresql-17");
      // Debian's stable updates (`17.x-0+deb13u1`) keep their revision, PGDG's suffix after it.
      expect(r.stdout).toMatch(/^17\.\d+-\S+\.pgdg13\+1$/);
    },
    30 * 60_000,
  );
});

describe('a PGDG mirror the configuration does not match: one error annotation, nothing built', () => {
  const MATRIX = join(ROOT, 'dist', 'matrix', 'index.js');

  /** A workspace whose images.yaml names `keyring` (relative to it) and `distribution`. */
  async function workspace(keyFile: string | Buffer, distribution = 'sid'): Promise<string> {
    const dir = await mkdtemp(join(work, 'workspace-'));
    await mkdir(join(dir, 'keys'));
    await writeFile(join(dir, 'keys', 'mirror.asc'), keyFile);
    await writeFile(
      join(dir, 'images.yaml'),
      [
        `registry: ${home}/${randomBytes(3).toString('hex')}`,
        'postgres: [18]',
        `distributions: [${distribution}]`,
        'platforms: [linux/amd64]',
        'base: { resolve-digest: false }',
        `packages: { source: pgdg, mirror: "${archive.url}", keyring: [keys/mirror.asc], debian-mirror: "${mirror}", allow-expired-release: true }`,
        '',
      ].join('\n'),
    );
    return dir;
  }

  async function matrixAction(cwd: string): Promise<ActionRun> {
    const r = await runAction({
      bundle: MATRIX,
      action: join(ROOT, 'actions', 'matrix', 'action.yml'),
      node: process.execPath,
      cwd,
      inputs: { config: 'images.yaml', timestamp: '2026-12-03T12:00:00Z' },
      tempDir: cwd,
      timeoutMs: 240_000,
    });
    expect(r.exitCode, r.stdout).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
    expect(r.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
    return r;
  }

  /** `pgforge release` stops at the matrix: exit 1, nothing in the testing repository. */
  async function releaseRefused(cwd: string, expected: string): Promise<void> {
    const p = await run(process.execPath, [CLI, 'release', '--config', 'images.yaml'], {
      cwd,
      allowFailure: true,
      timeoutMs: 240_000,
    });
    expect(p.code, p.stderr).toBe(1);
    expect(p.stderr).toContain(expected);
    const config = await readFile(join(cwd, 'images.yaml'), 'utf8');
    const testing = `${/^registry: (\S+)$/m.exec(config)![1]}/postgresql-testing`;
    const tags = await new RegistryClient()
      .listTags(parseReference(testing))
      .catch(() => [] as string[]);
    expect(tags).toEqual([]);
  }

  it('a mirror signed with a key the keyring lacks: names the signing key and packages.keyring', async () => {
    const other = await generateArchiveKey(join(work, 'other-key'), 'someone else');
    const dir = await workspace(await readFile(other.keyring));
    const r = await matrixAction(dir);
    const signing = (await key.privateKey.getSigningKey()).getFingerprint().toUpperCase();
    const error = r.annotations.find((a) => a.level === 'error')!;
    expect(error.file).toBe('images.yaml');
    expect(error.message).toContain('packages.keyring');
    expect(error.message).toContain(signing);
    expect(error.message).toContain(join(dir, 'keys', 'mirror.asc'));
    expect(error.message).toContain('set packages.keyring to the key file(s) that sign');
    await releaseRefused(dir, signing);
  });

  it('a suite the mirror lacks: names the suite and packages.mirror', async () => {
    const dir = await workspace(await readFile(key.keyring), 'bookworm');
    const r = await matrixAction(dir);
    const error = r.annotations.find((a) => a.level === 'error')!;
    expect(error.message).toContain(`suite bookworm-pgdg not found at ${archive.url}`);
    expect(error.message).toContain('set packages.mirror to an archive that has it');
    await releaseRefused(dir, 'bookworm-pgdg');
  });

  it('a keyring file that is not a key: names the file and packages.keyring[0]', async () => {
    const dir = await workspace('this is not an OpenPGP key\n');
    const r = await matrixAction(dir);
    const error = r.annotations.find((a) => a.level === 'error')!;
    expect(error.message).toContain('packages.keyring[0]');
    expect(error.message).toContain(`keyring ${join(dir, 'keys', 'mirror.asc')}`);
    expect(error.message).toContain('holds no readable OpenPGP public key');
    await releaseRefused(dir, 'packages.keyring[0]');
  });
});
