export * from './inputs.js';
export * from './report.js';
export * from './github.js';
