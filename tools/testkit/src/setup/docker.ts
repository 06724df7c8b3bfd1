import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { isTransientFailure } from '@pgforge/operand';
import { containerName, isRuntimeHiccup } from '@pgforge/smoke';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin, which is closed afterwards. */
  input?: string | Buffer;
  /** Resolve with the result instead of throwing when the exit code is not 0. */
  allowFailure?: boolean;
  /** Kill the child (SIGKILL) and fail after this many milliseconds. */
  timeoutMs?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** Exit code; null when the child was ended by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A command that could not be started, exited non-zero, died of a signal or timed out. */
export class CommandError extends Error {
  constructor(
    readonly commandLine: string,
    readonly result: RunResult | undefined,
    reason: string,
  ) {
    const tail = result ? lastLines(result.stderr || result.stdout, 20) : '';
    super(`\`${commandLine}\` ${reason}${tail ? `; last output:\n${tail}` : ''}`);
    this.name = 'CommandError';
  }
}

export function lastLines(text: string, count: number): string {
  const lines = text.trimEnd().split('\n');
  return lines.slice(-count).join('\n');
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

export function commandLine(cmd: string, args: readonly string[]): string {
  return [cmd, ...args].map(quote).join(' ');
}

/**
 * Why a failed docker command is worth running once more, or undefined: the container runtime
 * could not start the process (the product's smoke test retries the same, @pgforge/smoke), or a
 * push of a fixture met a registry or connection hiccup (the product's builds retry the same,
 * @pgforge/operand). Either way, nothing the test looks at ran.
 */
function hiccup(cmd: string, args: readonly string[], result: RunResult): string | undefined {
  if (result.code === 0) return undefined;
  const outcome = {
    code: result.code,
    stdout: result.stdout,
    stderr: result.stderr,
    timedOut: false,
  };
  if (isRuntimeHiccup(cmd, args, outcome)) return 'the container runtime did not start the process';
  const pushes =
    cmd === 'docker' &&
    args[0] === 'buildx' &&
    args.some((a) => a === '--push' || /(^|[,=])type=registry(,|$)|(^|,)push=true(,|$)/.test(a));
  if (pushes && isTransientFailure(`${result.stderr}\n${result.stdout}`))
    return 'the push met a registry or connection hiccup';
  return undefined;
}

/**
 * Runs a command to completion and collects its output (no shell). A docker command that failed
 * for a hiccup (see `hiccup`) is run once more, saying so on stderr, with its container removed
 * first when it was a named `docker run`.
 */
export async function run(
  cmd: string,
  args: readonly string[],
  opts: RunOptions = {},
): Promise<RunResult> {
  const first = await runOnce(cmd, args, { ...opts, allowFailure: true });
  const why = hiccup(cmd, args, first);
  const result = why === undefined ? first : await retry(cmd, args, opts, first, why);
  if (result.code === 0 || opts.allowFailure) return result;
  throw new CommandError(
    commandLine(cmd, args),
    result,
    result.code === null ? `was killed by ${result.signal}` : `exited with code ${result.code}`,
  );
}

async function retry(
  cmd: string,
  args: readonly string[],
  opts: RunOptions,
  first: RunResult,
  why: string,
): Promise<RunResult> {
  process.stderr.write(
    `[test] \`${commandLine(cmd, args).slice(0, 200)}\` failed (${why}: ` +
      `${lastLines(first.stderr || first.stdout, 1).trim()}); running it once more\n`,
  );
  const name = args[0] === 'run' ? containerName(args) : undefined;
  if (name !== undefined) await runOnce('docker', ['rm', '--force', name], { allowFailure: true });
  return runOnce(cmd, args, { ...opts, allowFailure: true });
}

/** One run of a command (no shell): rejects when it cannot start or times out. */
function runOnce(cmd: string, args: readonly string[], opts: RunOptions): Promise<RunResult> {
  const line = commandLine(cmd, args);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, opts.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const reason =
        error.code === 'ENOENT' ? `could not start: ${cmd} not found on PATH` : error.message;
      reject(new CommandError(line, undefined, reason));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result: RunResult = {
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code,
        signal,
      };
      if (timedOut) reject(new CommandError(line, result, `timed out after ${opts.timeoutMs} ms`));
      else if (code === 0 || opts.allowFailure) resolve(result);
      else
        reject(
          new CommandError(
            line,
            result,
            code === null ? `was killed by ${signal}` : `exited with code ${code}`,
          ),
        );
    });
    // A child that exits without reading its stdin makes the write fail with EPIPE; the exit
    // code then tells what happened.
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input);
  });
}

/** The absolute path of an executable on PATH, or undefined. */
export async function which(name: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** The ID of a local image, or undefined when the local image store does not have it. */
export async function localImageId(image: string): Promise<string | undefined> {
  const result = await run('docker', ['image', 'inspect', '--format', '{{.Id}}', image], {
    allowFailure: true,
  });
  return result.code === 0 ? result.stdout.trim() : undefined;
}

/**
 * The address of this machine on Docker's default bridge (its gateway, `172.17.0.1`): the one
 * a build step and a container both reach, where 127.0.0.1 is their own loopback.
 */
export async function dockerBridgeAddress(): Promise<string> {
  const result = await run('docker', [
    'network',
    'inspect',
    'bridge',
    '--format',
    '{{range .IPAM.Config}}{{.Gateway}} {{end}}',
  ]);
  const address = result.stdout
    .trim()
    .split(/\s+/)
    .find((a) => /^\d+\.\d+\.\d+\.\d+$/.test(a));
  if (!address) throw new Error(`docker's bridge network names no IPv4 gateway: ${result.stdout}`);
  return address;
}
