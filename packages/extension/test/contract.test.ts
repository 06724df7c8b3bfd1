import { describe, expect, it } from 'vitest';
import { applyContract } from '../src/contract.js';
import { ExtensionError, NoControlFileError, NoModuleError } from '../src/errors.js';
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
      controls: [
        {
          name: 'vector',
          defaultVersion: '0.8.7',
          versions: ['0.8.7'],
          requires: [],
          loads: ['vector'],
        },
      ],
      createExtension: true,
      modules: ['vector'],
      programs: [],
      renamed: [],
      uncreatable: [],
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

  it('fails when the tree holds nothing PostgreSQL can use, listing what it holds', () => {
    const t = tree({ 'share/doc/README': 'x', 'share/man/x.1': 'x' });
    expect(() => applyContract(t, { name: 'x', source: 'directory /x' })).toThrow(
      NoControlFileError,
    );
    expect(() => applyContract(t, { name: 'x', source: 'directory /x' })).toThrow(
      /directory \/x holds nothing PostgreSQL can use: .* it holds share\/doc\/README, share\/man\/x.1/,
    );
  });

  it('takes a module without a control file (an output plugin, a preloaded library): nothing to create', () => {
    const result = applyContract(tree({ 'lib/wal2json.so': 'elf' }), { source: 'wal2json' });
    expect(result).toMatchObject({
      extensions: [],
      controls: [],
      createExtension: false,
      modules: ['wal2json'],
      programs: [],
    });
    expect(result.sqlVersion).toBeUndefined();
    const programs = applyContract(tree({ 'bin/pg_catcheck': 'elf' }), { source: 'pg-catcheck' });
    expect(programs).toMatchObject({ createExtension: false, programs: ['pg_catcheck'] });
  });

  it('names the image apart from its SQL names (CNPG’s pgvector holds vector)', () => {
    const result = applyContract(tree(VECTOR), { name: 'pgvector', source: 'p' });
    expect(result.extensions).toEqual(['vector']);
    expect(result.sqlVersion).toBe('0.8.7');
    const several = applyContract(
      tree({
        'share/extension/a.control': "default_version = '1'\n",
        'share/extension/a--1.sql': '',
        'share/extension/b.control': "default_version = '2'\nrequires = 'a, plpgsql'\n",
        'share/extension/b--2.sql': '',
      }),
      { name: 'ab', source: 'p' },
    );
    expect(several.sqlVersion).toBeUndefined();
    expect(several.controls.map((c) => [c.name, c.requires])).toEqual([
      ['a', []],
      ['b', ['a', 'plpgsql']],
    ]);
  });

  it('a secondary control file is not an extension; a control no script goes with is not created', () => {
    // pgnodemx: pg_proctab.control has no default_version, pg_proctab--0.0.10-compat.control
    // is its version's secondary control file; decoderbufs: a control file, no script.
    const result = applyContract(
      tree({
        'lib/pgnodemx.so': 'elf',
        'lib/decoderbufs.so': 'elf',
        'share/extension/pg_proctab.control': "comment = 'placeholder'\n",
        'share/extension/pg_proctab--0.0.10-compat.control': "requires = 'plpgsql'\n",
        'share/extension/pg_proctab--0.0.10-compat.sql':
          'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;',
        'share/extension/decoderbufs.control': "default_version = '0.1.0'\n",
      }),
      { name: 'pgnodemx', source: 'postgresql-18-pgnodemx' },
    );
    expect(result.extensions).toEqual(['pg_proctab']);
    expect(result.controls[0]).toMatchObject({ name: 'pg_proctab', versions: ['0.0.10-compat'] });
    expect(result.controls[0]?.defaultVersion).toBeUndefined();
    expect(result.uncreatable).toEqual(['decoderbufs']);
    expect(result.createExtension).toBe(true);
    // decoderbufs alone: a module, nothing to create.
    const plugin = applyContract(
      tree({
        'lib/decoderbufs.so': 'elf',
        'share/extension/decoderbufs.control': "default_version = '0.1.0'\n",
      }),
      { source: 'postgresql-18-decoderbufs' },
    );
    expect(plugin).toMatchObject({
      createExtension: false,
      extensions: [],
      uncreatable: ['decoderbufs'],
    });
  });

  it('requires only the modules scripts load: a module_pathname no script uses is not loaded', () => {
    // pgtap: pure SQL, its control names module_pathname; pldebugger: the control names
    // pldbgapi, the scripts load plugin_debugger.
    const pgtap = applyContract(
      tree({
        'share/extension/pgtap.control':
          "default_version = '1.3.4'\nmodule_pathname = 'pgtap'\nrequires = 'plpgsql'\n",
        'share/extension/pgtap--1.3.4.sql': 'CREATE FUNCTION ok() RETURNS text AS $$ SELECT 1 $$;',
      }),
      { source: 'postgresql-18-pgtap' },
    );
    expect(pgtap.controls[0]).toMatchObject({ name: 'pgtap', loads: [], requires: ['plpgsql'] });
    const pldbgapi = applyContract(
      tree({
        'lib/plugin_debugger.so': 'elf',
        'share/extension/pldbgapi.control':
          "default_version = '1.1'\nmodule_pathname = '$libdir/pldbgapi'\n",
        'share/extension/pldbgapi--1.1.sql':
          "CREATE FUNCTION pldbg_oid_debug(oid) RETURNS int AS '$libdir/plugin_debugger' LANGUAGE C;",
      }),
      { source: 'postgresql-18-pldebugger' },
    );
    expect(pldbgapi.controls[0]?.loads).toEqual(['plugin_debugger']);
    // Through MODULE_PATHNAME, the control file's module is loaded, and so required.
    expect(() =>
      applyContract(
        tree({
          'share/extension/x.control': "default_version = '1'\nmodule_pathname = '$libdir/x'\n",
          'share/extension/x--1.sql':
            "CREATE FUNCTION f() RETURNS int AS 'MODULE_PATHNAME' LANGUAGE C;",
        }),
        { source: 'p' },
      ),
    ).toThrow(/x--1.sql \(MODULE_PATHNAME, \$libdir\/x\) \(p\) loads the module "x"/);
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

  it('fails when the control file has no default_version and no version to install', () => {
    const t = tree({
      'share/extension/x.control': "comment = 'x'\n",
      'share/extension/x--1--2.sql': '',
    });
    expect(() => applyContract(t, { name: 'x', source: 'p' })).toThrow(ExtensionError);
    expect(() => applyContract(t, { name: 'x', source: 'p' })).toThrow(/has no default_version/);
    // With an install script, CREATE EXTENSION x VERSION '1' works: no SQL version is promised.
    const installable = tree({
      'share/extension/x.control': "comment = 'x'\n",
      'share/extension/x--1.sql': '',
    });
    expect(applyContract(installable, { name: 'x', source: 'p' }).sqlVersion).toBeUndefined();
  });

  it('accepts a pure SQL extension (no module at all)', () => {
    const t = tree({
      'share/extension/x.control': "default_version = '1.0'\n",
      'share/extension/x--1.0.sql': 'SELECT 1;',
    });
    expect(applyContract(t, { name: 'x', source: 'p' }).modules).toEqual([]);
  });
});
