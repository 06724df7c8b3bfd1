/**
 * What a CNPG user has to know to use an image, derived from the image rather than written by
 * hand: the fields and meanings of CNPG's `metadata.hcl` (postgres-extensions-containers) and
 * of the Cluster's ExtensionConfiguration.
 *
 * - SQL names and default versions, and `create_extension`, from the control files.
 * - `shared_preload_libraries`: read from the module itself, the same on every run, rather than
 *   found by trial in the smoke test (a server per package, and a module that only warns would
 *   pass). A module must be preloaded when it asks whether it is being preloaded
 *   (`process_shared_preload_libraries_in_progress`) or registers a background worker
 *   (`RegisterBackgroundWorker`, allowed only then), and either its messages say it must be
 *   ("pgaudit must be loaded via shared_preload_libraries", "Add pg_show_plans to
 *   'shared_preload_libraries'") or it has no control file, so loading is all it does
 *   (pg_failover_slots, pg_crash). Modules that merely use preloading when it is there (pgvector,
 *   orafce, pg_partman's worker) are not listed: across sid's 105 PostgreSQL 18 packages the
 *   symbols alone named 32 images, 15 of them wrongly. A contrib extension the image requires
 *   whose module must be preloaded by the same rule (pg_stat_statements, for powa and
 *   pg_stat_kcache) comes first: the user must preload it too, and before.
 * - `required_extensions`: the control files' `requires` that the image does not provide, each
 *   with where it comes from (requirements.ts).
 * - `ld_library_path`, `bin_path`, `env`: from the image's layout.
 * - licences: SPDX expressions from each package's machine-readable copyright file.
 * - limitations: data a module reads from the server's share directory, which
 *   `extension_control_path` does not redirect (unit's `unit_prefixes.data`), or text search
 *   files in `share/tsearch_data`; what a package recommends and no image holds (pg_snakeoil's
 *   ClamAV databases).
 */
import { posix } from 'node:path';
import { readElf } from '@pgforge/elf';
import { NOASSERTION, parseCopyright } from '@pgforge/sbom';
import type { ContractResult } from './contract.js';
import type { EnvVar } from './data.js';
import { recommendsLimitations, type UnmetRecommends } from './recommends.js';
import type { ImageTree } from './tree.js';

/** Symbols a module uses only when it is loaded through shared_preload_libraries. */
const PRELOAD_SYMBOLS = [
  'process_shared_preload_libraries_in_progress',
  'RegisterBackgroundWorker',
];

export interface SqlExtension {
  name: string;
  /** `default_version`; absent when the control file has none. */
  version?: string;
}

/**
 * An extension a control file `require`s and where a Cluster gets it: the operand image's own
 * (contrib), another image of the run (its name and reference), or none this run knows of.
 */
export type RequiredExtension =
  | { name: string; provider: 'operand' }
  | { name: string; provider: 'image'; image: string; reference: string }
  | { name: string; provider: 'none' };

/** What the operand image holds of its own: contrib's extensions and the modules to preload. */
export interface OperandCatalogue {
  extensions: ReadonlySet<string>;
  /** For an extension whose module must be preloaded (pg_stat_statements), that module. */
  preload: ReadonlyMap<string, string[]>;
}

export interface ExtensionMetadata {
  /** The image's name: where CNPG mounts it, `/extensions/<name>`. */
  name: string;
  /** `sql_name`: what CREATE EXTENSION takes, with each default version. */
  sqlNames: SqlExtension[];
  /** `create_extension`: false for a module or programs without a control file. */
  createExtension: boolean;
  /**
   * Modules to put into `postgresql.shared_preload_libraries`, in order: those of the contrib
   * extensions it requires first (pg_stat_kcache needs pg_stat_statements loaded before it),
   * then its own.
   */
  sharedPreloadLibraries: string[];
  /** Extensions the control files require that this image does not provide. */
  requiredExtensions: string[];
  /** The same, each with where it comes from (requirements.ts). */
  requires: RequiredExtension[];
  /** `ld_library_path`, relative to the mount: `system` when the image carries libraries. */
  ldLibraryPath: string[];
  /** `bin_path`: `bin` when the image carries programs. */
  binPath: string[];
  env: EnvVar[];
  /** SPDX license expressions of the packages the files come from (NOASSERTION if unknown). */
  licenses: string[];
  /** What does not work mounted as an image volume, in a sentence each. */
  limitations: string[];
}

// A message that tells the user to preload the module, not one that forbids it (pgtt: "can
// not be loaded using shared_preload_libraries").
const MUST_PRELOAD =
  /(must|can only|has to|needs? to|please preload|add\b[^\0]{0,40}\bto)\b[^\0]{0,80}shared_preload_libraries|not in shared_preload_libraries/i;
const NOT_PRELOAD = /(can ?not|must not|should not)\b[^\0]{0,40}shared_preload_libraries/i;

/** Whether the module's own messages tell the user to put it into shared_preload_libraries. */
function saysPreload(data: Uint8Array): boolean {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  for (const m of text.matchAll(/[\x20-\x7e]{0,120}shared_preload_libraries[\x20-\x7e]{0,40}/g)) {
    if (MUST_PRELOAD.test(m[0]) && !NOT_PRELOAD.test(m[0])) return true;
  }
  return false;
}

/**
 * Whether the module at `path` must be preloaded: it asks about preloading and either says it
 * must be or (`createExtension` false) loading is all it is for. A file that is not ELF is not.
 */
