export * from './errors.js';
export { readImageFiles, resolveFile } from '@pgforge/oci';
export { normalizePath } from '@pgforge/oci';
export type {
  BlobFetcher,
  FileKind,
  FileSelection,
  ImageFile,
  ImageLayer as LayerRef,
  ReadImageFilesOptions,
} from '@pgforge/oci';
export { layerCompression, type LayerCompression } from '@pgforge/oci';
export { isInstalled, packageKey, parseDpkgDatabase, parseSourceField } from './dpkg-status.js';
export type { DebianPackage } from './dpkg-status.js';
export { NOASSERTION, isMachineReadable, parseCopyright } from './copyright.js';
export type { CopyrightLicense, LicenseReference } from './copyright.js';
export { licenseRef, spdxExceptionId, spdxLicenseId } from './license-ids.js';
export { distroQualifier, parseOsRelease } from './os-release.js';
export type { OsRelease } from './os-release.js';
export { debPurl, encodePurlComponent, formatPurl, ociPurl } from './purl.js';
export type { PurlParts } from './purl.js';
export { analyzeImageFiles, parseControlFile, SBOM_SELECTION } from './analyze.js';
export type { ExtensionOptions, ExtensionSourcePackage } from './analyze.js';
export { DEFAULT_TOOL } from './model.js';
export type {
  ImageKind,
  SbomContent,
  SbomDistro,
  SbomDocumentInput,
  SbomExtension,
  SbomFile,
  SbomPackage,
  SbomSubject,
  SbomTool,
} from './model.js';
export { uuidV5 } from './ids.js';
export { SPDX_MEDIA_TYPE, spdxSupplier, writeSpdx } from './spdx.js';
export { CYCLONEDX_MEDIA_TYPE, cyclonedxLicenses, writeCycloneDx } from './cyclonedx.js';
export { diffDocument, diffMarkdown, diffPackages, isEmptyDiff } from './diff.js';
export type { DiffPackage, PackageChange, PackageDiff } from './diff.js';
export { documentInput, sbomTimestamp } from './document.js';
export { readSbomContent, resolvePlatformImages } from './registry-image.js';
export type { ImageSource, ReadContentOptions, ResolvedPlatformImage } from './registry-image.js';
export { attachSbom, findAttachedSboms } from './attach.js';
export type { ArtifactTarget, AttachedSbom, SbomArtifact } from './attach.js';
export {
  parseFormats,
  SBOM_FORMATS,
  sbomCommand,
  sbomFileBase,
  sbomSummaryDocument,
} from './command.js';
export type {
  SbomCommandOptions,
  SbomCommandResult,
  SbomFormat,
  SbomImageResult,
  SbomRegistry,
} from './command.js';
