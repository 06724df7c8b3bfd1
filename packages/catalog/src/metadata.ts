/**
 * What a promoted extension image says of itself in its annotations (the extension action
 * derives the fields of CNPG's `metadata.hcl` and writes them there), read back from
 * production: the catalog takes the image's word, not the input's.
 *
 * Two uses. The fields CNPG's ExtensionConfiguration holds (`ld_library_path`, `bin_path`,
 * `env`) fill an entry the input left without them, and an input that disagrees is refused.
 * The fields it cannot hold (SQL names and default versions, `create_extension`,
 * `shared_preload_libraries`, `required_extensions`, licences, limitations) go into the
 * catalog's own `metadata.annotations`, one key per major × extension (see `noteKey`), and as
 * a comment above the entry (document.ts).
 */
import { METADATA_ANNOTATIONS, readExtensionAnnotations } from '@pgforge/targets';
import { CatalogError } from './errors.js';

/**
 * The image's environment, a JSON array of `{name, value}` (values hold `${image_root}` and may
 * hold commas, so not the comma-separated form of the other lists).
 */
export const ENV_ANNOTATION = METADATA_ANNOTATIONS.env;
export const LICENSES_ANNOTATION = 'org.opencontainers.image.licenses';
/** How the extension action joins limitations (sentences that may hold commas). */
const LIMITATION_SEPARATOR = ' | ';

export interface EnvVar {
  name: string;
  value: string;
}

export interface SqlName {
  name: string;
  version?: string;
}

/** The metadata of an image that carries it: every list present, empty when the key is absent. */
export interface ImageMetadata {
  sqlNames: SqlName[];
  createExtension: boolean;
  sharedPreloadLibraries: string[];
  requiredExtensions: string[];
  /** Those the image says the operand ships (contrib), as read from its server package. */
  requiredFromOperand: string[];
  ldLibraryPath: string[];
  binPath: string[];
  /** Only when the image has the env annotation. */
  env?: EnvVar[];
  /** The SPDX expression of `org.opencontainers.image.licenses`, when there is one. */
  licenses?: string;
  limitations: string[];
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

const isEnvVar = (v: unknown): v is EnvVar =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { name?: unknown }).name === 'string' &&
  typeof (v as { value?: unknown }).value === 'string';

/**
 * The metadata `annotations` hold, or undefined for an image without any: one built before the
 * extension action derived it says nothing, which is not the same as saying "no library path".
 * `create-extension` is written for every image that carries metadata, so it tells them apart.
 */
export function imageMetadata(
  annotations: Readonly<Record<string, string>>,
  image: string,
): ImageMetadata | undefined {
  if (annotations[METADATA_ANNOTATIONS.createExtension] === undefined) return undefined;
  const known = readExtensionAnnotations(annotations);
  const sqlNames = list(annotations[METADATA_ANNOTATIONS.sqlNames]).map((s): SqlName => {
    const at = s.indexOf('=');
    return at < 0 ? { name: s } : { name: s.slice(0, at), version: s.slice(at + 1) };
  });
  let env: EnvVar[] | undefined;
  const envText = annotations[ENV_ANNOTATION];
  if (envText !== undefined) {
    let value: unknown;
    try {
      value = JSON.parse(envText);
    } catch {
      value = undefined;
    }
    if (!Array.isArray(value) || !value.every(isEnvVar)) {
      throw new CatalogError(
        `${image}: annotation ${ENV_ANNOTATION} is ${JSON.stringify(envText.slice(0, 200))}; expected a JSON array of {"name", "value"} strings`,
      );
    }
    env = value.map((e) => ({ name: e.name, value: e.value }));
  }
  const licenses = annotations[LICENSES_ANNOTATION];
  const limitations = annotations[METADATA_ANNOTATIONS.limitations];
  return {
    sqlNames,
    createExtension: known.createExtension ?? true,
    sharedPreloadLibraries: known.sharedPreloadLibraries ?? [],
    requiredExtensions: known.requiredExtensions ?? [],
    requiredFromOperand: list(annotations[METADATA_ANNOTATIONS.requiredFromOperand]),
    ldLibraryPath: list(annotations[METADATA_ANNOTATIONS.ldLibraryPath]),
    binPath: list(annotations[METADATA_ANNOTATIONS.binPath]),
    ...(env ? { env } : {}),
    ...(licenses ? { licenses } : {}),
    limitations: limitations
      ? limitations
          .split(LIMITATION_SEPARATOR)
          .map((l) => l.trim())
          .filter(Boolean)
      : [],
  };
}

/** Where the image says a field is, for an error message. */
export const ANNOTATION_OF = {
  ld_library_path: METADATA_ANNOTATIONS.ldLibraryPath,
  bin_path: METADATA_ANNOTATIONS.binPath,
  env: ENV_ANNOTATION,
} as const;

