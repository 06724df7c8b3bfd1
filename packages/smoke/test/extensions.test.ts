import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  confLine,
  controlDirectories,
  ExtensionEntriesError,
  instanceSettings,
  parseExtensionEntries,
  type ExtensionEntry,
} from '../src/extensions.js';
import { groupByName } from '../src/extension-choice.js';
import { CrdValidators } from './support/crds.js';

const vector: ExtensionEntry = {
  name: 'vector',
  image: { reference: 'ghcr.io/x/pgvector:0.8.1-18-trixie' },
};
const postgis: ExtensionEntry = {
  name: 'postgis',
  image: { reference: 'ghcr.io/x/postgis:3.6.0-18-trixie' },
  ld_library_path: ['system'],
};

describe('parseExtensionEntries', () => {
  it('reads the extension action’s cluster-extensions output (YAML or JSON)', () => {
    const yaml = stringify([vector, postgis]);
    expect(parseExtensionEntries(yaml)).toEqual([vector, postgis]);
    expect(parseExtensionEntries(JSON.stringify([vector]))).toEqual([vector]);
    expect(parseExtensionEntries('')).toEqual([]);
    expect(parseExtensionEntries('  \n')).toEqual([]);
  });

  it('names each entry and field CNPG would refuse', () => {
    const text = stringify([
      { name: 'Vector', image: { reference: 'x' } },
      { name: 'postgis', image: {} },
      { name: 'ok', image: { reference: 'y' }, ld_library_path: 'system', colour: 'blue' },
      { name: 'env', image: { reference: 'z' }, env: [{ name: '1BAD', value: 'v' }] },
    ]);
    let error: ExtensionEntriesError | undefined;
    try {
      parseExtensionEntries(text, 'input "extensions"');
    } catch (e) {
      error = e as ExtensionEntriesError;
    }
    expect(error).toBeInstanceOf(ExtensionEntriesError);
    expect(error?.problems).toEqual([
      expect.stringMatching(/^entry 1 \(Vector\): name "Vector" must be lowercase/),
      'entry 2 (postgis): image.reference is missing; it names the extension image to mount',
      expect.stringMatching(/^entry 3 \(ok\): unknown field "colour"; allowed: name, image, env, /),
      'entry 3 (ok): ld_library_path must be a list of non-empty paths',
      expect.stringMatching(/^entry 4 \(env\): env item .* needs a name like LD_PRELOAD/),
    ]);
    expect(error?.message.startsWith('input "extensions": entry 1 (Vector)')).toBe(true);
  });

  it('accepts several entries of one name (one per image, as the extension action emits them)', () => {
    const text = [
      '# PostgreSQL 18 on bookworm\n',
      stringify([{ name: 'vector', image: { reference: 'r/pgvector@sha256:b' } }]),
      '# PostgreSQL 18 on trixie\n',
      stringify([{ name: 'vector', image: { reference: 'r/pgvector@sha256:t' } }]),
    ].join('');
    expect(parseExtensionEntries(text).map((e) => [e.name, e.image.reference])).toEqual([
      ['vector', 'r/pgvector@sha256:b'],
      ['vector', 'r/pgvector@sha256:t'],
    ]);
  });

  it('refuses names that give one volume name (CNPG turns _ into -)', () => {
    const text = stringify([
      { name: 'pg_ivm', image: { reference: 'a' } },
      { name: 'pg-ivm', image: { reference: 'b' } },
    ]);
    expect(() => parseExtensionEntries(text)).toThrow('give the same volume name "pg-ivm"');
  });

  it('refuses what is not a list', () => {
    expect(() => parseExtensionEntries('name: vector')).toThrow('expected a YAML list');
    expect(() => parseExtensionEntries('- [unclosed')).toThrow(/^extensions: not YAML/);
  });
});

