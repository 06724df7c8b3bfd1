import type { DebEntry } from '@pgforge/apt';
import { describe, expect, it } from 'vitest';
import { debianRules, placeEntries, resolveLink, shippedMajors } from '../src/placement.js';
import { ImageTree } from '../src/tree.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const file = (path: string, text = path, mode = 0o644): DebEntry => ({
  path,
  type: 'file',
  mode,
  data: enc(text),
});
const dir = (path: string): DebEntry => ({ path, type: 'directory', mode: 0o755 });
const link = (path: string, target: string): DebEntry => ({
  path,
  type: 'symlink',
  mode: 0o777,
  linkTarget: target,
});

describe('placing a package as the contract says', () => {
  const entries: DebEntry[] = [
    dir('usr'),
    file('usr/lib/postgresql/18/lib/vector.so', 'elf', 0o755),
    file('usr/lib/postgresql/18/lib/bitcode/vector/src/hnsw.bc'),
    file('usr/lib/postgresql/18/bin/vector_tool', 'bin', 0o755),
    file('usr/share/postgresql/18/extension/vector.control'),
    file('usr/share/postgresql/18/extension/vector--0.8.7.sql'),
    link('usr/share/postgresql/18/extension/vector--0.8.6--ANY.sql', 'vector--0.8.7.sql'),
    file('usr/share/postgresql/18/contrib/vector/legacy.sql'),
    link(
      'usr/share/postgresql/18/extension/legacy.sql',
      '/usr/share/postgresql/18/contrib/vector/legacy.sql',
    ),
    file('usr/share/doc/postgresql-18-pgvector/copyright', 'MIT'),
    file('usr/share/doc/postgresql-18-pgvector/changelog.gz'),
    file('usr/include/postgresql/18/server/extension/vector/vector.h'),
    file('usr/share/vector-data/table', 'data'),
    link('usr/lib/postgresql/18/lib/vector_data', '../../../../share/vector-data/table'),
    {
      path: 'usr/lib/postgresql/18/lib/vector2.so',
      type: 'hardlink',
      mode: 0o755,
      linkTarget: 'usr/lib/postgresql/18/lib/vector.so',
    },
  ];

  it('maps lib, bitcode, bin, share and the copyright file, and leaves the rest out', () => {
    const tree = new ImageTree();
    const result = placeEntries(tree, entries, {
      rules: debianRules(18),
      origin: 'postgresql-18-pgvector',
      layer: 'extension',
      license: 'postgresql-18-pgvector',
    });
    expect(tree.files().map((f) => [f.path, f.type, f.linkTarget ?? f.mode.toString(8)])).toEqual([
      ['bin/vector_tool', 'file', '755'],
      ['lib/bitcode/vector/src/hnsw.bc', 'file', '644'],
      ['lib/vector.so', 'file', '755'],
      ['lib/vector2.so', 'file', '755'],
      ['lib/vector_data', 'file', '644'],
      ['licenses/postgresql-18-pgvector/copyright', 'file', '644'],
      ['share/contrib/vector/legacy.sql', 'file', '644'],
      ['share/extension/legacy.sql', 'symlink', '../contrib/vector/legacy.sql'],
      ['share/extension/vector--0.8.6--ANY.sql', 'symlink', 'vector--0.8.7.sql'],
      ['share/extension/vector--0.8.7.sql', 'file', '644'],
      ['share/extension/vector.control', 'file', '644'],
    ]);
    // A link to a file that stays behind becomes a copy of it.
    expect(new TextDecoder().decode(tree.get('lib/vector_data')?.data)).toBe('data');
    expect(new TextDecoder().decode(tree.get('lib/vector2.so')?.data)).toBe('elf');
    expect(result.leftOut.sort()).toEqual([
      'usr/include/postgresql/18/server/extension/vector/vector.h',
      'usr/share/doc/postgresql-18-pgvector/changelog.gz',
      'usr/share/vector-data/table',
    ]);
  });

  it('places nothing of another major', () => {
    const tree = new ImageTree();
    const result = placeEntries(tree, entries, {
      rules: debianRules(17),
      origin: 'p',
      layer: 'extension',
    });
    expect(result.placed).toEqual([]);
    expect(shippedMajors(entries)).toEqual([18]);
  });

  it('resolves link targets within the tree only', () => {
    expect(resolveLink('usr/lib/a/b.so', 'c.so')).toBe('usr/lib/a/c.so');
    expect(resolveLink('usr/lib/a/b.so', '/etc/x')).toBe('etc/x');
    expect(resolveLink('usr/b.so', '../../x')).toBeUndefined();
  });
});
