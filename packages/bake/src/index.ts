export * from './bake.js';
