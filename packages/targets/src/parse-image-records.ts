/**
 * The one reader of image records (image-record.ts): the `images` output of build and extension
 * as a front end of promote, attest or catalog gets it, JSON text or a value parsed already. Every
 * field a consumer reads is checked here, once; the consumers take the typed records.
 */
import { parseReference } from '@pgforge/oci';
import type {
  ClusterExtensionEntry,
  ExtensionEnvVar,
  ImageRecord,
  PromotePlan,
} from './image-record.js';
import { clip, isObject, shown, type InputOrigin } from './input-origin.js';

export interface RecordsOrigin extends InputOrigin {
  /** What the input takes: said when the input, or an entry of it, is not that at all. */
  expected: string;
  /**
   * Shorter entries the input also takes: a reference alone (attest's subjects), or a Cluster's
   * extension entry, `{ name, image: { reference } }` (the catalog's extensions, as the extension
   * action's cluster-extensions output lists them).
   */
  shorthands?: readonly ('reference' | 'cluster-entry')[];
  /** How text is read; default JSON (the catalog's extensions may be YAML too). */
  parse?: (text: string) => unknown;
}

const REFERENCE = '<repository>@sha256:…';
const BY_DIGEST = `a reference by digest, ${REFERENCE}: what was tested is what goes on, byte for byte`;
const PATH_FIELDS = [
  'ld_library_path',
  'extension_control_path',
  'dynamic_library_path',
  'bin_path',
] as const;
const ENV_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const ENV =
  'a list of {name, value}: a name of letters, digits and _ not starting with a digit, and a non-empty value';

/** A reference that names its image by digest, and that digest. */
function byDigest(value: string, field: string, origin: RecordsOrigin): string {
  let digest: string | undefined;
  try {
    digest = parseReference(value).digest;
  } catch (error) {
    throw origin.error(field, value, `${REFERENCE} (${(error as Error).message})`);
  }
  if (digest === undefined) throw origin.error(field, value, BY_DIGEST);
  return digest;
}

function strings(value: unknown, field: string, origin: RecordsOrigin): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
    throw origin.error(field, String(JSON.stringify(value)), 'an array of tag references');
  }
  return value as string[];
}

function optional<T>(
  value: unknown,
  is: (v: unknown) => v is T,
  field: string,
  allowed: string,
  origin: RecordsOrigin,
): T | undefined {
  if (value === undefined || is(value)) return value;
  throw origin.error(field, shown(value), allowed);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isMajor = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

/** `promote`: a repository, its tags, and how many of them are immutable (default: the first). */
function planOf(value: unknown, where: string, origin: RecordsOrigin): PromotePlan {
  const plan = isObject(value) ? value : {};
  const repository = plan.repository;
  if (typeof repository !== 'string' || repository === '') {
    throw origin.error(`${where}.repository`, String(repository), 'the production repository');
  }
  try {
    parseReference(repository);
  } catch (error) {
    throw origin.error(
      `${where}.repository`,
      repository,
      `the production repository (${(error as Error).message})`,
    );
  }
  const tags = plan.tags === undefined ? [] : strings(plan.tags, `${where}.tags`, origin);
  const count = new Set(tags).size;
  const immutable = plan.immutable ?? Math.min(1, count);
  if (!Number.isInteger(immutable) || (immutable as number) < 0 || (immutable as number) > count) {
    throw origin.error(
      `${where}.immutable`,
      shown(immutable),
      `how many of the tags are immutable: a whole number from 0 to ${count}`,
    );
  }
  return { repository, tags, immutable: immutable as number };
}

function envOf(value: unknown, where: string, origin: RecordsOrigin): ExtensionEnvVar[] {
  if (!Array.isArray(value)) throw origin.error(`${where}.env`, shown(value), ENV);
  return value.map((v: unknown, j) => {
    const item = isObject(v) ? v : {};
    if (
      typeof item.name !== 'string' ||
      !ENV_NAME.test(item.name) ||
      typeof item.value !== 'string' ||
      item.value === ''
    ) {
      throw origin.error(`${where}.env[${j}]`, shown(v), ENV);
    }
    return { name: item.name, value: item.value };
  });
}

/**
 * A Cluster's extension entry: its fields are named under the entry of the input (`where`),
 * whether it is the entry itself or an image record's `clusterExtension`.
 */
function clusterEntryOf(
  value: unknown,
  where: string,
  whole: unknown,
  origin: RecordsOrigin,
): ClusterExtensionEntry {
  const raw = isObject(value) ? value : {};
  const image = isObject(raw.image) ? raw.image : {};
  if (typeof raw.name !== 'string' || typeof image.reference !== 'string') {
    throw origin.error(where, shown(whole), origin.expected);
  }
  const entry: ClusterExtensionEntry = { name: raw.name, image: { reference: image.reference } };
  for (const field of PATH_FIELDS) {
    const v = raw[field];
    if (v === undefined) continue;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      throw origin.error(
        `${where}.${field}`,
        String(JSON.stringify(v)),
        'a list of directories inside the image, e.g. [system]',
      );
    }
    entry[field] = v as string[];
  }
  if (raw.env !== undefined) entry.env = envOf(raw.env, where, origin);
  return entry;
}