/** Where a required extension comes from, in a catalog image. */
export type RequiredExtension =
  | { name: string; from: 'entry'; entry: string }
  | { name: string; from: 'contrib' }
  | { name: string; from: 'missing' };

/**
 * What the CRD's ExtensionConfiguration cannot hold, for one entry of one catalog image: the
 * value of its annotation. Field names are `metadata.hcl`'s, so tooling that reads CNPG's
 * extension repository reads these too.
 */
export interface ExtensionNote {
  /** The entry's image, by digest: the note is about that image and no other. */
  image: string;
  sql_names: SqlName[];
  create_extension: boolean;
  shared_preload_libraries: string[];
  required_extensions: RequiredExtension[];
  /** SPDX expression. */
  licenses?: string;
  limitations: string[];
}

/**
 * The annotation key of an entry's note: `extensions.pgforge.io/<major>.<name>`. One key per
 * entry rather than one JSON document for the catalog: `kubectl get clusterimagecatalog X -o
 * jsonpath` reads one extension without parsing the rest, a new image changes one line of a
 * diff, and the key is valid for every entry the CRD allows (a name is at most 59 characters,
 * so `<major>.<name>` fits the 63 of a key's name up to major 999). The prefix is a DNS
 * subdomain of the project, as Kubernetes asks of keys not its own.
 */
export const NOTE_PREFIX = 'extensions.pgforge.io';
export const noteKey = (major: number, name: string): string => `${NOTE_PREFIX}/${major}.${name}`;

/** The extension names an entry provides: its SQL names, else its own name. */
function provides(name: string, metadata: ImageMetadata | undefined): string[] {
  return metadata && metadata.sqlNames.length > 0 ? metadata.sqlNames.map((s) => s.name) : [name];
}

export interface NotedEntry {
  name: string;
  image: string;
  metadata?: ImageMetadata;
}

/**
 * The note of each entry of one catalog image that carries metadata, by entry name: each
 * required extension found in another entry, in contrib, or nowhere.
 */
export function extensionNotes(entries: readonly NotedEntry[]): Map<string, ExtensionNote> {
  const notes = new Map<string, ExtensionNote>();
  for (const e of entries) {
    if (!e.metadata) continue;
    const required = e.metadata.requiredExtensions.map((name): RequiredExtension => {
      const other = entries.find(
        (o) => o.name !== e.name && provides(o.name, o.metadata).includes(name),
      );
      if (other) return { name, from: 'entry', entry: other.name };
      // What the image itself read from the operand's server package when it was built.
      if (e.metadata?.requiredFromOperand.includes(name)) return { name, from: 'contrib' };
      return { name, from: 'missing' };
    });
    notes.set(e.name, {
      image: e.image,
      sql_names: e.metadata.sqlNames,
      create_extension: e.metadata.createExtension,
      shared_preload_libraries: e.metadata.sharedPreloadLibraries,
      required_extensions: required,
      ...(e.metadata.licenses ? { licenses: e.metadata.licenses } : {}),
      limitations: e.metadata.limitations,
    });
  }
  return notes;
}

/** One line without line breaks or control characters: a comment cannot be broken out of. */
const oneLine = (text: string): string =>
  text
    // C0, DEL, C1 (NEL, U+0085, is a line break to YAML 1.1 parsers such as kubectl's) and the
    // Unicode line and paragraph separators.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The comment above an entry: what a Cluster using it must set besides listing it. Empty when
 * there is nothing to do.
 */
export function noteComment(note: ExtensionNote): string[] {
  const lines: string[] = [];
  if (note.shared_preload_libraries.length > 0) {
    lines.push(
      `add to postgresql.shared_preload_libraries: ${note.shared_preload_libraries.join(', ')}`,
    );
  }
  const from = (kind: RequiredExtension['from']): RequiredExtension[] =>
    note.required_extensions.filter((r) => r.from === kind);
  const entries = note.required_extensions.flatMap((r) =>
    r.from === 'entry' ? [r.entry === r.name ? r.name : `${r.entry} (for ${r.name})`] : [],
  );
  if (entries.length > 0) {
    lines.push(`requires, so list too in .spec.postgresql.extensions: ${entries.join(', ')}`);
  }
  const contrib = from('contrib');
  if (contrib.length > 0) {
    lines.push(
      `requires ${contrib.map((r) => r.name).join(', ')}: PostgreSQL contrib, in the operand image`,
    );
  }
  const missing = from('missing');
  if (missing.length > 0) {
    lines.push(
      `requires ${missing.map((r) => r.name).join(', ')}: not in this catalog (no extension entry, not contrib)`,
    );
  }
  if (!note.create_extension) {
    lines.push('no CREATE EXTENSION: PostgreSQL loads its module or runs its programs by name');
  }
  for (const limitation of note.limitations) lines.push(`limitation: ${limitation}`);
  return lines.map(oneLine);
}

/** `[a, b]`: a list as YAML's flow style spells it, for messages. */
export const flow = (values: readonly string[]): string => `[${values.join(', ')}]`;
