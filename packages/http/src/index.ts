export {
  backoffDelay,
  classifyNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  retryDelay,
} from './retry-policy.js';
export type { BackoffOptions, NetworkVerdict } from './retry-policy.js';
export { BodyTooLargeError, readBody } from './body.js';
export { GiB, KiB, MiB, checkByteLimit, formatBytes } from './bytes.js';
