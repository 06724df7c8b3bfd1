export * from './types.js';
export { releaseCommand, smokeFlavour } from './release.js';
export { releaseDocument, releaseTable } from './table.js';
