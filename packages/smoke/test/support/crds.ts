/**
 * CNPG's CRDs as Ajv validators: each kind's `spec.versions[].schema.openAPIV3Schema`.
 * Kubernetes' own keywords (`x-kubernetes-*`) and formats (`int32`, quantities) are not JSON
 * Schema's: Ajv runs non-strict and skips formats. One of them is enforced, as the API server
 * does: a list with `x-kubernetes-list-type: map` holds each combination of its
 * `x-kubernetes-list-map-keys` once (a Cluster's `postgresql.extensions` one entry per name).
 *
 * Where they come from: the directory `PGFORGE_CNPG_CRDS` names, by default `../shared/cnpg-crds`
 * beside the checkout (CONTRIBUTING.md). Every `.yaml` file in it is read, and every
 * CustomResourceDefinition document in each file is taken, other documents passed over; so the
 * directory may hold one file per CRD (`config/crd/bases/*.yaml` of cloudnative-pg) or CNPG's
 * release manifest (`cnpg-<version>.yaml`: the CRDs among the operator's Deployment, RBAC and
 * webhooks), which is what CI downloads, checked against its pinned SHA-256.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type SchemaValidateFunction, type ValidateFunction } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { DEFAULT_CNPG_VERSION } from '../../src/kind/level.js';
import { cnpgManifestUrl } from '../../src/kind/operator-manifest.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
/** The variable that names the directory, and its default. */
export const CRD_DIR_VARIABLE = 'PGFORGE_CNPG_CRDS';
export const DEFAULT_CRD_DIR = resolve(ROOT, '..', 'shared', 'cnpg-crds');
export const CRD_DIR = process.env[CRD_DIR_VARIABLE] || DEFAULT_CRD_DIR;

/** What to do when the directory is missing or holds no CRD: one line. */
export function whereToGetCrds(dir: string, found: string): string {
  return (
    `CNPG's CRDs ${found} ${dir}: download CNPG ${DEFAULT_CNPG_VERSION}'s release manifest ` +
    `(${cnpgManifestUrl(DEFAULT_CNPG_VERSION)}) into that directory, or set ${CRD_DIR_VARIABLE} ` +
    'to a directory holding it or the CRD files (see CONTRIBUTING.md, "CNPG\'s CRDs")'
  );
}

interface Crd {
  kind?: unknown;
  spec: {
    group: string;
    names: { kind: string };
    versions: { name: string; schema: { openAPIV3Schema: object } }[];
  };
}

export interface ManifestProblem {
  path: string;
  message: string;
}

/** The API server's rule for list-type map: no two items with the same values of the keys. */
const uniqueMapKeys: SchemaValidateFunction = (keys: string[], data: unknown[]) => {
  const seen = new Map<string, number>();
  const errors: NonNullable<SchemaValidateFunction['errors']> = [];
  data.forEach((item, i) => {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    const key = JSON.stringify(keys.map((k) => record[k] ?? null));
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      errors.push({
        keyword: 'x-kubernetes-list-map-keys',
        message: `items ${first} and ${i} have the same ${keys.join(', ')} (${key}); a list of type map holds each once`,
        params: { keys },
      });
  });
  uniqueMapKeys.errors = errors;
  return errors.length === 0;
};

/** The parsed schemas of a directory, by `<group>/<version> <kind>`: read once per process. */
const parsed = new Map<string, ReadonlyMap<string, object>>();

function crdSchemas(dir: string): ReadonlyMap<string, object> {
  const known = parsed.get(dir);
  if (known) return known;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(whereToGetCrds(dir, 'are not at'));
  }
  const schemas = new Map<string, object>();
  for (const file of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    for (const document of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
      const crd = document.toJS() as Crd | null;
      if (crd?.kind !== 'CustomResourceDefinition') continue;
      for (const version of crd.spec.versions) {
        const key = `${crd.spec.group}/${version.name} ${crd.spec.names.kind}`;
        schemas.set(key, version.schema.openAPIV3Schema);
      }
    }
  }
  if (schemas.size === 0) throw new Error(whereToGetCrds(dir, 'are not among the .yaml files of'));
  parsed.set(dir, schemas);
  return schemas;
}

export class CrdValidators {
  readonly #ajv: Ajv;
  readonly #schemas: ReadonlyMap<string, object>;
  /** Compiled on first use: a release manifest holds eleven CRDs, a test reads two or three. */
  readonly #validators = new Map<string, ValidateFunction>();

  constructor(dir: string = CRD_DIR) {
    const schemas = crdSchemas(dir);
    this.#ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    this.#ajv.addKeyword({
      keyword: 'x-kubernetes-list-map-keys',
      type: 'array',
      schemaType: 'array',
      errors: true,
      validate: uniqueMapKeys,
    });
    this.#schemas = schemas;
  }

  kinds(): string[] {
    return [...this.#schemas.keys()];
  }

  /** The problems of one document; throws for a kind no CRD defines. */
  validate(document: { apiVersion?: unknown; kind?: unknown }): ManifestProblem[] {
    const key = `${String(document.apiVersion)} ${String(document.kind)}`;
    const schema = this.#schemas.get(key);
    if (!schema) throw new Error(`no CRD defines ${key}; known: ${this.kinds().join(', ')}`);
    let validate = this.#validators.get(key);
    if (!validate) {
      validate = this.#ajv.compile(schema);
      this.#validators.set(key, validate);
    }
    if (validate(document)) return [];
    return (validate.errors ?? []).map((e) => ({
      path: e.instancePath || '/',
      message: `${e.message ?? 'invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    }));
  }
}
