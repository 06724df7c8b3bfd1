export * from './run.js';
export * from './resolve.js';
export * from './skip.js';
export * from './sources.js';
export * from './outputs.js';
export * from './command.js';
export * from './project.js';
