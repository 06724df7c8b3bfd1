/**
 * The extension images of a catalog: given as image records (the extension action's `images`
 * output, or its `cluster-extensions` entries, both naming them in the testing repository by
 * digest), each is looked up in production (a catalog names only what was promoted) and placed
 * by its own `io.cloudnativepg.image.base.pgmajor` and `.os` annotations, never by what the input
 * says. Its `ld_library_path`, `bin_path` and `env` are the image's own too (metadata.ts): taken
 * from its annotations when the input leaves them out, and an input that says otherwise is
 * refused.
 */
import { formatReference, parseReference, type RegistryClient } from '@pgforge/oci';
import {
  productionRepositoryOf,
  type ClusterExtensionEntry,
  type ImageRecord,
  type RecordsOrigin,
} from '@pgforge/targets';
import { parse } from 'yaml';
import { CatalogError } from './errors.js';
import {
  ANNOTATION_OF,
  extensionNotes,
  flow,
  imageMetadata,
  type EnvVar,
  type ExtensionNote,
  type ImageMetadata,
} from './metadata.js';

/** An entry of a catalog image's `extensions`: CNPG's ExtensionConfiguration. */
export type CatalogExtension = ClusterExtensionEntry;

export interface PlacedExtension {
  entry: CatalogExtension;
  major: number;
  os: string;
  /** What the image's annotations say of it; absent for an image that carries none. */
  metadata?: ImageMetadata;
}

/** An entry of the input, with where it is in it (`extensions[2]`) for messages. */
export interface ParsedExtension {
  entry: CatalogExtension;
  /** `<production repository>@<digest>` */
  production: string;
  where: string;
}

export const PGMAJOR_ANNOTATION = 'io.cloudnativepg.image.base.pgmajor';
export const OS_ANNOTATION = 'io.cloudnativepg.image.base.os';

const EXPECTED =
  "the extension action's images output (JSON) or its cluster-extensions entries (YAML), each naming its image by digest";

/**
 * The `extensions` input, as its front ends read it with parseImageRecords: JSON or YAML, of
 * image records or of a Cluster's entries.
 */
export const EXTENSIONS_INPUT: RecordsOrigin = {
  input: 'extensions',
  expected: EXPECTED,
  shorthands: ['cluster-entry'],
  parse,
  error: (field, value, allowed) => CatalogError.notAllowed(field, value, allowed),
};

/**
 * Each record's entry, naming its image where promote put it: `promote.repository` when the
 * record has one, else the testing repository without its `-testing` suffix.
 */
export function extensionsOf(records: readonly ImageRecord[]): ParsedExtension[] {
  return records.map((record, i) => {
    const where = `${EXTENSIONS_INPUT.input}[${i}]`;
    const cluster = record.clusterExtension;
    if (cluster === undefined) {
      throw CatalogError.notAllowed(where, JSON.stringify(record).slice(0, 200), EXPECTED);
    }
    const ref = parseReference(record.reference);
    const repository = formatReference({ registry: ref.registry, repository: ref.repository });
    const production =
      record.promote?.repository ?? productionRepositoryOf(repository) ?? repository;
    const entry: CatalogExtension = {
      ...cluster,
      image: { reference: `${production}@${record.digest}` },
    };
    return { entry, production: entry.image.reference, where };
  });
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

const envText = (env: readonly EnvVar[]): string => flow(env.map((e) => `${e.name}=${e.value}`));

const byName = (x: EnvVar, y: EnvVar): number => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);

/** env is a set by name (the CRD's list-type map): order does not matter. */
const sameEnv = (a: readonly EnvVar[], b: readonly EnvVar[]): boolean =>
  envText([...a].sort(byName)) === envText([...b].sort(byName));

/**
 * The entry with the image's `ld_library_path`, `bin_path` and `env` where the input has none;
 * an input that says otherwise than the image is refused, naming both. An image without
 * metadata leaves the entry as the input gave it (it says nothing to check against).
 */
