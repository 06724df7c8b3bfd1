import { matchTemplate } from '@pgforge/config';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CrdValidators } from '../../smoke/test/support/crds.js';
import {
  catalogDocument,
  catalogYaml,
  checkCatalog,
  kustomizationYaml,
  type CatalogDocument,
} from '../src/document.js';
import { extensionsFor } from '../src/extensions.js';
import { parseExtensions } from './extensions-input.js';
import { selectImages } from '../src/select.js';

const CNPG = '{version}-{timestamp}-{flavour}-{distribution}';
const PROPOSED = '{version}-{flavour}-{distribution}-{timestamp}';
const D = (n: number): string => `sha256:${String(n).padStart(2, '0').repeat(32)}`;

describe('matchTemplate', () => {
  it.each([
    [CNPG, '17.6-202611211315-minimal-trixie', { version: '17.6', timestamp: '202611211315' }],
    [CNPG, '19beta3-202611211315-minimal-trixie', { version: '19beta3' }],
    [PROPOSED, '18.1-minimal-trixie-202611211315', { version: '18.1', timestamp: '202611211315' }],
  ])('%s reads %s back', (template, tag, values) => {
    expect(
      matchTemplate(template, tag, { flavour: 'minimal', distribution: 'trixie' }),
    ).toMatchObject(values);
  });

  it.each([
    ['17.6-minimal-trixie', 'an alias'],
    ['17.6-202611211315-standard-trixie', 'another flavour'],
    ['17.6-202611211315-minimal-bookworm', 'another distribution'],
    ['17.6-2026112113-minimal-trixie', 'a short timestamp'],
  ])('is not fooled by %s (%s)', (tag) => {
    expect(
      matchTemplate(CNPG, tag, { flavour: 'minimal', distribution: 'trixie' }),
    ).toBeUndefined();
  });
});

describe('selectImages', () => {
  const options = { template: CNPG, flavour: 'minimal', distribution: 'trixie', previews: false };

  it('per major, the newest version, then the newest timestamp; aliases and others ignored', () => {
    const tags = [
      '17.6-202611011200-minimal-trixie',
      '17.10-202610011200-minimal-trixie', // 17.10 is newer than 17.6, though built earlier
      '17.10-202610021200-minimal-trixie', // and this rebuild newer still
      '17-minimal-trixie',
      '17.10-minimal-trixie',
      '16.9-202611211315-minimal-trixie',
      '18.1-202611211315-standard-trixie',
      'sha256-abc.att',
    ];
    expect(selectImages(tags, options).map((c) => c.tag)).toEqual([
      '16.9-202611211315-minimal-trixie',
      '17.10-202610021200-minimal-trixie',
    ]);
  });

  it('leaves previews out unless asked, and a release beats its preview', () => {
    const tags = ['19beta3-202611211315-minimal-trixie', '18.1-202611211315-minimal-trixie'];
    expect(selectImages(tags, options).map((c) => c.major)).toEqual([18]);
    expect(selectImages(tags, { ...options, previews: true }).map((c) => c.tag)).toEqual([
      '18.1-202611211315-minimal-trixie',
      '19beta3-202611211315-minimal-trixie',
    ]);
    const both = ['19rc1-202612011315-minimal-trixie', '19.0-202611011315-minimal-trixie'];
    expect(selectImages(both, { ...options, previews: true }).map((c) => c.version)).toEqual([
      '19.0',
    ]);
  });

  it('a template naming the major alone: the newest timestamp of each major', () => {
    const tags = ['17-202611011200-minimal-trixie', '17-202611211315-minimal-trixie'];
    expect(
      selectImages(tags, {
        ...options,
        template: '{major}-{timestamp}-{flavour}-{distribution}',
      }).map((c) => c.tag),
    ).toEqual(['17-202611211315-minimal-trixie']);
  });

  it('keeps the eight newest majors, sorted', () => {
    const tags = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19].map(
      (m) => `${m}.1-202611211315-minimal-trixie`,
    );
    expect(selectImages(tags, options).map((c) => c.major)).toEqual([
      12, 13, 14, 15, 16, 17, 18, 19,
    ]);
  });
});

