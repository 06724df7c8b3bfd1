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