export function mustPreload(data: Uint8Array, path: string, createExtension: boolean): boolean {
  let imports: string[];
  try {
    imports = readElf(data, { source: path, imports: true }).imports ?? [];
  } catch {
    return false;
  }
  if (!PRELOAD_SYMBOLS.some((s) => imports.includes(s))) return false;
  return !createExtension || saysPreload(data);
}

/**
 * The modules of `tree` that must be preloaded (a versioned module beside its loader left
 * out); `createExtension` false means the image has no control file.
 */
export function preloadModules(tree: ImageTree, createExtension = true): string[] {
  const found: string[] = [];
  for (const file of tree.filesIn('lib')) {
    if (file.type !== 'file' || !file.data || !file.path.endsWith('.so')) continue;
    if (mustPreload(file.data, file.path, createExtension)) {
      found.push(posix.basename(file.path, '.so'));
    }
  }
  // timescaledb preloads its loader, which loads timescaledb-<version>: the loader alone.
  return found.filter((m) => !found.some((other) => m.startsWith(`${other}-`))).sort();
}

/** Files a module reads from the server's share directory, which a mounted image cannot serve. */
export function shareLimitations(tree: ImageTree): string[] {
  const data = tree
    .files()
    .map((f) => f.path)
    .filter(
      (p) =>
        (p.startsWith('share/extension/') && !/\.(control|sql)$/.test(p)) ||
        p.startsWith('share/tsearch_data/'),
    );
  if (data.length === 0) return [];
  const shown = data.slice(0, 3).join(', ') + (data.length > 3 ? `, … (${data.length} files)` : '');
  return [
    `reads ${shown} from the server's share directory at run time, which ` +
      'extension_control_path does not redirect: mounted as an image volume, what needs ' +
      'them fails (install the package in the operand image instead)',
  ];
}

/**
 * What the control files themselves make hard, in a sentence each: one no script goes with
 * (decoderbufs: its module is what is used), one without a default_version (pg_proctab: CREATE
 * EXTENSION needs VERSION). Both are so when apt installs the package too.
 */
export function controlLimitations(contract: ContractResult): string[] {
  const out = contract.uncreatable.map(
    (name) =>
      `share/extension/${name}.control has no script to create ${name} (so too installed by apt): ` +
      `it is not created; PostgreSQL loads its module by name`,
  );
  for (const c of contract.controls) {
    if (c.defaultVersion) continue;
    out.push(
      c.versions.length > 0
        ? `${c.name} has no default_version: CREATE EXTENSION ${c.name} VERSION '${c.versions.at(-1) ?? ''}'` +
            (c.versions.length > 1 ? ` (or one of ${c.versions.join(', ')})` : '')
        : `${c.name} has no default_version and no install script: CREATE EXTENSION ${c.name} cannot create it`,
    );
  }
  return out;
}

/** SPDX expressions of the image's `licenses/<package>/copyright` files, distinct, sorted. */
export function imageLicenses(tree: ImageTree): string[] {
  const expressions = new Set<string>();
  for (const file of tree.files()) {
    if (!/^licenses\/[^/]+\/copyright$/.test(file.path) || !file.data) continue;
    expressions.add(parseCopyright(Buffer.from(file.data).toString('utf8')).expression);
  }
  const known = [...expressions].filter((e) => e !== NOASSERTION).sort();
  return expressions.has(NOASSERTION) ? [...known, NOASSERTION] : known;
}

export function deriveMetadata(input: {
  name: string;
  tree: ImageTree;
  contract: ContractResult;
  env: EnvVar[];
  system: boolean;
  /** The operand image's own extensions (contrib), when known. */
  operand?: OperandCatalogue;
  /** What the packages recommend that no image holds (recommends.ts). */
  recommends?: readonly UnmetRecommends[];
}): ExtensionMetadata {
  const { contract, tree } = input;
  // plpgsql is created in every database PostgreSQL initialises: nothing to do for it.
  const own = new Set([...contract.extensions, 'plpgsql']);
  const requiredExtensions = [
    ...new Set(contract.controls.flatMap((c) => c.requires).filter((r) => !own.has(r))),
  ].sort();
  return {
    name: input.name,
    // Without a default_version, CREATE EXTENSION needs VERSION: the one it can install.
    sqlNames: contract.controls.map((c) => {
      const version = c.defaultVersion ?? (c.versions.length === 1 ? c.versions[0] : undefined);
      return { name: c.name, ...(version ? { version } : {}) };
    }),
    createExtension: contract.createExtension,
    sharedPreloadLibraries: [
      ...new Set([
        ...requiredExtensions.flatMap((r) => input.operand?.preload.get(r) ?? []),
        ...preloadModules(tree, contract.createExtension),
      ]),
    ],
    requiredExtensions,
    requires: requiredExtensions.map((name) =>
      input.operand?.extensions.has(name)
        ? { name, provider: 'operand' }
        : { name, provider: 'none' },
    ),
    ldLibraryPath: input.system ? ['system'] : [],
    binPath: contract.programs.length > 0 ? ['bin'] : [],
    env: input.env,
    licenses: imageLicenses(tree),
    limitations: [
      ...controlLimitations(contract),
      ...shareLimitations(tree),
      ...recommendsLimitations(input.recommends ?? []),
    ],
  };
}
