/**
 * The two kinds of mistake the CLI tells apart by exit code, as gh, docker and git do: a
 * command line it cannot take (exit 2), and an input it was pointed at that is wrong or
 * missing (exit 1, as every other failure). Both are a person's mistake: one line, no stack.
 */
import { UserError } from '@pgforge/errors';

/** The command line itself: an unknown command or flag, a bad or missing value, a conflict. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file a flag names is missing, empty or not what the flag takes. */
export class InputFileError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
