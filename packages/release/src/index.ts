export * from './types.js';
export { runRelease, smokeFlavour } from './release.js';
export { releaseTable } from './table.js';
