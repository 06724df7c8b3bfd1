import { machineName } from '@pgforge/elf';
import { describe, expect, it } from 'vitest';
import schema from '../../../schema/images.schema.json' with { type: 'json' };
import {
  PLATFORMS,
  UnknownPlatformError,
  byDebianArchitecture,
  byElfMachine,
  byNodeArch,
  byPlatform,
  findByDebianArchitecture,
  findByElfMachine,
  findByNodeArch,
  findByPlatform,
  hostPlatform,
  normalisePlatform,
  type PlatformLike,
} from '../src/index.js';

// The table as a reader checks it against dpkg-architecture, readelf, `node -p process.arch`
// and the OCI image indexes of Docker's official images.
// prettier-ignore
const EXPECTED: readonly [string, string, string, string, string][] = [
  ['linux/amd64',    'amd64',    'x86_64',      'x64',      'x86_64-linux-gnu'],
  ['linux/arm64',    'arm64',    'aarch64',     'arm64',    'aarch64-linux-gnu'],
  ['linux/arm/v7',   'armhf',    'arm',         'arm',      'arm-linux-gnueabihf'],
  ['linux/arm/v5',   'armel',    'arm',         'arm',      'arm-linux-gnueabi'],
  ['linux/386',      'i386',     'i386',        'ia32',     'i386-linux-gnu'],
  ['linux/ppc64le',  'ppc64el',  'ppc64le',     'ppc64',    'powerpc64le-linux-gnu'],
  ['linux/s390x',    's390x',    's390x',       's390x',    's390x-linux-gnu'],
  ['linux/riscv64',  'riscv64',  'riscv64',     'riscv64',  'riscv64-linux-gnu'],
  ['linux/mips64le', 'mips64el', 'mips64el',    'mips64el', 'mips64el-linux-gnuabi64'],
  ['linux/loong64',  'loong64',  'loongarch64', 'loong64',  'loongarch64-linux-gnu'],
];

describe('PLATFORMS', () => {
  it('holds each platform with its Debian, ELF, Node and multiarch names', () => {
    expect(
      PLATFORMS.map((r) => [
        r.platform,
        r.debianArchitecture,
        r.elfMachine,
        r.nodeArch,
        r.multiarch,
      ]),
    ).toEqual(EXPECTED);
  });

  it('is frozen: no caller can change the truth for the others', () => {
    expect(Object.isFrozen(PLATFORMS)).toBe(true);
    for (const r of PLATFORMS) {
      expect(Object.isFrozen(r)).toBe(true);
      expect(Object.isFrozen(r.alsoVariants)).toBe(true);
    }
  });
});

