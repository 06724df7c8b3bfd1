import { describe, expect, it } from 'vitest';
import { isRuntimeHiccup, retryingRuntimeHiccups } from '../src/runner.js';
import { RecordingRunner } from './support/recording-runner.js';

// runc now and then fails to start a container's process on a busy machine; that cannot be
// provoked on demand, so its messages (as docker 26 printed them here) are answered by a fake.

const RUN_HICCUP =
  'docker: Error response from daemon: failed to create task for container: failed to create shim task: ' +
  'OCI runtime create failed: runc create failed: unable to start container process: waiting for init ' +
  'preliminary setup: read init-p: connection reset by peer: unknown.\n';
const EXEC_HICCUP =
  'OCI runtime exec failed: exec failed: unable to start container process: read init-p: connection reset by peer: unknown\n';
const NOT_FOUND =
  'OCI runtime exec failed: exec failed: unable to start container process: exec: "initdb": executable file not found in $PATH: unknown\n';

const failed = (stderr: string, code = 125) => ({ code, stderr, stdout: '', timedOut: false });

describe('isRuntimeHiccup', () => {
  it.each([
    [
      'docker run, runc init pipe reset',
      'docker',
      ['run', '--rm', 'img'],
      failed(RUN_HICCUP),
      true,
    ],
    [
      'docker exec, runc init pipe reset',
      'docker',
      ['exec', 'c', 'initdb'],
      failed(EXEC_HICCUP, 126),
      true,
    ],
    [
      'docker exec, executable missing (a fault of the image)',
      'docker',
      ['exec', 'c', 'initdb'],
      failed(NOT_FOUND, 127),
      false,
    ],
    [
      'the image’s own output quoting the words mid-line',
      'docker',
      ['exec', 'c', 'sh', '-c', 'cat log'],
      failed(`log: ${EXEC_HICCUP}`, 1),
      false,
    ],
    ['docker pull with the same words', 'docker', ['pull', 'img'], failed(RUN_HICCUP), false],
    ['another tool', 'kubectl', ['run', 'x'], failed(RUN_HICCUP), false],
    ['success', 'docker', ['run', 'img'], { ...failed(RUN_HICCUP), code: 0 }, false],
    ['a timeout', 'docker', ['run', 'img'], { ...failed(RUN_HICCUP), timedOut: true }, false],
  ] as const)('%s', (_name, command, args, result, expected) => {
    expect(isRuntimeHiccup(command, args, result)).toBe(expected);
  });
});

describe('retryingRuntimeHiccups', () => {
  it('runs a named docker run once more after removing what it left, and says so', async () => {
    const fake = new RecordingRunner([
      { match: /^docker run /, result: failed(RUN_HICCUP), times: 1 },
      { match: /^docker run /, result: { stdout: 'cid\n' } },
    ]);
    const lines: string[] = [];
    const runner = retryingRuntimeHiccups(fake, (l) => lines.push(l));
    const result = await runner.run('docker', ['run', '--detach', '--name', 'smoke-1', 'img']);
    expect(result).toMatchObject({ code: 0, stdout: 'cid\n' });
    expect(fake.lines()).toEqual([
      'docker run --detach --name smoke-1 img',
      'docker rm --force smoke-1',
      'docker run --detach --name smoke-1 img',
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('`docker run` could not start its process');
    expect(lines[0]).toContain('read init-p: connection reset by peer');
  });

  it('finds the name in --name=… too', async () => {
    const fake = new RecordingRunner([
      { match: /^docker run /, result: failed(RUN_HICCUP), times: 1 },
    ]);
    const runner = retryingRuntimeHiccups(fake, () => undefined);
    await runner.run('docker', ['run', '--name=smoke-2', 'img']);
    expect(fake.lines()[1]).toBe('docker rm --force smoke-2');
  });

  it('runs a docker exec once more (nothing to remove)', async () => {
    const fake = new RecordingRunner([
      { match: /^docker exec /, result: failed(EXEC_HICCUP, 126), times: 1 },
    ]);
    const runner = retryingRuntimeHiccups(fake, () => undefined);
    const result = await runner.run('docker', ['exec', 'smoke-1', 'initdb', '-D', '/d']);
    expect(result.code).toBe(0);
    expect(fake.lines()).toEqual([
      'docker exec smoke-1 initdb -D /d',
      'docker exec smoke-1 initdb -D /d',
    ]);
  });

  it('retries once only: a second hiccup is the result', async () => {
    const fake = new RecordingRunner([
      { match: /^docker exec /, result: failed(EXEC_HICCUP, 126) },
    ]);
    const runner = retryingRuntimeHiccups(fake, () => undefined);
    const result = await runner.run('docker', ['exec', 'c', 'true']);
    expect(result.code).toBe(126);
    expect(fake.calls).toHaveLength(2);
  });

  it('leaves other failures alone: a missing executable is run once', async () => {
    const fake = new RecordingRunner([{ match: /^docker exec /, result: failed(NOT_FOUND, 127) }]);
    const lines: string[] = [];
    const runner = retryingRuntimeHiccups(fake, (l) => lines.push(l));
    const result = await runner.run('docker', ['exec', 'c', 'initdb']);
    expect(result.code).toBe(127);
    expect(fake.calls).toHaveLength(1);
    expect(lines).toEqual([]);
  });
});
