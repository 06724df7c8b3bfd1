/**
 * Our transcriptions of the in-toto Statement v1 and SLSA provenance v1 specifications into JSON
 * Schema (see schemas/README.md: no official schema exists), compiled with Ajv.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its default export arrives as the module object under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule;

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'schemas');

function load(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Record<string, unknown>;
}

// strictRequired off: "one of uri, digest, content" is written as anyOf of bare required lists.
function compile(): { statement: ValidateFunction; provenance: ValidateFunction } {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  ajv.addSchema(load('resource-descriptor-v1.schema.json'));
  return {
    statement: ajv.compile(load('in-toto-statement-v1.schema.json')),
    provenance: ajv.compile(load('slsa-provenance-v1.schema.json')),
  };
}

const validators = compile();

/** The validation errors as readable lines; none when `value` is valid. */
export function schemaErrors(kind: 'statement' | 'provenance', value: unknown): string[] {
  const validate = validators[kind];
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
