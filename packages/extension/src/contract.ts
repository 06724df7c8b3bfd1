/**
 * The extension image contract, applied to an assembled tree and checked: control files
 * where CREATE EXTENSION finds them, `$libdir/` rewritten to bare module names, and every
 * module a control file or script loads present in `lib/`.
 */
import { posix } from 'node:path';
import {
  libdirModules,
  moduleName,
  parseControl,
  rewriteLibdir,
  scriptExtension,
} from './control.js';
import { ExtensionError, ExtensionNameError, NoControlFileError, NoModuleError } from './errors.js';
import type { ImageTree } from './tree.js';

const EXTENSION_DIR = 'share/extension';

export interface ContractResult {
  /** `default_version` of `<name>.control`: what CREATE EXTENSION installs. */
  sqlVersion: string;
  /** The extensions the image declares (control file names), sorted. */
  extensions: string[];
  /** The modules in `lib/` (without `.so`), sorted. */
  modules: string[];
  /** Control files renamed after Debian's alternatives (`postgis-3.control` → `postgis.control`). */
  renamed: [string, string][];
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

/** Applies the contract to `tree` (in place) and checks it; `source` names it in errors. */
export function applyContract(
  tree: ImageTree,
  options: { name: string; source: string },
): ContractResult {
  const renamed = renameAlternatives(tree);

  // Which script or control file loads which module (the first one, for the message).
  const loads = new Map<string, string>();
  for (const file of tree.filesIn(EXTENSION_DIR)) {
    if (file.type !== 'file' || !file.data) continue;
    const isControl = file.path.endsWith('.control');
    if (!isControl && !file.path.endsWith('.sql')) continue;
    const text = asText(file.data);
    for (const m of libdirModules(text)) if (!loads.has(m)) loads.set(m, file.path);
    if (isControl) {
      const pathname = parseControl(text).get('module_pathname');
      if (pathname) {
        const m = moduleName(pathname);
        if (!loads.has(m)) loads.set(m, `${file.path} (module_pathname)`);
      }
    }
    const rewritten = rewriteLibdir(text);
    if (rewritten !== text) tree.replace({ ...file, data: asBytes(rewritten) });
  }

  const extensions = tree
    .filesIn(EXTENSION_DIR)
    .map((f) => posix.basename(f.path))
    .filter((n) => n.endsWith('.control'))
    .map((n) => n.slice(0, -'.control'.length))
    .sort();
  if (extensions.length === 0) throw new NoControlFileError(options.source, listing(tree));
  if (!extensions.includes(options.name))
    throw new ExtensionNameError(
      options.name,
      extensions.map((e) => `${e}.control`),
    );

  const control = tree.resolve(`${EXTENSION_DIR}/${options.name}.control`);
  const sqlVersion = control?.data
    ? parseControl(asText(control.data)).get('default_version')
    : undefined;
  if (!sqlVersion) {
    throw new ExtensionError(
      `${EXTENSION_DIR}/${options.name}.control (${options.source}) has no default_version; ` +
        'CREATE EXTENSION needs one to know which script to run',
    );
  }

  const modules = tree
    .filesIn('lib')
    .map((f) => posix.basename(f.path))
    .filter((n) => n.endsWith('.so'))
    .map((n) => n.slice(0, -'.so'.length))
    .sort();
  for (const [module, referencedBy] of [...loads].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!tree.has(`lib/${module}.so`) && !tree.has(`lib/${module}`)) {
      throw new NoModuleError(module, `${referencedBy} (${options.source})`, modules);
    }
  }
  return { sqlVersion, extensions, modules, renamed };
}
