/**
 * readElf against readelf (binutils): real binaries of this machine, shared objects gcc links
 * here with SONAME, RUNPATH and RPATH, and hand-written files of other classes, byte orders and
 * machines. Truncated and mutated binaries must give ElfFormatError, never another error.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ElfFormatError, isElf, readElf } from '../src/index.js';
import type { ElfInfo } from '../src/index.js';
import { makeElf } from './helpers/make-elf.js';
import type { ElfSpec } from './helpers/make-elf.js';
import { readelfBytes, readelfInfo, tool } from './helpers/readelf.js';

const LS = '/usr/bin/ls';
const LIBC = '/usr/lib/x86_64-linux-gnu/libc.so.6';

/** PostgreSQL server modules installed on this machine (any major), a few of them. */
function postgresModules(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((major) => join(root, major, 'lib'))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      ['plpgsql.so', 'llvmjit.so', 'pgcrypto.so', 'libpqwalreceiver.so']
        .map((f) => join(dir, f))
        .filter((f) => existsSync(f)),
    );
}

function elfError(run: () => unknown): ElfFormatError {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ElfFormatError);
  return error as ElfFormatError;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pgforge-elf-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readElf on this machine’s binaries, compared with readelf', () => {
  const files = [LS, LIBC, ...postgresModules()];

  it(`the test covers ${files.length} files, PostgreSQL modules among them when installed`, () => {
    console.log(`ELF files compared with readelf: ${files.join(', ')}`);
    for (const f of [LS, LIBC]) expect(existsSync(f), `${f} exists`).toBe(true);
  });

  for (const file of files) {
    it(file, async () => {
      const bytes = await readFile(file);
      expect(isElf(bytes)).toBe(true);
      expect(readElf(bytes, { source: file })).toEqual(await readelfInfo(file));
    });
  }

  for (const file of files) {
    it(`${file}: the symbols it imports, as readelf --dyn-syms lists them undefined`, async () => {
      const out = await tool('readelf', ['--dyn-syms', '-W', file], 'binutils');
      const expected = new Set<string>();
      for (const line of out.split('\n')) {
        // Num: Value Size Type Bind Vis Ndx Name[@version (n)]
        const cols = line.trim().split(/\s+/);
        if (!/^\d+:$/.test(cols[0] ?? '') || cols[6] !== 'UND' || cols[7] === undefined) continue;
        expected.add((cols[7].split('@')[0] ?? '').trim());
      }
      expected.delete('');
      const info = readElf(await readFile(file), { source: file, imports: true });
      expect(info.imports).toEqual([...expected].sort());
      expect(readElf(await readFile(file)).imports).toBeUndefined();
    });
  }

  it('a module that must be preloaded imports process_shared_preload_libraries_in_progress', async () => {
    const modules = postgresModules().length > 0 ? readdirSync('/usr/lib/postgresql') : [];
    for (const major of modules) {
      const lib = (name: string): string => join('/usr/lib/postgresql', major, 'lib', `${name}.so`);
      if (!existsSync(lib('pg_stat_statements'))) continue;
      const imports = (name: string): string[] =>
        readElf(readFileSync(lib(name)), { imports: true }).imports ?? [];
      expect(imports('pg_stat_statements')).toContain(
        'process_shared_preload_libraries_in_progress',
      );
      expect(imports('auto_explain')).not.toContain('process_shared_preload_libraries_in_progress');
    }
  });

  it('what it reports for ls and libc, spelled out', async () => {
    const ls = readElf(await readFile(LS));
    expect(ls).toMatchObject({
      class: 64,
      endianness: 'little',
      machine: 'x86_64',
      type: 'executable',
    });
    expect(ls.needed).toContain('libc.so.6');
    expect(ls.interpreter).toBe('/lib64/ld-linux-x86-64.so.2');
    const libc = readElf(await readFile(LIBC));
    expect(libc).toMatchObject({ type: 'shared', soname: 'libc.so.6' });
  });
});

