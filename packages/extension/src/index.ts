export { extensionCommand } from './command.js';
export {
  SYSTEM_LIBRARIES_MODES,
  type ExtensionCommandOptions,
  type SystemLibrariesMode,
} from './options.js';
export {
  type ExtensionCommandResult,
  type ExtensionImageOutput,
  type PlatformOutput,
} from './output.js';
export {
  clusterEntry,
  clusterExtensionsYaml,
  EXTENSION_NAME,
  EXTENSION_NAME_MAX,
  type ClusterExtensionEntry,
} from './cluster.js';
export { imageAnnotations, type AnnotationInput } from './annotations.js';
export { isBatch, matchGlob, parsePackageList } from './batch.js';
export { CNPG_ANNOTATIONS, METADATA_ANNOTATIONS } from '@pgforge/targets';
export {
  DEFAULT_EXTENSION_TAGS,
  EXTENSION_TAG_PLACEHOLDERS,
  checkTagTemplates,
  renderTags,
  tagSafe,
} from './tags.js';
export { applyContract, type ContractResult } from './contract.js';
export {
  libdirModules,
  moduleName,
  parseControl,
  rewriteLibdir,
  scriptExtension,
} from './control.js';
export { dataVariable, type EnvVar, type DataPackage } from './data.js';
export { readDirectoryTree, type DirectoryTree } from './directory.js';
export { debianRules, placeEntries, shippedMajors, type PlacementRule } from './placement.js';
export { ImageTree, checkLinkTarget, imagePath, type ImageFile } from './tree.js';
export {
  machineOf,
  platformOfMachine,
  type AssembledPlatform,
  type PackageRecord,
} from './assemble.js';
export { minimalImage, minimalFlavourPackages, type MinimalImage } from './minimal.js';
export { SYSTEM_DIR, type SystemLibrary } from './system-libraries.js';
export type { AptReader } from './sources.js';
export type { ImagePusher } from './publish.js';
export {
  DirectoryError,
  ExtensionError,
  ExtensionOptionsError,
  ModuleArchitectureError,
  NoControlFileError,
  NoModuleError,
  NotAnExtensionError,
  PathEscapeError,
  PlatformMissingError,
  SystemLibraryError,
  UnknownPackageError,
} from './errors.js';
export { extensionSboms, type ExtensionSbomsOptions } from './sboms.js';
export { extensionSummaryDocument, summaryMarkdown, type SummaryWhere } from './summary.js';
