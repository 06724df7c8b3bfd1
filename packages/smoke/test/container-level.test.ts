import { describe, expect, it } from 'vitest';
import {
  runContainerLevel,
  parseServerVersion,
  type ContainerLevelOptions,
} from '../src/container.js';
import type { ExtensionPlan } from '../src/extension-plan.js';
import { RecordingRunner, type Rule } from './support/recording-runner.js';

// The container level runs for real in test/smoke/container.integration.test.ts; here its
// docker commands are recorded by a fake runner, to pin what CNPG's pods do that the checks
// copy (read-only root, UID 26, tmpfs, read-only extension mounts) and the clean-up.

const IMAGE = 'r/postgresql-testing:18.1-minimal-trixie';
const NAME = 'pgforge-smoke-test';

const plan: ExtensionPlan = {
  entry: { name: 'vector', image: { reference: 'r/pgvector:0.8.1' }, ld_library_path: ['system'] },
  dir: '/tmp/unpacked/vector',
  files: ['lib/vector.so', 'share/extension/vector.control'],
  controlFiles: ['share/extension/vector.control'],
  sqlNames: ['vector'],
  primary: 'vector',
  sqlVersion: '0.8.1',
  createExtension: true,
  modules: ['vector'],
  preload: [],
  requires: [],
  versions: new Map(),
};

const inspect = JSON.stringify([
  {
    Id: 'sha256:abc',
    Config: {
      User: '26',
      Entrypoint: null,
      Cmd: null,
      Env: ['PATH=/usr/lib/postgresql/18/bin:/usr/bin'],
    },
  },
]);

const good: Rule[] = [
  { match: /^docker image inspect /, result: { stdout: inspect } },
  { match: /id -u; id -un/, result: { stdout: '26\npostgres\n' } },
  {
    match: /command -v/,
    result: {
      stdout:
        'initdb=/b/initdb\npostgres=/b/postgres\npg_ctl=/b/pg_ctl\npg_controldata=/b/pg_controldata\npg_basebackup=/b/pg_basebackup\nPATH=/b\n',
    },
  },
  {
    match: /postgres --version$/,
    result: { stdout: 'postgres (PostgreSQL) 18.1 (Debian 18.1-1)\n' },
  },
  { match: /-c SELECT version\(\)$/, result: { stdout: 'PostgreSQL 18.1\n' } },
  {
    match: /-c SHOW extension_control_path -c SHOW dynamic_library_path$/,
    result: { stdout: '$system:/extensions/vector/share\n$libdir:/extensions/vector/lib\n' },
  },
  {
    match: /environ/,
    result: {
      stdout: 'PGDATA=/var/lib/postgresql/data/pgdata\nLD_LIBRARY_PATH=/extensions/vector/system\n',
    },
  },
  { match: /extname = 'vector'$/, result: { stdout: '0.8.1\n' } },
  { match: /locale -a$/, result: { stdout: 'C\nC.utf8\nPOSIX\n' } },
  {
    match: /pg_controldata -D/,
    result: { stdout: 'Database cluster state:               shut down\n' },
  },
];

function options(
  runner: RecordingRunner,
  extra: Partial<ContainerLevelOptions> = {},
): ContainerLevelOptions {
  return {
    image: IMAGE,
    expectations: { extensions: [], locales: ['C.UTF-8'], preloadLibraries: [] },
    extensions: [plan],
    timeoutMs: 60_000,
    runner,
    containerName: NAME,
    ...extra,
  };
}

