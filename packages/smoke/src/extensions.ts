/**
 * CNPG's `.spec.postgresql.extensions` entries (what the extension action emits as
 * `cluster-extensions`), and the settings CNPG derives from them for the instance.
 *
 * The derivation follows the operator's own code (cloudnative-pg, 1.27 and later):
 * - pkg/postgres/configuration.go, setExtensionControlPath / setDynamicLibraryPath:
 *   `extension_control_path = $system:` then, per entry in order, `/extensions/<name>/<dir>` for
 *   each `extension_control_path` item (default `share`); `dynamic_library_path = $libdir:` then
 *   `/extensions/<name>/<dir>` per `dynamic_library_path` item (default `lib`); joined with `:`.
 * - pkg/.../extensions CollectLibraryPaths / CollectBinPaths: `LD_LIBRARY_PATH` is
 *   `/extensions/<name>/<dir>` for every `ld_library_path` item of every entry, joined with `:`
 *   and appended to the instance manager's own; `bin_path` items are added to `PATH` likewise.
 * - The Cluster CRD's `env` items: set in the PostgreSQL process, `${image_root}` expanding to
 *   `/extensions/<name>` and `$${` standing for a literal `${`; other placeholders are refused.
 * Paths are joined as Go's filepath.Join does, so `/lib`, `./lib` and `lib` are the same.
 */
import { posix } from 'node:path';
import { UserError } from '@pgforge/errors';
import { parse } from 'yaml';

export const EXTENSIONS_BASE_DIRECTORY = '/extensions';

export interface ExtensionEnvVar {
  name: string;
  value: string;
}

/** One `.spec.postgresql.extensions` entry, as the Cluster CRD defines it. */
export interface ExtensionEntry {
  name: string;
  image: { reference: string; pullPolicy?: string };
  extension_control_path?: string[];
  dynamic_library_path?: string[];
  ld_library_path?: string[];
  bin_path?: string[];
  env?: ExtensionEnvVar[];
}

/** The `extensions` input is not a list of entries CNPG accepts. */
export class ExtensionEntriesError extends UserError {
  constructor(
    readonly problems: string[],
    readonly source = 'extensions',
  ) {
    super(`${source}: ${problems.join('; ')}`);
    this.name = 'ExtensionEntriesError';
  }
}

// The Cluster CRD's patterns (postgresql.cnpg.io_clusters.yaml, ExtensionConfiguration).
const NAME = /^[a-z0-9]([-a-z0-9_]*[a-z0-9])?$/;
const ENV_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const LIST_FIELDS = [
  'extension_control_path',
  'dynamic_library_path',
  'ld_library_path',
  'bin_path',
] as const;
const KNOWN = new Set(['name', 'image', 'env', ...LIST_FIELDS]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entryLabel(index: number, raw: unknown): string {
  const name = isRecord(raw) && typeof raw.name === 'string' ? ` (${raw.name})` : '';
  return `entry ${index + 1}${name}`;
}

function checkEntry(raw: unknown, index: number, problems: string[]): ExtensionEntry | undefined {
  const at = entryLabel(index, raw);
  if (!isRecord(raw)) {
    problems.push(`${at} is ${JSON.stringify(raw)}; expected a mapping with name and image`);
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(raw)) {
    if (!KNOWN.has(key)) {
      problems.push(`${at}: unknown field "${key}"; allowed: ${[...KNOWN].join(', ')}`);
    }
  }
  const { name, image } = raw;
  if (typeof name !== 'string' || !NAME.test(name) || name.length > 59) {
    problems.push(
      `${at}: name ${JSON.stringify(name)} must be lowercase letters, digits, "-" or "_", ` +
        'start and end with a letter or digit, at most 59 characters',
    );
  }
  if (!isRecord(image) || typeof image.reference !== 'string' || image.reference === '') {
    problems.push(`${at}: image.reference is missing; it names the extension image to mount`);
  } else if (image.pullPolicy !== undefined && typeof image.pullPolicy !== 'string') {
    problems.push(`${at}: image.pullPolicy must be a string`);
  }
  for (const field of LIST_FIELDS) {
    const value = raw[field];
    if (value === undefined) continue;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
      problems.push(`${at}: ${field} must be a list of non-empty paths`);
    } else if (new Set(value).size !== value.length) {
      problems.push(`${at}: ${field} lists a path twice`);
    }
  }
  if (raw.env !== undefined) {
    if (!Array.isArray(raw.env)) problems.push(`${at}: env must be a list of {name, value}`);
    else {
      for (const v of raw.env as unknown[]) {
        if (!isRecord(v) || typeof v.name !== 'string' || !ENV_NAME.test(v.name)) {
          problems.push(`${at}: env item ${JSON.stringify(v)} needs a name like LD_PRELOAD`);
        } else if (typeof v.value !== 'string' || v.value === '') {
          problems.push(`${at}: env ${v.name} needs a non-empty value`);
        }
      }
    }
  }
  return problems.length === before ? (raw as unknown as ExtensionEntry) : undefined;
}

