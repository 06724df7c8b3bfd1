import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  classifyNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  retryDelay,
} from '../src/index.js';

/** An error shaped as fetch (undici) throws it: "fetch failed", the system error in `cause`. */
function fetchFailed(code: string | undefined, message: string): TypeError {
  const cause = Object.assign(new Error(message), code === undefined ? {} : { code });
  return new TypeError('fetch failed', { cause });
}

describe('the retry policy: HTTP statuses', () => {
  const table: [number, boolean][] = [
    [200, false],
    [301, false],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [408, false],
    [429, true],
    [500, true],
    [501, false],
    [502, true],
    [503, true],
    [504, true],
    [599, true],
  ];
  it.each(table)('%i: retried %s', (status, retried) => {
    expect(isRetryableStatus(status)).toBe(retried);
  });
});

describe('the retry policy: network errors', () => {
  const table: [string, unknown, boolean, string | undefined][] = [
    ['ENOTFOUND', fetchFailed('ENOTFOUND', 'getaddrinfo ENOTFOUND x.invalid'), false, 'ENOTFOUND'],
    ['EAI_AGAIN', fetchFailed('EAI_AGAIN', 'getaddrinfo EAI_AGAIN x'), false, 'EAI_AGAIN'],
    [
      'ECONNREFUSED',
      fetchFailed('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1'),
      false,
      'ECONNREFUSED',
    ],
    [
      'EHOSTUNREACH',
      fetchFailed('EHOSTUNREACH', 'connect EHOSTUNREACH 10.0.0.1:443'),
      false,
      'EHOSTUNREACH',
    ],
    ['ENETUNREACH', fetchFailed('ENETUNREACH', 'connect ENETUNREACH'), false, 'ENETUNREACH'],
    [
      'an expired certificate',
      fetchFailed('CERT_HAS_EXPIRED', 'certificate has expired'),
      false,
      'CERT_HAS_EXPIRED',
    ],
    ["fetch's bad port", fetchFailed(undefined, 'bad port'), false, undefined],
    [
      'both families refused (happy eyeballs)',
      new TypeError('fetch failed', {
        cause: Object.assign(
          new AggregateError([
            Object.assign(new Error('connect ECONNREFUSED ::1:1'), { code: 'ECONNREFUSED' }),
            Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
          ]),
          { code: 'ECONNREFUSED' },
        ),
      }),
      false,
      'ECONNREFUSED',
    ],
    [
      'no IPv6 route, the IPv4 attempt timed out (a runner without IPv6): retried',
      new TypeError('fetch failed', {
        cause: Object.assign(
          new AggregateError([
            Object.assign(new Error('connect ENETUNREACH 2001:db8::1:443'), {
              code: 'ENETUNREACH',
            }),
            Object.assign(new Error('connect ETIMEDOUT 192.0.2.1:443'), { code: 'ETIMEDOUT' }),
          ]),
          { code: 'ENETUNREACH' },
        ),
      }),
      true,
      'ENETUNREACH',
    ],
    ['ECONNRESET', fetchFailed('ECONNRESET', 'read ECONNRESET'), true, 'ECONNRESET'],
    ['ETIMEDOUT', fetchFailed('ETIMEDOUT', 'connect ETIMEDOUT 10.0.0.1:443'), true, 'ETIMEDOUT'],
    ['socket hang up', fetchFailed('ECONNRESET', 'socket hang up'), true, 'ECONNRESET'],
    [
      'other side closed',
      fetchFailed('UND_ERR_SOCKET', 'other side closed'),
      true,
      'UND_ERR_SOCKET',
    ],
    ['EPIPE', fetchFailed('EPIPE', 'write EPIPE'), true, 'EPIPE'],
    [
      'a timeout of our own',
      new DOMException('The operation timed out.', 'TimeoutError'),
      true,
      undefined,
    ],
    ['an error never seen before', new Error('something else'), true, undefined],
    ['not an error at all', 'a string', true, undefined],
  ];
  it.each(table)('%s: retried %s', (_name, error, retried, code) => {
    const verdict = classifyNetworkError(error);
    expect(verdict.retry).toBe(retried);
    expect(verdict.code).toBe(code);
    // A final verdict always says why, for the one line the user reads.
    if (!retried) expect(verdict.why).toMatch(/\w/);
  });
});

describe('the retry policy: waits', () => {
  const fixed = { baseDelayMs: 500, maxDelayMs: 30_000, random: () => 0.5 };

  it.each([
    ['2', 2000],
    ['0', 0],
    [' 7 ', 7000],
    ['soon', undefined],
    [null, undefined],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
    ['Wed, 21 Oct 2015 07:27:00 GMT', 0],
  ] as const)('Retry-After %j → %s ms', (header, ms) => {
    expect(parseRetryAfter(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(ms);
  });

  it('backs off exponentially with jitter, capped', () => {
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, fixed))).toEqual([375, 750, 1500, 3000]);
    expect(backoffDelay(20, fixed)).toBe(22_500);
    expect(backoffDelay(0, { ...fixed, random: () => 0 })).toBe(250);
  });

  it("waits at least the server's Retry-After, capped by the longest wait", () => {
    expect(retryDelay(0, 2000, fixed)).toBe(2000);
    expect(retryDelay(3, 10, fixed)).toBe(3000);
    expect(retryDelay(0, 3_600_000, fixed)).toBe(30_000);
  });
});
