/** Flag parsing shared by every command: lists, booleans, one kind of usage error. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const list = (v: string | undefined): string[] | undefined =>
  v === undefined
    ? undefined
    : v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

export function bool(name: string, v: string | undefined, fallback: boolean): boolean {
  if (v === undefined) return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new UsageError(`--${name}: ${JSON.stringify(v)} is not allowed; expected true or false`);
}

export function choice<T extends string>(
  name: string,
  v: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v)) {
    throw new UsageError(
      `--${name}: ${JSON.stringify(v)} is not allowed; expected ${choices.join(', ')}`,
    );
  }
  return v as T;
}

export function integer(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) {
    throw new UsageError(`--${name}: ${JSON.stringify(v)} is not allowed; expected a whole number`);
  }
  return Number(v);
}
