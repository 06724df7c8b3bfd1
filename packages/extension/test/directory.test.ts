import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDirectoryTree } from '../src/directory.js';
import {
  DirectoryError,
  NoControlFileError,
  NotAnExtensionError,
  PathEscapeError,
} from '../src/errors.js';
import { placeEntries } from '../src/placement.js';
import { ImageTree } from '../src/tree.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pgforge-ext-dir-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

async function placed(major = 18): Promise<string[]> {
  const t = await readDirectoryTree(root, major);
  const tree = new ImageTree();
  placeEntries(tree, t.entries, { rules: t.rules, origin: 'dir', layer: 'extension' });
  return tree.files().map((f) => f.path);
}

describe('reading a directory', () => {
  it("maps a Debian DESTDIR tree (pg_config's sharedir and pkglibdir) to the image layout", async () => {
    await put({
      'usr/lib/postgresql/18/lib/demo.so': 'elf',
      'usr/lib/postgresql/18/lib/bitcode/demo/demo.bc': 'bc',
      'usr/share/postgresql/18/extension/demo.control': "default_version = '1.0'",
      'usr/share/postgresql/18/extension/demo--1.0.sql': 'SELECT 1;',
      'usr/share/doc/postgresql-doc-18/extension/demo.md': 'doc',
    });
    expect((await readDirectoryTree(root, 18)).kind).toMatch(
      /install tree \(sharedir usr\/share\/postgresql\/18/,
    );
    expect(await placed()).toEqual([
      'lib/bitcode/demo/demo.bc',
      'lib/demo.so',
      'share/extension/demo--1.0.sql',
      'share/extension/demo.control',
    ]);
  });

  it('maps a source-built prefix (share/extension, lib) under any prefix', async () => {
    await put({
      'tmp/build/usr/local/pgsql/lib/demo.so': 'elf',
      'tmp/build/usr/local/pgsql/share/extension/demo.control': "default_version = '1.0'",
    });
    expect(await placed()).toEqual(['lib/demo.so', 'share/extension/demo.control']);
  });

  it('takes a tree in the image layout as it is', async () => {
    await put({
      'lib/demo.so': 'elf',
      'share/extension/demo.control': 'x',
      'licenses/demo/copyright': 'c',
    });
    const t = await readDirectoryTree(root, 18);
    expect(t.kind).toBe('image layout');
    expect(await placed()).toEqual([
      'lib/demo.so',
      'licenses/demo/copyright',
      'share/extension/demo.control',
    ]);
  });

  it('refuses a tree installed for another major', async () => {
    await put({ 'usr/share/postgresql/17/extension/demo.control': 'x' });
    await expect(readDirectoryTree(root, 18)).rejects.toThrow(NotAnExtensionError);
    await expect(readDirectoryTree(root, 18)).rejects.toThrow(
      /installed for PostgreSQL 17 .* not 18/,
    );
  });

  it('reads a module or programs without a control file where pg_config puts them', async () => {
    await put({
      'usr/lib/postgresql/18/lib/decoder.so': 'elf',
      'usr/lib/postgresql/18/bin/pg_tool': 'elf',
    });
    const tree = await readDirectoryTree(root, 18);
    expect(tree.kind).toBe('install tree (no control file, pkglibdir usr/lib/postgresql/18/lib)');
    expect(tree.rules).toEqual([
      { from: 'usr/lib/postgresql/18/lib/', to: 'lib/' },
      { from: 'usr/lib/postgresql/18/bin/', to: 'bin/' },
    ]);
    await expect(readDirectoryTree(root, 17)).rejects.toThrow(/installed for PostgreSQL 18/);
  });

  it('refuses a tree holding nothing PostgreSQL can use, and a missing directory', async () => {
    await put({ 'usr/share/doc/demo/README': 'x' });
    await expect(readDirectoryTree(root, 18)).rejects.toThrow(NoControlFileError);
    await expect(readDirectoryTree(root, 18)).rejects.toThrow(/holds nothing PostgreSQL can use/);
    await expect(readDirectoryTree(join(root, 'nope'), 18)).rejects.toThrow(DirectoryError);
  });

  it('refuses symlinks that leave the directory or point at absolute paths', async () => {
    await put({ 'share/extension/demo.control': 'x' });
    await mkdir(join(root, 'lib'));
    await symlink('/usr/lib/x86_64-linux-gnu/libz.so.1', join(root, 'lib', 'libz.so.1'));
    await expect(readDirectoryTree(root, 18)).rejects.toThrow(PathEscapeError);
    await rm(join(root, 'lib', 'libz.so.1'));
    await symlink('../../outside', join(root, 'lib', 'up'));
    await expect(readDirectoryTree(root, 18)).rejects.toThrow(/outside the directory/);
  });

  it('refuses control files under two share directories', async () => {
    await put({ 'a/share/extension/x.control': 'x', 'b/share/extension/y.control': 'y' });
    await expect(readDirectoryTree(root, 18)).rejects.toThrow(/several share directories/);
  });
});
