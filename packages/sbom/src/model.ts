/** What both writers take: one image (one platform) and what was found in it. */
import type { CopyrightLicense } from './copyright.js';
import type { DebianPackage } from './dpkg-status.js';

/** The image an SBOM describes: a single-platform image manifest. */
export interface SbomSubject {
  registry: string;
  repository: string;
  /** The tag it was asked for by, when it was (a purl qualifier, not an identity). */
  tag?: string;
  /** Digest of the image manifest of this platform. */
  digest: string;
  /** Digest of the index the manifest was reached through, when there was one. */
  indexDigest?: string;
  /** The manifest's own media type and size, for the referrer's `subject` descriptor. */
  mediaType: string;
  size: number;
  platform: { os: string; architecture: string; variant?: string };
  /** The image configuration's `created`, when it has one. */
  created?: string;
}

export interface SbomDistro {
  /** `debian` */
  id: string;
  /** `13`, or the suite/codename for releases without one. */
  version?: string;
  prettyName?: string;
  /** The purl `distro` qualifier: `debian-13`. */
  qualifier?: string;
}

/** A Debian package with what the SBOM adds to it. */
export interface SbomPackage extends DebianPackage {
  purl: string;
  license: CopyrightLicense;
  /** purls of the installed packages it depends on, sorted. */
  dependsOn: string[];
  /** Where the licence came from, when from a file: `usr/share/doc/bash/copyright`. */
  copyrightFile?: string;
}

/** A PostgreSQL extension of an extension image (`share/extension/<name>.control`). */
export interface SbomExtension {
  name: string;
  /** `default_version` of the control file. */
  version?: string;
  comment?: string;
  controlFile: string;
}

/** A regular file listed with its digests: the modules in `lib/` and libraries in `system/`. */
export interface SbomFile {
  path: string;
  size: number;
  sha1: string;
  sha256: string;
  /** A shared object (`.so`, `.so.N`), as opposed to bitcode or data. */
  library: boolean;
}

export type ImageKind = 'debian' | 'extension';

export interface SbomContent {
  kind: ImageKind;
  distro?: SbomDistro;
  packages: SbomPackage[];
  extensions: SbomExtension[];
  files: SbomFile[];
}

export interface SbomTool {
  name: string;
  version: string;
}

export interface SbomDocumentInput {
  subject: SbomSubject;
  content: SbomContent;
  /** RFC 3339, whole seconds, UTC: `2026-11-21T10:15:42Z`. */
  created: string;
  tool: SbomTool;
}

export const DEFAULT_TOOL: SbomTool = { name: 'pgforge', version: '0.1.0' };
