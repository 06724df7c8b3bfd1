/**
 * The extension image contract, applied to an assembled tree and checked: control files
 * where CREATE EXTENSION finds them, `$libdir/` rewritten to bare module names, and every
 * module an extension's scripts load present in `lib/`. An image without a control file is a
 * module CNPG loads by name (an output plugin, a preloaded library) or programs under `bin/`.
 */
import { posix } from 'node:path';
import {
  libdirModules,
  moduleName,
  parseControl,
  rewriteLibdir,
  scriptExtension,
} from './control.js';
import { ExtensionError, NoControlFileError, NoModuleError } from './errors.js';
import type { ImageTree } from './tree.js';

const EXTENSION_DIR = 'share/extension';

/** One control file: an extension CREATE EXTENSION can create from the image. */
export interface ExtensionControl {
  /** The SQL name: `vector` for `vector.control`. */
  name: string;
  /** `default_version`: what CREATE EXTENSION installs (absent: it needs a VERSION). */
  defaultVersion?: string;
  /**
   * The versions CREATE EXTENSION can install directly: those of its install scripts
   * (`<name>--<version>.sql`). A secondary control file alone installs nothing.
   */
  versions: string[];
  /** `requires`: extensions that must exist first, in the order written. */
  requires: string[];
  /** The modules its scripts load (`$libdir/<module>`, or MODULE_PATHNAME), sorted. */
  loads: string[];
  comment?: string;
}

export interface ContractResult {
  /**
   * `default_version` of the control file named like the image, else of the only one;
   * undefined when the image has several or none (the caller takes the package's version).
   */
  sqlVersion?: string;
  /** The extensions the image declares (control file names), sorted. */
  extensions: string[];
  /** Each control file, by name. */
  controls: ExtensionControl[];
  /** Whether CREATE EXTENSION applies: false for a module or program without a control file. */
  createExtension: boolean;
  /** The modules in `lib/` (without `.so`), sorted. */
  modules: string[];
  /** The programs in `bin/`, sorted. */
  programs: string[];
  /** Control files renamed after Debian's alternatives (`postgis-3.control` → `postgis.control`). */
  renamed: [string, string][];
  /**
   * Control files no script goes with (decoderbufs ships one beside its output plugin): CREATE
   * EXTENSION cannot run them, installed by apt or mounted, so they are not extensions here.
   */
  uncreatable: string[];
}

// Bytes as latin1 text: one character per byte, so a rewrite changes nothing it does not match
// (scripts are mostly UTF-8, but nothing here needs them to be).
const asText = (data: Uint8Array): string =>
  Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
const asBytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

function listing(tree: ImageTree): string {
  const paths = tree.files().map((f) => f.path);
  if (paths.length === 0) return 'no files';
  const shown = paths.filter((p) => !p.startsWith('lib/bitcode/'));
  return shown.slice(0, 12).join(', ') + (shown.length > 12 ? `, … (${paths.length} files)` : '');
}

/**
 * Debian installs some control files under a versioned name (`postgis-3.control`) and lets its
 * maintainer script point the plain name at it with update-alternatives; unpacking without
 * dpkg runs no script. A control file whose name has no scripts, while the name without its
 * `-<digits>` suffix has them, is renamed to that name, which is what CREATE EXTENSION asks for.
 */
function renameAlternatives(tree: ImageTree): [string, string][] {
  const names = tree.filesIn(EXTENSION_DIR).map((f) => posix.basename(f.path));
  const scripted = new Set(names.map(scriptExtension).filter((n): n is string => n !== undefined));
  const renamed: [string, string][] = [];
  for (const name of names) {
    const m = /^(.+)-\d+(?:\.\d+)*\.control$/.exec(name);
    const base = m?.[1];
    if (!base || names.includes(`${base}.control`)) continue;
    if (!scripted.has(base) || scripted.has(name.slice(0, -'.control'.length))) continue;
    const from = `${EXTENSION_DIR}/${name}`;
    const to = `${EXTENSION_DIR}/${base}.control`;
    const file = tree.get(from);
    if (!file) continue;
    tree.delete(from);
    tree.add({ ...file, path: to });
    renamed.push([from, to]);
  }
  return renamed;
}

const namesIn = (tree: ImageTree, dir: string, suffix: string): string[] =>
  tree
    .filesIn(dir)
    .map((f) => posix.basename(f.path))
    .filter((n) => n.endsWith(suffix))
    .map((n) => n.slice(0, n.length - suffix.length))
    .sort();

/**
 * Applies the contract to `tree` (in place) and checks it; `source` names it in errors, `name`
 * is the image's name (the mount directory), which need not be an SQL name (`pgvector` holds
 * `vector`).
 *
 * What is checked is what PostgreSQL loads, not what a file mentions: a module counts as
 * needed when an extension's own scripts (`<name>--*.sql`, the ones CREATE and ALTER
 * EXTENSION run) load it as `$libdir/<module>`, or through MODULE_PATHNAME, which stands for
 * the control file's `module_pathname`. A `module_pathname` no script uses (pgtap's, pure SQL;
 * pldebugger's, whose scripts name `plugin_debugger`) is never loaded, and so not required.
 */
