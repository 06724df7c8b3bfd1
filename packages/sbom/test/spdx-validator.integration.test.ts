/**
 * The SPDX 2.3 validator built from spdx/tools-golang's Go model (spdx-validator.ts): it is
 * derived as the specification says, accepts SPDX's own example document, rejects that document
 * when it is broken in the ways that matter, and accepts what pgforge writes.
 */
import { homedir } from 'node:os';
import { defaultCacheDir } from '@pgforge/apt';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  analyzeImageFiles,
  documentInput,
  readImageFiles,
  SBOM_SELECTION,
  writeSpdx,
} from '../src/index.js';
import type { SbomSubject } from '../src/index.js';
import { BASE_LAYER } from './fixture-image.js';
import { layerOf } from '../../oci/test/support/layers.js';
import type { TestEntry } from '../../oci/test/support/layers.js';
import { explain } from './schemas.js';
import {
  EXAMPLE_PATH,
  SPEC_CORRECTIONS,
  TOOLS_GOLANG_PACKAGE,
  spdxModelValidator,
} from './spdx-validator.js';
import type { SpdxModelValidator } from './spdx-validator.js';

const mirror = inject('mirror');
let spdx: SpdxModelValidator;

beforeAll(async () => {
  const started = performance.now();
  spdx = await spdxModelValidator({ mirror, cacheDir: defaultCacheDir(process.env, homedir()) });
  process.stderr.write(
    `[spdx] ${TOOLS_GOLANG_PACKAGE} ${spdx.sources.version} (${spdx.sources.goFiles.size} Go files): ` +
      `fetched, read and compiled in ${(performance.now() - started).toFixed(0)} ms\n`,
  );
});

type Json = Record<string, unknown>;
type Doc = Json & {
  packages: (Json & { externalRefs?: Json[] })[];
  relationships: Json[];
  files?: Json[];
};

/** A deep copy of SPDX's example document, to break. */
const example = (): Doc => structuredClone(spdx.sources.example) as Doc;

const errorsOf = (doc: unknown): { instancePath: string; keyword: string }[] =>
  spdx.validate(doc) ? [] : (spdx.validate.errors ?? []);

