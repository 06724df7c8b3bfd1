import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '@pgforge/config';
import { CNPG_ANNOTATIONS, METADATA_ANNOTATIONS } from '@pgforge/targets';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CrdValidators } from '../../smoke/test/support/crds.js';
import { writeCatalogs, type CatalogRegistry } from '../src/write-catalogs.js';
import {
  catalogDocument,
  catalogYaml,
  checkCatalog,
  isAnnotationKey,
  type CatalogDocument,
  type CatalogImage,
} from '../src/document.js';
import { CatalogError } from '../src/errors.js';
import { reconcileEntry, type ParsedExtension } from '../src/extensions.js';
import { parseExtensions, records } from './extensions-input.js';
import {
  ENV_ANNOTATION,
  extensionNotes,
  imageMetadata,
  noteComment,
  noteKey,
  type ExtensionNote,
  type ImageMetadata,
} from '../src/metadata.js';

const D = (n: number): string => `sha256:${String(n).padStart(2, '0').repeat(32)}`;
const M = METADATA_ANNOTATIONS;

/** Annotations as the extension action writes them. */
const annotated = (extra: Record<string, string> = {}): Record<string, string> => ({
  [CNPG_ANNOTATIONS.pgMajor]: '18',
  [CNPG_ANNOTATIONS.os]: 'trixie',
  [M.createExtension]: 'true',
  ...extra,
});

const metadata = (over: Partial<ImageMetadata> = {}): ImageMetadata => ({
  sqlNames: [],
  createExtension: true,
  sharedPreloadLibraries: [],
  requiredExtensions: [],
  requiredFromOperand: [],
  ldLibraryPath: [],
  binPath: [],
  limitations: [],
  ...over,
});

describe('imageMetadata: what an image says of itself', () => {
  it.each<[string, Record<string, string>, ImageMetadata | undefined]>([
    [
      'an image built before metadata: nothing, not "no paths"',
      {
        [CNPG_ANNOTATIONS.pgMajor]: '18',
        [CNPG_ANNOTATIONS.os]: 'trixie',
        [M.ldLibraryPath]: 'system',
      },
      undefined,
    ],
    ['metadata with every list empty', annotated(), metadata()],
    [
      'every field',
      annotated({
        [M.sqlNames]: 'postgis=3.6.1,postgis_topology=3.6.1,address_standardizer',
        [M.createExtension]: 'true',
        [M.sharedPreloadLibraries]: 'postgis-3',
        [M.requiredExtensions]: 'cube, plpython3u',
        [M.requiredFromOperand]: 'cube',
        [M.ldLibraryPath]: 'system',
        [M.binPath]: 'bin',
        [M.limitations]: 'reads a, b from share | another, with commas',
        [ENV_ANNOTATION]: '[{"name":"PROJ_DATA","value":"${image_root}/share/proj"}]',
        'org.opencontainers.image.licenses': 'GPL-2.0-or-later AND MIT',
      }),
      {
        sqlNames: [
          { name: 'postgis', version: '3.6.1' },
          { name: 'postgis_topology', version: '3.6.1' },
          { name: 'address_standardizer' },
        ],
        createExtension: true,
        sharedPreloadLibraries: ['postgis-3'],
        requiredExtensions: ['cube', 'plpython3u'],
        requiredFromOperand: ['cube'],
        ldLibraryPath: ['system'],
        binPath: ['bin'],
        env: [{ name: 'PROJ_DATA', value: '${image_root}/share/proj' }],
        licenses: 'GPL-2.0-or-later AND MIT',
        limitations: ['reads a, b from share', 'another, with commas'],
      },
    ],
    [
      'a module without a control file',
      annotated({ [M.createExtension]: 'false', [M.sharedPreloadLibraries]: 'pg_failover_slots' }),
      metadata({ createExtension: false, sharedPreloadLibraries: ['pg_failover_slots'] }),
    ],
  ])('%s', (_name, annotations, expected) => {
    expect(imageMetadata(annotations, 'r/x@sha256:…')).toEqual(expected);
  });

  it.each([
    ['not json'],
    ['{"name":"A","value":"b"}'],
    ['[{"name":"A"}]'],
    ['[{"name":1,"value":"b"}]'],
  ])('refuses an env annotation %s, naming the image and the key', (value) => {
    expect(() => imageMetadata(annotated({ [ENV_ANNOTATION]: value }), 'r/x@sha256:11')).toThrow(
      /^r\/x@sha256:11: annotation io\.pgforge\.extension\.env is .*; expected a JSON array of \{"name", "value"\} strings$/,
    );
  });
});

