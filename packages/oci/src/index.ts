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
export { isRetryableStatus, parseRetryAfter, backoffDelay, retryDelay } from './retry.js';
export type { RetryInfo } from './transport.js';
export { isLoopbackRegistry, pullScope, pushScope } from './registry-http.js';
export { nextLink } from './link.js';
export { RegistryClient } from './client.js';
export type {
  RegistryClientOptions,
  ReferenceAnnotations,
  ResolvedImage,
  ListTagsOptions,
} from './client.js';
