/**
 * The platforms images are built for, each with every name it goes by, in one table: the OCI
 * platform (image indexes, `docker --platform`, the configuration's `platforms`), Debian's
 * architecture (`dpkg --print-architecture`, the archive's `binary-<arch>` directories), the ELF
 * machine @pgforge/elf's readElf reports for its binaries, Node's `process.arch` (the host this
 * code runs on) and the multiarch tuple (where its shared libraries live under /usr/lib).
 *
 * Every translation from one of these names to another reads this table: an image's label, the
 * packages fetched for it and the check of its binaries cannot disagree because one package's
 * private copy of the mapping said otherwise (two copies once mapped linux/arm/v6 differently).
 */

/** An OCI platform as an image index or config carries it; without `os`, Linux. */
export interface PlatformLike {
  os?: string;
  architecture: string;
  variant?: string;
}

/** A platform after containerd's normalisation: aliases resolved, default variants applied. */
export interface NormalisedPlatform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface PlatformRow {
  /** `os/architecture[/variant]`, normalised as containerd does: `linux/arm64`, `linux/arm/v7`. */
  readonly platform: string;
  readonly os: string;
  /** GOARCH, which the OCI image spec uses: `amd64`, `arm64`, `arm`, `ppc64le`. */
  readonly architecture: string;
  readonly variant?: string;
  /**
   * Other variants of `architecture` whose images are built from this row's Debian
   * architecture (armel's binaries serve `linux/arm/v6` too; see the row).
   */
  readonly alsoVariants: readonly string[];
  /** `dpkg --print-architecture`: `amd64`, `armhf`, `ppc64el`. */
  readonly debianArchitecture: string;
  /** readElf's `machine` for this platform's binaries: `x86_64`, `aarch64`, `arm`. */
  readonly elfMachine: string;
  /** Node's `process.arch` on this platform: `x64`, `arm64`, `ia32`. */
  readonly nodeArch: string;
  /** dpkg-architecture's DEB_HOST_MULTIARCH, the directory under /usr/lib: `x86_64-linux-gnu`. */
  readonly multiarch: string;
}

function row(
  platform: string,
  debianArchitecture: string,
  elfMachine: string,
  nodeArch: string,
  multiarch: string,
  alsoVariants: readonly string[] = [],
): PlatformRow {
  const [os = '', architecture = '', variant] = platform.split('/');
  return Object.freeze({
    platform,
    os,
    architecture,
    ...(variant === undefined ? {} : { variant }),
    alsoVariants: Object.freeze([...alsoVariants]),
    debianArchitecture,
    elfMachine,
    nodeArch,
    multiarch,
  });
}

/**
 * Where two rows share a name (both 32-bit ARM ABIs are ELF machine `arm` and Node's `arm`: the
 * float ABI is in e_flags, which readElf does not report, and Node's arch has no variant), the
 * lookup by that name answers the first row: armhf, linux/arm/v7, which is containerd's default
 * arm variant and what Node's own Linux arm builds (armv7l) run on.
 *
 * linux/arm/v5 is armel: Debian's armel port targets ARMv5TE with the soft-float ABI, armhf
 * needs ARMv7 with VFPv3-D16 and hard float. Debian has no ARMv6 port, so linux/arm/v6 is armel
 * too: armhf's Thumb-2 code faults on an ARMv6 core (ARM1176, Raspberry Pi 1 and Zero), armel's
 * runs there. Docker agrees: containerd's normalizeArch reads `armel` as arm/v6, and its matcher
 * for arm/v6 also takes arm/v5, so `--platform linux/arm/v6` pulls the armel (arm32v5) image of
 * Debian. Raspbian's armhf, rebuilt for ARMv6, is another distribution, not one this project
 * builds from.
 *
 * Node calls little-endian POWER `ppc64` (the endianness is os.endianness()); Linux on POWER
 * with Node is only ppc64le, so `ppc64` here is that row.
 */
// prettier-ignore
export const PLATFORMS: readonly PlatformRow[] = Object.freeze([
  //  OCI platform      Debian      ELF machine    process.arch  multiarch tuple
  row('linux/amd64',    'amd64',    'x86_64',      'x64',        'x86_64-linux-gnu'),
  row('linux/arm64',    'arm64',    'aarch64',     'arm64',      'aarch64-linux-gnu'),
  row('linux/arm/v7',   'armhf',    'arm',         'arm',        'arm-linux-gnueabihf'),
  row('linux/arm/v5',   'armel',    'arm',         'arm',        'arm-linux-gnueabi', ['v6']),
  row('linux/386',      'i386',     'i386',        'ia32',       'i386-linux-gnu'),
  row('linux/ppc64le',  'ppc64el',  'ppc64le',     'ppc64',      'powerpc64le-linux-gnu'),
  row('linux/s390x',    's390x',    's390x',       's390x',      's390x-linux-gnu'),
  row('linux/riscv64',  'riscv64',  'riscv64',     'riscv64',    'riscv64-linux-gnu'),
  row('linux/mips64le', 'mips64el', 'mips64el',    'mips64el',   'mips64el-linux-gnuabi64'),
  row('linux/loong64',  'loong64',  'loongarch64', 'loong64',    'loongarch64-linux-gnu'),
]);

/** The column a name was looked up in, for errors. */
export type PlatformColumn = 'platform' | 'debianArchitecture' | 'elfMachine' | 'nodeArch';

const WHAT: Readonly<Record<PlatformColumn, string>> = {
  platform: 'platform',
  debianArchitecture: 'Debian architecture',
  elfMachine: 'ELF machine',
  nodeArch: 'Node architecture (process.arch)',
};

