import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCommands, runCli } from '../src/cli.js';
import { recordedCommand } from '../src/local-run.js';

// Every command loaded, as `pgforge help` loads them (the CLI loads one when it runs).
const COMMANDS = await loadCommands();

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function runIn(env: NodeJS.ProcessEnv, argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
    },
    env,
  );
  return { code, stdout, stderr };
}

const run = (...argv: string[]) => runIn({}, argv);

const NAMES = Object.keys(COMMANDS);

describe('pgforge', () => {
  it('loads each command under the name its spec gives', () => {
    for (const [name, command] of Object.entries(COMMANDS)) expect(command.spec.name).toBe(name);
  });

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

  it('tells a usage mistake in one line, exit 2', async () => {
    expect(await run('matrix', '--group-by', 'flavour')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: --group-by: "flavour" is not allowed; expected target, major, distribution\n',
    });
    expect(await run('sbom')).toMatchObject({ code: 2, stderr: /^error: --image: required/ });
    expect(await run('nope')).toMatchObject({ code: 2, stderr: /unknown command "nope"/ });
  });

  it.each(NAMES)('help %s prints what %s --help prints', async (name) => {
    const r = await run('help', name);
    expect(r).toEqual({ ...(await run(name, '--help')), code: 0 });
    expect(r.stdout).toMatch(new RegExp(`^  pgforge ${name} \\[options\\]`));
  });

  it('help alone, -h and --help print the whole usage; help of no command is a usage error', async () => {
    const whole = await run('help');
    expect(whole.code).toBe(0);
    for (const name of NAMES) expect(whole.stdout).toContain(`pgforge ${name} [options]`);
    expect(await run('-h')).toEqual(whole);
    expect(await run('--help')).toEqual(whole);
    expect(await run('help', 'matirx')).toMatchObject({
      code: 2,
      stderr:
        'error: unknown command "matirx"; did you mean matrix? (pgforge help lists the commands)\n',
    });
  });

  it('version, --version and -V print the version alone', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    for (const spelling of ['version', '--version', '-V']) {
      expect(await run(spelling)).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
    expect(await run('version', '--json')).toMatchObject({ code: 2 });
  });

  it('suggests the nearest command or flag to a mistyped one', async () => {
    expect((await run('matirx')).stderr).toBe(
      'error: unknown command "matirx"; did you mean matrix? (pgforge help lists the commands)\n',
    );
    expect((await run('smoke', '--image', 'x')).stderr).toContain('did you mean smoke-test?');
    expect((await run('matrix', '--confg', 'x')).stderr).toBe(
      'error: --confg is not a flag of pgforge matrix; did you mean --config? (pgforge help matrix lists them)\n',
    );
    expect((await run('build', '--target', 't.json')).stderr).toContain('did you mean --targets?');
    // Nothing near: the list of flags instead.
    expect((await run('sbom', '--zzzzzz')).stderr).toMatch(/expected one of --image, --platform/);
  });

  it('exits 2 for the command line and 1 for everything else, the same in every command', async () => {
    for (const name of NAMES) {
      expect((await run(name, '--no-such-flag')).code, name).toBe(2);
      expect((await run(name, 'stray')).code, name).toBe(2);
    }
    // A file a flag names that is not there is a failed input, not a mistyped command line.
    expect((await run('matrix', '--config', '/nonexistent/images.yaml')).code).toBe(1);
    expect((await run('build', '--targets', '/nonexistent/t.json')).code).toBe(1);
  });

  it.each(NAMES)('%s takes --json, and refuses it with --summary', async (name) => {
    const spec = COMMANDS[name]?.spec;
    const json = spec?.flags.find((f) => f.name === 'json');
    expect(json).toMatchObject({ type: 'boolean', default: 'false' });
    if (spec?.flags.some((f) => f.name === 'summary')) {
      expect(await run(name, '--json', '--summary')).toMatchObject({
        code: 2,
        stderr: /^error: --json and --summary both choose what stdout holds/,
      });
    }
  });

  it('tells a user error as one line and exit 1, without a stack even when debugging', async () => {
    // Entries CNPG would refuse: the smoke test's ExtensionEntriesError, a UserError.
    const argv = ['smoke-test', '--image', 'img', '--extensions', '- name: "Not Valid"'];
    for (const env of [{}, { PGFORGE_DEBUG: '1' }]) {
      const r = await runIn(env, argv);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toEqual([expect.stringMatching(/^error: .*--extensions/), '']);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
  });

  it('refuses a flag given twice, naming both values', async () => {
    expect(await run('matrix', '--postgres', '17', '--postgres', '18')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: --postgres is given twice ("17" and "18"); give it once (a list takes commas: --postgres 17,18)\n',
    });
    expect((await run('matrix', '--force', '--force=false')).stderr).toBe(
      'error: --force is given twice (true and false); give it once\n',
    );
  });

  it('refuses to sign on a machine without a key, or through GitHub, saying what to use', async () => {
    const subject = `127.0.0.1:5000/pg@sha256:${'a'.repeat(64)}`;
    expect(await run('attest', '--subjects', subject, '--signing', 'github')).toMatchObject({
      code: 2,
      stderr: /^error: --signing github: .*OIDC token.*--cosign-key FILE\n$/,
    });
    expect(await run('attest', '--subjects', subject)).toMatchObject({
      code: 2,
      stderr: /^error: --cosign-key: required to sign on this machine/,
    });
    expect(
      await run('attest', '--subjects', subject, '--cosign-key', '/nonexistent/cosign.key'),
    ).toMatchObject({ code: 1, stderr: /^error: --cosign-key: file not found: \/nonexistent/ });
  });

  it('takes no password on its command line, on any command: COSIGN_PASSWORD only', async () => {
    for (const command of ['catalog', 'attest', 'release']) {
      const r = await run(command, '--cosign-password', 'hunter2');
      expect(r).toMatchObject({ code: 2, stdout: '' });
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
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^error: --subjects: "pg@sha256:abc" is not allowed; expected image references with a digest/,
    );
  });

  it('checks release flags before anything runs', async () => {
    expect(await run('release', '--timeout', 'soon')).toMatchObject({
      code: 2,
      stderr: /^error: --timeout: "soon" is not allowed/,
    });
    expect(await run('release', '--cosign-key', '/nonexistent/key')).toMatchObject({
      code: 1,
      stderr: /^error: --cosign-key: file not found/,
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
      expect(inline.code).toBe(2);
      expect(inline.stderr).toMatch(/^error: --targets: /);
      const missing = await run('build', '--targets', join(dir, 'absent.json'));
      expect(missing).toMatchObject({
        code: 1,
        stderr: `error: --targets: file not found: ${join(dir, 'absent.json')}\n`,
      });
      // JSON that does not parse is named as such, with where, not taken for a file name.
      expect(await run('build', '--targets', '{bad')).toMatchObject({
        code: 2,
        stderr: 'error: --targets: not JSON: unexpected "b" at line 1, column 2 (position 1)\n',
      });
      await writeFile(file, '[\n  {"id": "a",}\n]');
      expect((await run('build', '--targets', file)).stderr).toBe(
        `error: --targets ${file}: not JSON: unexpected "}" at line 2, column 14 (position 15)\n`,
      );
      // A word that is neither JSON nor a file there.
      expect((await run('build', '--targets', 'targets')).stderr).toBe(
        'error: --targets: "targets" is neither JSON (which starts with [ or {) nor a file that exists\n',
      );
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
