/**
 * The extension images of a catalog: given as the extension action's `images` output or its
 * `cluster-extensions` entries (both name them in the testing repository, by digest), each is
 * looked up in production (a catalog names only what was promoted) and placed by its own
 * `io.cloudnativepg.image.base.pgmajor` and `.os` annotations, never by what the input says.
 */
import { formatReference, parseReference, type RegistryClient } from '@pgforge/oci';
import { imagesArray, productionRepositoryOf } from '@pgforge/targets';
import { parse } from 'yaml';
import { CatalogError, CatalogOptionError } from './errors.js';

/** An entry of a catalog image's `extensions`, as CNPG's ExtensionConfiguration has it. */
export interface CatalogExtension {
  name: string;
  image: { reference: string };
  ld_library_path?: string[];
  env?: { name: string; value: string }[];
  extension_control_path?: string[];
  dynamic_library_path?: string[];
  bin_path?: string[];
}

export interface PlacedExtension {
  entry: CatalogExtension;
  major: number;
  os: string;
}

export const PGMAJOR_ANNOTATION = 'io.cloudnativepg.image.base.pgmajor';
export const OS_ANNOTATION = 'io.cloudnativepg.image.base.os';

const EXPECTED =
  "the extension action's images output (JSON) or its cluster-extensions entries (YAML), each naming its image by digest";

const PATH_FIELDS = ['extension_control_path', 'dynamic_library_path', 'bin_path'] as const;

interface RawEntry {
  name?: unknown;
  image?: { reference?: unknown };
  reference?: unknown;
  clusterExtension?: RawEntry;
  promote?: { repository?: unknown };
  ld_library_path?: unknown;
  env?: unknown;
  extension_control_path?: unknown;
  dynamic_library_path?: unknown;
  bin_path?: unknown;
}

const stringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The entry and where it is in production: `<production repository>@<digest>`. */
function entryOf(raw: RawEntry, i: number): { entry: CatalogExtension; production: string } {
  const where = `extensions[${i}]`;
  // The images output: its clusterExtension is the entry, its promote the production repository.
  const cluster = raw.clusterExtension ?? raw;
  const reference =
    typeof cluster.image?.reference === 'string'
      ? cluster.image.reference
      : typeof raw.reference === 'string'
        ? raw.reference
        : undefined;
  if (typeof cluster.name !== 'string' || reference === undefined) {
    throw new CatalogOptionError(where, JSON.stringify(raw).slice(0, 200), EXPECTED);
  }
  let ref;
  try {
    ref = parseReference(reference);
  } catch (error) {
    throw new CatalogOptionError(
      `${where}.image.reference`,
      reference,
      `a reference (${(error as Error).message})`,
    );
  }
  if (ref.digest === undefined) {
    throw new CatalogOptionError(
      `${where}.image.reference`,
      reference,
      'a reference by digest (<repository>@sha256:…): a catalog pins what it names',
    );
  }
  const repository = formatReference({ registry: ref.registry, repository: ref.repository });
  const production =
    typeof raw.promote?.repository === 'string'
      ? raw.promote.repository
      : (productionRepositoryOf(repository) ?? repository);
  const entry: CatalogExtension = {
    name: cluster.name,
    image: { reference: `${production}@${ref.digest}` },
  };
  if (stringList(cluster.ld_library_path)) entry.ld_library_path = cluster.ld_library_path;
  if (Array.isArray(cluster.env)) entry.env = cluster.env as CatalogExtension['env'];
  for (const field of PATH_FIELDS) {
    const v = cluster[field];
    if (stringList(v)) entry[field] = v;
  }
  return { entry, production: entry.image.reference };
}

/** Parses the `extensions` input: JSON (the images output) or YAML (cluster-extensions). */
export function parseExtensions(text: string): { entry: CatalogExtension; production: string }[] {
  if (text.trim() === '') return [];
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new CatalogOptionError(
      'extensions',
      text.slice(0, 200),
      `${EXPECTED} (${(error as Error).message})`,
    );
  }
  value = imagesArray(value);
  if (!Array.isArray(value)) {
    throw new CatalogOptionError('extensions', text.slice(0, 200), EXPECTED);
  }
  return value.map((raw, i) => {
    if (typeof raw !== 'object' || raw === null) {
      throw new CatalogOptionError(`extensions[${i}]`, JSON.stringify(raw), EXPECTED);
    }
    return entryOf(raw as RawEntry, i);
  });
}

/** Reads each extension's annotations in production, where it must have been promoted to. */
export async function placeExtensions(
  parsed: { entry: CatalogExtension; production: string }[],
  registry: Pick<RegistryClient, 'resolveDigest' | 'imageAnnotations'>,
): Promise<PlacedExtension[]> {
  const placed: PlacedExtension[] = [];
  for (const { entry, production } of parsed) {
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
    placed.push({ entry, major, os });
  }
  return placed;
}

/** The extensions of one catalog image: from PG 18 (extension_control_path), one per name. */
export function extensionsFor(
  placed: PlacedExtension[],
  major: number,
  os: string,
): CatalogExtension[] {
  if (major < 18) return [];
  const chosen = placed.filter((p) => p.major === major && p.os === os);
  const names = new Map<string, string>();
  for (const p of chosen) {
    const other = names.get(p.entry.name);
    if (other !== undefined && other !== p.entry.image.reference) {
      throw new CatalogError(
        `extension ${p.entry.name} is given twice for PostgreSQL ${major} on ${os} (${other} and ${p.entry.image.reference}); a catalog image holds one per name`,
      );
    }
    names.set(p.entry.name, p.entry.image.reference);
  }
  const unique = [...new Map(chosen.map((p) => [p.entry.name, p.entry])).values()];
  return unique.sort((a, b) => a.name.localeCompare(b.name));
}