describe('readElf on shared objects gcc links here', () => {
  async function link(name: string, flags: string[]): Promise<string> {
    const source = join(dir, `${name}.c`);
    await writeFile(source, 'int pgforge_answer(void) { return 42; }\n');
    const out = join(dir, name);
    await tool('gcc', ['-shared', '-fPIC', '-o', out, source, ...flags], 'gcc');
    return out;
  }

  it('SONAME and RUNPATH (new dtags), several entries, $ORIGIN kept', async () => {
    const file = await link('librunpath.so.1', [
      '-Wl,-soname,librunpath.so.1',
      '-Wl,--enable-new-dtags,-rpath,$ORIGIN/../lib:/opt/pgforge/lib',
      '-Wl,--no-as-needed',
      '-lm',
    ]);
    const info = readElf(await readFile(file));
    expect(info).toEqual(await readelfInfo(file));
    expect(info.soname).toBe('librunpath.so.1');
    expect(info.runpath).toEqual(['$ORIGIN/../lib', '/opt/pgforge/lib']);
    expect(info.rpath).toBeUndefined();
    expect(info.needed).toContain('libm.so.6');
  });

  it('RPATH (old dtags)', async () => {
    const file = await link('librpath.so', ['-Wl,--disable-new-dtags,-rpath,/usr/lib/pgforge']);
    const info = readElf(await readFile(file));
    expect(info).toEqual(await readelfInfo(file));
    expect(info.rpath).toEqual(['/usr/lib/pgforge']);
    expect(info.runpath).toBeUndefined();
  });

  it('an object file is relocatable and has no dynamic section', async () => {
    const source = join(dir, 'obj.c');
    await writeFile(source, 'int x;\n');
    const out = join(dir, 'obj.o');
    await tool('gcc', ['-c', '-o', out, source], 'gcc');
    const info = readElf(await readFile(out));
    expect(info).toEqual(await readelfInfo(out));
    expect(info).toEqual({
      class: 64,
      endianness: 'little',
      machine: 'x86_64',
      type: 'relocatable',
      needed: [],
    });
  });

  it('without section headers (as sstrip leaves a file), PT_DYNAMIC and DT_STRTAB are used', async () => {
    const file = await link('libstripped.so.2', [
      '-Wl,-soname,libstripped.so.2',
      '-Wl,--no-as-needed',
      '-lm',
    ]);
    const bytes = new Uint8Array(await readFile(file));
    const view = new DataView(bytes.buffer);
    view.setBigUint64(40, 0n, true); // e_shoff
    view.setUint16(60, 0, true); // e_shnum
    view.setUint16(62, 0, true); // e_shstrndx
    const info = readElf(bytes);
    expect(info).toEqual(await readelfBytes(bytes));
    expect(info.soname).toBe('libstripped.so.2');
    expect(info.needed).toContain('libm.so.6');
  });
});

describe('readElf on hand-written files of other classes, byte orders and machines', () => {
  const cases: [string, ElfSpec, Partial<ElfInfo>][] = [
    [
      'ELF32 big-endian s390, shared, RPATH',
      {
        class: 32,
        little: false,
        machine: 22,
        type: 3,
        needed: ['libc.so.6'],
        soname: 'libx.so.1',
        rpath: '/a:/b',
      },
      { class: 32, endianness: 'big', machine: 's390', type: 'shared' },
    ],
    [
      'ELF64 big-endian s390x, PIE with interpreter',
      {
        class: 64,
        little: false,
        machine: 22,
        type: 3,
        needed: ['libc.so.6'],
        interpreter: '/lib/ld64.so.1',
        flags1: 0x08000000,
      },
      { class: 64, endianness: 'big', machine: 's390x', type: 'executable' },
    ],
    [
      'ELF64 big-endian ppc64, RUNPATH',
      {
        class: 64,
        little: false,
        machine: 21,
        type: 3,
        needed: ['liba.so', 'libb.so'],
        runpath: '$ORIGIN',
      },
      { machine: 'ppc64', runpath: ['$ORIGIN'] },
    ],
    [
      'ELF64 little-endian ppc64le',
      { class: 64, little: true, machine: 21, type: 3, soname: 'libp.so.9' },
      { machine: 'ppc64le', soname: 'libp.so.9' },
    ],
    [
      'ELF32 little-endian arm executable',
      {
        class: 32,
        little: true,
        machine: 40,
        type: 2,
        interpreter: '/lib/ld-linux-armhf.so.3',
        needed: ['libc.so.6'],
      },
      { class: 32, machine: 'arm', type: 'executable', interpreter: '/lib/ld-linux-armhf.so.3' },
    ],
    [
      'ELF32 i386 without section headers',
      {
        class: 32,
        little: true,
        machine: 3,
        type: 3,
        needed: ['libm.so.6'],
        soname: 'libi.so',
        sections: false,
      },
      { machine: 'i386', needed: ['libm.so.6'], soname: 'libi.so' },
    ],
    [
      'ELF64 riscv64',
      { class: 64, little: true, machine: 243, type: 3, needed: ['libc.so.6'] },
      { machine: 'riscv64' },
    ],
    [
      'ELF64 aarch64',
      { class: 64, little: true, machine: 183, type: 3, needed: ['libc.so.6'] },
      { machine: 'aarch64' },
    ],
  ];
  for (const [name, spec, expected] of cases) {
    it(name, async () => {
      const bytes = makeElf(spec);
      const info = readElf(bytes);
      expect(info).toMatchObject(expected);
      expect(info).toEqual(await readelfBytes(bytes));
    });
  }

  it('an unknown machine is EM_<n>', () => {
    expect(readElf(makeElf({ class: 64, little: true, machine: 9999, type: 3 })).machine).toBe(
      'EM_9999',
    );
  });
});

