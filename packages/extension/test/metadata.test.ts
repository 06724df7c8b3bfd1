import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyContract } from '../src/contract.js';
import {
  deriveMetadata,
  imageLicenses,
  preloadModules,
  shareLimitations,
} from '../src/metadata.js';
import { readOperandCatalogue } from '../src/requirements.js';
import { ImageTree } from '../src/tree.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function tree(files: Record<string, string | Uint8Array>): ImageTree {
  const t = new ImageTree();
  for (const [path, data] of Object.entries(files)) {
    t.add({
      path,
      type: 'file',
      mode: 0o644,
      data: typeof data === 'string' ? enc(data) : data,
      origin: 'test',
      layer: 'extension',
    });
  }
  return t;
}

// Real shared objects, linked here with gcc as PostgreSQL modules are: one reads the variable
// only a preloaded module can see set, one does not (pg_stat_statements and auto_explain).
let preloaded: Buffer;
let optional: Buffer;
let worker: Buffer;
let loadable: Buffer;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pgforge-metadata-'));
  const link = async (name: string, source: string): Promise<Buffer> => {
    await writeFile(join(dir, `${name}.c`), source);
    execFileSync('gcc', [
      '-shared',
      '-fPIC',
      '-o',
      join(dir, `${name}.so`),
      join(dir, `${name}.c`),
    ]);
    return readFile(join(dir, `${name}.so`));
  };
  preloaded = await link(
    'needs_preload',
    'extern _Bool process_shared_preload_libraries_in_progress;\nextern int puts(const char *);\n' +
      'void _PG_init(void) { if (!process_shared_preload_libraries_in_progress)\n' +
      '  puts("needs_preload must be loaded via shared_preload_libraries"); }\n',
  );
  // pgvector's way: it looks, and does more when preloaded, but says nothing of needing it.
  optional = await link(
    'optional_preload',
    'extern _Bool process_shared_preload_libraries_in_progress;\nint more;\n' +
      'void _PG_init(void) { if (process_shared_preload_libraries_in_progress) more = 1; }\n',
  );
  worker = await link(
    'worker',
    'extern void RegisterBackgroundWorker(void *);\nvoid _PG_init(void) { RegisterBackgroundWorker(0); }\n',
  );
  loadable = await link('plain', 'void _PG_init(void) {}\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('metadata derived from the image', () => {
  it('preload: a module that asks whether it is preloaded and says it must be, not one that only looks', () => {
    const t = tree({
      'lib/pg_stat_statements.so': preloaded,
      'lib/vector.so': optional,
      'lib/pg_partman_bgw.so': worker,
      'lib/auto_explain.so': loadable,
      'lib/not-elf.so': 'text',
    });
    expect(preloadModules(t)).toEqual(['pg_stat_statements']);
  });

  it('a module without a control file that registers a worker or looks for preloading is preloaded (pg_crash)', () => {
    const t = tree({
      'lib/pg_crash.so': worker,
      'lib/bgw.so': optional,
      'lib/wal2json.so': loadable,
    });
    expect(preloadModules(t, false)).toEqual(['bgw', 'pg_crash']);
  });

  it('a versioned module beside its preloaded loader is left out (timescaledb)', () => {
    const t = tree({ 'lib/timescaledb.so': preloaded, 'lib/timescaledb-2.17.2.so': preloaded });
    expect(preloadModules(t)).toEqual(['timescaledb']);
  });

  it('limitations: data read from the share directory, which the mount cannot serve', () => {
    expect(
      shareLimitations(
        tree({
          'share/extension/unit.control': "default_version = '7'\n",
          'share/extension/unit--7.sql': '',
          'share/extension/unit_prefixes.data': 'x',
          'share/extension/unit_units.data': 'x',
        }),
      ),
    ).toEqual([
      "reads share/extension/unit_prefixes.data, share/extension/unit_units.data from the server's " +
        'share directory at run time, which extension_control_path does not redirect: mounted ' +
        'as an image volume, what needs them fails (install the package in the operand image instead)',
    ]);
    expect(shareLimitations(tree({ 'share/extension/v--1.sql': '' }))).toEqual([]);
  });

  it('licences: SPDX from machine-readable copyright files, NOASSERTION for prose', () => {
    const dep5 =
      'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\n' +
      'Files: *\nCopyright: 2020 someone\nLicense: PostgreSQL\n';
    const t = tree({
      'licenses/postgresql-18-a/copyright': dep5,
      'licenses/libfoo1/copyright': 'Copyright someone. Do what you like.\n',
    });
    expect(imageLicenses(t)).toEqual(['PostgreSQL', 'NOASSERTION']);
  });

  it('states what the control files make hard: no script, no default_version', () => {
    const t = tree({
      'lib/decoderbufs.so': 'x',
      'share/extension/decoderbufs.control': "default_version = '0.1.0'\n",
      'share/extension/pg_proctab.control': "comment = 'placeholder'\n",
      'share/extension/pg_proctab--0.0.10-compat.control': '',
      'share/extension/pg_proctab--0.0.10-compat.sql': '',
    });
    const contract = applyContract(t, { source: 'p' });
    const m = deriveMetadata({ name: 'p', tree: t, contract, env: [], system: false });
    expect(m.sqlNames).toEqual([{ name: 'pg_proctab', version: '0.0.10-compat' }]);
    expect(m.limitations).toEqual([
      'share/extension/decoderbufs.control has no script to create decoderbufs (so too installed by apt): it is not created; PostgreSQL loads its module by name',
      "pg_proctab has no default_version: CREATE EXTENSION pg_proctab VERSION '0.0.10-compat'",
    ]);
  });

  it("contrib's modules to preload are found by the same rule, and come first for an image requiring them", () => {
    const lib = 'usr/lib/postgresql/18/lib';
    const share = 'usr/share/postgresql/18/extension';
    const operand = readOperandCatalogue(
      [
        {
          path: `${share}/pg_stat_statements.control`,
          data: enc("module_pathname = '$libdir/needs_preload'\n"),
        },
        { path: `${lib}/needs_preload.so`, data: preloaded },
        { path: `${share}/optional_preload.control`, data: enc('') },
        { path: `${lib}/optional_preload.so`, data: optional },
        { path: `${share}/hstore.control`, data: enc('') },
      ],
      18,
    );
    expect(operand.preload).toEqual(new Map([['pg_stat_statements', ['needs_preload']]]));
    const t = tree({
      'lib/kcache.so': preloaded,
      'share/extension/kcache.control':
        "default_version = '1'\nrequires = 'pg_stat_statements, hstore'\n",
      'share/extension/kcache--1.sql': "SELECT '$libdir/kcache';",
    });
    const contract = applyContract(t, { source: 'p' });
    const m = deriveMetadata({
      name: 'kcache',
      tree: t,
      contract,
      env: [],
      system: false,
      operand,
    });
    expect(m.sharedPreloadLibraries).toEqual(['needs_preload', 'kcache']);
    expect(m.requires).toEqual([
      { name: 'hstore', provider: 'operand' },
      { name: 'pg_stat_statements', provider: 'operand' },
    ]);
  });

  it('the whole record: names, versions, requires the image does not provide, paths', () => {
    const t = tree({
      'lib/a.so': 'x',
      'bin/tool': 'x',
      'share/extension/a.control': "default_version = '1.2'\nrequires = 'plpgsql, hstore'\n",
      'share/extension/a--1.2.sql': "SELECT '$libdir/a';",
      'share/extension/b.control': "default_version = '3'\nrequires = 'a'\n",
      'share/extension/b--3.sql': '',
    });
    const contract = applyContract(t, { source: 'p' });
    expect(deriveMetadata({ name: 'ab', tree: t, contract, env: [], system: true })).toEqual({
      name: 'ab',
      sqlNames: [
        { name: 'a', version: '1.2' },
        { name: 'b', version: '3' },
      ],
      createExtension: true,
      sharedPreloadLibraries: [],
      requiredExtensions: ['hstore'],
      requires: [{ name: 'hstore', provider: 'none' }],
      ldLibraryPath: ['system'],
      binPath: ['bin'],
      env: [],
      licenses: [],
      limitations: [],
    });
  });
});
