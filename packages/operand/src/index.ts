export { buildImages, buildxVersion, platformSlug } from './build-images.js';
export { mergePlatforms } from './merge.js';
export { retiredEnvironment, type RetiredEnvironment } from './environment.js';
export {
  checkPlatformContent,
  PlatformMismatchError,
  serverBinary,
  type PlatformCheckOptions,
  type PlatformContentSource,
  type PlatformFinding,
} from './platform-check.js';
export type { MergeOptions } from './merge.js';
export { selectTargets, TargetSelectionError } from './select.js';
export { isTransientFailure, failureReason } from './transient.js';
export { parseBuildxVersion, entitlementArgs, bakeArgs } from './buildx.js';
export { readImageGraph } from './image-graph.js';
export type { ImageGraph, PlatformImage } from './image-graph.js';
export { commitTime } from './source-date.js';
export { buildSummary, buildSummaryDocument, type BuildSummaryParts } from './summary.js';
export type {
  BuildOptions,
  BuildProgress,
  BuildResult,
  BuildStep,
  BuiltImage,
  FailedTarget,
  PlatformRecord,
  Provenance,
} from './types.js';
export { buildCommand, type BuildCommandOptions } from './run.js';