describe('instanceSettings: what CNPG derives from the entries', () => {
  it('defaults to share and lib, after $system and $libdir, in entry order', () => {
    expect(instanceSettings([vector, postgis])).toEqual({
      extensionControlPath: '$system:/extensions/vector/share:/extensions/postgis/share',
      dynamicLibraryPath: '$libdir:/extensions/vector/lib:/extensions/postgis/lib',
      ldLibraryPath: ['/extensions/postgis/system'],
      binPath: [],
      env: [],
    });
  });

  it('takes custom paths, joined as Go’s filepath.Join does', () => {
    const geo: ExtensionEntry = {
      name: 'geospatial',
      image: { reference: 'r' },
      extension_control_path: ['postgis/share', '/pgrouting/share/'],
      dynamic_library_path: ['./postgis/lib', 'pgrouting/lib'],
      bin_path: ['bin'],
    };
    const s = instanceSettings([geo]);
    expect(s.extensionControlPath).toBe(
      '$system:/extensions/geospatial/postgis/share:/extensions/geospatial/pgrouting/share',
    );
    expect(s.dynamicLibraryPath).toBe(
      '$libdir:/extensions/geospatial/postgis/lib:/extensions/geospatial/pgrouting/lib',
    );
    expect(s.binPath).toEqual(['/extensions/geospatial/bin']);
    expect(controlDirectories(geo)).toEqual([
      'postgis/share/extension',
      '/pgrouting/share/extension',
    ]);
  });

  it('expands ${image_root}, keeps $${…} literal and refuses other placeholders', () => {
    const e: ExtensionEntry = {
      ...vector,
      env: [
        { name: 'GDAL_DATA', value: '${image_root}/share/gdal' },
        { name: 'LITERAL', value: '$${image_root}' },
      ],
    };
    expect(instanceSettings([e]).env).toEqual([
      { name: 'GDAL_DATA', value: '/extensions/vector/share/gdal' },
      { name: 'LITERAL', value: '${image_root}' },
    ]);
    expect(() => instanceSettings([{ ...vector, env: [{ name: 'X', value: '${home}' }] }])).toThrow(
      'uses the placeholder ${home}; only ${image_root} is known',
    );
  });

  it('for any entries: one control and one library directory at least per entry, under its mount', () => {
    const name = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,8}[a-z0-9])?$/);
    const dir = fc.stringMatching(/^[a-z]{1,6}(\/[a-z]{1,6})?$/);
    const entry = fc.record(
      {
        name,
        image: fc.constant({ reference: 'r' }),
        extension_control_path: fc.uniqueArray(dir, { maxLength: 3 }),
        dynamic_library_path: fc.uniqueArray(dir, { maxLength: 3 }),
        ld_library_path: fc.uniqueArray(dir, { maxLength: 3 }),
      },
      { requiredKeys: ['name', 'image'] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.name, maxLength: 5 }), (entries) => {
        const s = instanceSettings(entries);
        const controls = s.extensionControlPath.split(':');
        const libraries = s.dynamicLibraryPath.split(':');
        expect(controls[0]).toBe('$system');
        expect(libraries[0]).toBe('$libdir');
        let c = 1;
        let l = 1;
        for (const e of entries) {
          const nc = Math.max(1, e.extension_control_path?.length ?? 0);
          const nl = Math.max(1, e.dynamic_library_path?.length ?? 0);
          for (const p of controls.slice(c, c + nc))
            expect(p.startsWith(`/extensions/${e.name}/`)).toBe(true);
          for (const p of libraries.slice(l, l + nl))
            expect(p.startsWith(`/extensions/${e.name}/`)).toBe(true);
          c += nc;
          l += nl;
        }
        expect(controls).toHaveLength(c);
        expect(libraries).toHaveLength(l);
        expect(s.ldLibraryPath).toHaveLength(
          entries.reduce((n, e) => n + (e.ld_library_path?.length ?? 0), 0),
        );
      }),
    );
  });
});

describe('confLine', () => {
  it('quotes values as CNPG writes postgresql.conf', () => {
    expect(confLine('extension_control_path', '$system:/extensions/a/share')).toBe(
      "extension_control_path = '$system:/extensions/a/share'",
    );
    expect(confLine('x', "it's")).toBe("x = 'it''s'");
  });

  it('keeps a value from an image one value: backslashes escaped, line breaks refused', () => {
    // postgresql.conf reads \' as a quote: unescaped, the value would end there.
    expect(confLine('shared_preload_libraries', "a\\'b")).toBe(
      "shared_preload_libraries = 'a\\\\''b'",
    );
    expect(() => confLine('shared_preload_libraries', "a'\nfsync = off")).toThrow(
      /control character; a setting is one line/,
    );
  });
});

describe('entries the parser accepts are entries the Cluster CRD accepts', () => {
  it('for any accepted entry list, a Cluster holding one entry per name validates', () => {
    const crds = new CrdValidators();
    // A few fixed names, so that lists with a name twice (one entry per image) come up.
    const name = fc.oneof(
      fc.constantFrom('vector', 'postgis'),
      fc.stringMatching(/^[a-z0-9]([-a-z0-9_]{0,10}[a-z0-9])?$/),
    );
    const path = fc.stringMatching(/^[a-z]{1,6}$/);
    const entry = fc.record(
      {
        name,
        image: fc.record({
          reference: fc.constantFrom('r/a:1', 'localhost:5001/b@sha256:' + 'c'.repeat(64)),
        }),
        ld_library_path: fc.uniqueArray(path, { minLength: 1, maxLength: 2 }),
        env: fc.uniqueArray(
          fc.record({
            name: fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,6}$/),
            value: fc.constantFrom('x', '${image_root}/y'),
          }),
          { selector: (v) => v.name, minLength: 1, maxLength: 2 },
        ),
      },
      { requiredKeys: ['name', 'image'] },
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), (raw) => {
        let entries: ExtensionEntry[];
        try {
          entries = parseExtensionEntries(JSON.stringify(raw));
        } catch {
          return; // refused (duplicate volume names): nothing to compare
        }
        const cluster = (extensions: ExtensionEntry[]): object => ({
          apiVersion: 'postgresql.cnpg.io/v1',
          kind: 'Cluster',
          metadata: { name: 'c' },
          spec: { instances: 1, postgresql: { extensions } },
        });
        // The smoke test mounts one entry of each name (extension-choice.ts).
        const one = groupByName(entries).map((g) => g.entries[0] as ExtensionEntry);
        expect(crds.validate(cluster(one))).toEqual([]);
        // The CRD's list is a map keyed by name: the API server refuses a name twice.
        if (one.length < entries.length) expect(crds.validate(cluster(entries))).not.toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
