/** Bytes that are not an ELF file, or an ELF file whose headers point outside it. */
export class ElfFormatError extends Error {
  constructor(
    /** Names the file in the message: its path, or its path inside a package. */
    readonly source: string,
    reason: string,
  ) {
    super(`${source}: ${reason}`);
    this.name = 'ElfFormatError';
  }
}