function recordOf(entry: unknown, where: string, origin: RecordsOrigin): ImageRecord {
  const shorthands = origin.shorthands ?? [];
  if (typeof entry === 'string' && shorthands.includes('reference')) {
    return { reference: entry, digest: byDigest(entry, where, origin) };
  }
  if (!isObject(entry)) throw origin.error(where, String(JSON.stringify(entry)), origin.expected);
  if (!('reference' in entry) && shorthands.includes('cluster-entry')) {
    const clusterExtension = clusterEntryOf(entry, where, entry, origin);
    const reference = clusterExtension.image.reference;
    return {
      reference,
      digest: byDigest(reference, `${where}.image.reference`, origin),
      clusterExtension,
    };
  }
  const { reference } = entry;
  if (typeof reference !== 'string') {
    throw origin.error(`${where}.reference`, String(reference), REFERENCE);
  }
  const digest = byDigest(reference, `${where}.reference`, origin);
  // A record carries its digest beside its reference; the two saying otherwise is a mistake.
  if (entry.digest !== undefined && entry.digest !== digest) {
    throw origin.error(
      `${where}.digest`,
      shown(entry.digest),
      `${digest}, the digest of reference`,
    );
  }
  const record: ImageRecord = { reference, digest };
  if (entry.tags !== undefined) record.tags = strings(entry.tags, `${where}.tags`, origin);
  if (entry.promote !== undefined)
    record.promote = planOf(entry.promote, `${where}.promote`, origin);
  const target = optional(entry.target, isString, `${where}.target`, 'a target id', origin);
  if (target !== undefined) record.target = target;
  const name = optional(entry.name, isString, `${where}.name`, 'an extension name', origin);
  if (name !== undefined) record.name = name;
  const major = optional(entry.major, isMajor, `${where}.major`, 'a PostgreSQL major', origin);
  if (major !== undefined) record.major = major;
  const distribution = optional(
    entry.distribution,
    isString,
    `${where}.distribution`,
    'a distribution codename',
    origin,
  );
  if (distribution !== undefined) record.distribution = distribution;
  if (entry.clusterExtension !== undefined) {
    record.clusterExtension = clusterEntryOf(entry.clusterExtension, where, entry, origin);
  }
  return record;
}

/**
 * What `pgforge build` and `pgforge extension` print is an object whose `images` is the array
 * an action's output holds (beside `failed` or `layout`): either is taken.
 */
function imagesOf(value: unknown): unknown {
  return isObject(value) && Array.isArray(value.images) ? value.images : value;
}

/**
 * The image records of an input: JSON text (or text `origin.parse` reads), or the value parsed
 * already. A mistake is thrown as `origin.error`, naming the field (`images[0].reference`), the
 * value and what is allowed.
 */
export function parseImageRecords(json: unknown, origin: RecordsOrigin): ImageRecord[] {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = (origin.parse ?? JSON.parse)(json);
    } catch (error) {
      throw origin.error(
        origin.input,
        clip(json),
        `${origin.expected} (${(error as Error).message})`,
      );
    }
  }
  value = imagesOf(value);
  if (!Array.isArray(value)) throw origin.error(origin.input, shown(value), origin.expected);
  return value.map((entry: unknown, i) => recordOf(entry, `${origin.input}[${i}]`, origin));
}
