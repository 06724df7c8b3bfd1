export { isElf, readElf } from './elf.js';
export type { ElfInfo, ElfType, ReadElfOptions } from './elf.js';
export { ElfFormatError } from './errors.js';
export { machineName } from './machines.js';
