/**
 * The image's own apt view and the whole package set, against the real parts: the
 * debootstrapped bases (the official images' two apt entries: the mirror's `<suite>
 * <suite>-updates` and the security archive's `<suite>-security`), read from the local image
 * store and, by digest, from the registry; the mirror's and the security archive's signed
 * indexes; and apt itself inside the base as the oracle of what an install and an upgrade
 * give. The host's apt configuration is shaped like GitHub's ubuntu-24.04 runner: nothing may
 * come from it.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { AptClient } from '@pgforge/apt';
import { projectDockerfile } from '@pgforge/bake';
import { parseConfig } from '@pgforge/config';
import { planMatrix, type MatrixInputs } from '@pgforge/matrix';
import { RegistryClient } from '@pgforge/oci';
import { LocalStoreBaseReader, RegistryBaseReader } from '@pgforge/package-view';
import type { ImagePackage, Target } from '@pgforge/targets';
import { run, runnerAptRoot } from '@pgforge/testkit';

const registry = inject('registry');
const bases = inject('baseImages');
const cacheDir = await mkdtemp(join(tmpdir(), 'pgforge-view-cache-'));
const client = new RegistryClient({ retries: 1 });
const dockerfilePath = projectDockerfile();
const dockerfile = await readFile(dockerfilePath);

async function matrix(yaml: string, warnings: string[] = []) {
  const inputs: MatrixInputs = {
    config: parseConfig(yaml, 'images.yaml'),
    now: new Date('2026-12-06T10:00:00Z'),
    dockerfile: {
      directory: dirname(dockerfilePath),
      name: basename(dockerfilePath),
      content: dockerfile,
    },
    skipUnchanged: false,
    force: true,
    groupBy: 'target',
    hostRoot: await runnerAptRoot(),
  };
  return planMatrix(inputs, {
    apt: new AptClient({ cacheDir }),
    registry: client,
    bases: {
      registry: new RegistryBaseReader(client, cacheDir),
      local: new LocalStoreBaseReader(),
    },
    keyringDir: join(cacheDir, 'keyrings'),
    warn: (m) => warnings.push(m),
  });
}

/** name → version of a target's predicted set on one architecture. */
function predicted(target: Target, architecture: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of target.contents) {
    const version = p.byArchitecture ? p.byArchitecture[architecture] : p.version;
    if (version !== undefined) out.set(p.name, version);
  }
  return out;
}

/**
 * What apt inside the base gives for `apt-get upgrade` plus an install of `roots`, simulated
 * (`-s`) with the image's own apt sources: the base's packages with apt's Inst lines applied.
 */
