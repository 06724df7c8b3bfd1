/**
 * One platform of one extension image, assembled: the extension's files placed as the
 * contract says (from its packages or from a directory), the contract applied and checked, the
 * modules' machine checked against the platform, then the system libraries and the data they
 * need.
 */
import { posix } from 'node:path';
import { providedNames, readDeb, type BinaryPackage, type DebEntry } from '@pgforge/apt';
import { isElf, readElf } from '@pgforge/elf';
import { findByElfMachine, findByPlatform, UnknownPlatformError } from '@pgforge/platform';
import { parseDebianVersion } from '@pgforge/versions';
import { applyContract, type ContractResult } from './contract.js';
import { placeDataFiles, type DataPackage, type EnvVar } from './data.js';
import { ExtensionError, ModuleArchitectureError, NotAnExtensionError } from './errors.js';
import type { MinimalImage } from './minimal.js';
import { debianRules, placeEntries, shippedMajors, type PlacementRule } from './placement.js';
import { unmetRecommends, type UnmetRecommends } from './recommends.js';
import type { AptReader, ArchSources, SourcedPackage } from './sources.js';
import {
  resolveSystemLibraries,
  SYSTEM_DIR,
  type ContentsLoader,
  type ElfRoot,
  type PlacedPackage,
  type SystemLibrary,
} from './system-libraries.js';
import { ImageTree } from './tree.js';

/** readElf's machine for an OCI platform (`linux/arm64` → `aarch64`), from the platform table. */
export function machineOf(platform: string): string {
  const row = findByPlatform(platform);
  // An ExtensionError, so that the action and the CLI report it as the user's mistake.
  if (!row) throw new ExtensionError(new UnknownPlatformError('platform', platform).message);
  return row.elfMachine;
}

/**
 * The OCI platform an ELF machine runs on (`aarch64` → `linux/arm64`); `arm` is linux/arm/v7,
 * as the ELF header does not say which 32-bit ARM ABI a file is for.
 */
export function platformOfMachine(machine: string): string | undefined {
  return findByElfMachine(machine)?.platform;
}

export interface PackageRecord {
  name: string;
  version: string;
  architecture: string;
}

export interface AssembledPlatform {
  platform: string;
  tree: ImageTree;
  contract: ContractResult;
  /** The extension's own packages (empty for a directory). */
  packages: PackageRecord[];
  systemLibraries: SystemLibrary[];
  /** Packages the system libraries came from. */
  systemPackages: PackageRecord[];
  data: DataPackage[];
  env: EnvVar[];
  /** The first line of the extension package's Description. */
  description?: string;
  /** The upstream version of the first package asked for (`2.7` of `2.7-1`). */
  version?: string;
  /** Source files left out of the image (documentation, headers, …). */
  leftOut: number;
  /** What the packages asked for recommend and neither this image nor the minimal one holds. */
  recommends: UnmetRecommends[];
}

/** What system-library resolution needs for one platform (absent: `system-libraries: none`). */
export interface SystemContext {
  arch: ArchSources;
  /** Loaded only when a library may be missing from the minimal image. */
  contents: ContentsLoader;
  minimal: MinimalImage;
  apt: AptReader;
}

export interface AssembleCommon {
  /** The image's name, when given: the control file it names is the one whose version counts. */
  name?: string;
  platform: string;
  system?: SystemContext;
  log?: (message: string) => void;
}

const record = (pkg: BinaryPackage): PackageRecord => ({
  name: pkg.package,
  version: pkg.version,
  architecture: pkg.architecture,
});

/** Modules (`lib/*.so`) and programs (`bin/*`) the dynamic linker loads. */
function elfRoots(
  tree: ImageTree,
  packageOf: (path: string) => BinaryPackage | undefined,
): ElfRoot[] {
  return tree
    .files()
    .filter((f) => f.type === 'file' && f.data && isElf(f.data))
    .filter((f) => {
      const dir = posix.dirname(f.path);
      return dir === 'lib' || dir === 'bin';
    })
    .map((f) => {
      const pkg = packageOf(f.path);
      return { path: f.path, data: f.data as Uint8Array, ...(pkg ? { pkg } : {}) };
    });
}

async function finish(
  tree: ImageTree,
  common: AssembleCommon,
  source: string,
  extensionPackages: PlacedPackage[],
  packageOf: (path: string) => BinaryPackage | undefined,
): Promise<Omit<AssembledPlatform, 'packages' | 'leftOut' | 'recommends'>> {
  const contract = applyContract(tree, { ...(common.name ? { name: common.name } : {}), source });
  const machine = machineOf(common.platform);
  const roots = elfRoots(tree, packageOf);
  for (const root of roots) {
    const info = readElf(root.data, { source: root.path });
    if (info.machine !== machine) {
      throw new ModuleArchitectureError(
        `${root.path} (${source})`,
        info.machine,
        common.platform,
        machine,
      );
    }
  }
  if (!common.system) {
    return {
      platform: common.platform,
      tree,
      contract,
      systemLibraries: [],
      systemPackages: [],
      data: [],
      env: [],
    };
  }
  const { arch, contents, minimal, apt } = common.system;
  const system = await resolveSystemLibraries(tree, {
    arch,
    contents,
    minimal,
    apt,
    machine,
    platform: common.platform,
    roots,
    read: extensionPackages,
    ...(common.log ? { log: common.log } : {}),
  });
  for (const pkg of extensionPackages) {
    pkg.elf.push(...roots.filter((r) => r.pkg?.package === pkg.pkg.package).map((r) => r.data));
  }
  const data = await placeDataFiles(tree, {
    arch,
    minimal,
    apt,
    owners: [...extensionPackages, ...system.packages.values()],
    ...(common.log ? { log: common.log } : {}),
  });
  return {
    platform: common.platform,
    tree,
    contract,
    systemLibraries: system.libraries,
    systemPackages: [...system.packages.values()]
      .map((p) => record(p.pkg))
      .sort((a, b) => (a.name < b.name ? -1 : 1)),
    data: data.packages,
    env: data.env,
  };
}

