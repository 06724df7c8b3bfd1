/**
 * Byte counts as the limits on untrusted input state them (APT's indexes and packages, a
 * registry's manifests and layers): the units, the check a limit passes, and the words a
 * message uses for one. The limits themselves stay with what they bound (apt/src/limits.ts,
 * oci/src/limit.ts).
 */

export const KiB = 1024;
export const MiB = 1024 * KiB;
export const GiB = 1024 * MiB;

/** `512 MiB`, `1 GiB`, `1.5 KiB`, `12 bytes`: a byte count for messages. */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [GiB, 'GiB'],
    [MiB, 'MiB'],
    [KiB, 'KiB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/** Throws RangeError unless `bytes` is a whole number of bytes of at least 1. */
export function checkByteLimit(name: string, bytes: number): number {
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new RangeError(`${name} ${bytes} is not a whole number of bytes of at least 1`);
  }
  return bytes;
}
