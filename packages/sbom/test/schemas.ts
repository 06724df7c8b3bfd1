/**
 * The official CycloneDX 1.6 schemas, vendored in fixtures/schemas (see its README), compiled
 * with Ajv. Nothing is fetched: a schema that is not there fails the test that needs it, naming
 * the file. SPDX 2.3 has no schema here: spdx-validator.ts builds one from spdx/tools-golang.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its default export arrives as the module object under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule;

export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'schemas');

function load(file: string): Record<string, unknown> {
  if (!existsSync(file)) {
    throw new Error(
      `the schema ${file} is missing: vendor it as fixtures/schemas/README.md says ` +
        '(it is never fetched at test time)',
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function ajv(): Ajv {
  // strict off: CycloneDX annotates enums with `meta:enum`, a keyword Ajv does not know.
  const instance = new Ajv({ allErrors: true, strict: false });
  addFormats(instance);
  // Formats of CycloneDX 1.6 that ajv-formats lacks (RFC 3987 IRIs, RFC 6531 addresses): checked
  // as loosely as their definitions allow without a full IRI parser.
  instance.addFormat('iri-reference', /^[^\s\p{Cc}]*$/u);
  instance.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
  return instance;
}

let cyclonedx: ValidateFunction | undefined;

/** CycloneDX 1.6 with its two references (the SPDX licence list and JSF signatures). */
export function cyclonedxValidator(): ValidateFunction {
  if (cyclonedx) return cyclonedx;
  const instance = ajv();
  // The library's copies name their references *.SNAPSHOT.schema.json (see the README); they
  // are registered under the names the bom schema's $refs resolve to.
  instance.addSchema(
    load(join(SCHEMA_DIR, 'spdx.SNAPSHOT.schema.json')),
    'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json',
  );
  instance.addSchema(
    load(join(SCHEMA_DIR, 'jsf-0.82.SNAPSHOT.schema.json')),
    'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json',
  );
  cyclonedx = instance.compile(load(join(SCHEMA_DIR, 'bom-1.6.SNAPSHOT.schema.json')));
  return cyclonedx;
}

/** The SPDX licence identifiers CycloneDX 1.6 accepts in `license.id`. */
export function cyclonedxLicenseIds(): Set<string> {
  const schema = load(join(SCHEMA_DIR, 'spdx.SNAPSHOT.schema.json')) as { enum: string[] };
  return new Set(schema.enum);
}

/** Ajv's errors, one per line, for a failed expectation to show. */
export function explain(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 20)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}
