import { PromoteError } from './errors.js';

/** An input given as JSON text, or already parsed: the value, or an error naming the input. */
export function jsonInput(option: string, input: unknown, expected: string): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input);
  } catch (error) {
    throw PromoteError.notAllowed(
      option,
      input.slice(0, 200),
      `${expected} (${(error as Error).message})`,
    );
  }
}
