import * as core from '@actions/core';
import { UserError } from '@pgforge/errors';

/** Every person's mistake, the actions' included: one annotation each, no stack trace. */
export { UserError };

/**
 * A bad input value: told as one annotation naming the input, the value and what is allowed.
 */
export class InputError extends UserError {
  constructor(
    readonly input: string,
    override readonly value: string,
    override readonly allowed: string,
  ) {
    super(`input "${input}": ${JSON.stringify(value)} is not allowed; expected ${allowed}`, {
      field: input,
      value,
      allowed,
    });
    this.name = 'InputError';
  }
}

/** Reads and parses an input; a parse error becomes an InputError naming the input. */
export function parsedInput<T>(
  name: string,
  parse: (value: string) => T,
  allowed: string,
): T | undefined {
  const v = stringInput(name);
  if (v === undefined) return undefined;
  try {
    return parse(v);
  } catch (e) {
    const shown = v.length > 200 ? `${v.slice(0, 200)}…` : v;
    throw new InputError(name, shown, `${allowed} (${(e as Error).message})`);
  }
}

export function stringInput(name: string): string | undefined {
  const v = core.getInput(name).trim();
  return v === '' ? undefined : v;
}

/** YAML 1.2 core-schema booleans, as @actions/core accepts them, with our own error. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const v = stringInput(name);
  if (v === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new InputError(name, v, 'true or false');
}

/** A list given as commas and/or new lines: `17,18` or one item per line. */
export function listInput(name: string): string[] | undefined {
  const v = stringInput(name);
  if (v === undefined) return undefined;
  const items = v
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items.length > 0 ? items : undefined;
}

export function choiceInput<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const v = stringInput(name);
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v))
    throw new InputError(name, v, choices.join(', '));
  return v as T;
}
