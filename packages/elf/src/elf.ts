/**
 * What the dynamic linker needs to know about an ELF file, read from its bytes: class, byte
 * order, machine, type, the program interpreter, and the dynamic section's NEEDED, SONAME,
 * RPATH and RUNPATH (ELF gABI; binutils' readelf is the reference the tests compare with).
 *
 * Written by hand: the npm ELF readers (elfy, elf-tools, elflib) read headers and sections
 * but none decodes the dynamic section, none ships types and none is maintained; what is
 * needed here is a few fixed-layout headers. Every read is bounds-checked (see
 * bounded-reader.ts), so truncated or corrupt input gives an ElfFormatError.
 */
import { BoundedReader } from './bounded-reader.js';
import { ElfFormatError } from './errors.js';
import { machineName } from './machines.js';

export type ElfType = 'executable' | 'shared' | 'relocatable' | 'core' | 'other';

export interface ElfInfo {
  class: 32 | 64;
  endianness: 'little' | 'big';
  /** `x86_64`, `aarch64`, `i386`, `arm`, `ppc64le`, `s390x`, `riscv64`, ... else `EM_<n>`. */
  machine: string;
  /**
   * ET_EXEC is `executable`, and so is ET_DYN flagged DF_1_PIE (a position-independent
   * executable, as readelf says); other ET_DYN files are `shared`.
   */
  type: ElfType;
  soname?: string;
  /** DT_NEEDED entries, in file order. */
  needed: string[];
  /** DT_RUNPATH, split at `:` (`$ORIGIN` left as is). */
  runpath?: string[];
  /** DT_RPATH, split at `:`. */
  rpath?: string[];
  /** PT_INTERP: the program interpreter (`/lib64/ld-linux-x86-64.so.2`). */
  interpreter?: string;
  /**
   * With `imports`: the dynamic symbols the file uses but does not define (SHN_UNDEF in
   * .dynsym), sorted; empty without section headers.
   */
  imports?: string[];
}

export interface ReadElfOptions {
  /** Names the file in error messages. Default "the ELF file". */
  source?: string;
  /** Also read the symbols it imports (ElfInfo.imports); off by default, as most callers need none. */
  imports?: boolean;
}

const MAGIC = [0x7f, 0x45, 0x4c, 0x46];

const ET_REL = 1;
const ET_EXEC = 2;
const ET_DYN = 3;
const ET_CORE = 4;

const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const PN_XNUM = 0xffff;

const SHT_DYNAMIC = 6;
const SHT_DYNSYM = 11;
const SHN_UNDEF = 0;

const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
const DT_STRSZ = 10;
const DT_SONAME = 14;
const DT_RPATH = 15;
const DT_RUNPATH = 29;
const DT_FLAGS_1 = 0x6ffffffb;
const DF_1_PIE = 0x08000000;

/** True when `bytes` start with the ELF magic `\x7fELF`. */
export function isElf(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && MAGIC.every((b, i) => bytes[i] === b);
}

interface Layout {
  is64: boolean;
  /** Size of an address/offset field. */
  word: 4 | 8;
  phentsize: number;
  shentsize: number;
  dynentsize: number;
}

interface Segment {
  type: number;
  offset: number;
  vaddr: number;
  filesz: number;
}

interface Section {
  type: number;
  offset: number;
  size: number;
  link: number;
}

/** A table in the file: where it starts and ends (exclusive). */
interface Range {
  start: number;
  end: number;
}

function word(r: BoundedReader, layout: Layout, offset: number, what: string): number {
  if (layout.word === 4) return r.u32(offset, what);
  const value = r.u64(offset, what);
  if (value === undefined) throw r.fail(`${what} is larger than any file`);
  return value;
}

