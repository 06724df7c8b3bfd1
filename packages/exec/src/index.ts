export { exec, execOrThrow, commandLine, ExecError } from './exec.js';
export type { ExecOptions, ExecResult } from './exec.js';
export { childEnvironment } from './environment.js';
