import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDebianVersions,
  InvalidDebianVersionError,
  newestDebianVersion,
  parseDebianVersion,
} from '../src/index.js';
import {
  debianVersionArb,
  epochArb,
  nearPairArb,
  nearTripleArb,
  render,
  revisionArb,
  versionPairArb,
  versionPartsArb,
} from './arbitraries.js';
import { invalidVersionCases, orderCases, validVersionCases } from './cases.js';

const cmp = compareDebianVersions;

const sign = { '<': -1, '=': 0, '>': 1 } as const;

describe('compareDebianVersions', () => {
  it.each(orderCases)('%s %s %s', (a, op, b) => {
    expect(cmp(a, b)).toBe(sign[op]);
    expect(cmp(b, a)).toBe(-sign[op] || 0);
  });

  it('takes parsed versions as well as strings', () => {
    expect(cmp(parseDebianVersion('1:1.0-1'), '1:1.0-2')).toBe(-1);
    expect(cmp({ epoch: 2, upstream: '19~beta3', revision: '1' }, '2:19~beta3-1')).toBe(0);
  });

  it('throws on an invalid version instead of ordering it', () => {
    expect(() => cmp('1.0', 'a1')).toThrow(InvalidDebianVersionError);
    expect(() => cmp('1.0_1', '1.0')).toThrow('invalid Debian version "1.0_1"');
  });
});