/** Reads the ELF file in `bytes`. Throws ElfFormatError for anything that is not one. */
export function readElf(bytes: Uint8Array, options: ReadElfOptions = {}): ElfInfo {
  const source = options.source ?? 'the ELF file';
  if (!isElf(bytes)) {
    throw new ElfFormatError(source, 'is not an ELF file (it does not start with "\\x7fELF")');
  }
  if (bytes.length < 16) {
    throw new ElfFormatError(source, `is truncated: ${bytes.length} bytes, shorter than e_ident`);
  }
  const elfClass = bytes[4];
  const data = bytes[5];
  if (elfClass !== 1 && elfClass !== 2) {
    throw new ElfFormatError(source, `has EI_CLASS ${elfClass}, expected 1 (32-bit) or 2 (64-bit)`);
  }
  if (data !== 1 && data !== 2) {
    throw new ElfFormatError(source, `has EI_DATA ${data}, expected 1 (little) or 2 (big endian)`);
  }
  const is64 = elfClass === 2;
  const little = data === 1;
  const r = new BoundedReader(bytes, little, source);
  const layout: Layout = is64
    ? { is64, word: 8, phentsize: 56, shentsize: 64, dynentsize: 16 }
    : { is64, word: 4, phentsize: 32, shentsize: 40, dynentsize: 8 };
  r.need(0, is64 ? 64 : 52, 'the ELF header');

  const eType = r.u16(16, 'e_type');
  const machine = machineName(r.u16(18, 'e_machine'), is64, little);
  const w = layout.word;
  const phoff = word(r, layout, 24 + w, 'e_phoff');
  const shoff = word(r, layout, 24 + 2 * w, 'e_shoff');
  const tail = 24 + 3 * w + 4; // after e_flags
  const phentsize = r.u16(tail + 2, 'e_phentsize');
  let phnum = r.u16(tail + 4, 'e_phnum');
  const shentsize = r.u16(tail + 6, 'e_shentsize');
  let shnum = r.u16(tail + 8, 'e_shnum');

  // Extended numbering: counts too big for the header live in section 0.
  if (shoff !== 0 && (shnum === 0 || phnum === PN_XNUM)) {
    checkEntrySize(r, shentsize, layout.shentsize, 'e_shentsize');
    const zero = readSection(r, layout, shoff, 'section 0');
    if (shnum === 0) shnum = zero.size;
    if (phnum === PN_XNUM) phnum = r.u32(shoff + (is64 ? 44 : 28), 'section 0 sh_info');
  }

  const segments =
    phoff === 0 || phnum === 0 ? [] : readSegments(r, layout, phoff, phnum, phentsize);
  const sections =
    shoff === 0 || shnum === 0 ? [] : readSections(r, layout, shoff, shnum, shentsize);

  const info: ElfInfo = {
    class: is64 ? 64 : 32,
    endianness: little ? 'little' : 'big',
    machine,
    type: 'other',
    needed: [],
  };

  const interp = segments.find((s) => s.type === PT_INTERP);
  if (interp) {
    r.need(interp.offset, interp.filesz, 'PT_INTERP');
    info.interpreter = r.cstring(interp.offset, interp.offset + interp.filesz, 'PT_INTERP');
  }

  let flags1 = 0;
  const dynamic = dynamicTable(r, segments, sections);
  if (dynamic) {
    const entries = readDynamic(r, layout, dynamic.table);
    const strtab = dynamic.strtab ?? stringTableFromTags(r, entries, segments);
    const str = (value: number, what: string): string => {
      if (!strtab) throw r.fail(`${what} names a string, but the file has no dynamic string table`);
      return r.cstring(strtab.start + value, strtab.end, what);
    };
    const split = (text: string): string[] => text.split(':');
    for (const { tag, value } of entries) {
      if (tag === DT_NEEDED) info.needed.push(str(value, 'DT_NEEDED'));
      else if (tag === DT_SONAME) info.soname = str(value, 'DT_SONAME');
      else if (tag === DT_RUNPATH) info.runpath = split(str(value, 'DT_RUNPATH'));
      else if (tag === DT_RPATH) info.rpath = split(str(value, 'DT_RPATH'));
      else if (tag === DT_FLAGS_1) flags1 = value;
    }
  }

  if (options.imports) info.imports = importedSymbols(r, layout, sections);

  if (eType === ET_EXEC) info.type = 'executable';
  else if (eType === ET_DYN) info.type = flags1 & DF_1_PIE ? 'executable' : 'shared';
  else if (eType === ET_REL) info.type = 'relocatable';
  else if (eType === ET_CORE) info.type = 'core';
  return info;
}

/** The names of .dynsym's undefined symbols (the first, null, entry left out). */
function importedSymbols(r: BoundedReader, layout: Layout, sections: Section[]): string[] {
  const dynsym = sections.find((s) => s.type === SHT_DYNSYM);
  if (!dynsym) return [];
  const strings = sections[dynsym.link];
  if (!strings) throw r.fail(`.dynsym links to section ${dynsym.link}, which does not exist`);
  r.need(dynsym.offset, dynsym.size, 'the .dynsym section');
  r.need(strings.offset, strings.size, 'the .dynsym string table');
  // Elf64_Sym: st_name u32, st_info, st_other, st_shndx u16, value, size (24 bytes);
  // Elf32_Sym: st_name, st_value, st_size (u32 each), st_info, st_other, st_shndx u16 (16).
  const size = layout.is64 ? 24 : 16;
  const shndxAt = layout.is64 ? 6 : 14;
  const names = new Set<string>();
  for (let at = dynsym.offset + size; at + size <= dynsym.offset + dynsym.size; at += size) {
    if (r.u16(at + shndxAt, 'st_shndx') !== SHN_UNDEF) continue;
    const name = r.cstring(
      strings.offset + r.u32(at, 'st_name'),
      strings.offset + strings.size,
      'st_name',
    );
    if (name !== '') names.add(name);
  }
  return [...names].sort();
}

function checkEntrySize(r: BoundedReader, actual: number, expected: number, what: string): void {
  // Larger entries are allowed (the gABI lets later versions grow them); smaller are not.
  if (actual < expected) throw r.fail(`${what} is ${actual}, expected at least ${expected}`);
}

