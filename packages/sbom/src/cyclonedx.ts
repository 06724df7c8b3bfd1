/**
 * CycloneDX 1.6 JSON: the image as metadata.component (a container), the distribution as an
 * operating-system component, one library component per Debian package (purl, licences, source
 * package as properties), and the dependency graph. Written as plain JSON (the official schema
 * checks it in the tests) rather than through @cyclonedx/cyclonedx-library, whose builder model
 * would be a large dependency for the few fields written here.
 */
import { NOASSERTION } from './copyright.js';
import type { CopyrightLicense } from './copyright.js';
import { uuidV5 } from './ids.js';
import { spdxLicenseId } from './license-ids.js';
import type { SbomDocumentInput, SbomPackage } from './model.js';
import { ociPurl } from './purl.js';
import { imageName } from './spdx.js';

export const CYCLONEDX_MEDIA_TYPE = 'application/vnd.cyclonedx+json';

type Json = Record<string, unknown>;

function property(name: string, value: string): Json {
  return { name, value };
}

/** A single SPDX id as `license.id`; anything else (AND/OR, LicenseRef) as an expression. */
export function cyclonedxLicenses(license: CopyrightLicense): Json[] | undefined {
  const expression = license.expression;
  if (expression === NOASSERTION) return undefined;
  if (/^[A-Za-z0-9.+-]+$/.test(expression) && spdxLicenseId(expression) === expression) {
    return [{ license: { id: expression } }];
  }
  return [{ expression }];
}

function packageComponent(pkg: SbomPackage): Json {
  const out: Json = { type: 'library', 'bom-ref': pkg.purl };
  if (pkg.maintainer) out.publisher = pkg.maintainer;
  out.name = pkg.name;
  if (pkg.version) out.version = pkg.version;
  if (pkg.summary) out.description = pkg.summary;
  const licenses = cyclonedxLicenses(pkg.license);
  if (licenses) out.licenses = licenses;
  out.purl = pkg.purl;
  if (pkg.homepage && /^https?:\/\//.test(pkg.homepage)) {
    out.externalReferences = [{ type: 'website', url: pkg.homepage }];
  }
  const properties = [
    property('pgforge:deb:architecture', pkg.architecture),
    property('pgforge:deb:source', pkg.source),
  ];
  if (pkg.sourceVersion) properties.push(property('pgforge:deb:source-version', pkg.sourceVersion));
  if (pkg.installedSize !== undefined) {
    properties.push(property('pgforge:deb:installed-size-kib', String(pkg.installedSize)));
  }
  if (pkg.copyrightFile) properties.push(property('pgforge:deb:copyright-file', pkg.copyrightFile));
  out.properties = properties;
  return out;
}

/** The CycloneDX 1.6 JSON document, as text ending in a newline. */
export function writeCycloneDx(input: SbomDocumentInput): string {
  const { subject, content } = input;
  const name = imageName(input);
  const rootPurl = ociPurl({ ...subject, architecture: subject.platform.architecture });
  const platform = `${subject.platform.os}/${subject.platform.architecture}${subject.platform.variant ? `/${subject.platform.variant}` : ''}`;

  const [algorithm, hex] = subject.digest.split(':');
  const root: Json = { type: 'container', 'bom-ref': rootPurl, name, version: subject.digest };
  if (algorithm === 'sha256' && hex) root.hashes = [{ alg: 'SHA-256', content: hex }];
  root.purl = rootPurl;
  const rootProperties = [property('pgforge:image:platform', platform)];
  if (subject.indexDigest)
    rootProperties.push(property('pgforge:image:index-digest', subject.indexDigest));
  if (subject.tag) rootProperties.push(property('pgforge:image:tag', subject.tag));
  rootProperties.push(property('pgforge:image:kind', content.kind));
  root.properties = rootProperties;

  const components: Json[] = [];
  const dependencies: Json[] = [];
  const contained: string[] = [];

  if (content.distro?.version) {
    const ref = `os:${content.distro.id}@${content.distro.version}`;
    const os: Json = {
      type: 'operating-system',
      'bom-ref': ref,
      name: content.distro.id,
      version: content.distro.version,
    };
    if (content.distro.prettyName) os.description = content.distro.prettyName;
    components.push(os);
    contained.push(ref);
  }
  for (const pkg of content.packages) {
    components.push(packageComponent(pkg));
    contained.push(pkg.purl);
  }
  for (const ext of content.extensions) {
    const ref = `postgresql-extension:${ext.name}${ext.version ? `@${ext.version}` : ''}`;
    const out: Json = { type: 'library', 'bom-ref': ref, name: ext.name };
    if (ext.version) out.version = ext.version;
    if (ext.comment) out.description = ext.comment;
    out.properties = [property('pgforge:postgresql:control-file', `/${ext.controlFile}`)];
    components.push(out);
    contained.push(ref);
  }
  for (const file of content.files) {
    const ref = `file:/${file.path}`;
    components.push({
      type: file.library ? 'library' : 'file',
      'bom-ref': ref,
      name: file.path.split('/').pop() ?? file.path,
      hashes: [
        { alg: 'SHA-1', content: file.sha1 },
        { alg: 'SHA-256', content: file.sha256 },
      ],
      properties: [
        property('pgforge:file:path', `/${file.path}`),
        property('pgforge:file:size', String(file.size)),
      ],
    });
    contained.push(ref);
  }

  const dependsOn = new Map(content.packages.map((p) => [p.purl, p.dependsOn]));
  dependencies.push({ ref: rootPurl, dependsOn: [...contained].sort() });
  for (const ref of [...contained].sort()) {
    dependencies.push({ ref, dependsOn: dependsOn.get(ref) ?? [] });
  }

  const bom: Json = {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${uuidV5(`cyclonedx:${name}@${subject.digest}:${input.created}:${input.tool.name}-${input.tool.version}`)}`,
    version: 1,
    metadata: {
      timestamp: input.created,
      tools: {
        components: [{ type: 'application', name: input.tool.name, version: input.tool.version }],
      },
      component: root,
    },
    components,
    dependencies,
  };
  return `${JSON.stringify(bom, null, 2)}\n`;
}