describe('catalog documents', () => {
  const crds = new CrdValidators();
  const id = {
    kind: 'ClusterImageCatalog' as const,
    family: 'postgresql',
    flavour: 'minimal',
    distribution: 'trixie',
    date: '20261203',
    publisher: 'example.org',
  };
  const vector = {
    name: 'vector',
    image: { reference: `ghcr.io/example/pgvector@${D(3)}` },
    ld_library_path: ['system'],
  };
  const images = [
    { major: 17, image: `ghcr.io/example/postgresql:17.6-202611211315-minimal-trixie@${D(1)}` },
    {
      major: 18,
      image: `ghcr.io/example/postgresql:18.1-202611211315-minimal-trixie@${D(2)}`,
      extensions: [vector],
    },
  ];

  it("is CNPG's format, and validates against CNPG's CRD", () => {
    const doc = catalogDocument(id, images);
    const text = catalogYaml(doc);
    const back = parse(text) as CatalogDocument;
    expect(back.metadata).toEqual({
      name: 'postgresql-minimal-trixie',
      labels: {
        'images.cnpg.io/family': 'postgresql',
        'images.cnpg.io/type': 'minimal',
        'images.cnpg.io/os': 'trixie',
        'images.cnpg.io/date': '20261203',
        'images.cnpg.io/publisher': 'example.org',
      },
    });
    expect(back.spec.images[1]?.extensions).toEqual([vector]);
    expect(crds.validate(back)).toEqual([]);
    const namespaced = parse(
      catalogYaml(catalogDocument({ ...id, kind: 'ImageCatalog', namespace: 'db' }, images)),
    ) as CatalogDocument;
    expect(namespaced.metadata.namespace).toBe('db');
    expect(crds.validate(namespaced)).toEqual([]);
  });

  it.each([
    ['no image', [], /no image: a catalog holds at least one/],
    [
      'nine majors',
      [10, 11, 12, 13, 14, 15, 16, 17, 18].map((m) => ({ major: m, image: `x/y:${m}@${D(m)}` })),
      /9 images; CNPG takes at most 8/,
    ],
    ['a major twice', [images[0]!, { ...images[0]! }], /major 17 is given twice/],
    ['an image not pinned', [{ major: 17, image: 'x/y:17' }], /x\/y:17 is not pinned by digest/],
    [
      'an extension env the CRD refuses',
      [
        {
          ...images[1]!,
          extensions: [{ ...vector, env: [{ name: '1X', value: 'v' }] }],
        },
      ],
      /extension vector: env \{"name":"1X","value":"v"\} is not allowed/,
    ],
  ])('refuses %s, as the API server would', (_name, bad, message) => {
    expect(() => catalogDocument(id, bad)).toThrow(message);
  });

  it('the CRD agrees with the check: a broken document fails both', () => {
    const doc = catalogDocument(id, images);
    const broken = { ...doc, spec: { images: [...doc.spec.images, { major: 9, image: 'x' }] } };
    expect(() => checkCatalog(broken)).toThrow(/major 9/);
    expect(crds.validate(broken).length).toBeGreaterThan(0);
  });

  it('kustomization lists the files, sorted', () => {
    expect(
      parse(kustomizationYaml(['catalog-standard-trixie.yaml', 'catalog-minimal-trixie.yaml'])),
    ).toEqual({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: ['catalog-minimal-trixie.yaml', 'catalog-standard-trixie.yaml'],
    });
  });
});

describe('extensions', () => {
  it('reads the extension action’s images output and its cluster-extensions, naming production', () => {
    const fromImages = parseExtensions(
      JSON.stringify([
        {
          reference: `ghcr.io/example/pgvector-testing@${D(3)}`,
          promote: { repository: 'ghcr.io/example/pgvector', tags: [] },
          clusterExtension: {
            name: 'vector',
            image: { reference: `ghcr.io/example/pgvector-testing@${D(3)}` },
            ld_library_path: ['system'],
          },
        },
      ]),
    );
    const fromYaml = parseExtensions(
      `- name: vector\n  image:\n    reference: ghcr.io/example/pgvector-testing@${D(3)}\n  ld_library_path: [system]\n`,
    );
    for (const parsed of [fromImages, fromYaml]) {
      expect(parsed).toEqual([
        {
          entry: {
            name: 'vector',
            image: { reference: `ghcr.io/example/pgvector@${D(3)}` },
            ld_library_path: ['system'],
          },
          production: `ghcr.io/example/pgvector@${D(3)}`,
          where: 'extensions[0]',
        },
      ]);
    }
  });

  it('takes what `pgforge extension` prints, `{ images, layout }`', () => {
    const printed = JSON.stringify({
      images: [
        {
          reference: `ghcr.io/example/pgvector-testing@${D(3)}`,
          clusterExtension: {
            name: 'vector',
            image: { reference: `ghcr.io/example/pgvector-testing@${D(3)}` },
          },
        },
      ],
    });
    expect(parseExtensions(printed).map((p) => p.production)).toEqual([
      `ghcr.io/example/pgvector@${D(3)}`,
    ]);
  });

  it('refuses an extension named by tag', () => {
    expect(() =>
      parseExtensions('- name: vector\n  image: { reference: ghcr.io/x/v:1 }\n'),
    ).toThrow(
      /^extensions\[0\]\.image\.reference: "ghcr\.io\/x\/v:1" is not allowed; expected a reference by digest/,
    );
  });

  it('from PG 18 only, for the major and distribution the image is annotated for', () => {
    const entry = (name: string, n: number) => ({
      name,
      image: { reference: `r/${name}@${D(n)}` },
    });
    const placed = [
      { entry: entry('vector', 1), major: 18, os: 'trixie' },
      { entry: entry('vector', 2), major: 18, os: 'bookworm' },
      { entry: entry('vector', 3), major: 17, os: 'trixie' },
    ];
    expect(extensionsFor(placed, 18, 'trixie')).toEqual([entry('vector', 1)]);
    expect(extensionsFor(placed, 17, 'trixie')).toEqual([]);
    expect(() =>
      extensionsFor(
        [...placed, { entry: entry('vector', 4), major: 18, os: 'trixie' }],
        18,
        'trixie',
      ),
    ).toThrow(/extension vector is given twice for PostgreSQL 18 on trixie/);
  });
});
