/**
 * The one way the smoke tests run tools (docker, kind, kubectl): a small interface, so that the
 * kind level, which cannot run here, is tested with a runner that records the commands.
 */
import { commandLine, exec, ExecError } from '@pgforge/exec';

export interface RunOptions {
  /** Written to the command's stdin. */
  input?: string;
  /** Kill it after this long; the check then fails as timed out. */
  timeoutMs?: number;
}

export interface CommandResult {
  /** Exit code; null when a signal (or the timeout) ended it. */
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface CommandRunner {
  /** Runs to completion. A non-zero exit is a result, not an error; a missing tool rejects. */
  run(command: string, args: readonly string[], options?: RunOptions): Promise<CommandResult>;
}

/** A tool the smoke tests need is not installed. */
export class ToolNotFoundError extends Error {
  constructor(
    readonly tool: string,
    readonly hint: string,
  ) {
    super(`${tool} is not on PATH; ${hint}`);
    this.name = 'ToolNotFoundError';
  }
}

const HINTS: Record<string, string> = {
  docker: 'install Docker (with buildx); GitHub-hosted Linux runners have it',
  kind: 'install kind (https://kind.sigs.k8s.io/docs/user/quick-start/#installation)',
  kubectl: 'install kubectl (https://kubernetes.io/docs/tasks/tools/)',
};

/** Runs commands as child processes (no shell) with the given environment. */
export function processRunner(env?: Record<string, string | undefined>): CommandRunner {
  return {
    async run(command, args, options = {}) {
      try {
        const result = await exec(command, args, {
          ...(env ? { env } : {}),
          ...(options.input !== undefined ? { input: options.input } : {}),
          ...(options.timeoutMs !== undefined ? { timeoutMs: Math.max(1, options.timeoutMs) } : {}),
        });
        return {
          code: result.code,
          stdout: result.stdout,
          stderr: result.stderr,
          timedOut: result.timedOut,
        };
      } catch (error) {
        if (error instanceof ExecError && /not on PATH/.test(error.reason)) {
          throw new ToolNotFoundError(command, HINTS[command] ?? `install ${command}`);
        }
        throw error;
      }
    },
  };
}

export { commandLine };

/*
 * What runc and containerd print when they could not start a container's process at all: the
 * init pipe reset under load, the shim gone. runc's own issues show it happening now and then on
 * busy machines. Nothing of the image ran, so running the command once more cannot hide a fault
 * of the image; a missing executable ("executable file not found") is not among these.
 */
// Anchored to the start of docker's own error line, so that what the image's process printed
// cannot match.
const RUNTIME_HICCUP =
  /^(?:docker: )?(?:Error response from daemon: )?(?:failed to create task for container: )?(?:OCI runtime (?:create|exec|start) failed|failed to create shim task)[^\n]*(?:read init-p|connection reset by peer|ttrpc: closed|broken pipe)/im;

/** Whether a failed `docker run`/`docker exec` never started its process (see above). */
export function isRuntimeHiccup(
  command: string,
  args: readonly string[],
  result: CommandResult,
): boolean {
  if (command !== 'docker' || result.code === 0 || result.timedOut) return false;
  if (args[0] !== 'run' && args[0] !== 'exec') return false;
  return RUNTIME_HICCUP.test(result.stderr);
}

/** The `--name` of a `docker run`, if it has one. */
export function containerName(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--name') return args[i + 1];
    if (arg?.startsWith('--name=')) return arg.slice('--name='.length);
  }
  return undefined;
}

/**
 * A runner that runs a `docker run`/`docker exec` once more when the container runtime failed
 * to start its process, saying so through `log`. A named container that `docker run` left
 * behind in the `created` state is removed first, or the second run would clash with it.
 */
export function retryingRuntimeHiccups(
  runner: CommandRunner,
  log: (line: string) => void,
): CommandRunner {
  return {
    async run(command, args, options = {}) {
      const started = Date.now();
      const first = await runner.run(command, args, options);
      if (!isRuntimeHiccup(command, args, first)) return first;
      const why = lastLines(first.stderr, 1).trim();
      log(`\`docker ${args[0]}\` could not start its process (${why}); running it once more`);
      // The second try gets what is left of the first's time, not the whole of it again.
      const left = (): number | undefined =>
        options.timeoutMs === undefined
          ? undefined
          : Math.max(1, options.timeoutMs - (Date.now() - started));
      const name = args[0] === 'run' ? containerName(args) : undefined;
      if (name !== undefined) {
        await runner.run('docker', ['rm', '--force', name], { timeoutMs: left() ?? 30_000 });
      }
      const timeoutMs = left();
      return runner.run(command, args, {
        ...options,
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      });
    },
  };
}

/** The last `count` lines of a text, for messages. */
export function lastLines(text: string, count: number): string {
  const lines = text.trimEnd().split('\n');
  return lines.slice(-count).join('\n');
}

/** Why a command did not succeed, in one line plus its last output. */
export function describeFailure(
  command: string,
  args: readonly string[],
  result: CommandResult,
  timeoutMs?: number,
): string {
  const how = result.timedOut
    ? `timed out after ${Math.round((timeoutMs ?? 0) / 1000)} s`
    : result.code === null
      ? 'was ended by a signal'
      : `exited with ${result.code}`;
  const output = lastLines(`${result.stderr}\n${result.stdout}`.trim(), 15);
  return `\`${commandLine(command, args)}\` ${how}${output ? `:\n${output}` : ''}`;
}
