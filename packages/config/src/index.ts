export * from './types.js';
export * from './defaults.js';
export * from './errors.js';
export * from './template.js';
export {
  loadConfig,
  parseConfig,
  namedConfigFile,
  DEFAULT_CONFIG_FILE,
  type LoadOptions,
} from './load.js';
