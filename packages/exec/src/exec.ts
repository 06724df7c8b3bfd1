/**
 * Runs external tools (docker, git, cosign) without a shell. Long builds print megabytes, so
 * the output is streamed line by line to a callback and only a bounded tail is kept.
 */
import { spawn } from 'node:child_process';
import { childEnvironment } from './environment.js';

export interface ExecOptions {
  cwd?: string;
  /** The child's environment (default this process's); `INPUT_*` never reaches the child. */
  env?: Record<string, string | undefined>;
  /** Written to stdin, which is then closed. */
  input?: string | Uint8Array;
  /** Every output line as it arrives (without the newline). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Kill the child (SIGKILL) after this many milliseconds. */
  timeoutMs?: number;
  /** How many characters of stdout to keep (default 16 MiB: JSON outputs are read whole). */
  maxStdout?: number;
  /** How many trailing lines of combined output to keep for errors (default 200). */
  tailLines?: number;
}

export interface ExecResult {
  /** Exit code; null when a signal ended the child. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The last lines of stdout and stderr interleaved as they came. */
  tail: string[];
  timedOut: boolean;
  durationMs: number;
}

/** A command that could not be started, or (from `execOrThrow`) did not exit with 0. */
export class ExecError extends Error {
  constructor(
    readonly commandLine: string,
    readonly reason: string,
    readonly result?: ExecResult,
  ) {
    const tail = result?.tail.slice(-20).join('\n') ?? '';
    super(`\`${commandLine}\` ${reason}${tail ? `; last output:\n${tail}` : ''}`);
    this.name = 'ExecError';
  }
}

const quote = (arg: string): string =>
  /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;

/** The command as a person would type it, for messages. */
export function commandLine(cmd: string, args: readonly string[]): string {
  return [cmd, ...args].map(quote).join(' ');
}

class LineSplitter {
  #rest = '';
  constructor(readonly emit: (line: string) => void) {}
  push(chunk: string): void {
    const text = this.#rest + chunk;
    const lines = text.split('\n');
    this.#rest = lines.pop() ?? '';
    for (const line of lines) this.emit(line.replace(/\r$/, ''));
  }
  end(): void {
    if (this.#rest) this.emit(this.#rest);
    this.#rest = '';
  }
}

/** Runs `cmd args` to completion; never rejects for a non-zero exit (see `execOrThrow`). */
export function exec(
  cmd: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<ExecResult> {
  const started = Date.now();
  const maxStdout = options.maxStdout ?? 16 * 1024 * 1024;
  const tailLines = options.tailLines ?? 200;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: options.cwd,
      env: childEnvironment(options.env ?? process.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const tail: string[] = [];
    const keep = (line: string, stream: 'stdout' | 'stderr'): void => {
      tail.push(line);
      if (tail.length > tailLines) tail.shift();
      options.onLine?.(line, stream);
    };
    const outLines = new LineSplitter((l) => keep(l, 'stdout'));
    const errLines = new LineSplitter((l) => keep(l, 'stderr'));
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (stdout.length < maxStdout) stdout += chunk;
      outLines.push(chunk);
    });
    child.stderr.on('data', (chunk: string) => {
      // stderr of a build is progress output: only its tail matters.
      stderr = (stderr + chunk).slice(-256 * 1024);
      errLines.push(chunk);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const reason =
        error.code === 'ENOENT' ? `could not start: ${cmd} is not on PATH` : error.message;
      reject(new ExecError(commandLine(cmd, args), reason));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      outLines.end();
      errLines.end();
      resolve({
        code,
        signal,
        stdout,
        stderr,
        tail,
        timedOut,
        durationMs: Date.now() - started,
      });
    });
    child.stdin.on('error', () => undefined); // a child that exits early closes its stdin
    child.stdin.end(options.input ?? '');
  });
}

/** Like `exec`, but a non-zero exit, a signal or a timeout rejects with an ExecError. */
export async function execOrThrow(
  cmd: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<ExecResult> {
  const result = await exec(cmd, args, options);
  if (result.code !== 0) {
    const reason = result.timedOut
      ? `timed out after ${options.timeoutMs} ms`
      : result.signal
        ? `was ended by ${result.signal}`
        : `exited with ${result.code}`;
    throw new ExecError(commandLine(cmd, args), reason, result);
  }
  return result;
}
