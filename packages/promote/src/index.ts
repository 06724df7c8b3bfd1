export * from './errors.js';
export * from './images.js';
export * from './reports.js';
export * from './promote.js';
export { promoteSummary, promoteSummaryDocument } from './summary.js';
export * from './verification.js';
export * from './run.js';
export * from './repair.js';
export * from './repairs.js';