/** Every name the table knows in one column, in table order, each once. */
export function knownNames(column: PlatformColumn): string[] {
  const names =
    column === 'platform'
      ? PLATFORMS.flatMap((r) => [
          r.platform,
          ...r.alsoVariants.map((v) => `${r.os}/${r.architecture}/${v}`),
        ])
      : PLATFORMS.map((r) => r[column]);
  return [...new Set(names)];
}

/** A name no row of the table has; the message lists the names it does have. */
export class UnknownPlatformError extends Error {
  readonly known: readonly string[];
  constructor(
    readonly column: PlatformColumn,
    readonly value: string,
  ) {
    super(`unknown ${WHAT[column]} "${value}"; known: ${knownNames(column).join(', ')}`);
    this.name = 'UnknownPlatformError';
    this.known = knownNames(column);
  }
}

/**
 * Other tools' spellings of an OCI architecture, as containerd's normalizeArch accepts them:
 * Debian's (`armhf`, `ppc64el`, `i386`) and uname's, which readElf's are (`x86_64`, `aarch64`).
 * One difference from containerd: `armel` is arm/v5, this table's armel row, where containerd
 * says arm/v6; its matcher takes v5 for v6, ours compares variants exactly. Node's names are not
 * aliases: its `ppc64` is the OCI name of big-endian POWER, a different platform.
 */
const ALIASES: ReadonlyMap<string, PlatformRow> = (() => {
  const aliases = new Map<string, PlatformRow>();
  for (const r of PLATFORMS) {
    for (const name of [r.debianArchitecture, r.elfMachine]) {
      if (name !== r.architecture && !aliases.has(name)) aliases.set(name, r);
    }
  }
  return aliases;
})();

/**
 * containerd's normalisation: aliases to OCI names (`aarch64` → `arm64`, `armhf` → `arm/v7`),
 * then the default variants dropped or filled in: arm64 is v8 unless told, amd64 is v1, arm is
 * v7, and arm's bare `7` is `v7`. An empty variant is no variant, as in containerd.
 */
export function normalisePlatform(platform: PlatformLike): NormalisedPlatform {
  const os = platform.os ?? 'linux';
  let architecture = platform.architecture;
  let variant = platform.variant || undefined;
  const alias = ALIASES.get(architecture);
  if (alias) {
    architecture = alias.architecture;
    variant = alias.variant ?? variant;
  }
  if (architecture === 'arm64' && (variant === 'v8' || variant === '8')) variant = undefined;
  if (architecture === 'amd64' && variant === 'v1') variant = undefined;
  if (architecture === 'arm') {
    if (variant === undefined) variant = 'v7';
    else if (/^\d+$/.test(variant)) variant = `v${variant}`;
  }
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

function parse(value: string): NormalisedPlatform | undefined {
  const parts = value.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) return undefined;
  const [os, architecture = '', variant] = parts;
  return normalisePlatform({ os, architecture, variant });
}

function display(platform: string | PlatformLike): string {
  if (typeof platform === 'string') return platform;
  const { os = 'linux', architecture, variant } = platform;
  return [os, architecture, variant].filter(Boolean).join('/');
}

/**
 * The row of an OCI platform, `linux/arm/v7` or `{ architecture: 'arm', variant: 'v7' }`, after
 * normalisation (`linux/arm`, `linux/armhf` and `linux/arm/7` are the same row); undefined when
 * no row has it, as for a variant the table does not build (`linux/amd64/v3`).
 */
export function findByPlatform(platform: string | PlatformLike): PlatformRow | undefined {
  const p = typeof platform === 'string' ? parse(platform) : normalisePlatform(platform);
  if (!p) return undefined;
  return PLATFORMS.find(
    (r) =>
      r.os === p.os &&
      r.architecture === p.architecture &&
      (r.variant === p.variant || (p.variant !== undefined && r.alsoVariants.includes(p.variant))),
  );
}

/** As findByPlatform, failing with an UnknownPlatformError that lists the known platforms. */
export function byPlatform(platform: string | PlatformLike): PlatformRow {
  const found = findByPlatform(platform);
  if (!found) throw new UnknownPlatformError('platform', display(platform));
  return found;
}

function first(column: Exclude<PlatformColumn, 'platform'>, value: string) {
  return PLATFORMS.find((r) => r[column] === value);
}

/** The row of a Debian architecture (`armhf`); undefined for `all` and unknown names. */
export function findByDebianArchitecture(architecture: string): PlatformRow | undefined {
  return first('debianArchitecture', architecture);
}

export function byDebianArchitecture(architecture: string): PlatformRow {
  const found = findByDebianArchitecture(architecture);
  if (!found) throw new UnknownPlatformError('debianArchitecture', architecture);
  return found;
}

/** The row of an ELF machine as readElf names it; `arm` is armhf (see PLATFORMS). */
export function findByElfMachine(machine: string): PlatformRow | undefined {
  return first('elfMachine', machine);
}

export function byElfMachine(machine: string): PlatformRow {
  const found = findByElfMachine(machine);
  if (!found) throw new UnknownPlatformError('elfMachine', machine);
  return found;
}

/** The row of a value of Node's `process.arch`; `arm` is armhf (see PLATFORMS). */
export function findByNodeArch(arch: string): PlatformRow | undefined {
  return first('nodeArch', arch);
}

export function byNodeArch(arch: string): PlatformRow {
  const found = findByNodeArch(arch);
  if (!found) throw new UnknownPlatformError('nodeArch', arch);
  return found;
}

/**
 * The row of the machine this code runs on: the platform whose images run here without
 * emulation. `arch` is for tests; the default is this process's own.
 */
export function hostPlatform(arch: string = process.arch): PlatformRow {
  return byNodeArch(arch);
}
