import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffMarkdown, diffPackages, isEmptyDiff } from '../src/index.js';
import type { DiffPackage } from '../src/index.js';

const pkg = (name: string, version: string, architecture = 'amd64'): DiffPackage => ({
  name,
  version,
  architecture,
});

describe('diffPackages', () => {
  const before = [
    pkg('libc6', '2.41-11'),
    pkg('libpq5', '17.5-1'),
    pkg('postgresql-17', '17.6-0+deb13u1'),
    pkg('tzdata', '2025b-4', 'all'),
    pkg('old', '1.0-1'),
  ];
  const after = [
    pkg('libc6', '2.41-12'),
    // In dpkg's order 17.6~rc1 sorts after 17.5 and before 17.6.
    pkg('libpq5', '17.6~rc1-1'),
    pkg('postgresql-17', '17.6-0+deb13u1'),
    pkg('tzdata', '1:2024a-1', 'all'),
    pkg('new', '2.0-1'),
    pkg('libc6', '2.41-12', 'i386'),
  ];

  it('tells added, removed, upgraded and downgraded apart in dpkg’s order', () => {
    expect(diffPackages(before, after)).toEqual({
      added: [pkg('libc6', '2.41-12', 'i386'), pkg('new', '2.0-1')],
      removed: [pkg('old', '1.0-1')],
      upgraded: [
        { name: 'libc6', architecture: 'amd64', from: '2.41-11', to: '2.41-12' },
        { name: 'libpq5', architecture: 'amd64', from: '17.5-1', to: '17.6~rc1-1' },
        // An epoch wins over everything after it.
        { name: 'tzdata', architecture: 'all', from: '2025b-4', to: '1:2024a-1' },
      ],
      downgraded: [],
      unchanged: 1,
    });
    expect(diffPackages(after, before).downgraded.map((c) => c.name)).toEqual([
      'libc6',
      'libpq5',
      'tzdata',
    ]);
  });

  it('writes a Markdown table for the step summary', () => {
    const md = diffMarkdown(diffPackages(before, after), 'Package changes since `x`');
    expect(md).toContain('### Package changes since `x`');
    expect(md).toContain('2 added, 1 removed, 3 upgraded, 0 downgraded, 1 unchanged');
    expect(md).toContain('| upgraded | `libc6` (amd64) | `2.41-11` | `2.41-12` |');
    expect(md).toContain('| upgraded | `tzdata` | `2025b-4` | `1:2024a-1` |');
    expect(md).toContain('| added | `new` (amd64) | | `2.0-1` |');
    expect(md).toContain('| removed | `old` (amd64) | `1.0-1` | |');
    expect(diffMarkdown(diffPackages(before, before), 't')).toContain('No package changed.');
  });

  const versionArb = fc
    .tuple(fc.nat(3), fc.nat(20), fc.nat(9), fc.constantFrom('', '~rc1', '+b1'))
    .map(([e, a, b, s]) => `${e > 0 ? `${e}:` : ''}${a}.${b}${s}-1`);
  const listArb = fc
    .uniqueArray(
      fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.constantFrom('amd64', 'all')),
      {
        selector: ([n, a]) => `${n}:${a}`,
        maxLength: 8,
      },
    )
    .chain((keys) =>
      fc
        .tuple(...keys.map(() => versionArb))
        .map((versions) =>
          keys.map(([name, architecture], i) => pkg(name, versions[i]!, architecture)),
        ),
    );

  it('accounts for every package exactly once, and mirrors when reversed (property)', () => {
    fc.assert(
      fc.property(listArb, listArb, (a, b) => {
        const d = diffPackages(a, b);
        const r = diffPackages(b, a);
        expect(d.added.length + d.upgraded.length + d.downgraded.length + d.unchanged).toBe(
          b.length,
        );
        expect(d.removed.length + d.upgraded.length + d.downgraded.length + d.unchanged).toBe(
          a.length,
        );
        expect(r.added).toEqual(d.removed);
        expect(r.upgraded.map((c) => c.name)).toEqual(d.downgraded.map((c) => c.name));
        expect(isEmptyDiff(diffPackages(a, a))).toBe(true);
      }),
    );
  });
});
