import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  computeDigest,
  isRetryableStatus,
  nextLink,
  parseDigest,
  parseRetryAfter,
  parseWwwAuthenticate,
  retryDelay,
  InvalidDigestError,
} from '../src/index.js';

describe('parseWwwAuthenticate', () => {
  it('reads a Bearer challenge whose scope holds a comma inside quotes', () => {
    expect(
      parseWwwAuthenticate(
        'Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.example/token',
          service: 'registry.example',
          scope: 'repository:a/b:pull,push',
        },
      },
    ]);
  });

  it('reads distribution’s Basic challenge', () => {
    expect(parseWwwAuthenticate('Basic realm="pgforge-test"')).toEqual([
      { scheme: 'basic', params: { realm: 'pgforge-test' } },
    ]);
  });

  it('splits several challenges in one header', () => {
    const challenges = parseWwwAuthenticate(
      'Basic realm="a, b", Bearer realm="https://b/token",service=s,  Negotiate',
    );
    expect(challenges.map((c) => c.scheme)).toEqual(['basic', 'bearer', 'negotiate']);
    expect(challenges[0]?.params.realm).toBe('a, b');
    expect(challenges[1]?.params).toEqual({ realm: 'https://b/token', service: 's' });
  });

  it('unescapes quoted-pairs, ignores case of names and spaces around "="', () => {
    expect(parseWwwAuthenticate('BEARER Realm = "x\\"y" , Service=svc')).toEqual([
      { scheme: 'bearer', params: { realm: 'x"y', service: 'svc' } },
    ]);
  });

  it('keeps error and several space-separated scopes', () => {
    const [c] = parseWwwAuthenticate(
      'Bearer realm="r",error="insufficient_scope",scope="repository:a:pull repository:b:pull"',
    );
    expect(c?.params.error).toBe('insufficient_scope');
    expect(c?.params.scope?.split(' ')).toEqual(['repository:a:pull', 'repository:b:pull']);
  });

  it('returns nothing for an absent header and does not throw on garbage', () => {
    expect(parseWwwAuthenticate(null)).toEqual([]);
    expect(parseWwwAuthenticate('')).toEqual([]);
    expect(() => parseWwwAuthenticate('=",,;;"\\')).not.toThrow();
    expect(parseWwwAuthenticate('Bearer realm="unterminated')[0]?.params.realm).toBe(
      'unterminated',
    );
  });
});

describe('retry policy', () => {
  it('retries 429 and 5xx except 501', () => {
    expect([429, 500, 502, 503, 504].map(isRetryableStatus)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([200, 400, 401, 403, 404, 501].map(isRetryableStatus)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    expect(parseRetryAfter('1', now)).toBe(1000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter(new Date(now + 7000).toUTCString(), now)).toBe(7000);
    expect(parseRetryAfter(new Date(now - 7000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('backs off exponentially with jitter, capped', () => {
    const at = (random: number) => ({ baseDelayMs: 100, maxDelayMs: 1000, random: () => random });
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, at(0)))).toEqual([50, 100, 200, 400]);
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, at(0.999)))).toEqual([100, 200, 400, 800]);
    expect(backoffDelay(10, at(0.999))).toBe(1000);
  });

  it('waits what Retry-After asks, capped, never less than the backoff', () => {
    const policy = { baseDelayMs: 500, maxDelayMs: 60_000, random: () => 0 };
    expect(retryDelay(0, 1000, policy)).toBe(1000);
    expect(retryDelay(0, 0, policy)).toBe(250);
    expect(retryDelay(0, 3_600_000, policy)).toBe(60_000);
  });
});

describe('digests', () => {
  it('computes sha256 and sha512', () => {
    expect(computeDigest('')).toBe(
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(computeDigest('', 'sha512')).toMatch(/^sha512:cf83e135/);
  });

  it('rejects malformed digests naming the value', () => {
    expect(() => parseDigest('sha256:abc')).toThrow(InvalidDigestError);
    expect(() => parseDigest(`sha256:${'A'.repeat(64)}`)).toThrow(/"sha256:A+": a sha256 digest/);
    expect(parseDigest(`sha256:${'0'.repeat(64)}`)).toEqual({
      algorithm: 'sha256',
      hex: '0'.repeat(64),
    });
  });
});

describe('nextLink', () => {
  it('finds rel="next" among links', () => {
    expect(nextLink('</v2/x/tags/list?last=a&n=1>; rel="next"')).toBe('/v2/x/tags/list?last=a&n=1');
    expect(nextLink('<https://r/prev>; rel="prev", <https://r/next>; rel=next')).toBe(
      'https://r/next',
    );
    expect(nextLink('<https://r/p>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});
