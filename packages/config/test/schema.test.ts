import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../../../schema/images.schema.json' with { type: 'json' };
import {
  DEFAULT_BASE_IMAGE,
  DEFAULT_DISTRIBUTIONS,
  DEFAULT_FLAVOURS,
  DEFAULT_NAME,
  DEFAULT_PLATFORMS,
  DEFAULT_POSTGRES,
  DEFAULT_REGISTRY,
  DEFAULT_TAGS,
  parseConfig,
} from '../src/index.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every sub-schema object with its JSON Pointer, `default` values not entered. */
function* walk(node: Json, pointer = ''): Generator<[string, { [key: string]: Json }]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* walk(item, `${pointer}/${i}`);
  } else if (node !== null && typeof node === 'object') {
    yield [pointer, node];
    for (const [key, value] of Object.entries(node)) {
      if (key === 'default' || key === 'examples') continue;
      yield* walk(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  }
}

const root = schema as unknown as Json;
const nodes = [...walk(root)];

describe('schema/images.schema.json', () => {
  it('compiles in Ajv strict mode, with x-allowed as the only keyword of its own', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    ajv.addKeyword({ keyword: 'x-allowed', schemaType: 'string' });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(ajv.errors ?? null).toBeNull();
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('fails to compile in strict mode without x-allowed declared (strict mode is really on)', () => {
    const ajv = new Ajv({ strict: true });
    expect(() => ajv.compile(schema)).toThrow(/x-allowed/);
  });

  it('describes every property', () => {
    const missing: string[] = [];
    for (const [pointer, node] of nodes) {
      const properties = node.properties;
      if (pointer.endsWith('/properties') || !properties || typeof properties !== 'object')
        continue;
      for (const [name, sub] of Object.entries(properties as Record<string, Json>)) {
        const description = (sub as { description?: unknown }).description;
        if (typeof description !== 'string' || description.trim() === '')
          missing.push(`${pointer}/properties/${name}`);
      }
    }
    expect(missing).toEqual([]);
    // The walk really went through the nested properties.
    expect(nodes.map(([p]) => p)).toContain('/definitions/package/oneOf/1/properties/min-major');
  });

  it('says in words what every pattern and oneOf allows (x-allowed), for the messages', () => {
    const silent = nodes
      .filter(([, n]) => 'pattern' in n || 'oneOf' in n)
      // A branch of a oneOf is spoken for by the oneOf.
      .filter(([p, n]) => !('x-allowed' in n) && !/\/oneOf\/\d+$/.test(p))
      .map(([p]) => p);
    expect(silent).toEqual([]);
  });
});

/** The defaults the code applies, from an empty file. */
const effective = parseConfig('', 'defaults');

/** Every `default` the schema declares, by pointer, and what the code uses in its place. */
const codeDefaults: Record<string, unknown> = {
  '/properties/registry': DEFAULT_REGISTRY,
  '/properties/name': DEFAULT_NAME,
  '/properties/postgres': DEFAULT_POSTGRES,
  '/properties/distributions': DEFAULT_DISTRIBUTIONS,
  '/properties/platforms': DEFAULT_PLATFORMS,
  '/properties/base/properties/image': DEFAULT_BASE_IMAGE,
  '/properties/base/properties/resolve-digest': effective.base.resolveDigest,
  '/properties/packages/properties/source': effective.packages.source,
  '/properties/packages/properties/allow-expired-release': effective.packages.allowExpiredRelease,
  '/properties/packages/properties/upgrade': effective.packages.upgrade,
  '/properties/flavours': DEFAULT_FLAVOURS,
  '/properties/tags/properties/immutable': DEFAULT_TAGS.immutable,
  '/properties/tags/properties/aliases': DEFAULT_TAGS.aliases,
};

const schemaDefaults: Record<string, Json> = Object.fromEntries(
  nodes.flatMap(([p, n]) => (n.default === undefined ? [] : [[p, n.default]])),
);

describe('schema defaults', () => {
  it('are declared exactly where the code has a default', () => {
    expect(Object.keys(schemaDefaults).sort()).toEqual(Object.keys(codeDefaults).sort());
  });

  it.each(Object.keys(codeDefaults))('%s equals the code', (pointer) => {
    expect(schemaDefaults[pointer]).toEqual(codeDefaults[pointer]);
  });

  it('match what the code applies to an empty file', () => {
    expect(effective).toMatchObject({
      registry: DEFAULT_REGISTRY,
      name: DEFAULT_NAME,
      postgres: DEFAULT_POSTGRES.map((major) => ({ major })),
      distributions: DEFAULT_DISTRIBUTIONS,
      platforms: DEFAULT_PLATFORMS,
      base: { image: DEFAULT_BASE_IMAGE },
      tags: DEFAULT_TAGS,
    });
    expect(effective.flavours.map((f) => f.name)).toEqual(Object.keys(DEFAULT_FLAVOURS));
  });

  it('written out as a file, give the same configuration as no file', () => {
    // Build the file from the schema's defaults alone; JSON is YAML.
    const file: Record<string, Json> = {};
    for (const [pointer, value] of Object.entries(schemaDefaults)) {
      const keys = pointer.split('/').filter((k) => k !== '' && k !== 'properties');
      let into = file;
      for (const k of keys.slice(0, -1)) into = (into[k] ??= {}) as Record<string, Json>;
      into[keys[keys.length - 1] as string] = value;
    }
    expect(Object.keys(file).sort()).toEqual([
      'base',
      'distributions',
      'flavours',
      'name',
      'packages',
      'platforms',
      'postgres',
      'registry',
      'tags',
    ]);
    // The same settings; only the lines the file's settings stand on are the file's own.
    const { lines, ...written } = parseConfig(JSON.stringify(file, null, 2), 'defaults');
    expect(lines?.['packages.source']).toBeGreaterThan(1);
    const { lines: none, ...defaults } = effective;
    expect(none).toEqual({});
    expect(written).toEqual(defaults);
  });
});
