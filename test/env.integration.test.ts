import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { mkdtemp, open, readdir, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  removeRunImages,
  useRunTempDir,
  diskReport,
  serverErrorReport,
  serverErrors,
  watchDisk,
  watchOpenFiles,
  type DiskReading,
  run,
  startRegistry,
  SLIM_DPKG_CFG,
  debianSources,
  testSecurityMirror,
  pushTestImage,
} from '@pgforge/testkit';

// Proves the parts the test kit's global setup (tools/testkit/src/setup/global.ts) provides are
// real and behave as the other integration tests assume.

const registry = inject('registry');
const authRegistry = inject('authRegistry');
const mirror = inject('mirror');
const baseImages = inject('baseImages');

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

async function inImage(image: string, script: string): Promise<string> {
  const { stdout } = await run('docker', [
    'run',
    '--rm',
    '--network',
    'none',
    image,
    'sh',
    '-c',
    script,
  ]);
  return stdout;
}

describe('registries', () => {
  it('the plain registry answers GET /v2/ with 200', async () => {
    const response = await fetch(`http://${registry.host}/v2/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
  });

  it('the auth registry answers 401 without credentials, and with a wrong password', async () => {
    const anonymous = await fetch(`http://${authRegistry.host}/v2/`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    const wrong = await fetch(`http://${authRegistry.host}/v2/`, {
      headers: { authorization: basic(authRegistry.username, `${authRegistry.password}x`) },
    });
    expect(wrong.status).toBe(401);
  });

  it('the auth registry answers 200 with basic auth', async () => {
    const response = await fetch(`http://${authRegistry.host}/v2/`, {
      headers: { authorization: basic(authRegistry.username, authRegistry.password) },
    });
    expect(response.status).toBe(200);
  });
});

describe('base images', () => {
  it('the mirror is an archive URI without a trailing slash', () => {
    expect(mirror).toMatch(/^https?:\/\/[^/\s]+(\/\S*)?$/);
    expect(mirror.endsWith('/')).toBe(false);
  });

  it('debian:trixie-slim runs and is trixie', async () => {
    expect(baseImages.trixie).toBe('debian:trixie-slim');
    expect(baseImages.ids.trixie).toMatch(/^sha256:[0-9a-f]{64}$/);
    const out = await inImage(
      baseImages.trixie,
      'cat /etc/debian_version; . /etc/os-release; echo "$VERSION_CODENAME"',
    );
    const [version, codename] = out.trim().split('\n');
    expect(version).toMatch(/^(13(\.\d+)*|trixie\/sid)$/);
    expect(codename).toBe('trixie');
  });

  it('debian:sid-slim runs and is unstable', async () => {
    expect(baseImages.sid).toBe('debian:sid-slim');
    const version = (await inImage(baseImages.sid, 'cat /etc/debian_version')).trim();
    expect(version).toMatch(/^[a-z]+\/sid$/);
  });

  it.each(['trixie', 'sid'] as const)(
    'debian:%s-slim carries the official images’ apt sources: the mirror (and security archive), no sources.list',
    async (suite) => {
      const sources = await inImage(
        baseImages[suite],
        'cat /etc/apt/sources.list.d/debian.sources; test ! -e /etc/apt/sources.list && echo no-sources-list',
      );
      expect(sources).toBe(
        `${debianSources(suite, mirror, suite === 'sid' ? undefined : testSecurityMirror())}no-sources-list\n`,
      );
    },
  );

  it.each(['trixie', 'sid'] as const)(
    'debian:%s-slim carries the slim dpkg rules and no docs but copyright files',
    async (suite) => {
      const rules = await inImage(baseImages[suite], `cat ${SLIM_DPKG_CFG}`);
      expect(rules).toContain('path-exclude /usr/share/doc/*\n');
      expect(rules).toContain('path-include /usr/share/doc/*/copyright\n');
      expect(rules).toContain('path-exclude /usr/share/man/*\n');
      expect(rules).toContain('path-exclude /usr/share/locale/*\n');
      const docs = await inImage(
        baseImages[suite],
        'find /usr/share/doc -type f | sort; echo ---; find /usr/share/man /usr/share/info -type f',
      );
      const [docFiles = '', manFiles = ''] = docs.split('---\n');
      const files = docFiles.trim().split('\n').filter(Boolean);
      expect(files.length).toBeGreaterThan(10);
      expect(files.filter((file) => !file.endsWith('/copyright'))).toEqual([]);
      expect(manFiles.trim()).toBe('');
      const leftovers = await inImage(
        baseImages[suite],
        'ls /var/lib/apt/lists /var/cache/apt; find /var/log -type f',
      );
      expect(leftovers).not.toMatch(/_Packages|\.bin$|\.log$/m);
    },
  );

  it('packages installed FROM debian:trixie-slim keep only their copyright file', async () => {
    // `hello` ships a changelog, a man page, an info manual and translations.
    const out = await run('docker', [
      'run',
      '--rm',
      baseImages.trixie,
      'sh',
      '-c',
      'apt-get update -qq && apt-get install -y -qq --no-install-recommends hello >/dev/null && ' +
        'hello && dpkg -L hello | while read -r f; do [ -f "$f" ] && echo "$f"; done; ' +
        'echo ---; ls /var/cache/apt/archives',
    ]);
    const [installed = '', cache = ''] = out.stdout.split('---\n');
    expect(installed).toMatch(/^Hello, world!$/m);
    const files = installed.split('\n').filter((line) => line.startsWith('/'));
    expect(files).toContain('/usr/bin/hello');
    expect(files).toContain('/usr/share/doc/hello/copyright');
    expect(files.filter((f) => /^\/usr\/share\/(doc|man|info|locale)\//.test(f))).toEqual([
      '/usr/share/doc/hello/copyright',
    ]);
    // docker-clean: no .deb left behind
    expect(cache.split(/\s+/).filter((f) => f.endsWith('.deb'))).toEqual([]);
  });
});

