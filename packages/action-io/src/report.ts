import * as core from '@actions/core';
import { ConfigError, problemFile } from '@pgforge/config';
import { optionMessage, UserError } from '@pgforge/errors';

/**
 * Ends a run that failed, the one way every action does: a person's mistake (a UserError)
 * becomes one error annotation (one per problem of a configuration), with file and line where
 * known and no stack trace; anything else fails the step with its message, the stack only in
 * debug output.
 */
export function reportFailure(error: unknown): void {
  if (error instanceof ConfigError) {
    for (const p of error.problems) {
      const field = p.field ? `${p.field}: ` : '';
      const file = problemFile(p);
      const where = file ? '' : `${p.origin}: `;
      core.error(`${where}${field}${p.message}`, {
        title: 'configuration',
        ...(file ? { file } : {}),
        ...(p.line !== undefined ? { startLine: p.line } : {}),
        ...(p.column !== undefined ? { startColumn: p.column } : {}),
      });
    }
    // setFailed would add a second `::error` repeating the count; the annotations above are
    // the whole story, so only the exit code is set.
    process.exitCode = core.ExitCode.Failure;
    return;
  }
  if (error instanceof UserError) {
    // An option the package names (`images[0].reference`) is an input of the action here.
    core.error(optionMessage(error, (field) => `input "${field}"`) ?? error.message, {
      title: 'input',
      ...(error.file !== undefined ? { file: error.file } : {}),
      ...(error.line !== undefined ? { startLine: error.line } : {}),
      ...(error.column !== undefined ? { startColumn: error.column } : {}),
    });
    process.exitCode = core.ExitCode.Failure;
    return;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  if (err.stack) core.debug(err.stack);
  core.setFailed(err.message);
}

export function setOutput(name: string, value: string | number | boolean | object): void {
  core.setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
}

export async function writeSummary(markdown: string): Promise<void> {
  // Outside a runner there is no summary file; the step still succeeds.
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

export const log = {
  info: (m: string): void => core.info(m),
  warning: (m: string): void => core.warning(m),
  group: <T>(name: string, fn: () => Promise<T>): Promise<T> => core.group(name, fn),
  /**
   * Hides a secret in the log. The runner matches masks within a line, so a multi-line secret (a
   * PEM key) is masked line by line too; its armour lines (`-----BEGIN …`) are no secret.
   */
  mask: (secret: string): void => {
    core.setSecret(secret);
    if (!/[\r\n]/.test(secret)) return;
    for (const line of secret.split(/\r?\n/)) {
      if (line.trim() !== '' && !line.startsWith('-----')) core.setSecret(line.trim());
    }
  },
};

/**
 * Fails the step with one error annotation per problem (a target that did not build, a check
 * that did not pass), after the outputs were written: the other results stay usable.
 */
export function failWith(title: string, problems: string[]): void {
  for (const p of problems) core.error(p, { title });
  if (problems.length > 0) process.exitCode = core.ExitCode.Failure;
}
