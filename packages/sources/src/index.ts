export * from './sources.js';
export * from './resolve.js';
