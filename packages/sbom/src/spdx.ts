/**
 * SPDX 2.3 JSON. The image is the root package (DESCRIBES), with an oci purl; each Debian
 * package is a package with a deb purl (CONTAINS), DEPENDS_ON where its Depends are installed;
 * an extension image also lists its PostgreSQL extensions and the digests of its libraries.
 * Written by hand rather than with a library: no maintained npm library writes SPDX 2.3, and the
 * document is plain JSON the official schema checks in the tests.
 */
import { NOASSERTION } from './copyright.js';
import type { LicenseReference } from './copyright.js';
import { SpdxIds, uuidV5 } from './ids.js';
import type { SbomDocumentInput, SbomPackage } from './model.js';
import { ociPurl } from './purl.js';

export const SPDX_MEDIA_TYPE = 'application/spdx+json';

interface Relationship {
  spdxElementId: string;
  relationshipType: string;
  relatedSpdxElement: string;
}

/** `Name <mail>` → `Person: Name (mail)`, the SPDX supplier syntax. */
export function spdxSupplier(maintainer: string | undefined): string {
  if (!maintainer) return NOASSERTION;
  const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(maintainer);
  if (m?.[1] && m[2]) return `Person: ${m[1]} (${m[2]})`;
  return `Person: ${maintainer.trim()}`;
}

