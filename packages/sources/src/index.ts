export * from './sources.js';
export * from './resolve.js';
export * from './keyring.js';
