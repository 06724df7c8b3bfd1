import { describe, expect, it } from 'vitest';
import { ReleaseExpiredError, ReleaseParseError, parseRelease } from '@pgforge/apt';
import { checkSuite, checkValidUntil } from '../src/release.js';

const CONTEXT = { mirror: 'http://mirror.example/debian', suite: 'sid' };
const HASH_A = 'a'.repeat(64);
const HASH_B = 'B'.repeat(64);

const RELEASE = `Origin: Debian
Label: Debian
Suite: unstable
Codename: sid
Date: Fri, 30 Oct 2026 08:08:01 UTC
Valid-Until: Fri, 06 Nov 2026 08:08:01 UTC
Acquire-By-Hash: yes
Architectures: all amd64 arm64
Components: main contrib non-free-firmware non-free
Description: Debian x.y Unstable - Not Released
MD5Sum:
 0123456789abcdef0123456789abcdef 100 main/binary-amd64/Packages
SHA256:
 ${HASH_A}   123456 main/binary-amd64/Packages
 ${HASH_B}    12345 main/binary-amd64/Packages.xz
`;

describe('parseRelease', () => {
  it('reads suite, codename, dates, architectures, components and the SHA256 list', () => {
    const r = parseRelease(RELEASE, CONTEXT);
    expect(r.suite).toBe('unstable');
    expect(r.codename).toBe('sid');
    expect(r.date?.toISOString()).toBe('2026-10-30T08:08:01.000Z');
    expect(r.validUntil?.toISOString()).toBe('2026-11-06T08:08:01.000Z');
    expect(r.architectures).toEqual(['all', 'amd64', 'arm64']);
    expect(r.components).toEqual(['main', 'contrib', 'non-free-firmware', 'non-free']);
    expect([...r.sha256]).toEqual([
      ['main/binary-amd64/Packages', { size: 123456, sha256: HASH_A }],
      ['main/binary-amd64/Packages.xz', { size: 12345, sha256: HASH_B.toLowerCase() }],
    ]);
    expect(r.raw.get('acquire-by-hash')).toBe('yes');
  });

  it('falls back to the suite asked for when there is no Suite field', () => {
    const r = parseRelease(RELEASE.replace(/^Suite:.*\n/m, ''), CONTEXT);
    expect(r.suite).toBe('sid');
  });

  it('refuses a Release without SHA256 list, naming suite and mirror', () => {
    expect(() => parseRelease('Suite: sid\n', CONTEXT)).toThrow(
      'Release of sid at http://mirror.example/debian: has no SHA256 list',
    );
  });

  it('refuses a malformed SHA256 line and a malformed date', () => {
    expect(() => parseRelease(RELEASE.replace(`${HASH_B}    12345`, 'xyz 12'), CONTEXT)).toThrow(
      ReleaseParseError,
    );
    expect(() =>
      parseRelease(RELEASE.replace('Fri, 06 Nov 2026 08:08:01 UTC', 'next week'), CONTEXT),
    ).toThrow(/Valid-Until "next week" is not a date/);
  });
});

describe('Release expiry (Valid-Until)', () => {
  const release = parseRelease(RELEASE, CONTEXT);

  it('accepts a Release before its Valid-Until', () => {
    expect(() =>
      checkValidUntil(release, new Date('2026-11-06T08:08:00Z'), false, CONTEXT),
    ).not.toThrow();
  });

  it('refuses it after, naming the date and the option that accepts it', () => {
    const now = new Date('2026-11-21T00:00:00Z');
    expect(() => checkValidUntil(release, now, false, CONTEXT)).toThrow(ReleaseExpiredError);
    expect(() => checkValidUntil(release, now, false, CONTEXT)).toThrow(
      'Release of sid at http://mirror.example/debian expired on 2026-11-06T08:08:01.000Z ' +
        '(Valid-Until; now 2026-11-21T00:00:00.000Z); allow-expired-release accepts it',
    );
  });

  it('accepts it after when allowExpiredRelease is set', () => {
    expect(() =>
      checkValidUntil(release, new Date('2030-01-01T00:00:00Z'), true, CONTEXT),
    ).not.toThrow();
  });

  it('never expires a Release without Valid-Until', () => {
    const stable = parseRelease(RELEASE.replace(/^Valid-Until:.*\n/m, ''), CONTEXT);
    expect(() => checkValidUntil(stable, new Date('2099-01-01'), false, CONTEXT)).not.toThrow();
  });
});

describe('Release suite check', () => {
  const release = parseRelease(RELEASE, CONTEXT);

  it('accepts the suite asked for as Suite or Codename', () => {
    expect(() => checkSuite(release, CONTEXT)).not.toThrow();
    expect(() => checkSuite(release, { ...CONTEXT, suite: 'unstable' })).not.toThrow();
  });

  it("refuses another suite's Release", () => {
    expect(() => checkSuite(release, { ...CONTEXT, suite: 'trixie' })).toThrow(
      /Release of trixie at .*: names Suite "unstable" and Codename "sid"/,
    );
  });
});
