/**
 * From the files kept out of an image to the SBOM's content: the dpkg database with licences and
 * dependencies for a Debian-based image; extensions, packages and libraries for an extension
 * image (scratch, with `share/extension/*.control`).
 */
import { posix } from 'node:path';
import { findByPlatform } from '@pgforge/platform';
import { NOASSERTION, parseCopyright } from './copyright.js';
import type { CopyrightLicense } from './copyright.js';
import { packageKey, parseDpkgDatabase } from './dpkg-status.js';
import type { DebianPackage } from './dpkg-status.js';
import { NoPackagesFoundError } from './errors.js';
import { resolveFile, type FileSelection, type ImageFile } from '@pgforge/oci';
import type { SbomContent, SbomDistro, SbomExtension, SbomFile, SbomPackage } from './model.js';
import { distroQualifier, parseOsRelease } from './os-release.js';
import { debPurl } from './purl.js';

const STATUS = 'var/lib/dpkg/status';
const STATUS_D = 'var/lib/dpkg/status.d/';
const DOC = 'usr/share/doc/';
const OS_RELEASE = ['etc/os-release', 'usr/lib/os-release'];

const oneLevelUnder = (path: string, dir: string): boolean =>
  path.startsWith(dir) && path.length > dir.length && !path.slice(dir.length).includes('/');

/** `usr/share/doc/<pkg>/copyright` */
const isDocCopyright = (path: string): boolean =>
  path.startsWith(DOC) && /^[^/]+\/copyright$/.test(path.slice(DOC.length));

// The extension image layout (docs/contracts.md, "Extension image"): lib, share/extension,
// licenses, system, bin.
const isControl = (path: string): boolean => /^share\/extension\/[^/]+\.control$/.test(path);
const isLicense = (path: string): boolean => /^licenses\/[^/]+\/copyright$/.test(path);
const isHashed = (path: string): boolean => /^(lib|system)\//.test(path);
const isExtensionTree = (path: string): boolean =>
  /^(lib|system|bin|licenses|share)(\/|$)/.test(path);

/** The paths an SBOM reads, and how much of each. */
export const SBOM_SELECTION: FileSelection = {
  content: (path) =>
    path === STATUS ||
    oneLevelUnder(path, STATUS_D) ||
    isDocCopyright(path) ||
    OS_RELEASE.includes(path) ||
    isControl(path) ||
    isLicense(path),
  // Doc directories may be symlinks to another package's (`libfoo -> libfoo-common`).
  list: (path) => oneLevelUnder(path, DOC) || isExtensionTree(path),
  hash: isHashed,
};

const decoder = new TextDecoder();
const text = (file: ImageFile | undefined): string | undefined =>
  file?.content ? decoder.decode(file.content) : undefined;

function readDistro(files: Map<string, ImageFile>): SbomDistro | undefined {
  for (const path of OS_RELEASE) {
    const content = text(resolveFile(files, path));
    if (content === undefined) continue;
    const os = parseOsRelease(content);
    const qualifier = distroQualifier(os);
    const distro: SbomDistro = { id: os.id };
    const version = os.versionId ?? qualifier?.slice(os.id.length + 1);
    if (version) distro.version = version;
    if (os.prettyName) distro.prettyName = os.prettyName;
    if (qualifier) distro.qualifier = qualifier;
    return distro;
  }
  return undefined;
}

const UNKNOWN_LICENSE: CopyrightLicense = { expression: NOASSERTION, references: [] };

/**
 * The installed package each Depends group is satisfied by: the first alternative installed
 * under that name (same architecture, then `all`, then any), else one that Provides it.
 */
function dependencyTargets(packages: readonly DebianPackage[]): Map<string, string[]> {
  const byName = new Map<string, DebianPackage[]>();
  const providers = new Map<string, DebianPackage[]>();
  for (const p of packages) {
    byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    for (const v of p.provides) providers.set(v, [...(providers.get(v) ?? []), p]);
  }
  const pick = (candidates: DebianPackage[] | undefined, arch: string): DebianPackage | undefined =>
    candidates?.find((c) => c.architecture === arch) ??
    candidates?.find((c) => c.architecture === 'all') ??
    candidates?.[0];
  const result = new Map<string, string[]>();
  for (const p of packages) {
    const targets = new Set<string>();
    for (const group of p.depends) {
      let found: DebianPackage | undefined;
      for (const name of group) {
        found = pick(byName.get(name), p.architecture) ?? pick(providers.get(name), p.architecture);
        if (found) break;
      }
      if (found && packageKey(found) !== packageKey(p)) targets.add(packageKey(found));
    }
    result.set(packageKey(p), [...targets]);
  }
  return result;
}

