import { describe, expect, it } from 'vitest';
import { commandLine, exec, ExecError, execOrThrow } from '../src/index.js';

describe('exec', () => {
  it('collects stdout, streams lines from both streams in order, and keeps a bounded tail', async () => {
    const seen: string[] = [];
    const r = await exec(
      'bash',
      ['-c', 'for i in $(seq 1 300); do echo out$i; echo err$i >&2; done; printf last'],
      { onLine: (l, s) => seen.push(`${s}:${l}`), tailLines: 10 },
    );
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('out1');
    expect(seen.filter((l) => l.startsWith('stdout:'))).toHaveLength(301);
    expect(seen).toContain('stderr:err300');
    expect(seen.at(-1)).toBe('stdout:last');
    expect(r.tail).toHaveLength(10);
    expect(r.tail).toContain('last');
  });

  it('passes stdin and the environment given, nothing else', async () => {
    const r = await exec('bash', ['-c', 'cat; echo "[$ONLY] [${HOME:-}]"'], {
      input: 'in\n',
      env: { ONLY: 'x', PATH: process.env.PATH },
    });
    expect(r.stdout).toBe('in\n[x] []\n');
  });

  it('reports a non-zero exit without throwing; execOrThrow throws with the tail', async () => {
    const r = await exec('bash', ['-c', 'echo boom >&2; exit 3']);
    expect(r.code).toBe(3);
    await expect(execOrThrow('bash', ['-c', 'echo boom >&2; exit 3'])).rejects.toThrow(
      /`bash -c 'echo boom >&2; exit 3'` exited with 3; last output:\nboom/,
    );
  });

  it('kills a child past its timeout', async () => {
    const r = await exec('sleep', ['5'], { timeoutMs: 100 });
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe('SIGKILL');
    expect(r.durationMs).toBeLessThan(4000);
  });

  it('names a missing program', async () => {
    const e = await exec('pgforge-no-such-tool', []).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ExecError);
    expect((e as Error).message).toContain('pgforge-no-such-tool is not on PATH');
  });

  it('quotes a command line as a shell would need it', () => {
    expect(commandLine('docker', ['run', '--rm', "it's", 'a b', '--x=y'])).toBe(
      `docker run --rm 'it'\\''s' 'a b' --x=y`,
    );
  });
});

describe('the child’s environment', () => {
  it('never carries an action’s inputs (INPUT_*), whatever environment is given', async () => {
    const secret = 'cosign-key-material-xyz';
    const env = {
      PATH: process.env.PATH,
      INPUT_COSIGN_KEY: secret,
      input_registry_password: secret,
      COSIGN_PASSWORD: 'passed on purpose',
    };
    const given = await exec('env', [], { env });
    expect(given.stdout).not.toContain(secret);
    expect(given.stdout).toContain('COSIGN_PASSWORD=passed on purpose');
    process.env.INPUT_COSIGN_PASSWORD = secret;
    try {
      const inherited = await exec('env', []);
      expect(inherited.stdout).not.toContain(secret);
      expect(inherited.stdout).toContain(`PATH=${process.env.PATH}`);
    } finally {
      delete process.env.INPUT_COSIGN_PASSWORD;
    }
  });
});
