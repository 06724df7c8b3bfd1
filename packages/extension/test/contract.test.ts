import { describe, expect, it } from 'vitest';
import { applyContract } from '../src/contract.js';
import {
  ExtensionError,
  ExtensionNameError,
  NoControlFileError,
  NoModuleError,
} from '../src/errors.js';
import { ImageTree } from '../src/tree.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

function tree(files: Record<string, string>, links: Record<string, string> = {}): ImageTree {
  const t = new ImageTree();
  for (const [path, text] of Object.entries(files)) {
    t.add({ path, type: 'file', mode: 0o644, data: enc(text), origin: 'test', layer: 'extension' });
  }
  for (const [path, target] of Object.entries(links)) {
    t.add({
      path,
      type: 'symlink',
      mode: 0o777,
      linkTarget: target,
      origin: 'test',
      layer: 'extension',
    });
  }
  return t;
}

const VECTOR = {
  'lib/vector.so': '\x7fELF',
  'share/extension/vector.control':
    "default_version = '0.8.7'\nmodule_pathname = '$libdir/vector'\n",
  'share/extension/vector--0.8.7.sql':
    "CREATE FUNCTION f() RETURNS int AS 'MODULE_PATHNAME' LANGUAGE c;\n",
  'share/extension/vector--0.8.6--0.8.7.sql':
    "CREATE FUNCTION g() RETURNS int AS '$libdir/vector', 'g' LANGUAGE c;\n",
};

describe('the extension image contract', () => {
  it('rewrites $libdir/ in scripts and control files and reports the SQL version', () => {
    const t = tree(VECTOR);
    const result = applyContract(t, { name: 'vector', source: 'postgresql-18-pgvector' });
    expect(result).toEqual({
      sqlVersion: '0.8.7',
      extensions: ['vector'],
      modules: ['vector'],
      renamed: [],
    });
    expect(dec(t.get('share/extension/vector.control')?.data)).toContain(
      "module_pathname = 'vector'",
    );
    expect(dec(t.get('share/extension/vector--0.8.6--0.8.7.sql')?.data)).toContain(
      "AS 'vector', 'g'",
    );
    expect(dec(t.get('share/extension/vector--0.8.7.sql')?.data)).toBe(
      VECTOR['share/extension/vector--0.8.7.sql'],
    );
  });

  it('leaves bytes that are not UTF-8 as they were', () => {
    const t = new ImageTree();
    for (const [path, text] of Object.entries(VECTOR)) {
      t.add({
        path,
        type: 'file',
        mode: 0o644,
        data: enc(text),
        origin: 'test',
        layer: 'extension',
      });
    }
    const latin1 = Uint8Array.from([...enc('-- caf'), 0xe9, ...enc(" AS '$libdir/vector'\n")]);
    t.replace({
      path: 'share/extension/vector--0.8.7.sql',
      type: 'file',
      mode: 0o644,
      data: latin1,
      origin: 'test',
      layer: 'extension',
    });
    applyContract(t, { name: 'vector', source: 'x' });
    expect([...(t.get('share/extension/vector--0.8.7.sql')?.data ?? [])]).toEqual([
      ...enc('-- caf'),
      0xe9,
      ...enc(" AS 'vector'\n"),
    ]);
  });

  it("renames a versioned control file to the name its scripts carry, as Debian's alternatives do", () => {
    const t = tree(
      {
        'lib/postgis-3.so': 'elf',
        'share/extension/postgis-3.control':
          "default_version = '3.7.0'\nmodule_pathname = '$libdir/postgis-3'\n",
        'share/extension/postgis--3.7.0.sql': "SELECT 'MODULE_PATHNAME';",
        'share/extension/postgis_topology-3.control': "default_version = '3.7.0'\n",
        'share/extension/postgis_topology--3.7.0.sql': 'SELECT 1;',
        'share/extension/postgis--TEMPLATED--TO--ANY.sql': 'SELECT 2;',
      },
      { 'share/extension/postgis--3.6.0--ANY.sql': 'postgis--TEMPLATED--TO--ANY.sql' },
    );
    const result = applyContract(t, { name: 'postgis', source: 'postgis' });
    expect(result.renamed).toEqual([
      ['share/extension/postgis-3.control', 'share/extension/postgis.control'],
      ['share/extension/postgis_topology-3.control', 'share/extension/postgis_topology.control'],
    ]);
    expect(result.extensions).toEqual(['postgis', 'postgis_topology']);
    expect(result.sqlVersion).toBe('3.7.0');
    expect(t.has('share/extension/postgis-3.control')).toBe(false);
  });

  it('fails without a control file, listing what the tree holds', () => {
    const t = tree({ 'lib/vector.so': 'elf', 'share/doc/README': 'x' });
    expect(() => applyContract(t, { name: 'vector', source: 'directory /x' })).toThrow(
      NoControlFileError,
    );
    expect(() => applyContract(t, { name: 'vector', source: 'directory /x' })).toThrow(
      /directory \/x has no control file .* it holds lib\/vector.so, share\/doc\/README/,
    );
  });

  it('fails when name is none of the control files', () => {
    const t = tree(VECTOR);
    expect(() => applyContract(t, { name: 'pgvector', source: 'p' })).toThrow(ExtensionNameError);
    expect(() => applyContract(tree(VECTOR), { name: 'pgvector', source: 'p' })).toThrow(
      /control files: vector.control/,
    );
  });

  it('fails when a script or control file loads a module lib/ lacks', () => {
    const withoutModule: Record<string, string> = { ...VECTOR };
    delete withoutModule['lib/vector.so'];
    expect(() => applyContract(tree(withoutModule), { name: 'vector', source: 'p' })).toThrow(
      NoModuleError,
    );
    expect(() => applyContract(tree(withoutModule), { name: 'vector', source: 'p' })).toThrow(
      /loads the module "vector", but the image has no lib\/vector.so \(modules: none\)/,
    );
  });

  it('fails when the control file has no default_version', () => {
    const t = tree({
      'share/extension/x.control': "comment = 'x'\n",
      'share/extension/x--1.sql': '',
    });
    expect(() => applyContract(t, { name: 'x', source: 'p' })).toThrow(ExtensionError);
    expect(() => applyContract(t, { name: 'x', source: 'p' })).toThrow(/has no default_version/);
  });

  it('accepts a pure SQL extension (no module at all)', () => {
    const t = tree({
      'share/extension/x.control': "default_version = '1.0'\n",
      'share/extension/x--1.0.sql': 'SELECT 1;',
    });
    expect(applyContract(t, { name: 'x', source: 'p' }).modules).toEqual([]);
  });
});
