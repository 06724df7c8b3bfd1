/** The sorted line blocks of a stored index, searched in place. */
import { describe, expect, it } from 'vitest';
import { parsePackages } from '../src/packages-parse.js';
import { createPackageIndex, providedNames, unionPackageIndex } from '../src/packages.js';
import { parseRelations } from '../src/relations.js';
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

describe('the table a cold run stores, from the stanzas’ heads', () => {
  const stanza = (fields: Record<string, string>): string =>
    Object.entries(fields)
      .map(([k, v]) => `${k}: ${v}\n`)
      .join('');
  const full = (name: string, version: string, extra: Record<string, string> = {}): string =>
    stanza({
      Package: name,
      Version: version,
      Architecture: 'amd64',
      Filename: `pool/${name}_${version}.deb`,
      Size: '1',
      SHA256: 'a'.repeat(64),
      ...extra,
    });
  const text = [
    full('a', '1', { Provides: 'v1 (= 1), v2:any, v1', Priority: 'required' }),
    full('a', '2', { Provides: 'v3' }),
    full('b', '1', { Provides: 'v3 (= 2),\n x1, x2 (= 0)', Essential: 'yes' }),
    full('c', '1~rc1', { Provides: 'p | q, r [amd64]' }),
    full('d', '1', { Priority: 'optional', Depends: 'a (>= 1)' }),
  ].join('\n');
  const origin = { suite: 'sid', component: 'main', architecture: 'amd64', source: 'x' };

  it('answers as the whole parse does: names, newest first, providers, required', () => {
    const stored = indexPackagesText(origin, Buffer.from(text)).index;
    const memory = createPackageIndex(origin, parsePackages(text, 'x'));
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      expect(stored.versions(name), name).toEqual(memory.versions(name));
    }
    for (const virtual of ['v1', 'v2', 'v3', 'x1', 'x2', 'p', 'q', 'r', 'a']) {
      expect(stored.providers(virtual), virtual).toEqual(memory.providers(virtual));
    }
    expect([...stored.required()].sort()).toEqual([...memory.required()].sort());
    // The newest a provides v3 only; b's continuation line counts.
    expect(stored.providers('v1')).toEqual([]);
    expect(stored.providers('x2')).toEqual(['b']);
    // Several providers: in the order their names first come in the file.
    expect(stored.providers('v3')).toEqual(['a', 'b']);
  });

  it('names the first name, in the file’s order, whose versions cannot be ordered', () => {
    const [z1, y1, z2, y2] = [full('z', '1'), full('y', '1'), full('z', 'bad!'), full('y', '2:')];
    // The second stanza of the other name comes first: the order names first come decides.
    const read =
      (...stanzas: (string | undefined)[]) =>
      () =>
        indexPackagesText(origin, Buffer.from(stanzas.join('\n')));
    expect(read(z1, y1, y2, z2)).toThrow(/: z: /);
    expect(read(y1, z1, z2, y2)).toThrow(/: y: /);
  });

  it('fails on a stanza without a field every package needs, as the whole parse does', () => {
    const broken = `${text}\n${full('e', '1').replace(/^SHA256:.*\n/m, '')}`;
    expect(() => indexPackagesText(origin, Buffer.from(broken))).toThrow(
      /stanza of e at line \d+ has no sha256 field/,
    );
    const blank = `${text}\n${full('e', '1').replace(/^Filename:.*$/m, 'Filename:  ')}`;
    expect(() => indexPackagesText(origin, Buffer.from(blank))).toThrow(/has no filename field/);
  });
});

describe('providedNames', () => {
  it.each([
    ['', []],
    ['a', ['a']],
    ['a (= 1), b:any, a', ['a', 'b']],
    ['  a  ,  , b (= 2)', ['a', 'b']],
    ['(= 1), :x, c', ['c']],
    ['p | q, r [amd64], s <!nocheck>', ['p', 'q', 'r', 's']],
    ['a\t(= 1),\tb\n , c(=3)', ['a', 'b', 'c']],
    ['a,b,,c,', ['a', 'b', 'c']],
    ['libx\u00a0(= 1), y', ['libx', 'y']],
  ])('%j → %j, as parseRelations reads it', (field, names) => {
    expect(providedNames(field)).toEqual(names);
    expect(providedNames(field)).toEqual([
      ...new Set(parseRelations(field).flatMap((g) => g.map((r) => r.name))),
    ]);
  });
});

describe('a cold index refuses what the whole parse refuses, with the same message', () => {
  const origin = { suite: 'sid', component: 'main', architecture: 'amd64', source: 'x' };
  const base = [
    'Package: a',
    'Version: 1',
    'Architecture: amd64',
    'Source: s (1)',
    'Filename: pool/a.deb',
    'Size: 1',
    `SHA256: ${'a'.repeat(64)}`,
  ];
  it.each([
    ['no Size and no Architecture', (l: string) => !/^(Size|Architecture):/.test(l)],
    ['a Size that is not a number', (l: string) => !l.startsWith('Size:'), 'Size: big'],
    ['a Source that is not a name', (l: string) => !l.startsWith('Source:'), 'Source: a b c'],
    ['a blank Filename', (l: string) => !l.startsWith('Filename:'), 'Filename:   '],
  ])('%s', (_, keep, extra?: string) => {
    const text = [...base.filter(keep), ...(extra ? [extra] : [])].join('\n') + '\n';
    let whole: unknown;
    try {
      parsePackages(text, 'x');
    } catch (error) {
      whole = error;
    }
    expect(whole).toBeInstanceOf(Error);
    expect(() => indexPackagesText(origin, Buffer.from(text))).toThrow((whole as Error).message);
  });
});