export function reconcileEntry(
  parsed: ParsedExtension,
  metadata: ImageMetadata | undefined,
): CatalogExtension {
  if (!metadata) return parsed.entry;
  const entry: CatalogExtension = { ...parsed.entry };
  const refuse = (field: keyof typeof ANNOTATION_OF, given: string, image: string): never => {
    throw CatalogError.notAllowed(
      `${parsed.where}.${field}`,
      given,
      `${image}, what extension ${entry.name}'s promoted image ${parsed.production} says in its ${ANNOTATION_OF[field]} annotation (leave ${field} out of the input to take the image's)`,
    );
  };
  const paths = [
    ['ld_library_path', metadata.ldLibraryPath],
    ['bin_path', metadata.binPath],
  ] as const;
  for (const [field, image] of paths) {
    const given = entry[field];
    if (given === undefined) {
      if (image.length > 0) entry[field] = [...image];
    } else if (!sameList(given, image)) {
      refuse(field, flow(given), flow(image));
    }
  }
  if (metadata.env !== undefined) {
    if (entry.env === undefined) {
      if (metadata.env.length > 0) entry.env = metadata.env.map((e) => ({ ...e }));
    } else if (!sameEnv(entry.env, metadata.env)) {
      refuse('env', envText(entry.env), envText(metadata.env));
    }
  }
  return entry;
}

/**
 * Reads each extension's annotations in production, where it must have been promoted to: its
 * major and distribution, and its metadata, which completes and checks its entry.
 */
export async function placeExtensions(
  parsed: ParsedExtension[],
  registry: Pick<RegistryClient, 'resolveDigest' | 'imageAnnotations'>,
  log?: (line: string) => void,
): Promise<PlacedExtension[]> {
  const placed: PlacedExtension[] = [];
  for (const p of parsed) {
    const { entry, production } = p;
    if ((await registry.resolveDigest(production)) === undefined) {
      throw new CatalogError(
        `extension ${entry.name}: ${production} is not in production; promote it first (a catalog names promoted images only)`,
      );
    }
    const annotations = await registry.imageAnnotations(production);
    const major = Number(annotations[PGMAJOR_ANNOTATION]);
    const os = annotations[OS_ANNOTATION];
    if (!Number.isInteger(major) || os === undefined) {
      throw new CatalogError(
        `extension ${entry.name}: ${production} has no ${!Number.isInteger(major) ? PGMAJOR_ANNOTATION : OS_ANNOTATION} annotation; ` +
          'an extension image says which PostgreSQL major and distribution it is for (the extension action sets both)',
      );
    }
    const metadata = imageMetadata(annotations, `extension ${entry.name}: ${production}`);
    if (!metadata) {
      log?.(
        `extension ${entry.name}: ${production} carries no io.pgforge.extension.* metadata; its entry is the input's, unchecked, with no note`,
      );
    }
    placed.push({
      entry: reconcileEntry(p, metadata),
      major,
      os,
      ...(metadata ? { metadata } : {}),
    });
  }
  return placed;
}

/**
 * The extensions of one catalog image: from PG 18 (extension_control_path), one per name,
 * sorted by name, each with what the image says of itself.
 */
export function placedFor(placed: PlacedExtension[], major: number, os: string): PlacedExtension[] {
  if (major < 18) return [];
  const chosen = placed.filter((p) => p.major === major && p.os === os);
  const names = new Map<string, PlacedExtension>();
  for (const p of chosen) {
    const other = names.get(p.entry.name);
    if (other !== undefined && other.entry.image.reference !== p.entry.image.reference) {
      throw new CatalogError(
        `extension ${p.entry.name} is given twice for PostgreSQL ${major} on ${os} (${other.entry.image.reference} and ${p.entry.image.reference}); a catalog image holds one per name`,
      );
    }
    names.set(p.entry.name, p);
  }
  return [...names.values()].sort((a, b) => a.entry.name.localeCompare(b.entry.name));
}

/** The entries of one catalog image (see placedFor). */
export function extensionsFor(
  placed: PlacedExtension[],
  major: number,
  os: string,
): CatalogExtension[] {
  return placedFor(placed, major, os).map((p) => p.entry);
}

/** The notes of one catalog image's entries (metadata.ts), by entry name. */
export function notesFor(chosen: PlacedExtension[]): Map<string, ExtensionNote> {
  return extensionNotes(
    chosen.map((p) => ({
      name: p.entry.name,
      image: p.entry.image.reference,
      ...(p.metadata ? { metadata: p.metadata } : {}),
    })),
  );
}