describe('reconcileEntry: the entry says what the image says', () => {
  const parsed = (over: Partial<ParsedExtension['entry']> = {}): ParsedExtension => ({
    entry: { name: 'gdal', image: { reference: `r/gdal@${D(1)}` }, ...over },
    production: `r/gdal@${D(1)}`,
    where: 'extensions[2]',
  });
  const image = metadata({
    ldLibraryPath: ['system'],
    binPath: ['bin'],
    env: [
      { name: 'GDAL_DATA', value: '${image_root}/share/gdal' },
      { name: 'PROJ_DATA', value: '${image_root}/share/proj' },
    ],
  });
  const full = {
    name: 'gdal',
    image: { reference: `r/gdal@${D(1)}` },
    ld_library_path: ['system'],
    bin_path: ['bin'],
    env: image.env,
  };

  it.each<[string, ParsedExtension, ImageMetadata | undefined, object]>([
    ['the input gives nothing: the image fills it', parsed(), image, full],
    [
      'the input agrees (env in another order)',
      parsed({
        ld_library_path: ['system'],
        bin_path: ['bin'],
        env: [...(image.env ?? [])].reverse(),
      }),
      image,
      { ...full, env: [...(image.env ?? [])].reverse() },
    ],
    [
      'an image with no paths adds none',
      parsed(),
      metadata(),
      { name: 'gdal', image: { reference: `r/gdal@${D(1)}` } },
    ],
    [
      'an image without an env annotation leaves the input env as given',
      parsed({ env: [{ name: 'X', value: 'y' }] }),
      metadata(),
      { name: 'gdal', image: { reference: `r/gdal@${D(1)}` }, env: [{ name: 'X', value: 'y' }] },
    ],
    [
      'an image without metadata: the input as given',
      parsed({ ld_library_path: ['lib64'] }),
      undefined,
      { name: 'gdal', image: { reference: `r/gdal@${D(1)}` }, ld_library_path: ['lib64'] },
    ],
  ])('%s', (_name, input, meta, expected) => {
    expect(reconcileEntry(input, meta)).toEqual(expected);
  });

  it.each<[string, ParsedExtension, string]>([
    [
      'ld_library_path',
      parsed({ ld_library_path: [] }),
      'extensions[2].ld_library_path: "[]" is not allowed; expected [system], what extension gdal\'s promoted image r/gdal@' +
        `${D(1)} says in its io.pgforge.extension.ld-library-path annotation (leave ld_library_path out of the input to take the image's)`,
    ],
    [
      'bin_path',
      parsed({ bin_path: ['bin', 'sbin'] }),
      'extensions[2].bin_path: "[bin, sbin]" is not allowed; expected [bin], what extension gdal',
    ],
    [
      'env',
      parsed({ env: [{ name: 'GDAL_DATA', value: '/usr/share/gdal' }] }),
      'extensions[2].env: "[GDAL_DATA=/usr/share/gdal]" is not allowed; expected [GDAL_DATA=${image_root}/share/gdal, PROJ_DATA=${image_root}/share/proj], what extension gdal',
    ],
  ])(
    'refuses an input whose %s disagrees, naming extension, field and both values',
    (_f, input, message) => {
      let error: unknown;
      try {
        reconcileEntry(input, image);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CatalogError);
      expect((error as Error).message.startsWith(message)).toBe(true);
    },
  );
});