describe('the SPDX 2.3 model of spdx/tools-golang', () => {
  it('requires what the specification makes mandatory, read from the Go struct tags', () => {
    // §6.1–6.5, and creationInfo with Creator and Created (§6.8, §6.9).
    expect(spdx.required('v2_3.Document')).toEqual([
      'spdxVersion',
      'dataLicense',
      'SPDXID',
      'name',
      'documentNamespace',
      'creationInfo',
    ]);
    expect(spdx.required('v2_3.CreationInfo')).toEqual(['creators', 'created']);
    // §7.1, §7.2, §7.7. filesAnalyzed (§7.8) is optional: the Go reader's UnmarshalJSON reads
    // it through a pointer and defaults it to true.
    expect(spdx.required('v2_3.Package')).toEqual(['name', 'SPDXID', 'downloadLocation']);
    expect(spdx.properties('v2_3.Package')).toEqual(
      expect.arrayContaining([
        'filesAnalyzed',
        'hasFiles',
        'externalRefs',
        'primaryPackagePurpose',
      ]),
    );
    expect(spdx.required('v2_3.Relationship')).toEqual([
      'spdxElementId',
      'relatedSpdxElement',
      'relationshipType',
    ]);
    expect(spdx.required('v2_3.File')).toEqual(['fileName', 'SPDXID', 'checksums']);
    expect(spdx.schema.$defs).toHaveProperty(['v2_3.Document', 'additionalProperties'], false);
  });

  it('takes the enums from the Go constants and comments', () => {
    expect(spdx.enumOf('v2_3.PackageExternalReference', 'referenceCategory')).toEqual([
      'SECURITY',
      'PACKAGE-MANAGER',
      'PERSISTENT-ID',
      'OTHER',
    ]);
    const relationships = spdx.enumOf('v2_3.Relationship', 'relationshipType');
    // 44 constants in common/external.go, and DEPENDENCY_MANIFEST_OF (a correction): §11.1's 45.
    expect(relationships).toHaveLength(45);
    expect(relationships).toEqual(
      expect.arrayContaining(['DESCRIBES', 'CONTAINS', 'DEPENDS_ON', 'DEPENDENCY_MANIFEST_OF']),
    );
    expect(spdx.enumOf('common.Checksum', 'algorithm')).toEqual(
      expect.arrayContaining(['SHA1', 'SHA256', 'SHA3-512', 'BLAKE2b-256', 'BLAKE3', 'ADLER32']),
    );
    expect(spdx.enumOf('common.Checksum', 'algorithm')).toHaveLength(17);
    expect(spdx.enumOf('v2_3.Package', 'primaryPackagePurpose')).toEqual([
      'APPLICATION',
      'FRAMEWORK',
      'LIBRARY',
      'CONTAINER',
      'OPERATING-SYSTEM',
      'DEVICE',
      'FIRMWARE',
      'SOURCE',
      'ARCHIVE',
      'FILE',
      'INSTALL',
      'OTHER',
      'OPERATING_SYSTEM',
    ]);
    expect(SPEC_CORRECTIONS).toHaveLength(6);
  });

  it(`accepts SPDX's example document (${EXAMPLE_PATH.split('/').pop()!})`, () => {
    expect(spdx.validate(example()), explain(spdx.validate.errors)).toBe(true);
    expect(example().packages.length).toBeGreaterThan(3);
  });

  const broken: {
    name: string;
    mutate: (doc: Doc) => void;
    error: { instancePath: string; keyword: string };
  }[] = [
    {
      name: 'an unknown document property',
      mutate: (d) => (d.documentAuthor = 'Jane Doe'),
      error: { instancePath: '', keyword: 'additionalProperties' },
    },
    {
      name: 'an unknown package property',
      mutate: (d) => (d.packages[0]!.packageUrl = 'pkg:generic/glibc@2.11.1'),
      error: { instancePath: '/packages/0', keyword: 'additionalProperties' },
    },
    {
      name: 'an unknown property in a checksum',
      mutate: (d) => ((d.packages[0]!.checksums as Json[])[0]!.encoding = 'hex'),
      error: { instancePath: '/packages/0/checksums/0', keyword: 'additionalProperties' },
    },
    {
      name: 'no documentNamespace',
      mutate: (d) => delete d.documentNamespace,
      error: { instancePath: '', keyword: 'required' },
    },
    {
      name: 'a package without downloadLocation',
      mutate: (d) => delete d.packages[1]!.downloadLocation,
      error: { instancePath: '/packages/1', keyword: 'required' },
    },
    {
      name: 'a relationship without relatedSpdxElement',
      mutate: (d) => delete d.relationships[0]!.relatedSpdxElement,
      error: { instancePath: '/relationships/0', keyword: 'required' },
    },
    {
      name: 'an unknown relationship type',
      mutate: (d) => (d.relationships[0]!.relationshipType = 'DEPENDS_UPON'),
      error: { instancePath: '/relationships/0/relationshipType', keyword: 'enum' },
    },
    {
      name: 'PACKAGE_MANAGER spelled with an underscore',
      mutate: (d) => {
        const ref = d.packages
          .flatMap((p) => p.externalRefs ?? [])
          .find((r) => r.referenceCategory === 'PACKAGE-MANAGER')!;
        ref.referenceCategory = 'PACKAGE_MANAGER';
      },
      error: { instancePath: '/packages/2/externalRefs/0/referenceCategory', keyword: 'enum' },
    },
    {
      name: 'an unknown checksum algorithm',
      mutate: (d) => ((d.packages[0]!.checksums as Json[])[0]!.algorithm = 'SHA-256'),
      error: { instancePath: '/packages/0/checksums/0/algorithm', keyword: 'enum' },
    },
    {
      name: 'filesAnalyzed as a string',
      mutate: (d) => (d.packages[0]!.filesAnalyzed = 'true'),
      error: { instancePath: '/packages/0/filesAnalyzed', keyword: 'type' },
    },
    {
      name: 'an SPDXID without SPDXRef-',
      mutate: (d) => (d.packages[0]!.SPDXID = 'Package-glibc'),
      error: { instancePath: '/packages/0/SPDXID', keyword: 'pattern' },
    },
    {
      name: 'a creator without its type',
      mutate: (d) => ((d.creationInfo as { creators: string[] }).creators[0] = 'LicenseFind-1.0'),
      error: { instancePath: '/creationInfo/creators/0', keyword: 'pattern' },
    },
    {
      name: 'a creation date with fractional seconds',
      mutate: (d) => ((d.creationInfo as Json).created = '2010-01-29T18:30:22.5Z'),
      error: { instancePath: '/creationInfo/created', keyword: 'pattern' },
    },
    {
      name: 'spdxVersion SPDX-2.2',
      mutate: (d) => (d.spdxVersion = 'SPDX-2.2'),
      error: { instancePath: '/spdxVersion', keyword: 'const' },
    },
  ];

  for (const { name, mutate, error } of broken) {
    it(`rejects SPDX's example with ${name}`, () => {
      const doc = example();
      mutate(doc);
      expect(errorsOf(doc)).toContainEqual(expect.objectContaining(error));
    });
  }

  it('accepts what SPDX 2.3 allows beyond the Go struct tags (the corrections)', () => {
    const doc = example();
    delete doc.packages[0]!.filesAnalyzed;
    doc.packages[0]!.hasFiles = ['SPDXRef-DoapSource'];
    doc.documentDescribes = ['SPDXRef-Package'];
    delete doc.files![0]!.copyrightText;
    doc.packages[1]!.primaryPackagePurpose = 'OPERATING-SYSTEM';
    doc.packages[2]!.primaryPackagePurpose = 'OPERATING_SYSTEM';
    doc.relationships.push({
      spdxElementId: 'SPDXRef-DoapSource',
      relationshipType: 'DEPENDENCY_MANIFEST_OF',
      relatedSpdxElement: 'SPDXRef-Package',
    });
    expect(spdx.validate(doc), explain(spdx.validate.errors)).toBe(true);
    doc.packages[0]!.files = [];
    expect(errorsOf(doc)).toContainEqual(
      expect.objectContaining({ instancePath: '/packages/0', keyword: 'additionalProperties' }),
    );
  });
});

