import { Ajv, type ErrorObject } from 'ajv';
import schema from '../../../schema/images.schema.json' with { type: 'json' };
import { showValue } from './errors.js';

export interface SchemaViolation {
  /** Path into the document. */
  path: (string | number)[];
  /** Set when the problem is an unknown key: the key itself. */
  key?: string;
  value: unknown;
  message: string;
}

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
// Our own keyword: the human description of what a pattern or a oneOf accepts.
ajv.addKeyword({ keyword: 'x-allowed', schemaType: 'string' });
const validateSchema = ajv.compile(schema);

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(doc: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = doc;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

function allowedOf(e: ErrorObject): string | undefined {
  const parent = e.parentSchema as Record<string, unknown> | undefined;
  const allowed = parent?.['x-allowed'];
  return typeof allowed === 'string' ? allowed : undefined;
}

function describe(e: ErrorObject, value: unknown): SchemaViolation | undefined {
  const path = pathOf(e.instancePath);
  const shown = showValue(value);
  const allowed = allowedOf(e);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const props = Object.keys(
        ((e.parentSchema as Record<string, unknown>).properties as object) ?? {},
      ).filter((k) => k !== '$schema');
      return {
        path: [...path, key],
        key,
        value: key,
        message: `unknown key ${showValue(key)}; allowed: ${props.join(', ')}`,
      };
    }
    case 'propertyNames':
      return undefined; // the nested pattern error says it better
    case 'enum':
      return {
        path,
        value,
        message: `${shown} is not allowed; allowed: ${(params.allowedValues as unknown[]).map((v) => showValue(v)).join(', ')}`,
      };
    case 'const':
      return {
        path,
        value,
        message: `${shown} is not allowed; allowed: ${showValue(params.allowedValue)}`,
      };
    case 'type':
      return {
        path,
        value,
        message: `${shown} is a ${jsonType(value)}; expected ${allowed ?? String(params.type)}`,
      };
    case 'oneOf':
    case 'anyOf':
      return {
        path,
        value,
        message: `${shown} is not allowed; expected ${allowed ?? 'one of the documented forms'}`,
      };
    case 'uniqueItems':
      return {
        path,
        value,
        message: `${shown} lists an item twice (items ${String(params.j)} and ${String(params.i)})`,
      };
    case 'minItems':
      return { path, value, message: `must not be empty` };
    case 'minProperties':
      return { path, value, message: `must name at least ${String(params.limit)}` };
    case 'required':
      return {
        path,
        value,
        message: `${showValue(params.missingProperty)} is required`,
      };
    case 'maxLength':
      return {
        path,
        value,
        message: `${shown} is longer than ${String(params.limit)} characters${allowed ? `; expected ${allowed}` : ''}`,
      };
    case 'minimum':
    case 'maximum':
      return {
        path,
        value,
        message: `${shown} is out of range; expected ${allowed ?? `${e.keyword} ${String(params.limit)}`}`,
      };
    case 'pattern':
      return {
        path,
        value,
        message: `${shown} is not allowed; expected ${allowed ?? `a value matching ${String(params.pattern)}`}`,
      };
    default:
      return { path, value, message: `${shown}: ${e.message ?? e.keyword}` };
  }
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'mapping';
  return typeof v;
}

/**
 * Validates a parsed document against schema/images.schema.json. Returns one violation per
 * real problem. Ajv reports a failed `oneOf` as the error of every branch plus the `oneOf`
 * itself, and a deep error together with its parents' failures; those describe one mistake:
 * - a `oneOf` that says what it allows (`x-allowed`) speaks for its branches at the same place;
 * - otherwise a `type` error is a branch of the wrong shape when another error sits at or
 *   below it, and the `oneOf` is noise when a branch of the right shape explains the failure;
 * - a parent's error is explained by the deeper one.
 */
export function validateDocument(doc: unknown): SchemaViolation[] {
  if (validateSchema(doc)) return [];
  // An unknown key's error stands at its parent; it is really about the key's own place.
  const at = (e: ErrorObject): string =>
    e.keyword === 'additionalProperties'
      ? `${e.instancePath}/${String((e.params as Record<string, unknown>).additionalProperty)}`
      : e.instancePath;
  const atOrBelow = (e: ErrorObject, o: ErrorObject): boolean =>
    o !== e && (at(o) === at(e) || at(o).startsWith(`${at(e)}/`));
  const isAlt = (e: ErrorObject): boolean => e.keyword === 'oneOf' || e.keyword === 'anyOf';
  const speaks = (e: ErrorObject): boolean => isAlt(e) && allowedOf(e) !== undefined;
  let errors = (validateSchema.errors ?? []).filter((e) => e.keyword !== 'propertyNames');
  errors = errors.filter(
    (e) => speaks(e) || !errors.some((o) => speaks(o) && o.instancePath === e.instancePath),
  );
  const specific = (o: ErrorObject): boolean => o.keyword !== 'type' && !isAlt(o);
  errors = errors.filter(
    (e) => e.keyword !== 'type' || !errors.some((o) => atOrBelow(e, o) && specific(o)),
  );
  errors = errors.filter((e) => !isAlt(e) || !errors.some((o) => atOrBelow(e, o) && specific(o)));
  errors = errors.filter((e) => !errors.some((o) => at(o).startsWith(`${at(e)}/`)));
  const seen = new Set<string>();
  const out: SchemaViolation[] = [];
  for (const e of errors) {
    const key = at(e);
    // Several errors left at one place are the branches of a oneOf; its message speaks for all.
    const preferred = isAlt(e)
      ? e
      : (errors.find((o) => o.instancePath === e.instancePath && isAlt(o)) ?? e);
    if (seen.has(key)) continue;
    seen.add(key);
    const v = describe(preferred, valueAt(doc, pathOf(preferred.instancePath)));
    if (v) out.push(v);
  }
  return out;
}
