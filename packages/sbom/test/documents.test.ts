import { describe, expect, it } from 'vitest';
import {
  analyzeImageFiles,
  documentInput,
  NoPackagesFoundError,
  readImageFiles,
  SBOM_SELECTION,
  sbomTimestamp,
  writeCycloneDx,
  writeSpdx,
} from '../src/index.js';
import type { SbomContent, SbomSubject } from '../src/index.js';
import { BASE_LAYER } from './fixture-image.js';
import { layerOf } from '../../oci/test/support/layers.js';
import type { TestEntry } from '../../oci/test/support/layers.js';
import { cyclonedxValidator, explain } from './schemas.js';

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

async function contentOf(entries: TestEntry[], options: Parameters<typeof analyzeImageFiles>[1]) {
  const layer = await layerOf(entries);
  const files = await readImageFiles({
    image: 'test',
    layers: [{ mediaType: layer.mediaType, digest: `sha256:${'0'.repeat(64)}`, size: 1 }],
    fetchBlob: async () => layer.bytes,
    select: SBOM_SELECTION,
  });
  return analyzeImageFiles(files, options);
}

const debianContent = (): Promise<SbomContent> =>
  contentOf(BASE_LAYER, { image: 'test', platform: SUBJECT.platform });

type Json = Record<string, unknown>;
type SpdxDoc = {
  packages: (Json & {
    name: string;
    SPDXID: string;
    externalRefs?: { referenceLocator: string }[];
  })[];
  relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[];
  hasExtractedLicensingInfos?: { licenseId: string; extractedText: string }[];
  files?: Json[];
} & Json;
type CdxDoc = {
  metadata: { component: Json; timestamp: string };
  components: (Json & { name: string; purl?: string; 'bom-ref': string })[];
  dependencies: { ref: string; dependsOn: string[] }[];
  serialNumber: string;
} & Json;

describe('the Debian content of an image', () => {
  it('gives each package its purl, licence and installed dependencies', async () => {
    const content = await debianContent();
    expect(content.kind).toBe('debian');
    expect(content.distro).toEqual({
      id: 'debian',
      version: '13',
      prettyName: 'Debian GNU/Linux 13 (trixie)',
      qualifier: 'debian-13',
    });
    const pkg = new Map(content.packages.map((p) => [p.name, p]));
    expect(pkg.get('libc6')?.purl).toBe(
      'pkg:deb/debian/libc6@2.41-12%2Bb1?arch=amd64&distro=debian-13',
    );
    expect(pkg.get('postgresql-17')?.dependsOn).toEqual([
      'pkg:deb/debian/libc6@2.41-12%2Bb1?arch=amd64&distro=debian-13',
      'pkg:deb/debian/libpq5@17.6-0%2Bdeb13u1?arch=amd64&distro=debian-13',
      // awk, provided by mawk
      'pkg:deb/debian/mawk@1.3.4.20250131-1?arch=amd64&distro=debian-13',
      'pkg:deb/debian/tzdata@2025b-4%2Bdeb13u1?arch=all&distro=debian-13',
    ]);
    // Through the symlinked doc directory, and through a hard link.
    expect(pkg.get('libgcc-s1')?.license.expression).toBe(pkg.get('libc6')?.license.expression);
    expect(pkg.get('libgcc-s1')?.copyrightFile).toBe('usr/share/doc/gcc-14-base/copyright');
    expect(pkg.get('libpq5')?.license.expression).toBe(
      pkg.get('postgresql-17')?.license.expression,
    );
    expect(pkg.get('mawk')?.license.expression).toBe('NOASSERTION');
    expect(pkg.get('tzdata')?.license.expression).toBe('LicenseRef-public-domain');
  });

  it('is an error, naming the image, when there is no dpkg database and no extension', async () => {
    await expect(
      contentOf([{ name: 'etc/hostname', content: 'x' }], {
        image: 'reg/empty@sha256:1',
        platform: SUBJECT.platform,
      }),
    ).rejects.toThrow(NoPackagesFoundError);
  });
});