/**
 * Parses the YAML (or JSON) list of entries. Empty text is no entries. Several entries may share
 * a name: the extension action emits one per image (PostgreSQL major × distribution), and the
 * smoke test mounts the one for the operand (extension-choice.ts). Different names must stay
 * different after CNPG turns `_` into `-` for the volume name.
 */
export function parseExtensionEntries(text: string, source = 'extensions'): ExtensionEntry[] {
  if (text.trim() === '') return [];
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new ExtensionEntriesError(
      [`not YAML: ${(error as Error).message.split('\n')[0]}`],
      source,
    );
  }
  if (doc === null || doc === undefined) return [];
  if (!Array.isArray(doc)) {
    throw new ExtensionEntriesError(
      ['expected a YAML list of .spec.postgresql.extensions entries (- name: …, image: …)'],
      source,
    );
  }
  const problems: string[] = [];
  const entries = doc
    .map((raw, i) => checkEntry(raw, i, problems))
    .filter((e): e is ExtensionEntry => e !== undefined);
  const volumes = new Map<string, string>();
  for (const e of entries) {
    const volume = e.name.replaceAll('_', '-');
    const other = volumes.get(volume);
    if (other !== undefined && other !== e.name) {
      problems.push(
        `names "${other}" and "${e.name}" give the same volume name "${volume}"; each must be unique`,
      );
    }
    if (other === undefined) volumes.set(volume, e.name);
  }
  if (problems.length > 0) throw new ExtensionEntriesError(problems, source);
  return entries;
}

/** Where CNPG mounts an entry's image. */
export function mountPath(entry: Pick<ExtensionEntry, 'name'>): string {
  return goJoin(EXTENSIONS_BASE_DIRECTORY, entry.name);
}

/** Go's filepath.Join: joined, cleaned, without a trailing slash. */
function goJoin(...parts: string[]): string {
  return posix.join(...parts).replace(/(.)\/+$/, '$1');
}

const under = (entry: ExtensionEntry, dir: string): string =>
  goJoin(EXTENSIONS_BASE_DIRECTORY, entry.name, dir);

export interface InstanceSettings {
  /** `postgresql.conf` values: `$system:…` and `$libdir:…`. */
  extensionControlPath: string;
  dynamicLibraryPath: string;
  /** The directories to add to LD_LIBRARY_PATH and PATH, in order. */
  ldLibraryPath: string[];
  binPath: string[];
  /** `env` of every entry, placeholders expanded, in entry order. */
  env: ExtensionEnvVar[];
}

/** Expands `${image_root}` and `$${…}` in an env value, as the operator does. */
export function expandEnvValue(entry: ExtensionEntry, name: string, value: string): string {
  return value.replace(/\$(\$)?\{([^}]*)\}/g, (whole, escaped: string | undefined, key: string) => {
    if (escaped) return whole.slice(1);
    if (key === 'image_root') return mountPath(entry);
    throw new ExtensionEntriesError([
      `entry ${entry.name}: env ${name} uses the placeholder \${${key}}; only \${image_root} is ` +
        'known (write $${…} for a literal ${…})',
    ]);
  });
}

/** The settings CNPG gives an instance for these entries. */
export function instanceSettings(entries: readonly ExtensionEntry[]): InstanceSettings {
  const controls = entries.flatMap((e) =>
    (e.extension_control_path?.length ? e.extension_control_path : ['share']).map((d) =>
      under(e, d),
    ),
  );
  const libraries = entries.flatMap((e) =>
    (e.dynamic_library_path?.length ? e.dynamic_library_path : ['lib']).map((d) => under(e, d)),
  );
  return {
    extensionControlPath: ['$system', ...controls].join(':'),
    dynamicLibraryPath: ['$libdir', ...libraries].join(':'),
    ldLibraryPath: entries.flatMap((e) => (e.ld_library_path ?? []).map((d) => under(e, d))),
    binPath: entries.flatMap((e) => (e.bin_path ?? []).map((d) => under(e, d))),
    env: entries.flatMap((e) =>
      (e.env ?? []).map((v) => ({ name: v.name, value: expandEnvValue(e, v.name, v.value) })),
    ),
  };
}

/** The directories (inside the image) whose `extension/` holds the entry's control files. */
export function controlDirectories(entry: ExtensionEntry): string[] {
  return (entry.extension_control_path?.length ? entry.extension_control_path : ['share']).map(
    (d) => posix.join(d, 'extension'),
  );
}

/** A `postgresql.conf` line; values are single-quoted with `'` doubled, as CNPG writes them. */
export function confLine(name: string, value: string): string {
  // postgresql.conf reads backslash escapes in quoted values, and a line break ends a setting:
  // a value from an image's annotations must stay the one value it is.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) {
    throw new Error(
      `${name}: ${JSON.stringify(value)} holds a control character; a setting is one line`,
    );
  }
  return `${name} = '${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}
