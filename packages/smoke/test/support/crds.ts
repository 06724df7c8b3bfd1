/**
 * CNPG's CRDs (`../shared/cnpg-crds` beside the repository) as Ajv validators: each kind's
 * `spec.versions[].schema.openAPIV3Schema`. Kubernetes' own keywords (`x-kubernetes-*`) and
 * formats (`int32`, quantities) are not JSON Schema's: Ajv runs non-strict and skips formats.
 * One of them is enforced, as the API server does: a list with `x-kubernetes-list-type: map`
 * holds each combination of its `x-kubernetes-list-map-keys` once (a Cluster's
 * `postgresql.extensions` one entry per name).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type SchemaValidateFunction, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
// PGFORGE_CNPG_CRDS for a checkout that does not sit beside `shared/` (a clone elsewhere).
export const CRD_DIR = process.env.PGFORGE_CNPG_CRDS ?? resolve(ROOT, '..', 'shared', 'cnpg-crds');

interface Crd {
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

export class CrdValidators {
  readonly #validators = new Map<string, ValidateFunction>();

  constructor(dir: string = CRD_DIR) {
    if (!existsSync(dir)) {
      throw new Error(
        `CNPG's CRDs are not at ${dir}; they are the project's shared data (see DESIGN.md): put ` +
          'config/crd/bases/*.yaml of cloudnative-pg there, or set PGFORGE_CNPG_CRDS to their directory',
      );
    }
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addKeyword({
      keyword: 'x-kubernetes-list-map-keys',
      type: 'array',
      schemaType: 'array',
      errors: true,
      validate: uniqueMapKeys,
    });
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const crd = parse(readFileSync(join(dir, file), 'utf8')) as Crd;
      for (const version of crd.spec.versions) {
        const key = `${crd.spec.group}/${version.name} ${crd.spec.names.kind}`;
        this.#validators.set(key, ajv.compile(version.schema.openAPIV3Schema));
      }
    }
  }

  kinds(): string[] {
    return [...this.#validators.keys()];
  }

  /** The problems of one document; throws for a kind no CRD defines. */
  validate(document: { apiVersion?: unknown; kind?: unknown }): ManifestProblem[] {
    const key = `${String(document.apiVersion)} ${String(document.kind)}`;
    const validate = this.#validators.get(key);
    if (!validate) throw new Error(`no CRD defines ${key}; known: ${this.kinds().join(', ')}`);
    if (validate(document)) return [];
    return (validate.errors ?? []).map((e) => ({
      path: e.instancePath || '/',
      message: `${e.message ?? 'invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    }));
  }
}
