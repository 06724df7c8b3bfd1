import { UserError } from '@pgforge/errors';

/** The user error of these tests' origins: the same shape as the packages' own. */
export class InputMistake extends UserError {}

export const mistake = (field: string, value: string, allowed: string): UserError =>
  InputMistake.notAllowed(field, value, allowed);

/** What `fn` throws. */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('nothing was thrown');
}
