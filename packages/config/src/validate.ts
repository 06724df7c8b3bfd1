import type { ErrorObject } from 'ajv';
import { validate as validateSchema } from './generated/images-validator.js';
import { showValue } from './errors.js';

export interface SchemaViolation {
  /** Path into the document. */
  path: (string | number)[];
  /** Set when the problem is an unknown key: the key itself. */
  key?: string;
  value: unknown;
  message: string;
}

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

/** JSON Pointer escaping of one path segment. */
function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Where an error really is. Ajv puts an unknown key, a bad key name and a repeated item at
 * their parent; they are about the key's own place, or the repeated item's.
 */
function placeOf(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties')
    return `${e.instancePath}/${pointerSegment(String(params.additionalProperty))}`;
  if (e.propertyName !== undefined) return `${e.instancePath}/${pointerSegment(e.propertyName)}`;
  if (e.keyword === 'uniqueItems')
    return `${e.instancePath}/${Math.max(Number(params.i), Number(params.j))}`;
  return e.instancePath;
}

function allowedOf(e: ErrorObject): string | undefined {
  const parent = e.parentSchema as Record<string, unknown> | undefined;
  const allowed = parent?.['x-allowed'];
  return typeof allowed === 'string' ? allowed : undefined;
}

function propertiesOf(schema: unknown): string[] {
  const props = (schema as Record<string, unknown> | undefined)?.properties;
  return Object.keys((props as object | undefined) ?? {}).filter((k) => k !== '$schema');
}

function describe(e: ErrorObject, doc: unknown): SchemaViolation | undefined {
  const params = e.params as Record<string, unknown>;
  const allowed = allowedOf(e);
  // A key name that breaks `propertyNames`: the name is the value, at the key's own place.
  if (e.propertyName !== undefined) {
    const key = e.propertyName;
    const v = describeValue(e, [...pathOf(e.instancePath), key], key, allowed, params);
    return v && { ...v, key };
  }
  if (e.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    return {
      path: pathOf(placeOf(e)),
      key,
      value: key,
      message: `unknown key ${showValue(key)}; allowed: ${propertiesOf(e.parentSchema).join(', ')}`,
    };
  }
  if (e.keyword === 'uniqueItems') {
    const [first, again] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
    const path = pathOf(placeOf(e));
    const value = valueAt(doc, path);
    return {
      path,
      value,
      message: `${showValue(value)} is listed twice (items ${String(first)} and ${String(again)}); list each once`,
    };
  }
  const path = pathOf(e.instancePath);
  return describeValue(e, path, valueAt(doc, path), allowed, params);
}

function describeValue(
  e: ErrorObject,
  path: (string | number)[],
  value: unknown,
  allowed: string | undefined,
  params: Record<string, unknown>,
): SchemaViolation | undefined {
  const shown = showValue(value);
  switch (e.keyword) {
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
        message: `${value === null ? 'no value given' : `${shown} is ${jsonType(value)}`}; expected ${allowed ?? expectedType(params.type, e.parentSchema)}`,
      };
    case 'oneOf':
    case 'anyOf':
      return {
        path,
        value,
        message: `${shown} is not allowed; expected ${allowed ?? 'one of the documented forms'}`,
      };
    case 'minItems':
    case 'minProperties':
    case 'minLength': {
      const limit = Number(params.limit);
      const what = e.keyword === 'minLength' ? 'character' : 'entry';
      const least = limit === 1 ? `at least one ${what}` : `at least ${limit} ${what}s`;
      return {
        path,
        value,
        message: `${shown} is ${limit === 1 ? 'empty' : 'too short'}; expected ${allowed ? `${allowed}, with ${least}` : least}`,
      };
    }
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

/** A value's kind in the words of YAML's users. */
function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `a ${typeof v}`;
}

function expectedType(type: unknown, schema: unknown): string {
  const words: Record<string, string> = {
    array: 'a list',
    boolean: 'true or false',
    integer: 'a whole number',
    number: 'a number',
    string: 'a string',
    null: 'nothing',
  };
  return (Array.isArray(type) ? type : [type])
    .map((t) => {
      const keys = propertiesOf(schema);
      if (t === 'object')
        return keys.length > 0 ? `a mapping with ${keys.join(', ')}` : 'a mapping';
      return words[String(t)] ?? String(t);
    })
    .join(' or ');
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
  // Ajv's code for schema/images.schema.json, generated ahead (scripts/validator.mjs).
  if (validateSchema(doc)) return [];
  const at = placeOf;
  const atOrBelow = (e: ErrorObject, o: ErrorObject): boolean =>
    o !== e && (at(o) === at(e) || at(o).startsWith(`${at(e)}/`));
  const isAlt = (e: ErrorObject): boolean => e.keyword === 'oneOf' || e.keyword === 'anyOf';
  const speaks = (e: ErrorObject): boolean => isAlt(e) && allowedOf(e) !== undefined;
  let errors = (validateSchema.errors ?? []).filter((e) => e.keyword !== 'propertyNames');
  // Only errors at the oneOf's own place: an unknown key inside an object branch is below it,
  // and says more than the oneOf.
  errors = errors.filter(
    (e) => speaks(e) || !errors.some((o) => speaks(o) && o.instancePath === at(e)),
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
    const preferred = isAlt(e) ? e : (errors.find((o) => at(o) === key && isAlt(o)) ?? e);
    if (seen.has(key)) continue;
    seen.add(key);
    const v = describe(preferred, doc);
    if (v) out.push(v);
  }
  return out;
}