async function aptWouldHold(
  image: string,
  roots: string[],
  aptOptions = '',
): Promise<Map<string, string>> {
  const script = [
    'set -e',
    `apt-get ${aptOptions} update -qq >/dev/null`,
    `up=$(apt-get ${aptOptions} -s upgrade | awk '/^Inst /{print $2}')`,
    `apt-get ${aptOptions} -s install --no-install-recommends ${roots.join(' ')} $up | grep '^Inst ' || true`,
    "dpkg-query -W -f='Base ${Package} ${Version}\\n'",
  ].join('\n');
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
  const held = new Map<string, string>();
  const inst: [string, string][] = [];
  for (const line of stdout.split('\n')) {
    const base = /^Base (\S+) (\S+)$/.exec(line);
    if (base) held.set(base[1]!, base[2]!);
    // Inst libkrb5-3 [1.21.3-5+deb13u1] (1.21.3-5+deb13u2 Debian-Security:13/stable-security [amd64])
    const m = /^Inst (\S+) (?:\[\S+\] )?\((\S+) /.exec(line);
    if (m) inst.push([m[1]!, m[2]!]);
  }
  for (const [name, version] of inst) held.set(name, version);
  return held;
}

function difference(ours: Map<string, string>, apt: Map<string, string>): string[] {
  const names = [...new Set([...ours.keys(), ...apt.keys()])].sort();
  return names
    .filter((n) => ours.get(n) !== apt.get(n))
    .map((n) => `${n}: predicted ${ours.get(n) ?? '(absent)'}, apt ${apt.get(n) ?? '(absent)'}`);
}

describe('the image’s own apt view, on a host shaped like GitHub’s ubuntu-24.04 runner', () => {
  it('trixie from the local image store: the base’s suites, security included; the whole set is what apt gives', async () => {
    const warnings: string[] = [];
    const result = await matrix(
      [
        `registry: ${registry.host}/view`,
        'postgres: [17]',
        'distributions: [trixie]',
        'platforms: [linux/amd64]',
        // No mirror configured: the archives are the base's own.
        'packages: { source: distribution }',
        'base: { resolve-digest: false }',
      ].join('\n'),
      warnings,
    );
    const minimal = result.targets.find((t) => t.id === '17-minimal-trixie')!;
    const full = result.targets.find((t) => t.id === '17-full-trixie')!;
    // Nothing came from the runner-shaped host: no fallback, no Ubuntu entry.
    expect(warnings.filter((w) => /could not be read|fallback|machine/.test(w))).toEqual([]);

    const oracle = await aptWouldHold(bases.trixie, [
      'postgresql-17',
      'libsasl2-modules',
      'libldap-common',
    ]);
    expect(difference(predicted(minimal, 'amd64'), oracle)).toEqual([]);

    // The security archive's fixes are in, marked with their suite.
    const fromSecurity = minimal.contents.filter((p) => p.suite === 'trixie-security');
    console.log(
      `17-minimal-trixie: ${minimal.contents.length} packages, ${fromSecurity.length} from trixie-security: ` +
        fromSecurity.map((p) => `${p.name} ${p.version}`).join(', '),
    );
    expect(fromSecurity.length).toBeGreaterThan(0);
    const krb = minimal.contents.find((p) => p.name === 'libkrb5-3') as ImagePackage;
    expect(krb.version).toBe(oracle.get('libkrb5-3'));

    // full holds minimal's set and more; every upgrade and install is pinned in some layer.
    const fullSet = predicted(full, 'amd64');
    for (const [name, version] of predicted(minimal, 'amd64')) {
      expect(fullSet.get(name), name).toBe(version);
    }
    const installed = new Set(
      result.targets
        .filter((t) => t.postgres.major === 17)
        .flatMap((t) => t.installs.map((p) => `${p.name}=${p.version}`)),
    );
    for (const p of full.contents.filter((c) => c.change)) {
      expect(installed.has(`${p.name}=${p.version}`), `${p.name} pinned`).toBe(true);
    }
  });

  it('sid, multi-platform, by digest from the registry: each platform’s own dpkg status', async (ctx) => {
    if ('unavailable' in bases.multiArch) {
      throw new Error(
        `this test needs the multi-platform sid base: ${bases.multiArch.unavailable}`,
      );
    }
    const warnings: string[] = [];
    const result = await matrix(
      [
        `registry: ${registry.host}/view`,
        'postgres: [18]',
        'distributions: [sid]',
        'platforms: [linux/amd64, linux/arm64]',
        'packages: { source: distribution, allow-expired-release: true }',
        `base: { image: "${bases.multiArch.sid}", resolve-digest: true }`,
        'flavours: { minimal: { packages: [libsasl2-modules] } }',
      ].join('\n'),
      warnings,
    );
    const [minimal] = result.targets;
    expect(minimal?.base.digest).toMatch(/^sha256:/);
    expect(warnings.filter((w) => /could not be read/.test(w))).toEqual([]);
    const amd64 = predicted(minimal!, 'amd64');
    const arm64 = predicted(minimal!, 'arm64');
    // Each architecture's own base: the same names (one image on two platforms), and
    // the arm64 set predicted from the arm64 base's status.
    expect([...arm64.keys()].sort()).toEqual([...amd64.keys()].sort());
    const oracle = await aptWouldHold(
      `${bases.multiArch.sid}`,
      ['postgresql-18', 'libsasl2-modules'],
      '-o Acquire::Check-Valid-Until=false',
    );
    expect(difference(amd64, oracle)).toEqual([]);
    ctx.annotate(`sid minimal: ${amd64.size} packages on each platform`);
  });
});

describe('the local image store, path by path', () => {
  it('reads what the image holds: sources, keyrings, dpkg status and os-release, byte for byte', async () => {
    const read = await new LocalStoreBaseReader().read(bases.trixie, 'linux/amd64');
    expect(read).toBeDefined();
    const inside = async (script: string): Promise<string> =>
      (await run('docker', ['run', '--rm', '--entrypoint', 'sh', bases.trixie, '-c', script]))
        .stdout;
    // Every apt source and keyring file the image has, found by the image's own shell.
    const sources = (
      await inside(
        'ls /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null || true',
      )
    )
      .split('\n')
      .filter(Boolean)
      .map((p) => p.slice(1));
    expect(read!.aptSources.map((s) => s.path).sort()).toEqual(sources.sort());
    for (const source of read!.aptSources) {
      expect(source.text, source.path).toBe(await inside(`cat /${source.path}`));
    }
    const sums = await inside(
      'sha256sum /etc/apt/trusted.gpg.d/* /etc/apt/keyrings/* /usr/share/keyrings/* 2>/dev/null || true',
    );
    const expected = Object.fromEntries(
      sums
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(/\s+/))
        .map(([sum, path]) => [path!.slice(1), sum!]),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    const got = Object.fromEntries(
      Object.entries(read!.keyrings).map(([path, bytes]) => [
        path,
        createHash('sha256').update(bytes).digest('hex'),
      ]),
    );
    expect(got).toEqual(expected);
    expect(read!.dpkgStatus).toBe(await inside('cat /var/lib/dpkg/status'));
    expect(read!.osRelease).toBe(await inside('cat /etc/os-release'));
  });

  it('follows the paths as the image resolves them, and leaves out what it lacks', async () => {
    // A scratch image: os-release a symlink, /var/lib/dpkg a symlinked directory, no keyrings.
    const context = await mkdtemp(join(tmpdir(), 'pgforge-local-base-'));
    const put = async (path: string, text: string): Promise<void> => {
      await mkdir(dirname(join(context, 'root', path)), { recursive: true });
      await writeFile(join(context, 'root', path), text);
    };
    await put('etc/apt/sources.list', 'deb http://mirror.test/debian sid main\n');
    await put('etc/apt/sources.list.d/notes.txt', 'apt ignores this name\n');
    await put('usr/lib/os-release', 'ID=scratch\n');
    await put('var/lib/dpkg-real/status', 'Package: a\nStatus: install ok installed\n');
    await symlink('../usr/lib/os-release', join(context, 'root', 'etc/os-release'));
    await symlink('dpkg-real', join(context, 'root', 'var/lib/dpkg'));
    await writeFile(join(context, 'Dockerfile'), 'FROM scratch\nCOPY root/ /\n');
    const tag = `pgforge-test/local-base:${basename(context).toLowerCase()}`;
    await run('docker', ['build', '-q', '-t', tag, context]);
    try {
      const read = await new LocalStoreBaseReader().read(tag, 'linux/amd64');
      expect(read?.aptSources).toEqual([
        { path: 'etc/apt/sources.list', text: 'deb http://mirror.test/debian sid main\n' },
      ]);
      expect(read?.keyrings).toEqual({});
      expect(read?.osRelease).toBe('ID=scratch\n');
      expect(read?.dpkgStatus).toBe('Package: a\nStatus: install ok installed\n');
    } finally {
      await run('docker', ['image', 'rm', '--force', tag], { allowFailure: true });
      await rm(context, { recursive: true, force: true });
    }
  });
});