function readSegments(
  r: BoundedReader,
  layout: Layout,
  phoff: number,
  phnum: number,
  phentsize: number,
): Segment[] {
  checkEntrySize(r, phentsize, layout.phentsize, 'e_phentsize');
  r.need(phoff, phnum * phentsize, `the program header table (${phnum} entries)`);
  const segments: Segment[] = [];
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    const what = `program header ${i}`;
    const type = r.u32(at, `${what} p_type`);
    const w = layout.word;
    // 64-bit moves p_flags to just after p_type, so the address fields start 4 bytes later.
    const base = layout.is64 ? at + 8 : at + 4;
    segments.push({
      type,
      offset: word(r, layout, base, `${what} p_offset`),
      vaddr: word(r, layout, base + w, `${what} p_vaddr`),
      filesz: word(r, layout, base + 3 * w, `${what} p_filesz`),
    });
  }
  return segments;
}

function readSection(r: BoundedReader, layout: Layout, at: number, what: string): Section {
  const w = layout.word;
  // sh_name, sh_type (4 bytes each), then sh_flags, sh_addr, sh_offset, sh_size (words),
  // sh_link, sh_info (4 bytes each), sh_addralign, sh_entsize (words, not needed here).
  const offsetAt = at + 8 + 2 * w;
  return {
    type: r.u32(at + 4, `${what} sh_type`),
    offset: word(r, layout, offsetAt, `${what} sh_offset`),
    size: word(r, layout, offsetAt + w, `${what} sh_size`),
    link: r.u32(offsetAt + 2 * w, `${what} sh_link`),
  };
}

function readSections(
  r: BoundedReader,
  layout: Layout,
  shoff: number,
  shnum: number,
  shentsize: number,
): Section[] {
  checkEntrySize(r, shentsize, layout.shentsize, 'e_shentsize');
  r.need(shoff, shnum * shentsize, `the section header table (${shnum} entries)`);
  const sections: Section[] = [];
  for (let i = 0; i < shnum; i++) {
    sections.push(readSection(r, layout, shoff + i * shentsize, `section ${i}`));
  }
  return sections;
}

/**
 * Where the dynamic entries are and, when the section headers say, their string table.
 * With section headers, the SHT_DYNAMIC section is the truth: a file that has sections but
 * none of that type (a static binary, or separate debug info whose .dynamic is NOBITS) has no
 * dynamic entries to read. Without section headers (sstrip), PT_DYNAMIC is used.
 */
function dynamicTable(
  r: BoundedReader,
  segments: Segment[],
  sections: Section[],
): { table: Range; strtab?: Range } | undefined {
  if (sections.length > 0) {
    const dyn = sections.find((s) => s.type === SHT_DYNAMIC);
    if (!dyn) return undefined;
    r.need(dyn.offset, dyn.size, 'the .dynamic section');
    const linked = sections[dyn.link];
    if (!linked) {
      throw r.fail(`the .dynamic section links to section ${dyn.link}, which does not exist`);
    }
    r.need(linked.offset, linked.size, 'the dynamic string table');
    return {
      table: { start: dyn.offset, end: dyn.offset + dyn.size },
      strtab: { start: linked.offset, end: linked.offset + linked.size },
    };
  }
  const seg = segments.find((s) => s.type === PT_DYNAMIC);
  if (!seg) return undefined;
  r.need(seg.offset, seg.filesz, 'PT_DYNAMIC');
  return { table: { start: seg.offset, end: seg.offset + seg.filesz } };
}

interface DynamicEntry {
  tag: number;
  value: number;
}

function readDynamic(r: BoundedReader, layout: Layout, table: Range): DynamicEntry[] {
  const entries: DynamicEntry[] = [];
  const size = layout.dynentsize;
  for (let at = table.start; at + size <= table.end; at += size) {
    const what = `dynamic entry at offset ${at}`;
    const tag = layout.is64 ? r.i64(at, `${what} d_tag`) : r.i32(at, `${what} d_tag`);
    if (tag === DT_NULL) break;
    // Tags and values beyond 2^53 are never the string offsets and flags read here.
    if (tag === undefined) continue;
    const value = layout.is64 ? r.u64(at + 8, `${what} d_val`) : r.u32(at + 4, `${what} d_val`);
    if (value === undefined) continue;
    entries.push({ tag, value });
  }
  return entries;
}

/** DT_STRTAB is an address: the PT_LOAD segment holding it says where it is in the file. */
function stringTableFromTags(
  r: BoundedReader,
  entries: DynamicEntry[],
  segments: Segment[],
): Range | undefined {
  const address = entries.find((e) => e.tag === DT_STRTAB)?.value;
  if (address === undefined) return undefined;
  const load = segments.find(
    (s) => s.type === PT_LOAD && s.vaddr <= address && address < s.vaddr + s.filesz,
  );
  if (!load) {
    throw r.fail(`DT_STRTAB address 0x${address.toString(16)} is in no PT_LOAD segment`);
  }
  const start = load.offset + (address - load.vaddr);
  const declared = entries.find((e) => e.tag === DT_STRSZ)?.value;
  const end = Math.min(
    load.offset + load.filesz,
    declared === undefined ? Infinity : start + declared,
  );
  r.need(start, end - start, 'the dynamic string table');
  return { start, end };
}