/** From the packages `resolveImages` chose for this platform. */
export async function assembleFromPackages(
  common: AssembleCommon & {
    major: number;
    packages: SourcedPackage[];
    /** The packages asked for: each must hold files for this major. */
    roots: string[];
    apt: AptReader;
  },
): Promise<AssembledPlatform> {
  const tree = new ImageTree();
  const placed: PlacedPackage[] = [];
  const owners = new Map<string, BinaryPackage>();
  let leftOut = 0;
  const debs = await Promise.all(
    common.packages.map(async (p) => ({
      ...p,
      deb: await readDeb(await common.apt.fetchDeb(p.repository, p.pkg), {
        source: p.pkg.filename,
      }),
    })),
  );
  for (const p of debs) {
    const origin = `${p.pkg.package} ${p.pkg.version} (${p.pkg.architecture})`;
    const result = placeEntries(tree, p.deb.entries, {
      rules: debianRules(common.major),
      origin,
      layer: 'extension',
      license: p.pkg.package,
    });
    const contentFiles = result.placed.filter((f) => !f.startsWith('licenses/'));
    if (contentFiles.length === 0 && common.roots.includes(p.pkg.package)) {
      throw notForMajor(`${p.pkg.package} ${p.pkg.version}`, p.deb.entries, common.major);
    }
    for (const f of result.placed) owners.set(f, p.pkg);
    leftOut += result.leftOut.length;
    placed.push({ ...p, elf: [] });
  }
  const first = debs[0];
  const source = first
    ? `${first.pkg.package} ${first.pkg.version} (${first.pkg.architecture})`
    : 'the packages';
  const rest = await finish(tree, common, source, placed, (path) => owners.get(path));
  const description = first?.deb.control.get('Description')?.split('\n')[0]?.trim();
  const root = debs.find((p) => common.roots.includes(p.pkg.package)) ?? first;
  const version = root ? parseDebianVersion(root.pkg.version).upstream : undefined;
  // What the image's packages are, and what they provide (a virtual package recommended).
  const inImage = new Set(debs.flatMap((p) => [p.pkg.package, ...providedNames(p.pkg.provides)]));
  const present = (name: string): boolean =>
    inImage.has(name) ||
    common.system?.minimal.packages.has(name) === true ||
    common.system?.minimal.provides.has(name) === true;
  const recommends = debs
    .filter((p) => common.roots.includes(p.pkg.package))
    .flatMap((p) => unmetRecommends(p.pkg.package, p.deb.control.get('Recommends'), present) ?? []);
  return {
    ...rest,
    recommends,
    packages: debs.map((p) => record(p.pkg)),
    ...(description ? { description } : {}),
    ...(version ? { version } : {}),
    leftOut,
  };
}

function notForMajor(
  source: string,
  entries: readonly DebEntry[],
  major: number,
): NotAnExtensionError {
  const majors = shippedMajors(entries);
  const others = majors.filter((m) => m !== major);
  if (others.length > 0) {
    return new NotAnExtensionError(
      source,
      `it ships files for PostgreSQL ${others.join(', ')} (usr/lib/postgresql/${others[0]}/…), not ${major}`,
    );
  }
  return new NotAnExtensionError(
    source,
    `it ships nothing under usr/lib/postgresql/${major}/lib or usr/share/postgresql/${major}/ ` +
      '(where PostgreSQL extensions go)',
  );
}

/** From a directory read by readDirectoryTree. */
export async function assembleFromDirectory(
  common: AssembleCommon & {
    directory: string;
    entries: DebEntry[];
    rules: PlacementRule[];
  },
): Promise<AssembledPlatform> {
  const tree = new ImageTree();
  const origin = `directory ${common.directory}`;
  const licenseRules = common.entries
    .map((e) => /^(?:.*\/)?share\/doc\/([^/]+)\/copyright$/.exec(e.path))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ from: m[0], to: `licenses/${m[1]}/copyright` }));
  const result = placeEntries(tree, common.entries, {
    rules: [...licenseRules, ...common.rules],
    origin,
    layer: 'extension',
  });
  const rest = await finish(tree, common, origin, [], () => undefined);
  if (tree.files().every((f) => !f.path.startsWith('licenses/'))) {
    common.log?.(
      `${origin}: no copyright file (share/doc/<name>/copyright); the image has no licenses/`,
    );
  }
  return { ...rest, packages: [], leftOut: result.leftOut.length, recommends: [] };
}

/** Whether the tree has files under `system/` (then CNPG needs `ld_library_path: [system]`). */
export function hasSystemDir(tree: ImageTree): boolean {
  return tree.files().some((f) => f.path.startsWith(`${SYSTEM_DIR}/`));
}