// Validation against the SPDX 2.3 model of spdx/tools-golang, fetched from the Debian mirror,
// is an integration test: spdx-validator.integration.test.ts.
describe('SPDX 2.3', () => {
  it('describes the image, contains the packages and their DEPENDS_ON edges', async () => {
    const doc = JSON.parse(writeSpdx(documentInput(SUBJECT, await debianContent()))) as SpdxDoc;
    expect(doc.spdxVersion).toBe('SPDX-2.3');
    const root = doc.packages[0]!;
    expect(root).toMatchObject({
      name: '127.0.0.1:5000/it/postgresql',
      versionInfo: SUBJECT.digest,
      primaryPackagePurpose: 'CONTAINER',
      checksums: [{ algorithm: 'SHA256', checksumValue: 'ab'.repeat(32) }],
    });
    expect(root.externalRefs?.[0]?.referenceLocator).toBe(
      `pkg:oci/postgresql@sha256:${'ab'.repeat(32)}?arch=amd64&repository_url=127.0.0.1:5000%2Fit%2Fpostgresql&tag=17-minimal-trixie`,
    );
    expect(doc.relationships[0]).toEqual({
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: root.SPDXID,
    });
    const idOf = (name: string): string => doc.packages.find((p) => p.name === name)!.SPDXID;
    const has = (from: string, type: string, to: string): boolean =>
      doc.relationships.some(
        (r) =>
          r.spdxElementId === from && r.relationshipType === type && r.relatedSpdxElement === to,
      );
    for (const name of ['libc6', 'libgcc-s1', 'libpq5', 'mawk', 'postgresql-17', 'tzdata']) {
      expect(has(root.SPDXID, 'CONTAINS', idOf(name)), name).toBe(true);
    }
    expect(has(idOf('postgresql-17'), 'DEPENDS_ON', idOf('mawk'))).toBe(true);
    expect(has(idOf('libc6'), 'DEPENDS_ON', idOf('libgcc-s1'))).toBe(true);
    expect(doc.relationships.filter((r) => r.relationshipType === 'DEPENDS_ON')).toHaveLength(8);
    expect(doc.packages.find((p) => p.name === 'libc6')).toMatchObject({
      versionInfo: '2.41-12+b1',
      supplier: 'Person: GNU Libc Maintainers (debian-glibc@lists.debian.org)',
      sourceInfo: 'built package from: glibc 2.41-12',
      licenseDeclared: '(GPL-2.0-or-later OR Artistic-2.0) AND BSD-3-Clause AND LGPL-2.1-or-later',
    });
    expect(doc.hasExtractedLicensingInfos).toEqual([
      {
        licenseId: 'LicenseRef-public-domain',
        name: 'public-domain',
        extractedText: 'This database is in the public domain.\n\nIt may be used by anyone.',
      },
    ]);
  });
});

describe('CycloneDX 1.6', () => {
  it('validates against the official CycloneDX 1.6 schema', async () => {
    const doc = JSON.parse(
      writeCycloneDx(documentInput(SUBJECT, await debianContent())),
    ) as unknown;
    const validate = cyclonedxValidator();
    expect(validate(doc), explain(validate.errors)).toBe(true);
  });

  it('has the image as metadata.component, the packages and the dependency graph', async () => {
    const content = await debianContent();
    const doc = JSON.parse(writeCycloneDx(documentInput(SUBJECT, content))) as CdxDoc;
    expect(doc.metadata.component).toMatchObject({ type: 'container', version: SUBJECT.digest });
    expect(doc.metadata.timestamp).toBe('2026-11-21T10:15:42Z');
    const libc = doc.components.find((c) => c.name === 'libc6')!;
    expect(libc).toMatchObject({
      type: 'library',
      version: '2.41-12+b1',
      purl: 'pkg:deb/debian/libc6@2.41-12%2Bb1?arch=amd64&distro=debian-13',
      licenses: [
        { expression: '(GPL-2.0-or-later OR Artistic-2.0) AND BSD-3-Clause AND LGPL-2.1-or-later' },
      ],
      properties: expect.arrayContaining([
        { name: 'pgforge:deb:source', value: 'glibc' },
        { name: 'pgforge:deb:source-version', value: '2.41-12' },
      ]),
    });
    expect(doc.components.find((c) => c.type === 'operating-system')).toMatchObject({
      name: 'debian',
      version: '13',
    });
    const pg = content.packages.find((p) => p.name === 'postgresql-17')!;
    expect(doc.dependencies.find((d) => d.ref === pg.purl)?.dependsOn).toEqual(pg.dependsOn);
    const root = doc.dependencies[0]!;
    expect(root.ref).toBe(doc.metadata.component['bom-ref']);
    expect(root.dependsOn).toHaveLength(content.packages.length + 1);
  });
});

describe('determinism', () => {
  it('writes the same bytes for the same image, whatever the clock says', async () => {
    const a = documentInput(SUBJECT, await debianContent());
    const b = documentInput(SUBJECT, await debianContent());
    expect(writeSpdx(a)).toBe(writeSpdx(b));
    expect(writeCycloneDx(a)).toBe(writeCycloneDx(b));
  });

  it('derives the namespace and serial number from the image digest', async () => {
    const content = await debianContent();
    const other = { ...SUBJECT, digest: `sha256:${'ef'.repeat(32)}` };
    const spdx = (s: SbomSubject): string =>
      (JSON.parse(writeSpdx(documentInput(s, content))) as { documentNamespace: string })
        .documentNamespace;
    const serial = (s: SbomSubject): string =>
      (JSON.parse(writeCycloneDx(documentInput(s, content))) as CdxDoc).serialNumber;
    expect(spdx(SUBJECT)).toMatch(
      /^https:\/\/spdx\.org\/spdxdocs\/pgforge-postgresql-[0-9a-f-]{36}$/,
    );
    expect(spdx(SUBJECT)).not.toBe(spdx(other));
    expect(serial(SUBJECT)).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(serial(SUBJECT)).not.toBe(serial(other));
  });

  it('takes the timestamp from the option, else the image, else the epoch', () => {
    expect(sbomTimestamp('2027-01-02T03:04:05.9Z', SUBJECT.created)).toBe('2027-01-02T03:04:05Z');
    expect(sbomTimestamp(undefined, SUBJECT.created)).toBe('2026-11-21T10:15:42Z');
    expect(sbomTimestamp(undefined, undefined)).toBe('1970-01-01T00:00:00Z');
    expect(() => sbomTimestamp('yesterday')).toThrow(/created: "yesterday" is not allowed/);
  });
});

