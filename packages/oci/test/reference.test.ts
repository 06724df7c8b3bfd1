import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidReferenceError, formatReference, parseReference } from '../src/index.js';
import type { ImageReference } from '../src/index.js';

const D = `sha256:${'a1'.repeat(32)}`;

describe('parseReference', () => {
  const valid: [string, ImageReference][] = [
    [
      'debian:trixie-slim',
      { registry: 'docker.io', repository: 'library/debian', tag: 'trixie-slim' },
    ],
    ['debian', { registry: 'docker.io', repository: 'library/debian' }],
    ['docker.io/debian:13', { registry: 'docker.io', repository: 'library/debian', tag: '13' }],
    ['index.docker.io/library/debian', { registry: 'docker.io', repository: 'library/debian' }],
    [
      'cloudnative-pg/postgresql:17',
      { registry: 'docker.io', repository: 'cloudnative-pg/postgresql', tag: '17' },
    ],
    ['127.0.0.1:5000/x/y:t', { registry: '127.0.0.1:5000', repository: 'x/y', tag: 't' }],
    ['localhost/x', { registry: 'localhost', repository: 'x' }],
    ['localhost:5000/x:latest', { registry: 'localhost:5000', repository: 'x', tag: 'latest' }],
    [`ghcr.io/a/b@${D}`, { registry: 'ghcr.io', repository: 'a/b', digest: D }],
    [
      `registry.example/x:t@${D}`,
      { registry: 'registry.example', repository: 'x', tag: 't', digest: D },
    ],
    // "host" has no dot or port and is not localhost: docker reads it as a Docker Hub namespace.
    [`host/x:t@${D}`, { registry: 'docker.io', repository: 'host/x', tag: 't', digest: D }],
    ['[::1]:5000/x/y:t', { registry: '[::1]:5000', repository: 'x/y', tag: 't' }],
    [
      'ghcr.io/cloudnative-pg/postgresql:17.6-202506010000-standard-trixie',
      {
        registry: 'ghcr.io',
        repository: 'cloudnative-pg/postgresql',
        tag: '17.6-202506010000-standard-trixie',
      },
    ],
    ['ghcr.io/a/b__c/d-e--f/g.h_i', { registry: 'ghcr.io', repository: 'a/b__c/d-e--f/g.h_i' }],
    ['Registry.Example:443/x', { registry: 'Registry.Example:443', repository: 'x' }],
    [
      `ghcr.io/x:${'T'.repeat(128)}`,
      { registry: 'ghcr.io', repository: 'x', tag: 'T'.repeat(128) },
    ],
  ];
  it.each(valid)('parses %s', (input, expected) => {
    expect(parseReference(input)).toEqual(expected);
  });

  const invalid: [string, string][] = [
    ['', 'empty'],
    ['Debian', 'repository "Debian" must be lowercase'],
    ['ghcr.io/A/b', 'must be lowercase'],
    ['ghcr.io/x/y:', 'tag ""'],
    ['ghcr.io/x/y:-bad', 'tag "-bad"'],
    [`ghcr.io/x/y:${'a'.repeat(129)}`, '1 to 128'],
    ['ghcr.io/x/y@sha256:abc', 'digest "sha256:abc" must be algorithm:hex'],
    ['ghcr.io/x/y@md5', 'must be algorithm:hex'],
    [`ghcr.io/x/y@sha256:${'A'.repeat(64)}`, 'must be algorithm:hex'],
    ['ghcr.io/x//y', 'repository component ""'],
    ['ghcr.io/x/y_', 'repository component "y_"'],
    ['ghcr.io/x/-y', 'repository component "-y"'],
    ['ghcr.io/x/y.-z', 'repository component "y.-z"'],
    ['a'.repeat(64), '64-character hexadecimal'],
    ['ghcr.io/a b', 'whitespace'],
    ['host:port/x', 'registry "host:port" must be a host name'],
    ['ghcr.io/', 'repository name is empty'],
    [`ghcr.io/${'a/'.repeat(130)}a`, 'at most 255'],
  ];
  it.each(invalid)('rejects %j naming the rule (%s)', (input, rule) => {
    let caught: unknown;
    try {
      parseReference(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidReferenceError);
    const error = caught as InvalidReferenceError;
    expect(error.value).toBe(input);
    expect(error.message).toContain(`"${input}"`);
    expect(error.message).toContain(rule);
  });
});

describe('formatReference', () => {
  it('writes the canonical form, with the registry', () => {
    expect(formatReference(parseReference('debian:trixie-slim'))).toBe(
      'docker.io/library/debian:trixie-slim',
    );
    expect(formatReference({ registry: 'ghcr.io', repository: 'a/b', tag: 't', digest: D })).toBe(
      `ghcr.io/a/b:t@${D}`,
    );
  });
});

describe('format ∘ parse (property)', () => {
  const component = fc.stringMatching(/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/, {
    size: 'small',
  });
  const domainComponent = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
  const registry = fc.oneof(
    fc
      .tuple(
        fc.array(domainComponent, { minLength: 2, maxLength: 4 }),
        fc.option(fc.integer({ min: 1, max: 65535 })),
      )
      .map(([parts, port]) => parts.join('.') + (port === null ? '' : `:${port}`)),
    fc
      .option(fc.integer({ min: 1, max: 65535 }))
      .map((port) => `localhost${port === null ? '' : `:${port}`}`),
    fc.constant('docker.io'),
  );
  const tag = fc.stringMatching(/^\w[\w.-]{0,127}$/);
  const digest = fc
    .uint8Array({ minLength: 32, maxLength: 32 })
    .map((bytes) => `sha256:${Buffer.from(bytes).toString('hex')}`);
  const reference = fc
    .record(
      {
        registry,
        repository: fc.array(component, { minLength: 1, maxLength: 4 }).map((c) => c.join('/')),
        tag,
        digest,
      },
      { requiredKeys: ['registry', 'repository'] },
    )
    .map((r) => ({
      ...r,
      // Docker Hub keeps one-component names under library/.
      repository:
        r.registry === 'docker.io' && !r.repository.includes('/')
          ? `library/${r.repository}`
          : r.repository,
    }))
    .filter((r) => r.registry.length + 1 + r.repository.length <= 255);

  it('parses what it formats back to the same reference, and formats canonically', () => {
    fc.assert(
      fc.property(reference, (ref) => {
        const text = formatReference(ref);
        const parsed = parseReference(text);
        expect(parsed).toEqual(ref);
        expect(formatReference(parsed)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('normalises short Docker Hub names to a fixed point', () => {
    fc.assert(
      fc.property(component, fc.option(tag, { nil: undefined }), (name, t) => {
        fc.pre(!/^[a-f0-9]{64}$/.test(name));
        const short = t === undefined ? name : `${name}:${t}`;
        const once = parseReference(short);
        expect(once.registry).toBe('docker.io');
        expect(once.repository).toBe(`library/${name}`);
        expect(parseReference(formatReference(once))).toEqual(once);
      }),
    );
  });
});