describe('the container level, recorded by a fake runner', () => {
  it('starts one container as CNPG runs PostgreSQL, with the extension mounted read-only', async () => {
    const runner = new RecordingRunner(good);
    const results = await runContainerLevel(options(runner));
    expect(results.filter((r) => r.status !== 'passed')).toEqual([]);
    const run = runner.calls.find((c) => c.args[0] === 'run' && c.args.includes('--detach'));
    expect(run?.args).toEqual([
      'run',
      '--detach',
      '--name',
      NAME,
      '--label',
      'io.pgforge.smoke=container-level',
      '--read-only',
      '--user',
      '26',
      '--network',
      'none',
      '--tmpfs',
      '/var/lib/postgresql/data:rw,mode=1777',
      '--tmpfs',
      '/var/run/postgresql:rw,mode=1777',
      '--tmpfs',
      '/tmp:rw,mode=1777',
      '--env',
      'PGDATA=/var/lib/postgresql/data/pgdata',
      '--env',
      'LD_LIBRARY_PATH=/extensions/vector/system',
      '--mount',
      'type=bind,source=/tmp/unpacked/vector,target=/extensions/vector,readonly',
      '--entrypoint',
      'sleep',
      IMAGE,
      'infinity',
    ]);
    const conf = runner.calls.find((c) => c.line.includes('cat >> "$PGDATA/postgresql.conf"'));
    expect(conf?.input).toBe(
      [
        '# pgforge smoke test: what CNPG would set for this instance',
        "listen_addresses = ''",
        "unix_socket_directories = '/var/run/postgresql'",
        "extension_control_path = '$system:/extensions/vector/share'",
        "dynamic_library_path = '$libdir:/extensions/vector/lib'",
        '',
      ].join('\n'),
    );
    expect(runner.lines().at(-1)).toBe(`docker rm --force --volumes ${NAME}`);
  });

  it('an image with nothing to create: its modules are loaded, preloaded ones at start, as the image says', async () => {
    const modules: ExtensionPlan = {
      entry: { name: 'decoding', image: { reference: 'r/decoding:1' } },
      dir: '/tmp/unpacked/decoding',
      files: ['lib/wal2json.so', 'lib/pg_crash.so'],
      controlFiles: [],
      sqlNames: [],
      createExtension: false,
      modules: ['pg_crash', 'wal2json'],
      preload: ['pg_crash'],
      requires: [],
      versions: new Map(),
    };
    const runner = new RecordingRunner([
      { match: /-c SHOW shared_preload_libraries$/, result: { stdout: 'pgaudit,pg_crash\n' } },
      {
        match: /-c SHOW extension_control_path -c SHOW dynamic_library_path$/,
        result: {
          stdout: '$system:/extensions/decoding/share\n$libdir:/extensions/decoding/lib\n',
        },
      },
      { match: /environ/, result: { stdout: 'PGDATA=/var/lib/postgresql/data/pgdata\n' } },
      ...good,
    ]);
    const results = await runContainerLevel(
      options(runner, {
        extensions: [modules],
        expectations: { extensions: [], locales: ['C.UTF-8'], preloadLibraries: ['pgaudit'] },
      }),
    );
    expect(results.filter((r) => r.status !== 'passed')).toEqual([]);
    expect(results.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'preloaded pg_crash from /extensions/decoding',
        'LOAD wal2json from /extensions/decoding',
      ]),
    );
    expect(results.some((r) => r.name.startsWith('CREATE EXTENSION'))).toBe(false);
    const conf = runner.calls.find((c) => c.line.includes('cat >> "$PGDATA/postgresql.conf"'));
    expect(conf?.input).toContain("shared_preload_libraries = 'pgaudit,pg_crash'");
    expect(runner.calls.some((c) => c.line.endsWith("-c LOAD 'wal2json'"))).toBe(true);
  });

  it('pulls an image the local store lacks, and skips everything after a failed pull, naming it', async () => {
    const runner = new RecordingRunner([
      { match: /^docker image inspect /, result: { code: 1, stderr: 'No such image' } },
      { match: /^docker pull /, result: { code: 1, stderr: 'manifest unknown' } },
    ]);
    const results = await runContainerLevel(options(runner));
    expect(results[0]).toMatchObject({ name: 'image available', status: 'failed' });
    expect(results[0]?.error).toContain(
      '`docker pull --quiet r/postgresql-testing:18.1-minimal-trixie` exited with 1:\nmanifest unknown',
    );
    const skipped = results.filter((r) => r.status === 'skipped');
    expect(skipped.length).toBeGreaterThan(8);
    expect(skipped[0]?.error).toBe('not run: "image available" did not pass');
    // The host-side check of the extension image still runs.
    expect(results.find((r) => r.name === 'extension image vector: control file')?.status).toBe(
      'passed',
    );
    expect(runner.lines().at(-1)).toBe(`docker rm --force --volumes ${NAME}`);
  });

  it('reports a failed start with the server log', async () => {
    const runner = new RecordingRunner([
      {
        match: /pg_ctl -D .* start$/,
        result: { code: 1, stderr: 'pg_ctl: could not start server' },
      },
      {
        match: /tail -n 25 \/tmp\/postgresql.log$/,
        result: { stdout: 'FATAL:  could not access file "pgaudit"\n' },
      },
      ...good,
    ]);
    const results = await runContainerLevel(options(runner, { extensions: [] }));
    const start = results.find((r) => r.name === 'server starts (pg_ctl start)');
    expect(start?.status).toBe('failed');
    expect(start?.log).toBe('server log (last lines):\nFATAL:  could not access file "pgaudit"');
    expect(results.find((r) => r.name === 'SELECT version()')?.error).toBe(
      'not run: "server starts (pg_ctl start)" did not pass',
    );
  });

  it('with a platform, runs that platform and checks that what runs is it', async () => {
    const runner = new RecordingRunner([
      { match: /dpkg --print-architecture$/, result: { stdout: 'arm64\n' } },
      { match: /uname -m$/, result: { stdout: 'aarch64\n' } },
      ...good,
    ]);
    const results = await runContainerLevel(
      options(runner, { extensions: [], platform: 'linux/arm64' }),
    );
    expect(results.filter((r) => r.status !== 'passed')).toEqual([]);
    const runs = runner.calls.filter((c) => c.args[0] === 'run');
    expect(runs.length).toBe(2);
    for (const run of runs) {
      const at = run.args.indexOf('--platform');
      expect(run.args.slice(at, at + 2)).toEqual(['--platform', 'linux/arm64']);
    }
    expect(
      results.find((r) => r.name === 'runs as linux/arm64 (dpkg architecture arm64)'),
    ).toMatchObject({ status: 'passed', detail: 'dpkg arm64, uname -m aarch64' });
  });

  it('with a platform, pulls that platform', async () => {
    const runner = new RecordingRunner([
      { match: /^docker image inspect /, result: { code: 1, stderr: 'No such image' } },
      { match: /^docker pull /, result: { code: 1, stderr: 'no match for platform' } },
    ]);
    const results = await runContainerLevel(
      options(runner, { extensions: [], platform: 'linux/arm64' }),
    );
    expect(results[0]?.error).toContain(
      `\`docker pull --quiet --platform linux/arm64 ${IMAGE}\` exited with 1`,
    );
  });

  it('with a platform, fails when the container runs another architecture', async () => {
    const runner = new RecordingRunner([
      { match: /dpkg --print-architecture$/, result: { stdout: 'amd64\n' } },
      ...good,
    ]);
    const results = await runContainerLevel(
      options(runner, { extensions: [], platform: 'linux/arm64' }),
    );
    expect(results.find((r) => r.name.startsWith('runs as linux/arm64'))).toMatchObject({
      status: 'failed',
      error:
        "the container runs amd64, not arm64: the image has no linux/arm64 variant, or its content is another platform's",
    });
  });

  it('without a platform, passes none to docker', async () => {
    const runner = new RecordingRunner(good);
    await runContainerLevel(options(runner, { extensions: [] }));
    expect(runner.lines().some((l) => l.includes('--platform'))).toBe(false);
    expect(runner.lines().some((l) => l.includes('dpkg --print-architecture'))).toBe(false);
  });

  it("tells a failed SQL statement in PostgreSQL's words, the rest in the log", async () => {
    const runner = new RecordingRunner([
      {
        match: /CREATE EXTENSION IF NOT EXISTS "hypopg"/,
        result: {
          code: 1,
          stderr:
            'ERROR:  extension "hypopg" is not available\nHINT:  The extension must first be installed on the system where PostgreSQL is running.\n',
        },
      },
      ...good,
    ]);
    const results = await runContainerLevel(
      options(runner, {
        extensions: [],
        expectations: { extensions: ['hypopg'], locales: [], preloadLibraries: [] },
      }),
    );
    expect(results.find((r) => r.name === 'CREATE EXTENSION hypopg')).toMatchObject({
      status: 'failed',
      error: 'ERROR: extension "hypopg" is not available',
      log: expect.stringMatching(/^HINT: {2}The extension must first be installed/),
    });
  });
});

describe('parseServerVersion', () => {
  it.each([
    ['postgres (PostgreSQL) 17.6 (Debian 17.6-2)', 17, '17.6'],
    ['postgres (PostgreSQL) 18beta3', 18, '18beta3'],
    ['postgres (PostgreSQL) 19devel', 19, '19devel'],
  ])('%s', (text, major, version) => {
    expect(parseServerVersion(text)).toEqual({ major, version });
  });
  it('is undefined for anything else', () => {
    expect(parseServerVersion('bash: postgres: command not found')).toBeUndefined();
  });
});