describe('parseExtensions: fields of the input are what the CRD takes', () => {
  const ref = `r/x-testing@${D(1)}`;
  it.each([
    [
      `- name: x\n  image: { reference: ${ref} }\n  ld_library_path: system\n`,
      /^extensions\[0\]\.ld_library_path: "\\"system\\"" is not allowed; expected a list of directories/,
    ],
    [
      `- name: x\n  image: { reference: ${ref} }\n  env: { A: b }\n`,
      /^extensions\[0\]\.env: .* is not allowed; expected a list of \{name, value\}/,
    ],
    [
      `- name: x\n  image: { reference: ${ref} }\n  env: [{ name: 1A, value: b }]\n`,
      /^extensions\[0\]\.env\[0\]: .*1A.* is not allowed/,
    ],
    [
      `- name: x\n  image: { reference: ${ref} }\n  env: [{ name: A, value: "" }]\n`,
      /^extensions\[0\]\.env\[0\]: .* is not allowed; .*non-empty value/,
    ],
  ])('refuses %j', (text, message) => {
    expect(() => parseExtensions(text)).toThrow(message);
  });
});

describe('extensionNotes: where each required extension comes from', () => {
  const entry = (name: string, meta?: Partial<ImageMetadata>) => ({
    name,
    image: `r/${name}@${D(1)}`,
    ...(meta ? { metadata: metadata(meta) } : {}),
  });

  it.each<[string, ReturnType<typeof entry>[], string, ExtensionNote['required_extensions']]>([
    [
      'another entry, by its SQL names',
      [
        entry('postgis', { sqlNames: [{ name: 'postgis' }, { name: 'postgis_raster' }] }),
        entry('h3', { requiredExtensions: ['postgis_raster'] }),
      ],
      'h3',
      [{ name: 'postgis_raster', from: 'entry', entry: 'postgis' }],
    ],
    [
      'another entry without metadata, by its name',
      [entry('vector'), entry('vectorscale', { requiredExtensions: ['vector'] })],
      'vectorscale',
      [{ name: 'vector', from: 'entry', entry: 'vector' }],
    ],
    [
      "contrib, as the image read it from the operand's server package when it was built",
      [
        entry('earth', {
          requiredExtensions: ['cube', 'earthdistance', 'uuid-ossp'],
          requiredFromOperand: ['cube', 'earthdistance', 'uuid-ossp'],
        }),
      ],
      'earth',
      [
        { name: 'cube', from: 'contrib' },
        { name: 'earthdistance', from: 'contrib' },
        { name: 'uuid-ossp', from: 'contrib' },
      ],
    ],
    [
      'nowhere: missing (an image that says nothing of the operand is not taken to)',
      [entry('plr', { requiredExtensions: ['plpython3u', 'postgis'] })],
      'plr',
      [
        { name: 'plpython3u', from: 'missing' },
        { name: 'postgis', from: 'missing' },
      ],
    ],
    [
      'an entry is preferred to contrib',
      [
        entry('mycube', { sqlNames: [{ name: 'cube' }] }),
        entry('e', { requiredExtensions: ['cube'], requiredFromOperand: ['cube'] }),
      ],
      'e',
      [{ name: 'cube', from: 'entry', entry: 'mycube' }],
    ],
  ])('%s', (_name, entries, of, expected) => {
    expect(extensionNotes(entries).get(of)?.required_extensions).toEqual(expected);
  });

  it('no note for an image without metadata', () => {
    expect([...extensionNotes([entry('vector')]).keys()]).toEqual([]);
  });
});