describe('an extension image', () => {
  const CONTROL =
    "comment = 'vector data type and ivfflat and hnsw access methods'\ndefault_version = '0.8.0'\nmodule_pathname = '$libdir/vector'\n";
  const ENTRIES: TestEntry[] = [
    { name: 'lib/vector.so', content: 'ELF module' },
    { name: 'lib/bitcode/vector/src/ivf.bc', content: 'bitcode' },
    { name: 'share/extension/vector.control', content: CONTROL },
    { name: 'share/extension/vector--0.8.0.sql', content: 'CREATE TYPE vector;' },
    { name: 'system/libfoo.so.1.2.3', content: 'ELF library' },
    { name: 'system/libfoo.so.1', type: 'symlink', linkname: 'libfoo.so.1.2.3' },
    {
      name: 'licenses/postgresql-17-pgvector/copyright',
      content:
        'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nCopyright: 2021 Andrew Kane\nLicense: PostgreSQL\n',
    },
  ];
  const options = {
    image: 'reg/vector',
    platform: { architecture: 'arm64', os: 'linux' },
    packages: [{ name: 'postgresql-17-pgvector', version: '0.8.0-1', source: 'pgvector' }],
    distro: { id: 'debian', version: '13', qualifier: 'debian-13' },
  };

  it('lists the extension, its packages and the digests of its modules and libraries', async () => {
    const content = await contentOf(ENTRIES, options);
    expect(content.kind).toBe('extension');
    expect(content.extensions).toEqual([
      {
        name: 'vector',
        version: '0.8.0',
        comment: 'vector data type and ivfflat and hnsw access methods',
        controlFile: 'share/extension/vector.control',
      },
    ]);
    expect(content.packages).toHaveLength(1);
    expect(content.packages[0]).toMatchObject({
      name: 'postgresql-17-pgvector',
      version: '0.8.0-1',
      architecture: 'arm64',
      source: 'pgvector',
      purl: 'pkg:deb/debian/postgresql-17-pgvector@0.8.0-1?arch=arm64&distro=debian-13',
      license: { expression: 'PostgreSQL', references: [] },
    });
    expect(content.files.map((f) => [f.path, f.library])).toEqual([
      ['lib/bitcode/vector/src/ivf.bc', false],
      ['lib/vector.so', true],
      ['system/libfoo.so.1.2.3', true],
    ]);
  });

  const extensionInput = async () =>
    documentInput({ ...SUBJECT, platform: options.platform }, await contentOf(ENTRIES, options));

  it('validates against the CycloneDX 1.6 schema, with the digests of the libraries', async () => {
    const cdx = cyclonedxValidator();
    const cdxDoc = JSON.parse(writeCycloneDx(await extensionInput())) as CdxDoc;
    expect(cdx(cdxDoc), explain(cdx.errors)).toBe(true);
    expect(cdxDoc.components.find((c) => c.name === 'libfoo.so.1.2.3')).toMatchObject({
      type: 'library',
      hashes: [
        { alg: 'SHA-1', content: expect.stringMatching(/^[0-9a-f]{40}$/) },
        { alg: 'SHA-256', content: expect.stringMatching(/^[0-9a-f]{64}$/) },
      ],
    });
  });

  it('lists the libraries and modules as SPDX files, each with its SHA1 and SHA256', async () => {
    const spdxDoc = JSON.parse(writeSpdx(await extensionInput())) as SpdxDoc;
    expect(spdxDoc.files).toHaveLength(3);
    for (const file of spdxDoc.files!) {
      expect(file.checksums).toEqual([
        { algorithm: 'SHA1', checksumValue: expect.stringMatching(/^[0-9a-f]{40}$/) },
        { algorithm: 'SHA256', checksumValue: expect.stringMatching(/^[0-9a-f]{64}$/) },
      ]);
    }
  });

  it('names a package found only through /licenses, without a version', async () => {
    const content = await contentOf(ENTRIES, { image: 'reg/vector', platform: options.platform });
    expect(content.packages[0]).toMatchObject({
      name: 'postgresql-17-pgvector',
      version: '',
      purl: 'pkg:deb/debian/postgresql-17-pgvector?arch=arm64',
    });
  });
});
