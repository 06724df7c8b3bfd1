/** The sorted line blocks of a stored index, searched in place. */
import { describe, expect, it } from 'vitest';
import { createPackageIndex, unionPackageIndex } from '../src/packages.js';
import { findLine, indexPackagesText } from '../src/packages-store.js';

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

describe('namesWithPrefix', () => {
  const names = [
    'a',
    'postgresql',
    'postgresql-17',
    'postgresql-17-pgvector',
    'postgresql-18',
    'postgresql-common',
    'postgresqz',
    'zlib1g',
  ];
  const text = Buffer.from(
    names
      .map(
        (n) =>
          `Package: ${n}\nVersion: 1\nArchitecture: amd64\nFilename: pool/${n}.deb\nSize: 1\nSHA256: ${'0'.repeat(64)}\n\n`,
      )
      .join(''),
  );
  const origin = { suite: 'sid', component: 'main', architecture: 'amd64', source: 'test' };
  const stored = indexPackagesText(origin, text).index;
  const memory = createPackageIndex(
    origin,
    [...names].reverse().map((n) => stored.newest(n)!),
  );
  const union = unionPackageIndex(origin, [stored, memory]);

  it.each(['', 'p', 'postgresql', 'postgresql-', 'postgresql-17', 'postgresql-19', 'z', 'zz', '~'])(
    'gives what filtering every name gives, for %j, in each kind of index',
    (prefix) => {
      const expected = names.filter((n) => n.startsWith(prefix)).sort();
      for (const index of [stored, memory, union]) {
        expect([...index.namesWithPrefix(prefix)].sort()).toEqual(expected);
      }
    },
  );
});
