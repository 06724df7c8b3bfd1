/**
 * Content digests (`algorithm:hex`), as the OCI image spec defines them.
 */
import { createHash } from 'node:crypto';

export class InvalidDigestError extends Error {
  constructor(
    readonly value: string,
    reason: string,
  ) {
    super(`invalid digest "${value}": ${reason}`);
    this.name = 'InvalidDigestError';
  }
}

// The algorithms node:crypto computes, with the length of their hex encoding.
const KNOWN_ALGORITHMS: Record<string, { hash: string; hexLength: number }> = {
  sha256: { hash: 'sha256', hexLength: 64 },
  sha512: { hash: 'sha512', hexLength: 128 },
};

const DIGEST =
  /^(?<algorithm>[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*):(?<hex>[0-9a-fA-F]{32,})$/;

export interface ParsedDigest {
  algorithm: string;
  hex: string;
}

/**
 * Splits and checks a digest: the grammar of the distribution reference (`algorithm:hex`, at
 * least 32 hex digits) and, for sha256 and sha512, the exact length in lowercase hex.
 */
export function parseDigest(value: string): ParsedDigest {
  const m = DIGEST.exec(value);
  if (!m?.groups?.algorithm || !m.groups.hex) {
    throw new InvalidDigestError(
      value,
      'expected algorithm:hex, e.g. sha256: followed by 64 lowercase hex digits',
    );
  }
  const { algorithm, hex } = m.groups;
  const known = KNOWN_ALGORITHMS[algorithm];
  if (known && !new RegExp(`^[0-9a-f]{${known.hexLength}}$`).test(hex)) {
    throw new InvalidDigestError(
      value,
      `a ${algorithm} digest has exactly ${known.hexLength} lowercase hex digits`,
    );
  }
  return { algorithm, hex };
}

/** True when `value` is a well-formed digest. */
export function isDigest(value: string): boolean {
  try {
    parseDigest(value);
    return true;
  } catch {
    return false;
  }
}

/** The digest of `bytes` with `algorithm` (sha256 unless told). */
export function computeDigest(bytes: Uint8Array | string, algorithm = 'sha256'): string {
  const known = KNOWN_ALGORITHMS[algorithm];
  if (!known) {
    throw new InvalidDigestError(`${algorithm}:`, 'only sha256 and sha512 can be computed');
  }
  return `${algorithm}:${createHash(known.hash).update(bytes).digest('hex')}`;
}

/** The digest `bytes` have under the algorithm of `expected` (so sha512 is compared as sha512). */
export function digestOf(bytes: Uint8Array, expected: string): string {
  return computeDigest(bytes, parseDigest(expected).algorithm);
}