describe('the table is consistent', () => {
  const platformNames = PLATFORMS.flatMap((r) => [
    r.platform,
    ...r.alsoVariants.map((v) => `${r.os}/${r.architecture}/${v}`),
  ]);

  it.each([
    ['OCI platform (with the variants a row also serves)', platformNames],
    ['Debian architecture', PLATFORMS.map((r) => r.debianArchitecture)],
    ['multiarch tuple', PLATFORMS.map((r) => r.multiarch)],
  ])('has each %s once', (_, names) => {
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    ['elfMachine', (r: (typeof PLATFORMS)[number]) => r.elfMachine],
    ['nodeArch', (r: (typeof PLATFORMS)[number]) => r.nodeArch],
  ] as const)('shares a %s only between the two 32-bit ARM ABIs', (_, name) => {
    const shared = PLATFORMS.filter((r) => PLATFORMS.some((o) => o !== r && name(o) === name(r)));
    expect(shared.map((r) => r.debianArchitecture)).toEqual(['armhf', 'armel']);
  });

  it('splits each platform into its os, architecture and variant', () => {
    for (const r of PLATFORMS) {
      expect([r.os, r.architecture, r.variant].filter(Boolean).join('/')).toBe(r.platform);
    }
  });

  it('writes each platform in its normalised form, and finds each row by every name of it', () => {
    for (const r of PLATFORMS) {
      expect(normalisePlatform(r)).toEqual({
        os: r.os,
        architecture: r.architecture,
        ...(r.variant ? { variant: r.variant } : {}),
      });
      expect(byPlatform(r.platform)).toBe(r);
      expect(byDebianArchitecture(r.debianArchitecture)).toBe(r);
      expect(byElfMachine(r.elfMachine).elfMachine).toBe(r.elfMachine);
      expect(byNodeArch(r.nodeArch).nodeArch).toBe(r.nodeArch);
    }
  });

  it('reads a Debian architecture written as an OCI one as that row (the derived aliases)', () => {
    for (const r of PLATFORMS) {
      expect(findByPlatform({ os: 'linux', architecture: r.debianArchitecture })).toBe(r);
    }
  });

  it('reads an ELF machine written as an OCI architecture as the row byElfMachine gives', () => {
    for (const r of PLATFORMS) {
      expect(findByPlatform({ os: 'linux', architecture: r.elfMachine })).toBe(
        byElfMachine(r.elfMachine),
      );
    }
  });

  it("names only ELF machines @pgforge/elf's machineName produces", () => {
    const names = new Set<string>();
    for (let machine = 0; machine < 1024; machine++) {
      for (const is64 of [false, true]) {
        for (const little of [false, true]) names.add(machineName(machine, is64, little));
      }
    }
    for (const r of PLATFORMS) expect(names, r.platform).toContain(r.elfMachine);
  });

  it('has a row for every platform the configuration schema allows', () => {
    const platform = schema.definitions.platform;
    const allowed = platform['x-allowed'].split(', ');
    expect(allowed.length).toBeGreaterThan(1);
    for (const p of allowed) {
      expect(new RegExp(platform.pattern).test(p), p).toBe(true);
      expect(findByPlatform(p), p).toBeDefined();
    }
  });
});

