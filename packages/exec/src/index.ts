export { exec, execOrThrow, commandLine, ExecError } from './exec.js';
export type { ExecOptions, ExecResult } from './exec.js';
