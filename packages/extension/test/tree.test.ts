import { describe, expect, it } from 'vitest';
import { ExtensionError, PathEscapeError } from '../src/errors.js';
import { ImageTree, checkLinkTarget, imagePath } from '../src/tree.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('image tree', () => {
  it('normalises paths and refuses one that leaves the root', () => {
    expect(imagePath('/lib//vector.so', 'x')).toBe('lib/vector.so');
    expect(imagePath('./share/extension/', 'x')).toBe('share/extension');
    expect(() => imagePath('../etc/passwd', 'pkg')).toThrow(PathEscapeError);
    expect(() => imagePath('lib/../../x', 'pkg')).toThrow(/escapes the root/);
  });

  it('refuses symlinks that resolve outside the image or into the PostgreSQL image', () => {
    expect(() => checkLinkTarget('system/libx.so.1', 'libx.so.1.2', 'p')).not.toThrow();
    expect(() => checkLinkTarget('share/extension/a.sql', '../extension/b.sql', 'p')).not.toThrow();
    expect(() => checkLinkTarget('lib/x.so', '/usr/lib/x.so', 'p')).toThrow(
      /absolute path \/usr\/lib\/x.so/,
    );
    expect(() => checkLinkTarget('lib/x.so', '../../x.so', 'p')).toThrow(/outside the image root/);
    const tree = new ImageTree();
    expect(() =>
      tree.add({
        path: 'lib/x.so',
        type: 'symlink',
        mode: 0o777,
        linkTarget: '../..',
        origin: 'd',
        layer: 'extension',
      }),
    ).toThrow(PathEscapeError);
  });

  it('keeps one copy of identical files and names both sources of conflicting ones', () => {
    const tree = new ImageTree();
    const file = {
      path: 'share/proj/proj.db',
      type: 'file' as const,
      mode: 0o644,
      layer: 'system' as const,
    };
    tree.add({ ...file, data: bytes('a'), origin: 'proj-data 1' });
    tree.add({ ...file, data: bytes('a'), origin: 'proj-data 2' });
    expect(tree.files()).toHaveLength(1);
    expect(() => tree.add({ ...file, data: bytes('b'), origin: 'other 1' })).toThrow(
      ExtensionError,
    );
    expect(() => tree.add({ ...file, data: bytes('b'), origin: 'other 1' })).toThrow(
      /proj-data 1 and other 1/,
    );
  });

  it('follows symlinks inside the tree and splits entries by layer', () => {
    const tree = new ImageTree();
    tree.add({
      path: 'system/libgeos_c.so.1.21.0',
      type: 'file',
      mode: 0o644,
      data: bytes('elf'),
      origin: 'g',
      layer: 'system',
    });
    tree.add({
      path: 'system/libgeos_c.so.1',
      type: 'symlink',
      mode: 0o777,
      linkTarget: 'libgeos_c.so.1.21.0',
      origin: 'g',
      layer: 'system',
    });
    tree.add({
      path: 'lib/postgis-3.so',
      type: 'file',
      mode: 0o644,
      data: bytes('elf2'),
      origin: 'p',
      layer: 'extension',
    });
    expect(tree.resolve('system/libgeos_c.so.1')?.path).toBe('system/libgeos_c.so.1.21.0');
    expect(tree.layerEntries('system').map((e) => e.path)).toEqual([
      'system/libgeos_c.so.1',
      'system/libgeos_c.so.1.21.0',
    ]);
    expect(tree.layerEntries('extension')).toEqual([
      { path: 'lib/postgis-3.so', type: 'file', mode: 0o644, data: bytes('elf2') },
    ]);
    expect(tree.filesIn('system')).toHaveLength(2);
  });
});

describe('image tree: nothing below a symlink or a file', () => {
  const file = (path: string, origin = 'pkg-a') => ({
    path,
    type: 'file' as const,
    mode: 0o644,
    data: bytes('x'),
    origin,
    layer: 'extension' as const,
  });
  const link = (path: string, linkTarget: string, origin = 'pkg-b') => ({
    path,
    type: 'symlink' as const,
    mode: 0o777,
    linkTarget,
    origin,
    layer: 'system' as const,
  });

  it('refuses a file placed below a symlink, whichever comes first', () => {
    const linkFirst = new ImageTree();
    linkFirst.add(link('lib', 'share'));
    expect(() => linkFirst.add(file('lib/x.so'))).toThrow(
      'pkg-a: lib/x.so would be placed below lib, which is a symlink from pkg-b',
    );
    const fileFirst = new ImageTree();
    fileFirst.add(file('lib/sub/x.so'));
    expect(() => fileFirst.add(link('lib/sub', 'other'))).toThrow(PathEscapeError);
    expect(() => fileFirst.add(link('lib/sub', 'other'))).toThrow(
      'pkg-b: lib/sub is a symlink, but other files of the image are placed below it',
    );
  });

  it('refuses a file below a file, and forgets a deleted file', () => {
    const tree = new ImageTree();
    tree.add(file('lib/x.so'));
    expect(() => tree.add(file('lib/x.so/y'))).toThrow(/below lib\/x.so, which is a file/);
    tree.delete('lib/x.so');
    tree.add(link('lib', 'share'));
    expect(tree.get('lib')?.type).toBe('symlink');
  });
});