describe('buildx', () => {
  it('builds FROM debian:trixie-slim and pushes to the local registry', async () => {
    const context = await mkdtemp(join(tmpdir(), 'pgforge-env-check-'));
    const tag = `${registry.host}/env-check:1`;
    try {
      await writeFile(
        join(context, 'Dockerfile'),
        `FROM ${baseImages.trixie}\nRUN echo env-check > /env-check\n`,
      );
      await run('docker', ['buildx', 'build', '--output', 'type=registry', '--tag', tag, context]);
    } finally {
      await rm(context, { recursive: true, force: true });
      // The docker driver also keeps the pushed image locally; its registry port dies with the run.
      await run('docker', ['image', 'rm', tag], { allowFailure: true });
    }
    const response = await fetch(`http://${registry.host}/v2/env-check/manifests/1`, {
      headers: {
        accept: [
          'application/vnd.oci.image.index.v1+json',
          'application/vnd.oci.image.manifest.v1+json',
        ].join(', '),
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('docker-content-digest')).toMatch(/^sha256:[0-9a-f]{64}$/);
    const manifest = (await response.json()) as { schemaVersion: number; mediaType: string };
    expect(manifest.schemaVersion).toBe(2);
    expect(manifest.mediaType).toMatch(
      /^application\/vnd\.oci\.image\.(index|manifest)\.v1\+json$/,
    );
    expect(response.headers.get('content-type')).toBe(manifest.mediaType);
  });
});

// What the set-up prints when the run ends (tools/testkit/src/setup/diagnostics.ts), read off the
// real parts.
describe('run diagnostics', () => {
  it('a registry whose tag link is empty (a write cut short) answers 500, and its log says so', async () => {
    const own = await startRegistry({ name: 'diagnostics registry', auth: false });
    try {
      const target = { host: own.host, repository: 'diag/empty-link' };
      await pushTestImage(target, 'v1');
      // What a full disk leaves behind: distribution truncates a link file, then writes it.
      await writeFile(
        join(
          own.dataDir,
          'docker/registry/v2/repositories/diag/empty-link/_manifests/tags/v1/current/link',
        ),
        '',
      );
      const response = await fetch(`http://${own.host}/v2/diag/empty-link/manifests/v1`, {
        method: 'HEAD',
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
      });
      expect(response.status).toBe(500);
      const errors = serverErrors(await own.log());
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({
        method: 'HEAD',
        uri: '/v2/diag/empty-link/manifests/v1',
        status: 500,
      });
      expect(errors[0]!.reason).toMatch(/digest/i);
      const report = serverErrorReport('diagnostics registry', own.host, errors);
      expect(report[0]).toBe(
        `diagnostics registry on ${own.host} answered 1 request(s) with a 5xx:`,
      );
      expect(report[1]).toContain('HEAD /v2/diag/empty-link/manifests/v1 -> 500');
    } finally {
      await own.stop();
    }
  });

  it('the open-files watch counts the registry process’s descriptors, and reads its limit', async () => {
    const own = await startRegistry({ name: 'files registry', auth: false });
    const sockets: Socket[] = [];
    try {
      const pid = own.pid();
      expect(
        pid,
        'the registry runs as a process of this machine (scripts/test-env.sh installs docker-registry)',
      ).toBeGreaterThan(1);
      const baseline = (await readdir(`/proc/${pid}/fd`)).length;
      const watch = watchOpenFiles([{ name: 'files registry', pid: own.pid }], 20);
      // Eight connections held open: eight more descriptors of the registry.
      const [address, port] = own.host.split(':') as [string, string];
      for (let i = 0; i < 8; i++) {
        const socket = connect(Number(port), address);
        await new Promise<void>((resolve, reject) => {
          socket.once('connect', resolve).once('error', reject);
        });
        sockets.push(socket);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      const [line, ...rest] = await watch.stop();
      expect(rest).toEqual([]);
      const match = /^files registry \(pid (\d+)\): at most (\d+) open files \(limit (\S+)\)$/.exec(
        line ?? '',
      );
      expect(match, line).not.toBeNull();
      expect(Number(match![1])).toBe(pid);
      expect(Number(match![2])).toBeGreaterThanOrEqual(baseline + 8);
      expect(match![3]).toMatch(/^(\d+|unlimited)$/);
    } finally {
      for (const socket of sockets) socket.destroy();
      await own.stop();
    }
  });

  it('the disk watch sees a file written to the temp directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pgforge-disk-watch-'));
    const watch = await watchDisk([tmpdir(), dir], () => undefined, 50);
    const size = 256 * 1024 ** 2;
    try {
      // Random bytes, synced: a compressing filesystem cannot shrink them, and the space is
      // taken before the samples are read.
      const handle = await open(join(dir, 'filler'), 'w');
      try {
        const chunk = Buffer.alloc(16 * 1024 ** 2);
        for (let written = 0; written < size; written += chunk.length) {
          await handle.write(randomFillSync(chunk));
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
      // Some filesystems (ZFS) show freed and taken space seconds late.
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const [reading] = watch.readings();
        if (reading && reading.start - reading.lowest >= size / 2) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const readings = await watch.stop();
    // One filesystem, named once per path on it.
    expect(readings).toHaveLength(1);
    const [reading] = readings as [DiskReading];
    expect(reading.paths).toEqual([tmpdir(), dir]);
    expect(reading.start - reading.lowest).toBeGreaterThanOrEqual(size / 2);
    expect(diskReport(readings)[0]).toMatch(
      /^disk of .+: [\d.]+ GiB free at the start, lowest [\d.]+ GiB \(\d\d:\d\d:\d\d\), [\d.]+ GiB at the end$/,
    );
  });
});

// What the set-up removes when the run ends (tools/testkit/src/setup/cleanup.ts).
describe('run clean-up', () => {
  it('removes the names of a run’s registries (tag and digest) and keeps another name of the same image', async () => {
    const host = '127.0.0.1:1';
    const name = `${host}/cleanup-check/debian:trixie`;
    await run('docker', ['tag', baseImages.trixie, name]);
    expect(await removeRunImages([host])).toBeGreaterThanOrEqual(1);
    const listed = await run('docker', ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}']);
    expect(listed.stdout.split('\n')).not.toContain(name);
    expect(listed.stdout.split('\n')).toContain(baseImages.trixie);
  });

  it('gives the run its own TMPDIR, removes a dead run’s directory, and its own when done', async () => {
    const dead = spawnSync('true').pid;
    const stale = await mkdtemp(join(tmpdir(), 'pgforge-test-run-'));
    await writeFile(join(stale, '.owner-pid'), String(dead));
    const lines: string[] = [];
    const before = process.env.TMPDIR;
    const own = await useRunTempDir((l) => lines.push(l));
    try {
      expect(existsSync(stale)).toBe(false);
      expect(lines).toEqual([`removed ${stale}, left by a run that ended without its teardown`]);
      expect(tmpdir()).toBe(own.dir);
      await writeFile(join(tmpdir(), 'left-behind'), 'x');
    } finally {
      await own.restore();
    }
    expect(process.env.TMPDIR).toBe(before);
    expect(existsSync(own.dir)).toBe(false);
  });
});
