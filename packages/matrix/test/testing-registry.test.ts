import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTRY_NAME, testingRegistry } from '../src/testing-registry.js';

const schema = JSON.parse(
  readFileSync(new URL('../../../schema/images.schema.json', import.meta.url), 'utf8'),
) as { properties: { registry: { pattern: string } } };

describe('testing-registry', () => {
  it('is spelt as images.yaml’s registry is', () => {
    expect(REGISTRY_NAME.source).toBe(schema.properties.registry.pattern.replaceAll('/', '\\/'));
  });

  it.each([
    ['localhost:5001/pr', 'localhost:5001/pr'],
    ['LOCALHOST:5001/PR', 'localhost:5001/pr'],
    [' 127.0.0.1:5000 ', '127.0.0.1:5000'],
    ['ghcr.io/acme/pull-requests', 'ghcr.io/acme/pull-requests'],
  ])('takes %j as %j', (value, name) => {
    expect(testingRegistry(value)).toBe(name);
  });

  it.each(['localhost:5001/', 'http://localhost:5001', 'localhost:5001/pr:tag', 'a b', ''])(
    'refuses %j',
    (value) => {
      expect(testingRegistry(value)).toBeUndefined();
    },
  );
});