// pgforge's documents, from the same fixture layers as documents.test.ts.
const SUBJECT: SbomSubject = {
  registry: '127.0.0.1:5000',
  repository: 'it/postgresql',
  tag: '17-minimal-trixie',
  digest: `sha256:${'ab'.repeat(32)}`,
  indexDigest: `sha256:${'cd'.repeat(32)}`,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  size: 1234,
  platform: { os: 'linux', architecture: 'amd64' },
  created: '2026-11-21T10:15:42.123456789Z',
};

async function spdxOf(
  entries: TestEntry[],
  platform: SbomSubject['platform'],
  options: Omit<Parameters<typeof analyzeImageFiles>[1], 'platform'>,
): Promise<Doc> {
  const layer = await layerOf(entries);
  const files = await readImageFiles({
    image: 'test',
    layers: [{ mediaType: layer.mediaType, digest: `sha256:${'0'.repeat(64)}`, size: 1 }],
    fetchBlob: async () => layer.bytes,
    select: SBOM_SELECTION,
  });
  const content = await analyzeImageFiles(files, { ...options, platform });
  const subject = { ...SUBJECT, platform };
  return JSON.parse(writeSpdx(documentInput(subject, content))) as Doc;
}

describe('pgforge’s SPDX documents against the SPDX 2.3 model of spdx/tools-golang', () => {
  it('validates the SBOM of a Debian image (packages, DEPENDS_ON, extracted licences, the OS)', async () => {
    const doc = await spdxOf(BASE_LAYER, SUBJECT.platform, { image: 'test' });
    expect(spdx.validate(doc), explain(spdx.validate.errors)).toBe(true);
    expect(doc.hasExtractedLicensingInfos).toBeDefined();
    expect(doc.packages.some((p) => p.primaryPackagePurpose === 'OPERATING_SYSTEM')).toBe(true);
  });

  it('validates the SBOM of an extension image (its libraries as files)', async () => {
    const doc = await spdxOf(
      [
        { name: 'lib/vector.so', content: 'ELF module' },
        {
          name: 'share/extension/vector.control',
          content: "default_version = '0.8.0'\nmodule_pathname = '$libdir/vector'\n",
        },
        { name: 'system/libfoo.so.1.2.3', content: 'ELF library' },
      ],
      { architecture: 'arm64', os: 'linux' },
      {
        image: 'reg/vector',
        packages: [{ name: 'postgresql-17-pgvector', version: '0.8.0-1', source: 'pgvector' }],
        distro: { id: 'debian', version: '13', qualifier: 'debian-13' },
      },
    );
    expect(spdx.validate(doc), explain(spdx.validate.errors)).toBe(true);
    expect(doc.files).toHaveLength(2);
  });
});
