/**
 * binutils' readelf as the oracle: `readelf -h -l -d -W` of a file, reduced to the fields
 * readElf reports, in readElf's terms.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElfInfo } from '../../src/index.js';
import { CommandError, run } from '@pgforge/testkit';

export async function tool(cmd: string, args: string[], debianPackage: string): Promise<string> {
  try {
    return (await run(cmd, args)).stdout;
  } catch (error) {
    if (error instanceof CommandError && !error.result) {
      throw new Error(
        `${cmd} is not on PATH: these tests need it (Debian package ${debianPackage})`,
      );
    }
    throw error;
  }
}

const MACHINES: Record<string, (is64: boolean, little: boolean) => string> = {
  'Advanced Micro Devices X86-64': () => 'x86_64',
  AArch64: () => 'aarch64',
  'Intel 80386': () => 'i386',
  ARM: () => 'arm',
  PowerPC: () => 'ppc',
  PowerPC64: (_, little) => (little ? 'ppc64le' : 'ppc64'),
  'IBM S/390': (is64) => (is64 ? 's390x' : 's390'),
  'RISC-V': (is64) => (is64 ? 'riscv64' : 'riscv32'),
};

function field(text: string, name: string): string {
  const m = new RegExp(`^\\s*${name}:\\s*(.*)$`, 'm').exec(text);
  if (!m?.[1]) throw new Error(`readelf -h printed no "${name}:" line:\n${text}`);
  return m[1].trim();
}

/** readelf's view of the file at `path`. */
export async function readelfInfo(path: string): Promise<ElfInfo> {
  const out = await tool('readelf', ['-h', '-l', '-d', '-W', path], 'binutils');
  const is64 = field(out, 'Class') === 'ELF64';
  const little = field(out, 'Data').includes('little endian');
  const machineText = field(out, 'Machine');
  const machine = MACHINES[machineText]?.(is64, little) ?? `readelf: ${machineText}`;
  const typeText = field(out, 'Type');
  const type: ElfInfo['type'] = typeText.startsWith('EXEC')
    ? 'executable'
    : typeText.startsWith('DYN')
      ? typeText.includes('Position-Independent Executable')
        ? 'executable'
        : 'shared'
      : typeText.startsWith('REL')
        ? 'relocatable'
        : typeText.startsWith('CORE')
          ? 'core'
          : 'other';
  const info: ElfInfo = {
    class: is64 ? 64 : 32,
    endianness: little ? 'little' : 'big',
    machine,
    type,
    needed: [],
  };
  for (const m of out.matchAll(/\((NEEDED|SONAME|RUNPATH|RPATH)\)\s+[^[]*\[(.*)\]$/gm)) {
    const [, tag, value] = m as unknown as [string, string, string];
    if (tag === 'NEEDED') info.needed.push(value);
    else if (tag === 'SONAME') info.soname = value;
    else if (tag === 'RUNPATH') info.runpath = value.split(':');
    else info.rpath = value.split(':');
  }
  const interp = /\[Requesting program interpreter: (.*)\]$/m.exec(out);
  if (interp?.[1]) info.interpreter = interp[1];
  return info;
}

/** readelf's view of bytes (written to a temporary file). */
export async function readelfBytes(bytes: Uint8Array): Promise<ElfInfo> {
  const dir = await mkdtemp(join(tmpdir(), 'pgforge-readelf-'));
  try {
    const file = join(dir, 'x');
    await writeFile(file, bytes);
    return await readelfInfo(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
