export { compileCacheDir, enableCompileCache } from './compile-cache.js';
