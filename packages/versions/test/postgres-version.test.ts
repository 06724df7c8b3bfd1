import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDebianVersions,
  InvalidDebianVersionError,
  InvalidPostgresVersionError,
  isPreview,
  parsePostgresVersionSpec,
  postgresMajor,
  tagVersion,
  upstreamPostgresVersion,
} from '../src/index.js';

const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('parsePostgresVersionSpec', () => {
  it.each([
    [17, { major: 17 }],
    ['17', { major: 17 }],
    ['10', { major: 10 }],
    ['17.6', { major: 17, exact: '17.6' }],
    ['17.0', { major: 17, exact: '17.0' }],
    [17.6, { major: 17, exact: '17.6' }],
    ['19~beta3', { major: 19, exact: '19~beta3' }],
    ['18~rc1', { major: 18, exact: '18~rc1' }],
    ['19~alpha1', { major: 19, exact: '19~alpha1' }],
    // Surrounding whitespace, as YAML or an action input may carry, is ignored.
    [' 17 ', { major: 17 }],
    ['\t17.6\n', { major: 17, exact: '17.6' }],
  ])('parses %j', (value, expected) => {
    expect(parsePostgresVersionSpec(value)).toEqual(expected);
  });

  const FORMAT = 'expected a major (17), a release (17.6) or a preview (19~beta3)';
  it.each([
    ['9.6', '9.6', 'majors before 10 are not supported'],
    [9, '9', 'majors before 10 are not supported'],
    ['17.x', '17.x', FORMAT],
    ['latest', 'latest', FORMAT],
    ['', '', FORMAT],
    ['   ', '', FORMAT],
    ['17.6.1', '17.6.1', FORMAT],
    ['-17', '-17', FORMAT],
    [-17, '-17', FORMAT],
    ['0', '0', FORMAT],
    ['017', '017', FORMAT],
    ['17.', '17.', FORMAT],
    ['17~beta', '17~beta', FORMAT],
    ['19beta3', '19beta3', FORMAT],
    ['19~preview1', '19~preview1', FORMAT],
    ['17.6-1.pgdg13+1', '17.6-1.pgdg13+1', FORMAT],
    ['1 7', '1 7', FORMAT],
    [Number.NaN, 'NaN', FORMAT],
    ['99999999999999999999', '99999999999999999999', 'major is too large'],
  ])('rejects %j', (value, shown, reason) => {
    const error = thrown(() => parsePostgresVersionSpec(value));
    expect(error).toBeInstanceOf(InvalidPostgresVersionError);
    expect((error as InvalidPostgresVersionError).value).toBe(shown);
    expect((error as Error).message).toBe(`invalid PostgreSQL version "${shown}": ${reason}`);
  });
});

describe('upstreamPostgresVersion', () => {
  it.each([
    ['17.6-1.pgdg13+1', '17.6'],
    ['17.6-0+deb13u1', '17.6'],
    ['2:19~beta3-1.pgdg13+1', '19~beta3'],
    ['18.1-1', '18.1'],
    ['18.1', '18.1'],
  ])('takes %s to %s', (debian, upstream) => {
    expect(upstreamPostgresVersion(debian)).toBe(upstream);
  });

  it('throws the Debian error for a version that is not one', () => {
    expect(() => upstreamPostgresVersion('pg17')).toThrow(InvalidDebianVersionError);
    expect(() => upstreamPostgresVersion('17.6-')).toThrow(
      'invalid Debian version "17.6-": revision is empty',
    );
  });
});

describe('postgresMajor', () => {
  it.each([
    ['17.6', 17],
    ['17', 17],
    ['19~beta3', 19],
    ['18~rc1', 18],
    ['10.23', 10],
  ])('takes %s to %i', (upstream, major) => {
    expect(postgresMajor(upstream)).toBe(major);
  });

  it.each(['', 'beta3', '~19', '.17'])('rejects %j', (upstream) => {
    const error = thrown(() => postgresMajor(upstream));
    expect(error).toBeInstanceOf(InvalidPostgresVersionError);
    expect((error as Error).message).toBe(
      `invalid PostgreSQL version "${upstream}": does not start with a major`,
    );
  });
});

describe('isPreview', () => {
  it.each([
    ['19~beta3', true],
    ['18~rc1', true],
    ['19~alpha1', true],
    ['17.6', false],
    ['17', false],
  ])('%s → %s', (upstream, preview) => {
    expect(isPreview(upstream)).toBe(preview);
  });
});

describe('tagVersion', () => {
  it.each([
    ['17.6', '17.6'],
    ['17', '17'],
    ['19~beta3', '19beta3'],
    ['18~rc1', '18rc1'],
  ])('%s → %s', (upstream, tag) => {
    expect(tagVersion(upstream)).toBe(tag);
  });

  const specArb = fc.oneof(
    fc.integer({ min: 10, max: 999 }),
    fc.stringMatching(/^[1-9]\d{1,3}(\.\d{1,3}|~(alpha|beta|rc)\d{1,3})?$/),
    // Anything at all: whatever the parser accepts must make a valid tag.
    fc.string({ unit: fc.constantFrom(...'0123456789.~-+_: abrcetlphxA'), maxLength: 12 }),
  );

  it('gives an OCI tag for every spec parsePostgresVersionSpec accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(specArb, (value) => {
        let spec;
        try {
          spec = parsePostgresVersionSpec(value);
        } catch (e) {
          expect(e).toBeInstanceOf(InvalidPostgresVersionError);
          return;
        }
        accepted++;
        const upstream = spec.exact ?? String(spec.major);
        expect(tagVersion(upstream)).toMatch(OCI_TAG);
        expect(postgresMajor(upstream)).toBe(spec.major);
        expect(isPreview(upstream)).toBe(upstream.includes('~'));
      }),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('keeps previews before their release in Debian order, spelled as in the spec', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 99 }),
        fc.constantFrom('alpha', 'beta', 'rc'),
        fc.integer({ min: 1, max: 20 }),
        (major, stage, n) => {
          const preview = parsePostgresVersionSpec(`${major}~${stage}${n}`).exact as string;
          expect(compareDebianVersions(preview, `${major}`)).toBe(-1);
          expect(compareDebianVersions(preview, `${major}.0`)).toBe(-1);
          expect(compareDebianVersions(preview, `${major - 1}.99`)).toBe(1);
          expect(upstreamPostgresVersion(`${preview}-1.pgdg13+1`)).toBe(preview);
        },
      ),
    );
  });
});
