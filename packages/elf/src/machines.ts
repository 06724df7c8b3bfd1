/**
 * e_machine values (ELF gABI, binutils' include/elf/common.h) as the names Debian and
 * uname use for them. Some names depend on the class and byte order: EM_PPC64 little-endian
 * is ppc64le, EM_S390 64-bit is s390x.
 */

export function machineName(machine: number, is64: boolean, little: boolean): string {
  switch (machine) {
    case 3:
      return 'i386';
    case 4:
      return 'm68k';
    case 8:
      return `mips${is64 ? '64' : ''}${little ? 'el' : ''}`;
    case 15:
      return 'hppa';
    case 20:
      return 'ppc';
    case 21:
      return little ? 'ppc64le' : 'ppc64';
    case 22:
      return is64 ? 's390x' : 's390';
    case 40:
      return 'arm';
    case 43:
      return 'sparc64';
    case 50:
      return 'ia64';
    case 62:
      return 'x86_64';
    case 183:
      return 'aarch64';
    case 243:
      return is64 ? 'riscv64' : 'riscv32';
    case 258:
      return is64 ? 'loongarch64' : 'loongarch32';
    default:
      return `EM_${machine}`;
  }
}
