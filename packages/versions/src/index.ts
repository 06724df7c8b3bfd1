export * from './debian-version.js';
export * from './postgres-version.js';
