import { UserError } from '@pgforge/errors';
import type { Target } from './model.js';

/** A `targets` value that is not the matrix's target list. */
export class TargetListError extends UserError {
  constructor(
    readonly reason: string,
    override readonly value: string,
  ) {
    super(reason, { value });
    this.name = 'TargetListError';
  }
}

const REQUIRED: readonly (keyof Target)[] = [
  'id',
  'postgres',
  'distribution',
  'flavour',
  'platforms',
  'repository',
  'testingRepository',
  'tags',
  'annotations',
  'buildArgs',
  'contents',
  'installs',
  'fingerprint',
];

/**
 * The matrix's `targets` output read back: a JSON array of targets. Checked for the fields
 * later steps rely on, so a hand-written or truncated value fails here, named, and not in the
 * middle of a build.
 */
export function parseTargetList(text: string): Target[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new TargetListError(`not JSON (${(e as Error).message})`, text);
  }
  if (!Array.isArray(value)) {
    throw new TargetListError('not a JSON array of targets', text);
  }
  value.forEach((t: unknown, i) => {
    if (typeof t !== 'object' || t === null || Array.isArray(t)) {
      throw new TargetListError(`item ${i} is not a target object`, text);
    }
    const keyring = (t as { keyring?: unknown }).keyring;
    if (keyring !== undefined && !isKeyringList(keyring)) {
      throw new TargetListError(
        `item ${i}: keyring is not a list of { path, name, sha256 } key files`,
        text,
      );
    }
    const missing = REQUIRED.filter((k) => !(k in t));
    if (missing.length > 0) {
      const id = (t as { id?: unknown }).id;
      throw new TargetListError(
        `item ${i}${typeof id === 'string' ? ` (${id})` : ''} lacks ${missing.join(', ')}`,
        text,
      );
    }
  });
  return value as Target[];
}

function isKeyringList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (f: unknown) =>
        typeof f === 'object' &&
        f !== null &&
        ['path', 'name', 'sha256'].every(
          (k) => typeof (f as Record<string, unknown>)[k] === 'string',
        ),
    )
  );
}