describe('noteComment: what a Cluster must do besides listing the entry', () => {
  const note = (over: Partial<ExtensionNote>): ExtensionNote => ({
    image: `r/x@${D(1)}`,
    sql_names: [{ name: 'x', version: '1.0' }],
    create_extension: true,
    shared_preload_libraries: [],
    required_extensions: [],
    limitations: [],
    ...over,
  });
  it.each<[string, Partial<ExtensionNote>, string[]]>([
    ['nothing to do', {}, []],
    [
      'preload',
      { shared_preload_libraries: ['pg_cron'] },
      ['add to postgresql.shared_preload_libraries: pg_cron'],
    ],
    [
      'required, each where it comes from',
      {
        required_extensions: [
          { name: 'vector', from: 'entry', entry: 'vector' },
          { name: 'postgis_raster', from: 'entry', entry: 'postgis' },
          { name: 'cube', from: 'contrib' },
          { name: 'plr', from: 'missing' },
        ],
      },
      [
        'requires, so list too in .spec.postgresql.extensions: vector, postgis (for postgis_raster)',
        'requires cube: PostgreSQL contrib, in the operand image',
        'requires plr: not in this catalog (no extension entry, not contrib)',
      ],
    ],
    [
      'no CREATE EXTENSION, and a limitation that tries to break out of its comment',
      { create_extension: false, limitations: ['one\nkind: Secret'] },
      [
        'no CREATE EXTENSION: PostgreSQL loads its module or runs its programs by name',
        'limitation: one kind: Secret',
      ],
    ],
    [
      'a limitation with NEL and a line separator, line breaks to YAML 1.1 parsers (kubectl)',
      { limitations: ['one\u0085  - name: evil\u2028kind: Secret'] },
      ['limitation: one - name: evil kind: Secret'],
    ],
  ])('%s', (_name, over, lines) => {
    expect(noteComment(note(over))).toEqual(lines);
  });
});

describe('isAnnotationKey', () => {
  it.each<[string, boolean]>([
    [noteKey(18, 'vector'), true],
    [noteKey(18, 'a'.repeat(59)), true],
    [noteKey(999, 'a'.repeat(59)), true],
    [noteKey(1000, 'a'.repeat(59)), false],
    ['extensions.pgforge.io/18.uuid-ossp', true],
    ['plain-name', true],
    ['Extensions.pgforge.io/x', false],
    ['extensions.pgforge.io/-x', false],
    ['extensions.pgforge.io/x/y', false],
    ['extensions.pgforge.io/', false],
  ])('%s: %s', (key, valid) => {
    expect(isAnnotationKey(key)).toBe(valid);
  });
});

describe('catalog documents with extension notes', () => {
  const crds = new CrdValidators();
  const id = {
    kind: 'ClusterImageCatalog' as const,
    family: 'postgresql',
    flavour: 'minimal',
    distribution: 'trixie',
    date: '20261203',
    publisher: 'example.org',
  };
  const cron: ExtensionNote = {
    image: `r/pg_cron@${D(4)}`,
    sql_names: [{ name: 'pg_cron', version: '1.6' }],
    create_extension: true,
    shared_preload_libraries: ['pg_cron'],
    required_extensions: [{ name: 'vector', from: 'entry', entry: 'vector' }],
    licenses: 'PostgreSQL',
    limitations: [],
  };
  const images: CatalogImage[] = [
    {
      major: 18,
      image: `r/postgresql:18.1-202611211315-minimal-trixie@${D(2)}`,
      extensions: [
        { name: 'pg_cron', image: { reference: cron.image } },
        { name: 'vector', image: { reference: `r/vector@${D(3)}` } },
      ],
      notes: { pg_cron: cron },
    },
  ];

  it('carries each note as an annotation, a comment above the entry, and is valid against the CRD', () => {
    const doc = catalogDocument(id, images);
    expect(doc.metadata.annotations).toEqual({
      'extensions.pgforge.io/18.pg_cron': JSON.stringify(cron),
    });
    expect(doc.spec.images[0]).not.toHaveProperty('notes');
    const text = catalogYaml(doc);
    expect(text).toContain(
      [
        '        # add to postgresql.shared_preload_libraries: pg_cron',
        '        # requires, so list too in .spec.postgresql.extensions: vector',
        '        - name: pg_cron',
      ].join('\n'),
    );
    const back = parse(text) as CatalogDocument;
    expect(back).toEqual(doc);
    expect(JSON.parse(back.metadata.annotations?.[noteKey(18, 'pg_cron')] ?? '')).toEqual(cron);
    expect(crds.validate(back)).toEqual([]);
    for (const key of Object.keys(back.metadata.annotations ?? {}))
      expect(isAnnotationKey(key)).toBe(true);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['a key that is not one', { 'bad key': 'x' }, /annotation key "bad key" is not allowed/],
    [
      'more than 256 KiB',
      { 'a/b': 'x'.repeat(262_144) },
      /annotations take 262147 bytes; Kubernetes allows 262144/,
    ],
  ])('refuses annotations: %s', (_name, annotations, message) => {
    const doc = catalogDocument(id, images);
    expect(() => checkCatalog({ ...doc, metadata: { ...doc.metadata, annotations } })).toThrow(
      message,
    );
  });
});

