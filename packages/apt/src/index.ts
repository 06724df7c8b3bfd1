export { Deb822Paragraph, parseDeb822 } from './deb822.js';
export {
  readSystemAptSources,
  systemMirror,
  parseSourcesList,
  parseSourcesDeb822,
} from './sources.js';
export type { AptSourceEntry } from './sources.js';
export { AptClient } from './client.js';
export type { AptClientOptions, AptRepository } from './client.js';
export type { ReleaseFile } from './release.js';
export { parseRelease } from './release.js';
export type { BinaryPackage, PackageIndex } from './packages.js';
export { createPackageIndex, providedNames } from './packages.js';
export { parsePackages } from './packages-parse.js';
export { parseDependsNames } from './depends.js';
export { parseRelations, satisfiesConstraint } from './relations.js';
export type { Relation, RelationOperator } from './relations.js';
export { dependencyClosure, minbaseRoots, predictInstall } from './closure.js';
export type { DependencyClosure, PredictInput, PredictedImage, RootPackage } from './closure.js';
export { isInstalledStatus, parseDpkgStatus } from './dpkg-status.js';
export { readDeb } from './deb.js';
export type { DebArchive, ReadDebOptions } from './deb.js';
export type { DebCompression } from './deb-compression.js';
export type { DebEntry, DebEntryType } from './tar-entries.js';
export { createContentsIndex, parseContents } from './contents.js';
export type {
  ContentsEntries,
  ContentsIndex,
  ContentsOrigin,
  ContentsScope,
  LibraryMatch,
} from './contents.js';
export { multiarchTriplet } from './multiarch.js';
export {
  AptError,
  AptCacheError,
  AptSourcesError,
  ChecksumMismatchError,
  ContentsIndexError,
  Deb822ParseError,
  DebFormatError,
  DecompressionLimitError,
  HttpError,
  IndexNotListedError,
  KeyringError,
  MirrorOutOfSyncError,
  PackagesIndexError,
  ReleaseExpiredError,
  ReleaseFutureError,
  ReleaseReplayError,
  ReleaseParseError,
  SignatureError,
  UnknownSuiteError,
  UnsatisfiableDependencyError,
} from './errors.js';
export type { PackageIdentity } from './errors.js';
export {
  MAX_CONTENTS_BYTES,
  MAX_CONTENTS_HINT_BYTES,
  MAX_CONTENTS_LINE_BYTES,
  MAX_DEB_BYTES,
  MAX_PACKAGES_INDEX_BYTES,
} from './limits.js';
export { defaultCacheDir, hostAptRoot } from './cache-dir.js';
export { writeAtomically } from './cache.js';
export { sha256Hex } from './cache-blocks.js';
export { prepareIndex } from './index-job.js';
export type { IndexJob } from './index-job.js';
export type { PreparedIndex } from './index-read.js';
export { INDEX_WORKER_FILE, IndexThreads, bundledIndexWorker } from './index-threads.js';
export type { IndexThreadsOptions, StartIndexWorker } from './index-threads.js';
export { markUsed } from './cache-prune.js';
export { readSealedJson, writeSealedJson, SealedStore } from './sealed-file.js';
export { codeVersion, computeCodeVersion } from './code-version.js';
export { readKeyring } from './signature.js';
export type { Keyring } from './signature.js';
export { debChangelog, entriesBetween, parseChangelog } from './changelog.js';
export type { ChangelogEntry } from './changelog.js';
