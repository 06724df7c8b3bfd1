/**
 * fast-check arbitraries for Debian versions. Versions are built from short runs drawn from small
 * alphabets so that two generated versions often share a long prefix and differ only where dpkg's
 * order is subtle: `~` against the end, letters against symbols, leading zeros, empty revisions.
 */
import fc from 'fast-check';

export interface VersionParts {
  /** As written, leading zeros included (`01`); null when the version has no epoch. */
  epoch: string | null;
  upstream: string;
  /** null when the version has no `-revision`. */
  revision: string | null;
}

export function render(p: VersionParts): string {
  return `${p.epoch === null ? '' : `${p.epoch}:`}${p.upstream}${p.revision === null ? '' : `-${p.revision}`}`;
}

const digitRun = fc.constantFrom('0', '1', '2', '9', '00', '01', '007', '10', '11', '99', '100');
const letterRun = fc.constantFrom(
  'a',
  'b',
  'z',
  'A',
  'Z',
  'rc',
  'beta',
  'pgdg',
  'deb',
  'u',
  'dfsg',
  'aB',
);
const symbolRun = fc.constantFrom('.', '+', '~', '~~', '.~', '~.', '+~', '~+', '..', '+.');
/** Any run allowed in a revision (and, after the first digit, in an upstream version). */
const run = fc.oneof(digitRun, letterRun, symbolRun);

export const epochArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('0', '1', '2', '00', '01', '10'),
  fc.integer({ min: 0, max: 2147483647 }).map(String),
);

/** `:` may appear in the upstream version only after an epoch, `-` only before a revision. */
function upstreamArb(withColon: boolean, withHyphen: boolean): fc.Arbitrary<string> {
  const extra = [...(withColon ? [':'] : []), ...(withHyphen ? ['-'] : [])];
  const tail = extra.length > 0 ? fc.oneof(run, run, run, fc.constantFrom(...extra)) : run;
  return fc
    .tuple(digitRun, fc.array(tail, { maxLength: 6 }))
    .map(([first, rest]) => first + rest.join(''));
}

export const revisionArb: fc.Arbitrary<string> = fc
  .array(run, { minLength: 1, maxLength: 5 })
  .map((runs) => runs.join(''));

export const versionPartsArb: fc.Arbitrary<VersionParts> = fc
  .tuple(fc.option(epochArb, { freq: 3 }), fc.option(revisionArb, { freq: 3 }))
  .chain(([epoch, revision]) =>
    upstreamArb(epoch !== null, revision !== null).map((upstream) => ({
      epoch,
      upstream,
      revision,
    })),
  );

export const debianVersionArb: fc.Arbitrary<string> = versionPartsArb.map(render);

/** Small edits that keep a version valid and usually land close to it in dpkg's order. */
type Edit = (p: VersionParts) => VersionParts;
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc
    .constantFrom('~', '~~', '~a', '.0', '0', '00', '.', '+', 'a', 'A', '1', '+b1')
    .map((s): Edit => (p) => ({ ...p, upstream: p.upstream + s })),
  fc.constantFrom('~', '0', '.0', '1', 'a', '+1').map(
    (s): Edit =>
      (p) =>
        p.revision === null ? p : { ...p, revision: p.revision + s },
  ),
  fc.tuple(digitRun, fc.nat()).map(([digits, at]): Edit => (p) => {
    // Replace one digit run of the upstream version, keeping its first character a digit.
    const runs = p.upstream.match(/\d+|\D+/g) ?? [p.upstream];
    const digitRuns = runs.flatMap((r, i) => (/^\d/.test(r) ? [i] : []));
    const index = digitRuns[at % digitRuns.length] ?? 0;
    return { ...p, upstream: runs.map((r, i) => (i === index ? digits : r)).join('') };
  }),
  fc.constantFrom<Edit>(
    (p) => ({ ...p, upstream: p.upstream.replace(/\d+/g, (d) => `0${d}`) }),
    (p) => ({ ...p, upstream: p.upstream.replace(/[a-z]/, (c) => c.toUpperCase()) }),
    (p) => ({ ...p, upstream: p.upstream.replace('.', '+') }),
    (p) => ({ ...p, upstream: p.upstream.replace('~', '') || p.upstream }),
    (p) => ({ ...p, revision: null, upstream: p.upstream.replace(/[-]/g, '.') }),
    (p) => ({ ...p, revision: '0' }),
    (p) => ({
      ...p,
      revision: p.revision === null ? '1' : null,
      upstream: p.upstream.replace(/-/g, '.'),
    }),
    (p) => ({ ...p, epoch: null, upstream: p.upstream.replace(/:/g, '.') }),
    (p) => ({ ...p, epoch: '0' }),
    (p) => ({ ...p, epoch: p.epoch === null ? '1' : `0${p.epoch}` }),
  ),
);

/** A version and a few edits of it, both rendered. */
export const nearPairArb: fc.Arbitrary<[string, string]> = fc
  .tuple(versionPartsArb, fc.array(editArb, { minLength: 1, maxLength: 3 }))
  .map(([p, edits]) => [render(p), render(edits.reduce((q, edit) => edit(q), p))]);

/** A version and two independent edits of it, rendered. */
export const nearTripleArb: fc.Arbitrary<[string, string, string]> = fc
  .tuple(versionPartsArb, fc.array(editArb, { maxLength: 3 }), fc.array(editArb, { maxLength: 3 }))
  .map(([p, e1, e2]) => [
    render(p),
    render(e1.reduce((q, edit) => edit(q), p)),
    render(e2.reduce((q, edit) => edit(q), p)),
  ]);

/** Independent versions and near ones, about half each. */
export const versionPairArb: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(debianVersionArb, debianVersionArb),
  nearPairArb,
);

/**
 * Strings that are often invalid: valid versions with a character inserted, replaced or
 * removed, odd epochs (signs, whitespace strtol skips, overflow), and blanks. No NUL: a
 * command-line argument cannot hold one.
 */
const noise = fc.constantFrom(
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '_',
  '!',
  '/',
  ':',
  '-',
  '+',
  '~',
  '.',
  'é',
  '$',
  '"',
  "'",
  '\\',
  '`',
  '*',
  '0',
  'a',
);
const oddEpoch = fc.constantFrom(
  '',
  'a',
  '1a',
  '+1',
  '-1',
  '-0',
  '+-1',
  '\n1',
  '\v+2',
  ' 1',
  '2147483647',
  '2147483648',
  '99999999999999999999',
  '-99999999999999999999',
  '0x1',
  '1.0',
);
export const maybeInvalidArb: fc.Arbitrary<string> = fc.oneof(
  debianVersionArb,
  fc
    .tuple(debianVersionArb, fc.nat(), noise)
    .map(([v, at, c]) => v.slice(0, at % (v.length + 1)) + c + v.slice(at % (v.length + 1))),
  fc
    .tuple(debianVersionArb, fc.nat(), noise)
    .map(([v, at, c]) => v.slice(0, at % v.length) + c + v.slice((at % v.length) + 1)),
  fc
    .tuple(debianVersionArb, fc.nat())
    .map(([v, at]) => v.slice(0, at % v.length) + v.slice((at % v.length) + 1)),
  fc.tuple(oddEpoch, versionPartsArb).map(([e, p]) => `${e}:${render({ ...p, epoch: null })}`),
  fc
    .tuple(fc.array(noise, { maxLength: 3 }), debianVersionArb, fc.array(noise, { maxLength: 3 }))
    .map(([before, v, after]) => before.join('') + v + after.join('')),
  fc.array(noise, { maxLength: 4 }).map((cs) => cs.join('')),
);
