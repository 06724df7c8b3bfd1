import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, runCli } from '../src/cli.js';
import { recordedCommand } from '../src/local-run.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}

const NAMES = Object.keys(COMMANDS);

describe('pgforge', () => {
  it('has a command for every step of a release, and release itself', () => {
    expect(NAMES.sort()).toEqual(
      [
        'attest',
        'build',
        'catalog',
        'extension',
        'matrix',
        'promote',
        'release',
        'sbom',
        'smoke-test',
      ].sort(),
    );
  });

  it.each(NAMES)('%s --help prints that command alone and exits 0', async (name) => {
    const r = await run(name, '--help');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(new RegExp(`^  pgforge ${name} \\[options\\]`));
    for (const other of NAMES) {
      if (other !== name) expect(r.stdout).not.toContain(`pgforge ${other} [options]`);
    }
  });

  it('--version prints the version of the pgforge package', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(await run('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help lists every command', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    for (const name of NAMES) expect(r.stdout).toContain(`pgforge ${name} [options]`);
  });

  it('tells a usage mistake in one line, exit 1', async () => {
    expect(await run('matrix', '--group-by', 'flavour')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: --group-by: "flavour" is not allowed; expected target, major, distribution\n',
    });
    expect(await run('sbom')).toMatchObject({ code: 1, stderr: /^error: --image: required/ });
    expect(await run('nope')).toMatchObject({ code: 1, stderr: /unknown command "nope"/ });
  });

  it('refuses to sign on a machine without a key, or through GitHub, saying what to use', async () => {
    const subject = `127.0.0.1:5000/pg@sha256:${'a'.repeat(64)}`;
    expect(await run('attest', '--subjects', subject, '--signing', 'github')).toMatchObject({
      code: 1,
      stderr: /^error: --signing github: .*OIDC token.*--cosign-key FILE\n$/,
    });
    expect(await run('attest', '--subjects', subject)).toMatchObject({
      code: 1,
      stderr: /^error: --cosign-key: required to sign on this machine/,
    });
    expect(
      await run('attest', '--subjects', subject, '--cosign-key', '/nonexistent/cosign.key'),
    ).toMatchObject({ code: 1, stderr: /^error: --cosign-key: cannot read \/nonexistent/ });
  });

  it('takes no password on its command line, on any command: COSIGN_PASSWORD only', async () => {
    for (const command of ['catalog', 'attest', 'release']) {
      const r = await run(command, '--cosign-password', 'hunter2');
      expect(r).toMatchObject({ code: 1, stdout: '' });
      expect(r.stderr).toBe(
        'error: --cosign-password is not taken: a password on a command line is seen by every ' +
          'process on the machine (ps); set COSIGN_PASSWORD in the environment instead, as ' +
          'cosign reads it\n',
      );
      expect(r.stderr).not.toContain('hunter2');
    }
  });

  it('names a bad subject of attest as the action would', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pgforge-attest-cli-'));
    const key = join(dir, 'cosign.key');
    await writeFile(key, 'not a key');
    const r = await run('attest', '--subjects', 'pg@sha256:abc', '--cosign-key', key);
    await rm(dir, { recursive: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: --subjects: "pg@sha256:abc" is not allowed; expected image references with a digest/,
    );
  });

  it('checks release flags before anything runs', async () => {
    expect(await run('release', '--timeout', 'soon')).toMatchObject({
      code: 1,
      stderr: /^error: --timeout: "soon" is not allowed/,
    });
    expect(await run('release', '--cosign-key', '/nonexistent/key')).toMatchObject({
      code: 1,
      stderr: /^error: --cosign-key: cannot read/,
    });
  });

  it('records a command for provenance with secret values hidden', () => {
    expect(
      recordedCommand([
        'release',
        '--config',
        'images.yaml',
        '--cosign-key',
        '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nabc',
        '--cosign-password=hunter2',
      ]),
    ).toBe("pgforge release --config images.yaml --cosign-key '***' '--cosign-password=***'");
  });

  describe('flags whose action input takes a step output', () => {
    let dir = '';
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('build --targets takes a file or the JSON itself, and names what is wrong with either', async () => {
      dir = await mkdtemp(join(tmpdir(), 'pgforge-cli-'));
      const file = join(dir, 'targets.json');
      await writeFile(file, '{"not": "a list"}');
      const fromFile = await run('build', '--targets', file);
      expect(fromFile.code).toBe(1);
      expect(fromFile.stderr).toMatch(new RegExp(`^error: --targets ${file}: `));
      const inline = await run('build', '--targets', '[{"id": 1}]');
      expect(inline.code).toBe(1);
      expect(inline.stderr).toMatch(/^error: --targets: /);
      const missing = await run('build', '--targets', join(dir, 'absent.json'));
      expect(missing.stderr).toMatch(/^error: --targets: cannot read .*absent\.json \(ENOENT\)/);
    });

    it('smoke-test --extensions takes the YAML itself, as the action does', async () => {
      const r = await run('smoke-test', '--image', 'img', '--extensions', '- name: "Not Valid"');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: .*--extensions/);
    });
  });

  it('runs as a process: matrix --help exits 0 (it used to be an unknown-flag error)', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'packages/cli/src/main.ts'), 'matrix', '--help'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--skip-unchanged [BOOL]');
  });
});
