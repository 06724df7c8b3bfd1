/**
 * `--json`, the same on every command that produces a result: the result as JSON on stdout,
 * nothing else there, whatever a command prints by default (a table, Markdown), so that a
 * script can rely on it now and if a default changes.
 */
import { UsageError } from './errors.js';

export function jsonFlag(what: string) {
  return {
    name: 'json',
    type: 'boolean',
    description: `print the result as JSON: ${what}`,
    default: 'false',
  } as const;
}

/** `--json` and `--summary` both ask for stdout: one of them. */
export function oneOutput(values: { json: boolean; summary: boolean }): void {
  if (values.json && values.summary) {
    throw new UsageError('--json and --summary both choose what stdout holds; give one of them');
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
