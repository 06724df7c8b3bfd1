/**
 * Extension control files and SQL scripts: what CREATE EXTENSION reads.
 *
 * A control file is a list of `name = value` settings in PostgreSQL's configuration-file
 * syntax (values single-quoted, `''` for a quote, `#` comments). SQL scripts name modules as
 * `'$libdir/vector'` or `MODULE_PATHNAME` (which stands for the control file's
 * `module_pathname`). `$libdir` is the server's own library directory; a module in an image
 * mounted under /extensions is only found through `dynamic_library_path`, which PostgreSQL
 * searches for a bare name. Hence the rewrite of `$libdir/` to nothing.
 */

export type ControlSettings = Map<string, string>;

const SETTING = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=?\s*(?:'((?:[^']|'')*)'|([^\s#']+))/;

/** The settings of a control file (later lines win, as in PostgreSQL). */
export function parseControl(text: string): ControlSettings {
  const settings: ControlSettings = new Map();
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    const m = SETTING.exec(line);
    if (!m?.[1]) continue;
    settings.set(m[1], m[2] !== undefined ? m[2].replaceAll("''", "'") : (m[3] ?? ''));
  }
  return settings;
}

const LIBDIR_MODULE = /\$libdir\/([A-Za-z0-9_.+-]+)/g;

/** The module names a text loads as `$libdir/<name>`. */
export function libdirModules(text: string): string[] {
  return [...new Set([...text.matchAll(LIBDIR_MODULE)].map((m) => m[1] ?? ''))].filter(Boolean);
}

/** The text with every `$libdir/` prefix removed: `'$libdir/vector'` → `'vector'`. */
export function rewriteLibdir(text: string): string {
  return text.replaceAll('$libdir/', '');
}

/** The module a `module_pathname` names, without `$libdir/` and without `.so`. */
export function moduleName(pathname: string): string {
  return pathname.replace(/^\$libdir\//, '').replace(/\.so$/, '');
}

/** `vector--0.8.1.sql`, `vector--0.8.0--0.8.1.sql` → `vector`; other names → undefined. */
export function scriptExtension(fileName: string): string | undefined {
  const m = /^(.+?)--.+\.sql$/.exec(fileName);
  return m?.[1];
}
