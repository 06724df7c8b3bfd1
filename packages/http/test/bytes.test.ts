import { describe, expect, it } from 'vitest';
import { GiB, KiB, MiB, checkByteLimit, formatBytes } from '../src/bytes.js';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [12, '12 bytes'],
    [KiB, '1 KiB'],
    [1.5 * KiB, '1.5 KiB'],
    [4 * MiB, '4 MiB'],
    [512 * MiB, '512 MiB'],
    [GiB, '1 GiB'],
    [2.25 * GiB, '2.3 GiB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('checkByteLimit', () => {
  it('passes a whole number of at least 1 through', () => {
    expect(checkByteLimit('maxBytes', 1)).toBe(1);
    expect(checkByteLimit('maxBytes', 4 * MiB)).toBe(4 * MiB);
  });
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d, naming it', (bytes) => {
    expect(() => checkByteLimit('maxBytes', bytes)).toThrow(
      new RangeError(`maxBytes ${bytes} is not a whole number of bytes of at least 1`),
    );
  });
});