export function applyContract(
  tree: ImageTree,
  options: { name?: string; source: string },
): ContractResult {
  const renamed = renameAlternatives(tree);
  const files = tree
    .filesIn(EXTENSION_DIR)
    .filter((f): f is typeof f & { data: Uint8Array } => f.type === 'file' && !!f.data);

  // The scripts of each extension, before `$libdir/` is rewritten away.
  const controlsText = new Map<string, string>();
  const scripts = new Map<string, { path: string; text: string }[]>();
  // `<name>--<version>.control` is a secondary control file: settings for that version of
  // `<name>`, not an extension of its own.
  const isSecondary = (name: string): boolean => name.includes('--');
  for (const file of files) {
    const base = posix.basename(file.path);
    const text = asText(file.data);
    if (base.endsWith('.control') && !isSecondary(base)) {
      controlsText.set(base.slice(0, -'.control'.length), text);
    }
    const owner = scriptExtension(base);
    if (owner !== undefined) {
      scripts.set(owner, [...(scripts.get(owner) ?? []), { path: file.path, text }]);
    }
  }
  // Symlinked control files (Debian's alternatives left as links) are read through the link.
  for (const name of namesIn(tree, EXTENSION_DIR, '.control')) {
    if (controlsText.has(name) || isSecondary(name)) continue;
    const target = tree.resolve(`${EXTENSION_DIR}/${name}.control`);
    if (target?.data) controlsText.set(name, asText(target.data));
  }

  const modules = namesIn(tree, 'lib', '.so');
  const controls: ExtensionControl[] = [];
  const uncreatable: string[] = [];
  for (const name of [...controlsText.keys()].sort()) {
    if ((scripts.get(name) ?? []).length === 0) {
      uncreatable.push(name);
      continue;
    }
    const settings = parseControl(controlsText.get(name) ?? '');
    const loads = new Map<string, string>();
    for (const script of scripts.get(name) ?? []) {
      for (const m of libdirModules(script.text)) if (!loads.has(m)) loads.set(m, script.path);
      const pathname = settings.get('module_pathname');
      if (pathname && script.text.includes('MODULE_PATHNAME')) {
        const m = moduleName(pathname);
        if (!loads.has(m)) loads.set(m, `${script.path} (MODULE_PATHNAME, ${pathname})`);
      }
    }
    for (const [module, referencedBy] of [...loads].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!tree.has(`lib/${module}.so`) && !tree.has(`lib/${module}`)) {
        throw new NoModuleError(module, `${referencedBy} (${options.source})`, modules);
      }
    }
    const defaultVersion = settings.get('default_version');
    const comment = settings.get('comment');
    // `<name>--<version>.sql` installs that version; `<name>--<from>--<to>.sql` updates.
    const installs = (scripts.get(name) ?? [])
      .map((script) => posix.basename(script.path).slice(`${name}--`.length, -'.sql'.length))
      .filter((v) => v !== '' && !v.includes('--'));
    controls.push({
      name,
      ...(defaultVersion ? { defaultVersion } : {}),
      versions: [...new Set(installs)].sort(),
      requires: (settings.get('requires') ?? '')
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
      loads: [...loads.keys()].sort(),
      ...(comment ? { comment } : {}),
    });
  }

  for (const file of files) {
    const text = asText(file.data);
    const rewritten = rewriteLibdir(text);
    if (rewritten !== text) tree.replace({ ...file, data: asBytes(rewritten) });
  }

  const extensions = controls.map((c) => c.name);
  const programs = tree
    .files()
    .filter((f) => f.path.startsWith('bin/'))
    .map((f) => f.path.slice('bin/'.length))
    .sort();
  if (extensions.length === 0 && modules.length === 0 && programs.length === 0) {
    // A control file no script goes with is not something PostgreSQL can use either.
    throw new NoControlFileError(options.source, listing(tree));
  }

  const primary =
    controls.find((c) => c.name === options.name) ??
    (controls.length === 1 ? controls[0] : undefined);
  // Without a default_version but with a version to install, CREATE EXTENSION works with
  // VERSION (the metadata says which); with neither, nothing would create it.
  if (primary && !primary.defaultVersion && primary.versions.length === 0) {
    throw new ExtensionError(
      `${EXTENSION_DIR}/${primary.name}.control (${options.source}) has no default_version; ` +
        'CREATE EXTENSION needs one to know which script to run',
    );
  }
  return {
    ...(primary?.defaultVersion ? { sqlVersion: primary.defaultVersion } : {}),
    extensions,
    controls,
    createExtension: controls.length > 0,
    modules,
    programs,
    renamed,
    uncreatable,
  };
}
