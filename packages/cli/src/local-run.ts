/**
 * The run a provenance made on this machine describes: host, command, a fresh id, and the git
 * checkout the command runs in (the configuration's source), when there is one.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { gitSourceUri, type LocalRunContext } from '@pgforge/attest';
import { commandLine, exec } from '@pgforge/exec';

async function git(directory: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const r = await exec('git', ['-C', directory, ...args], { env }).catch(() => undefined);
  return r?.code === 0 ? r.stdout.trim() : '';
}

/** Flags whose values are never recorded (a key may be given as its PEM text). */
const SECRET_FLAGS = ['cosign-key', 'cosign-password'];

/** The command line as typed, with secret values replaced by `***`. */
export function recordedCommand(argv: readonly string[]): string {
  const shown: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const secret = SECRET_FLAGS.find((f) => arg === `--${f}` || arg.startsWith(`--${f}=`));
    if (secret === undefined) {
      shown.push(arg);
    } else if (arg.includes('=')) {
      shown.push(`--${secret}=***`);
    } else {
      shown.push(arg, '***');
      i++;
    }
  }
  return commandLine('pgforge', shown);
}

export async function localRun(
  argv: readonly string[],
  directory: string,
  env: NodeJS.ProcessEnv,
): Promise<LocalRunContext> {
  const [commit, remote] = await Promise.all([
    git(directory, ['rev-parse', 'HEAD'], env),
    git(directory, ['config', '--get', 'remote.origin.url'], env),
  ]);
  const top =
    remote === '' && commit !== ''
      ? await git(directory, ['rev-parse', '--show-toplevel'], env)
      : '';
  const uri = remote !== '' ? gitSourceUri(remote) : top !== '' ? gitSourceUri(top) : undefined;
  return {
    kind: 'local',
    host: hostname(),
    command: recordedCommand(argv),
    invocationId: `urn:uuid:${randomUUID()}`,
    ...(commit !== '' && uri !== undefined ? { source: { uri, commit } } : {}),
  };
}