describe('byPlatform', () => {
  it.each<[string | PlatformLike, string]>([
    ['linux/amd64', 'amd64'],
    ['linux/amd64/v1', 'amd64'],
    ['linux/x86_64', 'amd64'],
    ['linux/arm64', 'arm64'],
    ['linux/arm64/v8', 'arm64'],
    ['linux/aarch64', 'arm64'],
    ['linux/arm', 'armhf'],
    ['linux/arm/v7', 'armhf'],
    ['linux/arm/7', 'armhf'],
    ['linux/armhf', 'armhf'],
    ['linux/arm/v6', 'armel'],
    ['linux/arm/v5', 'armel'],
    ['linux/armel', 'armel'],
    ['linux/386', 'i386'],
    ['linux/i386', 'i386'],
    ['linux/ppc64le', 'ppc64el'],
    ['linux/s390x', 's390x'],
    ['linux/riscv64', 'riscv64'],
    ['linux/mips64le', 'mips64el'],
    ['linux/loong64', 'loong64'],
    [{ architecture: 'arm', variant: 'v5' }, 'armel'],
    [{ architecture: 'arm', variant: 'v6' }, 'armel'],
    [{ architecture: 'arm' }, 'armhf'],
    [{ architecture: 'arm', variant: '' }, 'armhf'],
    [{ os: 'linux', architecture: 'arm64', variant: 'v8' }, 'arm64'],
  ])('%j is Debian %s', (platform, debian) => {
    expect(byPlatform(platform).debianArchitecture).toBe(debian);
  });

  it.each<[string | PlatformLike, string]>([
    ['linux/sparc64', 'linux/sparc64'],
    ['linux/amd64/v3', 'linux/amd64/v3'],
    ['linux/arm/v8', 'linux/arm/v8'],
    ['windows/amd64', 'windows/amd64'],
    ['amd64', 'amd64'],
    ['linux/arm/v7/x', 'linux/arm/v7/x'],
    ['linux//v7', 'linux//v7'],
    [{ architecture: 'sparc64' }, 'linux/sparc64'],
    [{ os: 'darwin', architecture: 'arm64' }, 'darwin/arm64'],
  ])('refuses %j, naming it and the platforms it knows', (platform, shown) => {
    expect(findByPlatform(platform)).toBeUndefined();
    const error = (() => {
      try {
        byPlatform(platform);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnknownPlatformError);
    expect((error as UnknownPlatformError).message).toBe(
      `unknown platform "${shown}"; known: linux/amd64, linux/arm64, linux/arm/v7, linux/arm/v5, ` +
        'linux/arm/v6, linux/386, linux/ppc64le, linux/s390x, linux/riscv64, linux/mips64le, ' +
        'linux/loong64',
    );
    expect((error as UnknownPlatformError).column).toBe('platform');
    expect((error as UnknownPlatformError).value).toBe(shown);
  });
});

describe('lookups by the other names', () => {
  it.each([
    ['amd64', 'linux/amd64'],
    ['arm64', 'linux/arm64'],
    ['armhf', 'linux/arm/v7'],
    ['armel', 'linux/arm/v5'],
    ['i386', 'linux/386'],
    ['ppc64el', 'linux/ppc64le'],
    ['mips64el', 'linux/mips64le'],
    ['loong64', 'linux/loong64'],
  ])('Debian %s is %s', (debian, platform) => {
    expect(byDebianArchitecture(debian).platform).toBe(platform);
  });

  it.each([
    ['x86_64', 'linux/amd64'],
    ['aarch64', 'linux/arm64'],
    ['arm', 'linux/arm/v7'],
    ['i386', 'linux/386'],
    ['ppc64le', 'linux/ppc64le'],
    ['s390x', 'linux/s390x'],
    ['riscv64', 'linux/riscv64'],
    ['mips64el', 'linux/mips64le'],
    ['loongarch64', 'linux/loong64'],
  ])('ELF machine %s is %s', (machine, platform) => {
    expect(byElfMachine(machine).platform).toBe(platform);
  });

  it.each([
    ['x64', 'linux/amd64'],
    ['arm64', 'linux/arm64'],
    ['arm', 'linux/arm/v7'],
    ['ia32', 'linux/386'],
    ['ppc64', 'linux/ppc64le'],
    ['s390x', 'linux/s390x'],
    ['riscv64', 'linux/riscv64'],
    ['loong64', 'linux/loong64'],
  ])('process.arch %s is %s', (arch, platform) => {
    expect(byNodeArch(arch).platform).toBe(platform);
    expect(hostPlatform(arch).platform).toBe(platform);
  });

  it('takes the host from process.arch by default', () => {
    expect(hostPlatform()).toBe(byNodeArch(process.arch));
  });

  it.each([
    [
      () => byDebianArchitecture('all'),
      () => findByDebianArchitecture('all'),
      'unknown Debian architecture "all"; known: amd64, arm64, armhf, armel, i386, ppc64el, ' +
        's390x, riscv64, mips64el, loong64',
    ],
    [
      () => byElfMachine('EM_2'),
      () => findByElfMachine('EM_2'),
      'unknown ELF machine "EM_2"; known: x86_64, aarch64, arm, i386, ppc64le, s390x, riscv64, ' +
        'mips64el, loongarch64',
    ],
    [
      () => hostPlatform('mips'),
      () => findByNodeArch('mips'),
      'unknown Node architecture (process.arch) "mips"; known: x64, arm64, arm, ia32, ppc64, ' +
        's390x, riscv64, mips64el, loong64',
    ],
  ])('refuses an unknown name, listing the known ones: %#', (lookup, find, message) => {
    expect(find()).toBeUndefined();
    expect(lookup).toThrow(UnknownPlatformError);
    expect(lookup).toThrow(message);
  });
});