function debianContent(files: Map<string, ImageFile>): SbomContent {
  const statusD = [...files.values()]
    .filter((f) => oneLevelUnder(f.path, STATUS_D) && f.content)
    .map((f) => ({ name: f.path.slice(STATUS_D.length), text: text(f) ?? '' }));
  const packages = parseDpkgDatabase({ status: text(files.get(STATUS)), statusD });
  const distro = readDistro(files);
  const vendor = distro?.id ?? 'debian';
  const purls = new Map(
    packages.map((p) => [
      packageKey(p),
      debPurl({
        vendor,
        name: p.name,
        version: p.version,
        architecture: p.architecture,
        distro: distro?.qualifier,
      }),
    ]),
  );
  const targets = dependencyTargets(packages);
  const licenses = new Map<string, { license: CopyrightLicense; file?: string }>();
  const licenseOf = (name: string): { license: CopyrightLicense; file?: string } => {
    const cached = licenses.get(name);
    if (cached) return cached;
    const path = `${DOC}${name}/copyright`;
    const file = resolveFile(files, path);
    const content = text(file);
    const found =
      content === undefined
        ? { license: UNKNOWN_LICENSE }
        : { license: parseCopyright(content), file: file?.path ?? path };
    licenses.set(name, found);
    return found;
  };
  const purlOf = (key: string): string => purls.get(key) ?? '';
  const result: SbomPackage[] = packages.map((p) => {
    const { license, file } = licenseOf(p.name);
    const pkg: SbomPackage = {
      ...p,
      purl: purlOf(packageKey(p)),
      license,
      dependsOn: (targets.get(packageKey(p)) ?? []).map(purlOf).sort(),
    };
    if (file) pkg.copyrightFile = file;
    return pkg;
  });
  const content: SbomContent = { kind: 'debian', packages: result, extensions: [], files: [] };
  if (distro) content.distro = distro;
  return content;
}

/** `default_version = '0.8.0'` and `comment = '…'` of a control file. */
export function parseControlFile(textValue: string): { version?: string; comment?: string } {
  const result: { version?: string; comment?: string } = {};
  for (const line of textValue.split('\n')) {
    const m = /^\s*(default_version|comment)\s*=\s*'((?:[^']|'')*)'/.exec(line);
    if (!m?.[1] || m[2] === undefined) continue;
    const value = m[2].replace(/''/g, "'");
    if (m[1] === 'default_version') result.version = value;
    else result.comment = value;
  }
  return result;
}

/** A package an extension image was assembled from, as its builder knows it. */
export interface ExtensionSourcePackage {
  name: string;
  version: string;
  architecture?: string;
  source?: string;
  sourceVersion?: string;
}

export interface ExtensionOptions {
  platform: { architecture: string; variant?: string };
  /** The packages the image was assembled from (the extension action passes them in-line). */
  packages?: readonly ExtensionSourcePackage[];
  /** The distribution the packages came from, for their purls: `{ id: 'debian', version: '13' }`. */
  distro?: SbomDistro;
}

function extensionContent(files: Map<string, ImageFile>, options: ExtensionOptions): SbomContent {
  const extensions: SbomExtension[] = [...files.values()]
    .filter((f) => isControl(f.path))
    .map((f) => {
      const control = parseControlFile(text(f) ?? '');
      const ext: SbomExtension = {
        name: posix.basename(f.path, '.control'),
        controlFile: f.path,
      };
      if (control.version) ext.version = control.version;
      if (control.comment) ext.comment = control.comment;
      return ext;
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));

  // A platform outside the table keeps its OCI name as the packages' architecture: an SBOM of
  // an image this project did not build still gets written, and Debian's and the OCI name agree
  // for most architectures the table lacks (mips, ppc64, sparc64).
  const arch =
    findByPlatform(options.platform)?.debianArchitecture ?? options.platform.architecture;
  const given = new Map((options.packages ?? []).map((p) => [p.name, p]));
  const names = new Set<string>(given.keys());
  for (const f of files.values()) {
    const name = isLicense(f.path) ? f.path.split('/')[1] : undefined;
    if (name) names.add(name);
  }
  const vendor = options.distro?.id ?? 'debian';
  const packages: SbomPackage[] = [...names].sort().map((name) => {
    const info = given.get(name);
    const licenseFile = `licenses/${name}/copyright`;
    const content = text(resolveFile(files, licenseFile));
    const version = info?.version ?? '';
    const architecture = info?.architecture ?? arch;
    const pkg: SbomPackage = {
      name,
      version,
      architecture,
      source: info?.source ?? name,
      sourceVersion: info?.sourceVersion ?? version,
      depends: [],
      provides: [],
      purl: debPurl({
        vendor,
        name,
        version: version || undefined,
        architecture,
        distro: options.distro?.qualifier,
      }),
      license: content === undefined ? UNKNOWN_LICENSE : parseCopyright(content),
      dependsOn: [],
    };
    if (content !== undefined) pkg.copyrightFile = licenseFile;
    return pkg;
  });

  const sbomFiles: SbomFile[] = [];
  for (const f of files.values()) {
    if (f.kind !== 'file' || !f.sha256 || !f.sha1 || !isHashed(f.path)) continue;
    sbomFiles.push({
      path: f.path,
      size: f.size,
      sha1: f.sha1,
      sha256: f.sha256,
      library: /\.so(\.\d+)*$/.test(f.path),
    });
  }
  sbomFiles.sort((a, b) => (a.path < b.path ? -1 : 1));

  const result: SbomContent = { kind: 'extension', packages, extensions, files: sbomFiles };
  if (options.distro) result.distro = options.distro;
  return result;
}

/** Which kind of image the files are from, and what the SBOM lists for it. */
export function analyzeImageFiles(
  files: Map<string, ImageFile>,
  options: { image: string } & ExtensionOptions,
): SbomContent {
  const hasDpkg =
    files.has(STATUS) || [...files.keys()].some((path) => oneLevelUnder(path, STATUS_D));
  if (hasDpkg) return debianContent(files);
  if ([...files.keys()].some(isControl)) return extensionContent(files, options);
  throw new NoPackagesFoundError(options.image);
}
