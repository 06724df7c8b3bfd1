/** The user error of these tests' origins: the same shape as the packages' own. */
export class InputMistake extends Error {
  constructor(field: string, value: string, allowed: string) {
    super(`${field}: ${JSON.stringify(value)} is not allowed; expected ${allowed}`);
  }
}

export const mistake = (field: string, value: string, allowed: string): Error =>
  new InputMistake(field, value, allowed);

/** What `fn` throws. */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('nothing was thrown');
}
