export * from './types.js';
export { runRelease, smokeFlavour } from './release.js';
export { releaseDocument, releaseTable } from './table.js';