describe('writeCatalogs: metadata from the registry to the file', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  /** A registry that holds these manifests and their annotations (typed, in memory). */
  const registryOf = (
    tags: string[],
    images: Record<string, Record<string, string>>,
  ): CatalogRegistry => ({
    listTags: () => Promise.resolve(tags),
    resolveDigest: (ref) => {
      const s = String(ref);
      if (s.startsWith('reg.example/postgresql:')) return Promise.resolve(D(9));
      return Promise.resolve(s in images ? (s.split('@')[1] ?? undefined) : undefined);
    },
    imageAnnotations: (ref) => Promise.resolve(images[String(ref)] ?? {}),
  });

  it('fills the entries, notes them, warns of what the catalog lacks', async () => {
    const out = await mkdtemp(join(tmpdir(), 'pgforge-catalog-unit-'));
    dirs.push(out);
    const vector = `reg.example/vector@${D(1)}`;
    const earth = `reg.example/earth@${D(2)}`;
    const warnings: string[] = [];
    const result = await writeCatalogs({
      config: parseConfig('registry: reg.example\ndistributions: [trixie]\n', 'test', {
        overrides: { flavours: ['minimal'] },
      }),
      extensions: records(
        JSON.stringify([
          { name: 'vector', image: { reference: `reg.example/vector-testing@${D(1)}` } },
          { name: 'earth', image: { reference: `reg.example/earth-testing@${D(2)}` } },
        ]),
      ),
      kind: 'ClusterImageCatalog',
      previews: false,
      outputDir: out,
      now: new Date('2026-12-03T00:00:00Z'),
      registry: registryOf(['18.1-202611211315-minimal-trixie'], {
        [vector]: annotated({ [M.sqlNames]: 'vector=0.8.1' }),
        [earth]: annotated({
          [M.sqlNames]: 'earth=1.0',
          [M.requiredExtensions]: 'vector,cube,postgis',
          [M.requiredFromOperand]: 'cube',
          [M.sharedPreloadLibraries]: 'earth',
          [M.ldLibraryPath]: 'system',
          [M.binPath]: 'bin',
        }),
      }),
      warn: (line) => warnings.push(line),
    });
    const [catalog] = result.catalogs;
    const text = await readFile(catalog?.file ?? '', 'utf8');
    const doc = parse(text) as CatalogDocument;
    expect(doc.spec.images[0]?.extensions).toEqual([
      {
        name: 'earth',
        image: { reference: earth },
        ld_library_path: ['system'],
        bin_path: ['bin'],
      },
      { name: 'vector', image: { reference: vector } },
    ]);
    expect(Object.keys(doc.metadata.annotations ?? {})).toEqual([
      'extensions.pgforge.io/18.earth',
      'extensions.pgforge.io/18.vector',
    ]);
    expect(
      JSON.parse(doc.metadata.annotations?.['extensions.pgforge.io/18.earth'] ?? ''),
    ).toMatchObject({
      image: earth,
      shared_preload_libraries: ['earth'],
      required_extensions: [
        { name: 'vector', from: 'entry', entry: 'vector' },
        { name: 'cube', from: 'contrib' },
        { name: 'postgis', from: 'missing' },
      ],
    });
    expect(text).toContain('# requires postgis: not in this catalog');
    expect(warnings).toEqual([
      expect.stringMatching(
        /^catalog-minimal-trixie\.yaml: extension earth \(PostgreSQL 18\) requires postgis, which this catalog does not provide/,
      ),
    ]);
    expect(new CrdValidators().validate(doc)).toEqual([]);
  });
});