function compareRelationships(a: Relationship, b: Relationship): number {
  const ka = `${a.spdxElementId}\u0000${a.relationshipType}\u0000${a.relatedSpdxElement}`;
  const kb = `${b.spdxElementId}\u0000${b.relationshipType}\u0000${b.relatedSpdxElement}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The image's name as people write it: `registry/repository`. */
export function imageName(input: SbomDocumentInput): string {
  return `${input.subject.registry}/${input.subject.repository}`;
}

function platformText(p: SbomDocumentInput['subject']['platform']): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

function debianPackage(pkg: SbomPackage, id: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: pkg.name,
    SPDXID: id,
  };
  if (pkg.version) out.versionInfo = pkg.version;
  out.supplier = spdxSupplier(pkg.maintainer);
  out.downloadLocation = NOASSERTION;
  out.filesAnalyzed = false;
  if (pkg.homepage) out.homepage = pkg.homepage;
  if (pkg.version) out.sourceInfo = `built package from: ${pkg.source} ${pkg.sourceVersion}`;
  out.licenseConcluded = NOASSERTION;
  out.licenseDeclared = pkg.license.expression;
  out.copyrightText = NOASSERTION;
  if (pkg.summary) out.summary = pkg.summary;
  out.externalRefs = [
    { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl },
  ];
  return out;
}

/** The SPDX 2.3 JSON document, as text ending in a newline. */
export function writeSpdx(input: SbomDocumentInput): string {
  const { subject, content } = input;
  const ids = new SpdxIds();
  const name = imageName(input);
  const rootId = ids.id('Image', subject.repository.split('/').pop() ?? 'image');
  const relationships: Relationship[] = [];
  const packages: Record<string, unknown>[] = [];
  const files: Record<string, unknown>[] = [];

  const [algorithm, hex] = subject.digest.split(':');
  const root: Record<string, unknown> = {
    name,
    SPDXID: rootId,
    versionInfo: subject.digest,
    supplier: NOASSERTION,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
  };
  if (algorithm === 'sha256' && hex) root.checksums = [{ algorithm: 'SHA256', checksumValue: hex }];
  Object.assign(root, {
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    description: `${content.kind === 'extension' ? 'Extension image' : 'Container image'} ${name}@${subject.digest} for ${platformText(subject.platform)}`,
    externalRefs: [
      {
        referenceCategory: 'PACKAGE-MANAGER',
        referenceType: 'purl',
        referenceLocator: ociPurl({ ...subject, architecture: subject.platform.architecture }),
      },
    ],
    primaryPackagePurpose: 'CONTAINER',
  });
  packages.push(root);

  if (content.distro?.version) {
    const osId = ids.id('OperatingSystem', `${content.distro.id}-${content.distro.version}`);
    const os: Record<string, unknown> = {
      name: content.distro.id,
      SPDXID: osId,
      versionInfo: content.distro.version,
      downloadLocation: NOASSERTION,
      filesAnalyzed: false,
      licenseConcluded: NOASSERTION,
      licenseDeclared: NOASSERTION,
      copyrightText: NOASSERTION,
    };
    if (content.distro.prettyName) os.description = content.distro.prettyName;
    // The 2.3 JSON schema spells it with an underscore (the specification's prose, a dash).
    os.primaryPackagePurpose = 'OPERATING_SYSTEM';
    packages.push(os);
    relationships.push({
      spdxElementId: rootId,
      relationshipType: 'CONTAINS',
      relatedSpdxElement: osId,
    });
  }

  const byPurl = new Map<string, string>();
  for (const p of content.packages)
    byPurl.set(p.purl, ids.id('Package-deb', `${p.name}-${p.architecture}`));
  const extractedLicenses = new Map<string, LicenseReference>();
  for (const p of content.packages) {
    const id = byPurl.get(p.purl) ?? '';
    packages.push(debianPackage(p, id));
    relationships.push({
      spdxElementId: rootId,
      relationshipType: 'CONTAINS',
      relatedSpdxElement: id,
    });
    for (const target of p.dependsOn) {
      const targetId = byPurl.get(target);
      if (targetId)
        relationships.push({
          spdxElementId: id,
          relationshipType: 'DEPENDS_ON',
          relatedSpdxElement: targetId,
        });
    }
    for (const ref of p.license.references) {
      const seen = extractedLicenses.get(ref.id);
      if (!seen || (seen.text === undefined && ref.text !== undefined))
        extractedLicenses.set(ref.id, ref);
    }
  }

  for (const ext of content.extensions) {
    const id = ids.id('PostgresExtension', ext.name);
    const out: Record<string, unknown> = { name: ext.name, SPDXID: id };
    if (ext.version) out.versionInfo = ext.version;
    Object.assign(out, {
      downloadLocation: NOASSERTION,
      filesAnalyzed: false,
      licenseConcluded: NOASSERTION,
      licenseDeclared: NOASSERTION,
      copyrightText: NOASSERTION,
    });
    out.description = ext.comment ?? `PostgreSQL extension ${ext.name} (${ext.controlFile})`;
    out.primaryPackagePurpose = 'LIBRARY';
    packages.push(out);
    relationships.push({
      spdxElementId: rootId,
      relationshipType: 'CONTAINS',
      relatedSpdxElement: id,
    });
  }

  for (const file of content.files) {
    const id = ids.id('File', file.path);
    files.push({
      fileName: `./${file.path}`,
      SPDXID: id,
      checksums: [
        { algorithm: 'SHA1', checksumValue: file.sha1 },
        { algorithm: 'SHA256', checksumValue: file.sha256 },
      ],
      fileTypes: [file.library ? 'BINARY' : 'OTHER'],
      licenseConcluded: NOASSERTION,
      copyrightText: NOASSERTION,
    });
    relationships.push({
      spdxElementId: rootId,
      relationshipType: 'CONTAINS',
      relatedSpdxElement: id,
    });
  }

  relationships.sort(compareRelationships);
  relationships.unshift({
    spdxElementId: 'SPDXRef-DOCUMENT',
    relationshipType: 'DESCRIBES',
    relatedSpdxElement: rootId,
  });

  const document: Record<string, unknown> = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${name}@${subject.digest}`,
    documentNamespace: `https://spdx.org/spdxdocs/${input.tool.name}-${(subject.repository.split('/').pop() ?? 'image').toLowerCase()}-${uuidV5(`spdx:${name}@${subject.digest}:${input.created}:${input.tool.name}-${input.tool.version}`)}`,
    creationInfo: {
      created: input.created,
      creators: [`Tool: ${input.tool.name}-${input.tool.version}`],
    },
    packages,
  };
  if (files.length > 0) document.files = files;
  if (extractedLicenses.size > 0) {
    document.hasExtractedLicensingInfos = [...extractedLicenses.values()]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((ref) => ({
        licenseId: ref.id,
        name: ref.name,
        extractedText:
          ref.text ??
          `The license named "${ref.name}" in a Debian machine-readable copyright file, which has no SPDX identifier.`,
      }));
  }
  document.relationships = relationships;
  return `${JSON.stringify(document, null, 2)}\n`;
}
