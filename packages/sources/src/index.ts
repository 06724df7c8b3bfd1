export * from './sources.js';
export * from './resolve.js';
export * from './keyring.js';
export * from './base-image.js';
export * from './view.js';
export * from './package-view.js';
export * from './predict.js';
export { DEBIAN_ARCHIVE_KEYRING_SHA256 } from './debian-archive-keyring.js';
export * from './changelogs.js';
