export * from './plan.js';
export * from './skip.js';
export * from './outputs.js';
export * from './command.js';
export * from './notes.js';
export * from './published.js';
export * from './testing-registry.js';
