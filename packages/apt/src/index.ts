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
export { createPackageIndex, parsePackages } from './packages.js';
export { parseDependsNames } from './depends.js';
export {
  AptError,
  AptCacheError,
  AptSourcesError,
  ChecksumMismatchError,
  Deb822ParseError,
  HttpError,
  IndexNotListedError,
  KeyringError,
  PackagesIndexError,
  ReleaseExpiredError,
  ReleaseParseError,
  SignatureError,
  UnknownSuiteError,
} from './errors.js';
