/**
 * readDeb against dpkg-deb: packages built by `dpkg-deb --build` with each compression it
 * writes are read, and what the reader reports must equal `dpkg-deb -c` of the same bytes.
 * Hand-made archives cover what dpkg-deb refuses to build.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DebFormatError, readDeb } from '@pgforge/apt';
import type { DebArchive } from '@pgforge/apt';
import { asListed, buildDeb, dpkgDebList } from './helpers/dpkg-deb.js';
import type { DebSpec } from './helpers/dpkg-deb.js';
import { CONTROL, handMadeDeb, makeAr, makeTar } from './helpers/hand-made-deb.js';

const LONG_DIR = `usr/share/doc/pgforge-test/${'deep-directory-name/'.repeat(6)}`;
const LIB = 'usr/lib/x86_64-linux-gnu';

function spec(compression: DebSpec['compression']): DebSpec {
  return {
    compression,
    control: {
      Package: 'pgforge-test',
      Version: '1:2.3-4',
      Architecture: 'amd64',
      Maintainer: 'Test <test@example.invalid>',
      Depends: 'libc6 (>= 2.38)',
      Description: 'a test package\n more text',
    },
    controlFiles: {
      conffiles: '/etc/pgforge-test.conf\n',
      md5sums: 'd41d8cd98f00b204e9800998ecf8427e  usr/share/pgforge-test/empty\n',
    },
    tree: {
      [`${LIB}/libpgforge.so.1.2.3`]: { type: 'file', data: '\x7fELF not really' },
      [`${LIB}/libpgforge.so.1`]: { type: 'symlink', target: 'libpgforge.so.1.2.3' },
      [`${LIB}/pgforge-absolute`]: { type: 'symlink', target: '/etc/pgforge-test.conf' },
      'usr/bin/pgforge': { type: 'file', data: '#!/bin/sh\necho hi\n', mode: 0o755 },
      'usr/bin/pgforge-again': { type: 'hardlink', target: 'usr/bin/pgforge' },
      'usr/share/pgforge-test/empty': { type: 'file', data: '' },
      'usr/share/pgforge-test/with space.txt': { type: 'file', data: 'spaces' },
      'usr/share/pgforge-test/café': { type: 'file', data: 'utf-8 name' },
      [`${LONG_DIR}long-file-name-beyond-the-ustar-limit.txt`]: { type: 'file', data: 'long' },
      'usr/share/pgforge-test/long-target': {
        type: 'symlink',
        target: `../../../${LONG_DIR}long-file-name-beyond-the-ustar-limit.txt`,
      },
      'var/lib/pgforge': { type: 'directory', mode: 0o2775 },
      'etc/pgforge-test.conf': { type: 'file', data: 'setting = 1\n' },
      'usr/share/pgforge-test/big': { type: 'file', data: new Uint8Array(300_000).fill(7) },
    },
  };
}

const byPath = <T extends { path: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

async function error(promise: Promise<unknown>): Promise<DebFormatError> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DebFormatError);
  return e as DebFormatError;
}

describe('readDeb on packages dpkg-deb built', () => {
  for (const compression of ['xz', 'gzip', 'zstd', 'none'] as const) {
    it(`-Z${compression}: the same entries as dpkg-deb -c, control stanza and files`, async () => {
      const bytes = await buildDeb(spec(compression));
      const deb = await readDeb(bytes, { source: 'pgforge-test.deb' });
      // dpkg-deb compresses control.tar with the same compressor as data.tar.
      expect(deb.compression).toEqual({ control: compression, data: compression });
      expect(byPath(deb.entries.map(asListed))).toEqual(byPath(await dpkgDebList(bytes)));

      expect(deb.control.get('Package')).toBe('pgforge-test');
      expect(deb.control.get('Version')).toBe('1:2.3-4');
      expect(deb.control.get('Architecture')).toBe('amd64');
      expect(deb.control.get('Description')).toBe('a test package\nmore text');
      expect([...deb.controlFiles.keys()].sort()).toEqual(['conffiles', 'control', 'md5sums']);
      expect(Buffer.from(deb.controlFiles.get('conffiles')!).toString()).toBe(
        '/etc/pgforge-test.conf\n',
      );

      const file = (path: string) => deb.entries.find((e) => e.path === path);
      expect(Buffer.from(file('usr/bin/pgforge')!.data!).toString()).toBe('#!/bin/sh\necho hi\n');
      expect(file('usr/bin/pgforge')!.mode).toBe(0o755);
      expect(file('usr/share/pgforge-test/empty')!.data!.length).toBe(0);
      expect(Buffer.from(file('usr/share/pgforge-test/big')!.data!)).toEqual(
        Buffer.alloc(300_000, 7),
      );
      expect(file('var/lib/pgforge')).toEqual({
        path: 'var/lib/pgforge',
        type: 'directory',
        mode: 0o2775,
      });
      expect(file(`${LIB}/pgforge-absolute`)?.linkTarget).toBe('/etc/pgforge-test.conf');
      const hardlink = deb.entries.find((e) => e.type === 'hardlink');
      expect(hardlink?.data).toBeUndefined();
      expect(['usr/bin/pgforge', 'usr/bin/pgforge-again']).toContain(hardlink?.linkTarget);
      for (const entry of deb.entries) {
        expect(entry.path).not.toMatch(/^\.|^\/|\/$|\/\.\//);
      }
    });
  }
});

describe('readDeb refuses what is not a .deb', () => {
  it('not an ar archive, or an empty file', async () => {
    const e = await error(
      readDeb(new TextEncoder().encode('PK\x03\x04 a zip'), { source: 'x.deb' }),
    );
    expect(e.message).toBe(
      'x.deb: is not a Debian package: it does not start with the ar magic "!<arch>\\n" ' +
        '(starts with "PK\\u0003\\u0004 a z")',
    );
    expect((await error(readDeb(new Uint8Array()))).message).toContain(
      'the .deb: is not a Debian package',
    );
  });

  it('an ar archive whose first member is not debian-binary, or of another format', async () => {
    const tar = await makeTar([{ name: './control', data: CONTROL }]);
    const e1 = await error(readDeb(makeAr([{ name: 'control.tar', data: tar }])));
    expect(e1.message).toContain(
      'is not a Debian package: its first ar member is "control.tar", expected "debian-binary"',
    );
    const e2 = await error(readDeb(makeAr([{ name: 'debian-binary', data: '3.0\n' }])));
    expect(e2.message).toContain('debian-binary says format "3.0"; this reader knows format 2.x');
  });

  it('a missing member names it and the names expected', async () => {
    const control = await makeTar([{ name: './control', data: CONTROL }]);
    const e = await error(
      readDeb(
        makeAr([
          { name: 'debian-binary', data: '2.0\n' },
          { name: 'control.tar', data: control },
        ]),
      ),
    );
    expect(e.message).toContain('has no data.tar member (expected data.tar{,.gz,.xz,.zst})');
    const e2 = await error(
      readDeb(
        makeAr([
          { name: 'debian-binary', data: '2.0\n' },
          { name: 'something', data: control },
        ]),
      ),
    );
    expect(e2.message).toContain(
      'has the ar member "something" where control.tar{,.gz,.xz,.zst} was expected',
    );
  });

  it('members dpkg-deb reserves (`_` prefix) are skipped', async () => {
    const control = await makeTar([{ name: './control', data: CONTROL }]);
    const data = await makeTar([{ name: './a', data: 'x' }]);
    const deb = await readDeb(
      makeAr([
        { name: 'debian-binary', data: '2.0\n' },
        { name: '_gpgorigin', data: 'signature' },
        { name: 'control.tar', data: control },
        { name: 'data.tar', data },
      ]),
    );
    expect(deb.entries.map((e) => e.path)).toEqual(['a']);
  });

  it('an unsupported compression names it and what is supported', async () => {
    const control = await makeTar([{ name: './control', data: CONTROL }]);
    for (const [suffix, name] of [
      ['bz2', 'bzip2'],
      ['lzma', 'lzma'],
      ['lz4', 'lz4'],
    ]) {
      const e = await error(
        readDeb(
          makeAr([
            { name: 'debian-binary', data: '2.0\n' },
            { name: 'control.tar', data: control },
            { name: `data.tar.${suffix}`, data: 'whatever' },
          ]),
        ),
      );
      expect(e.message).toContain(
        `data.tar.${suffix} is compressed with ${name}, which this reader does not support ` +
          '(supported: none, .gz (gzip), .xz, .zst (zstd))',
      );
    }
  });

  it('a member that does not decompress as its name says', async () => {
    const control = await makeTar([{ name: './control', data: CONTROL }]);
    for (const suffix of ['gz', 'xz', 'zst']) {
      const e = await error(
        readDeb(
          makeAr([
            { name: 'debian-binary', data: '2.0\n' },
            { name: 'control.tar', data: control },
            { name: `data.tar.${suffix}`, data: 'not compressed at all' },
          ]),
        ),
      );
      expect(e.message).toMatch(new RegExp(`data\\.tar\\.${suffix} does not decompress as`));
    }
  });

  it('paths that escape the root: "..", absolute; hardlink targets too', async () => {
    const cases: [Parameters<typeof handMadeDeb>[0], string][] = [
      [[{ name: './../etc/passwd', data: 'x' }], 'has a ".." segment'],
      [[{ name: 'usr/../../etc/passwd', data: 'x' }], 'has a ".." segment'],
      [[{ name: '/etc/passwd', data: 'x' }], 'holds the absolute path "/etc/passwd"'],
      [
        [
          { name: './a', data: 'x' },
          { name: './b', type: 'link', linkname: '../../etc/shadow' },
        ],
        'holds the path "../../etc/shadow", which has a ".." segment',
      ],
    ];
    for (const [entries, message] of cases) {
      const e = await error(readDeb(await handMadeDeb(entries), { source: 'evil.deb' }));
      expect(e.message).toMatch(/^evil\.deb: data\.tar /);
      expect(e.message).toContain(message);
    }
  });

  it('device nodes and fifos (Debian Policy 10.6 forbids them)', async () => {
    const e = await error(
      readDeb(await handMadeDeb([{ name: './dev/null', type: 'character-device' }])),
    );
    expect(e.message).toContain(
      'data.tar entry "./dev/null" is a character-device; expected a file, directory, symlink or hardlink',
    );
  });

  it('control.tar without control, with two paragraphs, or without Version', async () => {
    const withoutControl = makeAr([
      { name: 'debian-binary', data: '2.0\n' },
      { name: 'control.tar', data: await makeTar([{ name: './md5sums', data: '' }]) },
      { name: 'data.tar', data: await makeTar([]) },
    ]);
    expect((await error(readDeb(withoutControl))).message).toContain(
      'control.tar has no "control" file',
    );
    expect(
      (await error(readDeb(await handMadeDeb([], `${CONTROL}\nPackage: second\n`)))).message,
    ).toContain('control file holds 2 paragraphs, expected one');
    expect(
      (await error(readDeb(await handMadeDeb([], 'Package: x\nArchitecture: all\n')))).message,
    ).toContain('control file has no Version field');
    expect((await error(readDeb(await handMadeDeb([], 'Package x\n')))).message).toContain(
      'control file, line 1: expected "Field: value", got "Package x"',
    );
  });

  it('truncated anywhere: the same package (only padding cut) or DebFormatError', async () => {
    const bytes = await buildDeb({
      ...spec('xz'),
      controlFiles: {},
      tree: { 'usr/a': { type: 'file', data: 'a' } },
    });
    const whole: DebArchive = await readDeb(bytes);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), async (length) => {
        const result = await readDeb(bytes.subarray(0, length)).then(
          (deb) => deb,
          (err: unknown) => err,
        );
        if (result instanceof DebFormatError) return;
        expect(result).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it('a byte changed anywhere: a package or DebFormatError, never another error', async () => {
    for (const compression of ['gzip', 'zstd', 'xz'] as const) {
      const bytes = await buildDeb({
        ...spec(compression),
        controlFiles: {},
        tree: { 'usr/a': { type: 'file', data: 'a'.repeat(500) } },
      });
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: bytes.length - 1 }),
          fc.integer({ min: 1, max: 255 }),
          async (at, xor) => {
            const mutated = bytes.slice();
            mutated[at]! ^= xor;
            const result = await readDeb(mutated).then(
              () => undefined,
              (err: unknown) => err,
            );
            if (result !== undefined) expect(result).toBeInstanceOf(DebFormatError);
          },
        ),
        { numRuns: 100 },
      );
    }
  });
});