describe('parseDebianVersion', () => {
  it.each(validVersionCases)('parses %j', (value, expected) => {
    const parsed = parseDebianVersion(value);
    expect(parsed).toEqual(expected);
    expect(Object.is(parsed.epoch, -0)).toBe(false);
  });

  it.each(invalidVersionCases)('rejects %j: %s', (value, reason) => {
    const error = (() => {
      try {
        parseDebianVersion(value);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidDebianVersionError);
    expect((error as InvalidDebianVersionError).value).toBe(value);
    expect((error as Error).message).toBe(`invalid Debian version "${value}": ${reason}`);
  });

  it('accepts every generated version and splits it back into its parts', () => {
    fc.assert(
      fc.property(versionPartsArb, (p) => {
        expect(parseDebianVersion(render(p))).toEqual({
          epoch: Number(p.epoch ?? 0),
          upstream: p.upstream,
          revision: p.revision ?? '',
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('newestDebianVersion', () => {
  it('is undefined for no versions', () => {
    expect(newestDebianVersion([])).toBeUndefined();
  });

  it('picks the newest in dpkg order, not string order', () => {
    expect(
      newestDebianVersion(['17.6-1.pgdg13+1', '17.10-1', '18~rc1-1', '17.9-0+deb13u1', '9.6-1']),
    ).toBe('18~rc1-1');
    expect(newestDebianVersion(['19~beta3-1', '18.1-1', '19~rc1-1'])).toBe('19~rc1-1');
    expect(newestDebianVersion(['2.0', '1:1.0', '1.5'])).toBe('1:1.0');
  });

  it('keeps the first of versions that compare equal', () => {
    expect(newestDebianVersion(['1.0', '1.00', '0:1.0-0'])).toBe('1.0');
    expect(newestDebianVersion(['1.00', '1.0'])).toBe('1.00');
  });

  it('takes any iterable', () => {
    function* versions() {
      yield '1.0';
      yield '1.0+b1';
      yield '1.0~rc1';
    }
    expect(newestDebianVersion(versions())).toBe('1.0+b1');
    expect(newestDebianVersion(new Set(['3', '2']))).toBe('3');
  });

  it('throws on an invalid version in the list', () => {
    expect(() => newestDebianVersion(['1.0', 'latest'])).toThrow(
      'invalid Debian version "latest": upstream version does not start with a digit',
    );
  });

  it('returns a version no other version in the list is newer than', () => {
    fc.assert(
      fc.property(fc.array(debianVersionArb, { minLength: 1, maxLength: 20 }), (versions) => {
        const newest = newestDebianVersion(versions);
        expect(newest).toBeDefined();
        expect(versions).toContain(newest);
        for (const v of versions) expect(cmp(v, newest as string)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('dpkg order properties', () => {
  const pairArb = fc.oneof(versionPairArb, nearPairArb);

  it('returns only -1, 0 or 1', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        expect([-1, 0, 1]).toContain(cmp(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('is reflexive', () => {
    fc.assert(
      fc.property(debianVersionArb, (a) => {
        expect(cmp(a, a)).toBe(0);
        expect(cmp(a, parseDebianVersion(a))).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('is antisymmetric', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        expect(cmp(a, b)).toBe(-cmp(b, a) || 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('is transitive over sorted triples', () => {
    // Mostly edits of one version, so that equal and adjacent versions are common.
    const tripleArb = fc.oneof(
      nearTripleArb,
      nearTripleArb,
      fc.tuple(debianVersionArb, debianVersionArb, debianVersionArb),
    );
    fc.assert(
      fc.property(tripleArb, (t) => {
        const [x, y, z] = [...t].sort(cmp) as [string, string, string];
        const xy = cmp(x, y);
        const yz = cmp(y, z);
        expect(xy).toBeLessThanOrEqual(0);
        expect(yz).toBeLessThanOrEqual(0);
        expect(cmp(x, z)).toBe(xy === 0 && yz === 0 ? 0 : -1);
      }),
      { numRuns: 1000 },
    );
  });

  it('makes Array.prototype.sort produce a total order, whatever the input order', () => {
    const listArb = fc
      .array(
        fc.oneof(
          debianVersionArb,
          nearPairArb.map(([a]) => a),
          nearPairArb.map(([, b]) => b),
        ),
        {
          minLength: 2,
          maxLength: 30,
        },
      )
      .chain((vs) => fc.tuple(fc.constant(vs), fc.shuffledSubarray(vs, { minLength: vs.length })));
    fc.assert(
      fc.property(listArb, ([versions, shuffled]) => {
        const sorted = [...versions].sort(cmp);
        for (let i = 0; i < sorted.length; i++) {
          for (let j = i + 1; j < sorted.length; j++) {
            expect(cmp(sorted[i] as string, sorted[j] as string)).toBeLessThanOrEqual(0);
          }
        }
        const again = [...shuffled].sort(cmp);
        again.forEach((v, i) => expect(cmp(v, sorted[i] as string)).toBe(0));
      }),
      { numRuns: 300 },
    );
  });

  it('lets the epoch dominate the rest of the version', () => {
    fc.assert(
      fc.property(versionPartsArb, versionPartsArb, epochArb, epochArb, (p, q, e, f) => {
        fc.pre(Number(e) !== Number(f));
        const expected = Number(e) > Number(f) ? 1 : -1;
        expect(cmp(render({ ...p, epoch: e }), render({ ...q, epoch: f }))).toBe(expected);
      }),
    );
  });

  it('puts any epoch above 0 above every version without one', () => {
    fc.assert(
      fc.property(versionPartsArb, versionPartsArb, (p, q) => {
        fc.pre(p.epoch !== null && Number(p.epoch) > 0);
        expect(
          cmp(render(p), render({ ...q, epoch: null, upstream: q.upstream.replace(/:/g, '.') })),
        ).toBe(1);
      }),
    );
  });

  it('sorts x~anything before x, in the upstream version and in the revision', () => {
    fc.assert(
      fc.property(versionPartsArb, revisionArb, revisionArb, fc.boolean(), (p, s, r, empty) => {
        const tail = empty ? '' : s;
        // Upstream decides before the revision, whatever the revisions are.
        const upstreamTilde = { ...p, upstream: `${p.upstream}~${tail}`, revision: r };
        expect(cmp(render(upstreamTilde), render(p))).toBe(-1);
        if (p.revision !== null) {
          expect(cmp(render({ ...p, revision: `${p.revision}~${tail}` }), render(p))).toBe(-1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('sorts x before x followed by a letter or a symbol other than ~', () => {
    fc.assert(
      fc.property(
        versionPartsArb,
        fc.constantFrom('.', '+', 'a', 'Z', '.0', '+b1', 'a~', '.~'),
        (p, s) => {
          expect(cmp(render({ ...p, upstream: p.upstream + s }), render(p))).toBe(1);
          if (p.revision !== null) {
            expect(cmp(render({ ...p, revision: p.revision + s }), render(p))).toBe(1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('ignores zeros that do not change a number', () => {
    fc.assert(
      fc.property(versionPartsArb, (p) => {
        const v = render(p);
        // Leading zeros in every digit run, the epoch included.
        const padded = render({
          epoch: p.epoch === null ? null : `00${p.epoch}`,
          upstream: p.upstream.replace(/\d+/g, (d) => `0${d}`),
          revision: p.revision === null ? null : p.revision.replace(/\d+/g, (d) => `00${d}`),
        });
        expect(cmp(padded, v)).toBe(0);
        // A `0` after a non-digit is a zero-valued number, equal to the end of the string.
        if (/\D$/.test(p.upstream))
          expect(cmp(render({ ...p, upstream: `${p.upstream}0` }), v)).toBe(0);
        // An absent epoch is 0, an absent revision equals `0`.
        if (p.epoch === null) expect(cmp(`0:${v}`, v)).toBe(0);
        if (p.revision === null) expect(cmp(`${v}-0`, v)).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('orders 1.0 after 1 and 1 after 1~ (appending `.0` never compares equal)', () => {
    fc.assert(
      fc.property(versionPartsArb, (p) => {
        const v = render(p);
        expect(cmp(render({ ...p, upstream: `${p.upstream}.0` }), v)).toBe(1);
        expect(cmp(render({ ...p, upstream: `${p.upstream}~` }), v)).toBe(-1);
      }),
    );
  });
});
