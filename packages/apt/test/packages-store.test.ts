/** The sorted line blocks of a stored index, searched in place. */
import { describe, expect, it } from 'vitest';
import { findLine } from '../src/packages-store.js';

const block = (keys: string[]): Buffer =>
  Buffer.from(keys.map((k) => `${k}\tvalue of ${k}\n`).join(''), 'utf8');

describe('findLine', () => {
  const keys = ['a', 'lib+x', 'libc6', 'libc6-dev', 'postgresql-17', 'postgresql-18', 'zlib1g'];
  it.each(keys)('finds %s', (key) => {
    expect(findLine(block(keys), key)).toBe(`value of ${key}`);
  });
  it.each(['', '0', 'libc', 'libc6-de', 'postgresql-1', 'postgresql-19', 'zz'])(
    'finds nothing for %j',
    (key) => {
      expect(findLine(block(keys), key)).toBeUndefined();
    },
  );
  it('works on one line and on none', () => {
    expect(findLine(block(['only']), 'only')).toBe('value of only');
    expect(findLine(block(['only']), 'other')).toBeUndefined();
    expect(findLine(Buffer.alloc(0), 'any')).toBeUndefined();
  });
  it('finds every key of a large block, lines of every length', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `pkg-${'x'.repeat(i % 37)}-${i}`).sort(
      (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)),
    );
    const big = block(many);
    for (const key of many) expect(findLine(big, key)).toBe(`value of ${key}`);
    expect(findLine(big, 'pkg--')).toBeUndefined();
  });
});
