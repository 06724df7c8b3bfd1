export * from './errors.js';
export * from './select.js';
export * from './extensions.js';
export * from './metadata.js';
export * from './document.js';
export * from './write-catalogs.js';
export { catalogSummary, catalogSummaryDocument } from './summary.js';
export * from './run.js';
