/**
 * Minimal ELF files written from a description, for the classes, byte orders and machines
 * this machine has no binaries of (32-bit, big-endian, s390x, ppc64): an ELF header, PT_LOAD
 * over the whole file, PT_INTERP, PT_DYNAMIC, `.dynstr` and `.dynamic`, and optionally the
 * section headers that describe them. readelf reads them, so it stays the oracle.
 */

export interface ElfSpec {
  class: 32 | 64;
  little: boolean;
  /** e_machine. */
  machine: number;
  /** e_type: 1 REL, 2 EXEC, 3 DYN. */
  type: number;
  needed?: string[];
  soname?: string;
  runpath?: string;
  rpath?: string;
  interpreter?: string;
  /** DT_FLAGS_1 value, e.g. 0x08000000 for DF_1_PIE. */
  flags1?: number;
  /** Write section headers (default true); without them only PT_DYNAMIC finds the table. */
  sections?: boolean;
}

const VBASE = 0x10000;

export function makeElf(spec: ElfSpec): Uint8Array {
  const is64 = spec.class === 64;
  const w = is64 ? 8 : 4;
  const ehsize = is64 ? 64 : 52;
  const phentsize = is64 ? 56 : 32;
  const shentsize = is64 ? 64 : 40;
  const dynentsize = 2 * w;
  const withSections = spec.sections !== false;

  // The dynamic string table and the offsets of its strings.
  const strings: string[] = [
    ...(spec.needed ?? []),
    ...[spec.soname, spec.rpath, spec.runpath].filter((s): s is string => s !== undefined),
  ];
  const encoder = new TextEncoder();
  const offsets = new Map<string, number>();
  const strParts: number[] = [0];
  for (const s of strings) {
    if (offsets.has(s)) continue;
    offsets.set(s, strParts.length);
    strParts.push(...encoder.encode(s), 0);
  }
  const dynstr = Uint8Array.from(strParts);

  const dyn: [number, number][] = [];
  for (const n of spec.needed ?? []) dyn.push([1, offsets.get(n)!]);
  if (spec.soname !== undefined) dyn.push([14, offsets.get(spec.soname)!]);
  if (spec.rpath !== undefined) dyn.push([15, offsets.get(spec.rpath)!]);
  if (spec.runpath !== undefined) dyn.push([29, offsets.get(spec.runpath)!]);
  if (spec.flags1 !== undefined) dyn.push([0x6ffffffb, spec.flags1]);
  const strtabAt = dyn.length;
  dyn.push([5, 0]); // DT_STRTAB, patched below
  dyn.push([10, dynstr.length]); // DT_STRSZ
  dyn.push([0, 0]); // DT_NULL

  const interp =
    spec.interpreter === undefined
      ? undefined
      : Uint8Array.from([...encoder.encode(spec.interpreter), 0]);
  const shstrtab = encoder.encode('\0.dynstr\0.dynamic\0.shstrtab\0.interp\0');

  const phnum = 2 + (interp ? 1 : 0);
  const align = (n: number, a: number) => Math.ceil(n / a) * a;
  let at = ehsize + phnum * phentsize;
  const interpOff = at;
  at += interp?.length ?? 0;
  const dynstrOff = at;
  at += dynstr.length;
  at = align(at, w);
  const dynamicOff = at;
  at += dyn.length * dynentsize;
  const shstrOff = at;
  at += withSections ? shstrtab.length : 0;
  at = align(at, w);
  const shoff = withSections ? at : 0;
  const shnum = withSections ? 4 + (interp ? 1 : 0) : 0;
  const total = at + shnum * shentsize;

  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  const le = spec.little;
  const u16 = (o: number, v: number) => view.setUint16(o, v, le);
  const u32 = (o: number, v: number) => view.setUint32(o, v, le);
  const word = (o: number, v: number) =>
    is64 ? view.setBigUint64(o, BigInt(v), le) : view.setUint32(o, v, le);

  bytes.set([0x7f, 0x45, 0x4c, 0x46, is64 ? 2 : 1, le ? 1 : 2, 1, 0]);
  u16(16, spec.type);
  u16(18, spec.machine);
  u32(20, 1);
  word(24, 0); // e_entry
  word(24 + w, ehsize); // e_phoff
  word(24 + 2 * w, shoff); // e_shoff
  const tail = 24 + 3 * w + 4;
  u16(tail, ehsize);
  u16(tail + 2, phentsize);
  u16(tail + 4, phnum);
  u16(tail + 6, shentsize);
  u16(tail + 8, shnum);
  u16(tail + 10, withSections ? 3 : 0);

  const phdr = (i: number, type: number, offset: number, size: number) => {
    const o = ehsize + i * phentsize;
    u32(o, type);
    if (is64) {
      u32(o + 4, 4); // p_flags
      word(o + 8, offset);
      word(o + 16, VBASE + offset);
      word(o + 24, VBASE + offset);
      word(o + 32, size);
      word(o + 40, size);
      word(o + 48, type === 1 ? 0x1000 : w);
    } else {
      word(o + 4, offset);
      word(o + 8, VBASE + offset);
      word(o + 12, VBASE + offset);
      word(o + 16, size);
      word(o + 20, size);
      u32(o + 24, 4);
      word(o + 28, type === 1 ? 0x1000 : w);
    }
  };
  let ph = 0;
  if (interp) phdr(ph++, 3, interpOff, interp.length);
  phdr(ph++, 1, 0, total);
  phdr(ph++, 2, dynamicOff, dyn.length * dynentsize);

  if (interp) bytes.set(interp, interpOff);
  bytes.set(dynstr, dynstrOff);
  dyn[strtabAt] = [5, VBASE + dynstrOff];
  dyn.forEach(([tag, value], i) => {
    const o = dynamicOff + i * dynentsize;
    word(o, tag);
    word(o + w, value);
  });

  if (withSections) {
    bytes.set(shstrtab, shstrOff);
    const shdr = (
      i: number,
      name: number,
      type: number,
      offset: number,
      size: number,
      link: number,
      entsize: number,
    ) => {
      const o = shoff + i * shentsize;
      u32(o, name);
      u32(o + 4, type);
      word(o + 8, type === 0 ? 0 : 2); // SHF_ALLOC
      word(o + 8 + w, offset === 0 ? 0 : VBASE + offset);
      word(o + 8 + 2 * w, offset);
      word(o + 8 + 3 * w, size);
      u32(o + 8 + 4 * w, link);
      u32(o + 12 + 4 * w, 0);
      word(o + 16 + 4 * w, type === 0 ? 0 : 1);
      word(o + 16 + 5 * w, entsize);
    };
    shdr(0, 0, 0, 0, 0, 0, 0);
    shdr(1, 1, 3, dynstrOff, dynstr.length, 0, 0);
    shdr(2, 9, 6, dynamicOff, dyn.length * dynentsize, 1, dynentsize);
    shdr(3, 18, 3, shstrOff, shstrtab.length, 0, 0);
    if (interp) shdr(4, 28, 1, interpOff, interp.length, 0, 0);
  }
  return bytes;
}
