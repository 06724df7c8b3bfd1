export * from './reference.js';
export * from './digest.js';
export * from './media-types.js';
export * from './types.js';
export * from './platform.js';
export * from './errors.js';
export * from './credentials.js';
export {
  dockerConfigCredentials,
  runCredentialHelper,
  registryHostOfKey,
  DockerConfigError,
  CredentialHelperError,
} from './docker-config.js';
export type { DockerConfigOptions } from './docker-config.js';
export { parseWwwAuthenticate } from './www-authenticate.js';
export type { Challenge } from './www-authenticate.js';
// The retry policy is the project's one (shared with the APT client), re-exported for users.
export { isRetryableStatus, parseRetryAfter, backoffDelay, retryDelay } from '@pgforge/http';
export { RegistryNetworkError } from './transport.js';
export type { RetryInfo } from './transport.js';
export { isLoopbackRegistry, pullScope, pushScope, scopeCovers } from './scopes.js';
export { nextLink } from './link.js';
export { RegistryClient } from './client.js';
export {
  registryClientFromEnvironment,
  type DockerEnvironment,
} from './client-from-environment.js';
export type {
  RegistryClientOptions,
  ReferenceAnnotations,
  ResolvedImage,
  ListTagsOptions,
  PushBlobOptions,
  PushLayoutOptions,
} from './client.js';
export type { TransferBlobOptions } from './upload.js';
export type { CopyOptions } from './copy.js';
export { EMPTY_JSON, referrersTag } from './referrers.js';
export type { ArtifactBlob, PushArtifactOptions, ReferrersOptions } from './referrers.js';
export { buildLayer, buildLayerTar, normaliseLayerPath, LayerEntryError } from './layer.js';
export type { LayerEntry, LayerEntryType, BuildLayerOptions, BuiltLayer } from './layer.js';
export {
  blobOf,
  descriptorOf,
  buildImage,
  buildIndex,
  buildManifest,
  ImageBuildError,
} from './image.js';
export type {
  BuiltBlob,
  BuiltImage,
  BuildImageOptions,
  BuildIndexOptions,
  BuildManifestOptions,
  HistoryEntry,
  ImageRuntimeConfig,
  IndexEntry,
  LayerDescriptor,
} from './image.js';
export { encodeJson, sortedRecord } from './json.js';
export {
  writeLayout,
  readLayout,
  OciLayout,
  LayoutError,
  LAYOUT_VERSION,
  REF_NAME_ANNOTATION,
} from './layout.js';
export type { LayoutBlob, LayoutManifest, WriteLayoutOptions } from './layout.js';
export {
  blobStream,
  decompressLayer,
  layerCompression,
  LayerError,
  LayerReadError,
  LayerTooLargeError,
  normalizePath,
  readLayer,
  UnsupportedLayerError,
  type LayerChange,
  type LayerCompression,
  type LayerEntryKind,
  type LayerRef,
  type ReadLayerOptions,
} from './layer-reader.js';
export {
  MAX_FILE_CONTENT_BYTES,
  MAX_LAYER_BYTES,
  MAX_MANIFEST_BYTES,
  formatBytes,
} from './limit.js';
export { readImageFiles, resolveFile } from './image-files.js';
export type {
  BlobFetcher,
  FileKind,
  FileSelection,
  ImageFile,
  ImageLayer,
  ReadImageFilesOptions,
} from './image-files.js';