describe('readElf refuses what is not ELF, clearly', () => {
  it('non-ELF bytes and short files', () => {
    expect(isElf(new TextEncoder().encode('#!/bin/sh\n'))).toBe(false);
    expect(
      elfError(() => readElf(new TextEncoder().encode('#!/bin/sh\n'), { source: 'x.sh' })).message,
    ).toBe('x.sh: is not an ELF file (it does not start with "\\x7fELF")');
    expect(elfError(() => readElf(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1]))).message).toBe(
      'the ELF file: is truncated: 6 bytes, shorter than e_ident',
    );
  });

  it('bad class or byte order bytes', () => {
    const bytes = makeElf({ class: 64, little: true, machine: 62, type: 3 });
    const badClass = bytes.slice();
    badClass[4] = 3;
    expect(elfError(() => readElf(badClass)).message).toContain(
      'has EI_CLASS 3, expected 1 (32-bit) or 2 (64-bit)',
    );
    const badData = bytes.slice();
    badData[5] = 0;
    expect(elfError(() => readElf(badData)).message).toContain(
      'has EI_DATA 0, expected 1 (little) or 2 (big endian)',
    );
  });

  it('a string table that points outside the file names the field', () => {
    const bytes = makeElf({ class: 64, little: true, machine: 62, type: 3, needed: ['libc.so.6'] });
    const info = readElf(bytes);
    expect(info.needed).toEqual(['libc.so.6']);
    // e_shoff far beyond the end.
    const far = bytes.slice();
    new DataView(far.buffer).setBigUint64(40, 1n << 40n, true);
    expect(elfError(() => readElf(far, { source: 'lib.so' })).message).toMatch(
      /^lib\.so: the section header table \(\d+ entries\) \(offset 1099511627776, \d+ bytes\) lies outside the file/,
    );
  });

  it('truncated anywhere: ElfFormatError (real ls)', async () => {
    const bytes = new Uint8Array(readFileSync(LS));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (length) => {
        expect(() => readElf(bytes.subarray(0, length))).toThrow(ElfFormatError);
      }),
      { numRuns: 300 },
    );
  });

  it('bytes changed in the headers, tables and dynamic section: ElfInfo or ElfFormatError', async () => {
    const bytes = new Uint8Array(readFileSync(LS));
    const out = await tool('readelf', ['-d', '-W', LS], 'binutils');
    const dynamicAt = Number(/Dynamic section at offset (0x[0-9a-f]+)/.exec(out)?.[1]);
    expect(dynamicAt).toBeGreaterThan(0);
    const position = fc.oneof(
      fc.integer({ min: 0, max: 1023 }), // ELF header and program headers
      fc.integer({ min: dynamicAt, max: dynamicAt + 600 }), // .dynamic
      fc.integer({ min: bytes.length - 2048, max: bytes.length - 1 }), // section headers
      fc.integer({ min: 0, max: bytes.length - 1 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(position, fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
        (changes) => {
          const mutated = bytes.slice();
          for (const [at, value] of changes) mutated[at] = value;
          try {
            const info = readElf(mutated, { imports: true });
            expect(Array.isArray(info.needed)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(ElfFormatError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('hand-written files with random header fields: ElfInfo or ElfFormatError', () => {
    const base = makeElf({
      class: 32,
      little: false,
      machine: 22,
      type: 3,
      needed: ['a', 'b'],
      soname: 's',
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: base.length - 4 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (at, value) => {
          const mutated = base.slice();
          new DataView(mutated.buffer).setUint32(at, value, false);
          try {
            readElf(mutated);
          } catch (error) {
            expect(error).toBeInstanceOf(ElfFormatError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
