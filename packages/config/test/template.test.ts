import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schema from '../../../schema/images.schema.json' with { type: 'json' };
import {
  parseTemplate,
  placeholdersOf,
  renderTemplate,
  TAG_MAX_LENGTH,
  TAG_PATTERN,
  TAG_PLACEHOLDERS,
  unknownPlaceholders,
  type TagValues,
  type TemplatePart,
} from '../src/index.js';

const VALUES: TagValues = {
  version: '17.6',
  major: '17',
  timestamp: '202509011230',
  flavour: 'standard',
  distribution: 'trixie',
};

describe('parseTemplate', () => {
  it.each<[string, TemplatePart[]]>([
    ['', []],
    ['abc', [{ literal: 'abc' }]],
    ['{version}', [{ placeholder: 'version' }]],
    [
      '{version}-{flavour}',
      [{ placeholder: 'version' }, { literal: '-' }, { placeholder: 'flavour' }],
    ],
    ['pg{major}.x', [{ literal: 'pg' }, { placeholder: 'major' }, { literal: '.x' }]],
    ['{a}{b}', [{ placeholder: 'a' }, { placeholder: 'b' }]],
    ['{}', [{ placeholder: '' }]],
    ['a{b', [{ literal: 'a' }, { literal: '{' }, { literal: 'b' }]],
    ['}x', [{ literal: '}' }, { literal: 'x' }]],
    ['{a{b}', [{ literal: '{' }, { literal: 'a' }, { placeholder: 'b' }]],
    ['{{major}}', [{ literal: '{' }, { placeholder: 'major' }, { literal: '}' }]],
  ])('%j', (template, parts) => {
    expect(parseTemplate(template)).toEqual(parts);
  });
});

describe('renderTemplate', () => {
  it.each([
    ['{version}-{timestamp}-{flavour}-{distribution}', '17.6-202509011230-standard-trixie'],
    ['{version}-{flavour}-{distribution}-{timestamp}', '17.6-standard-trixie-202509011230'],
    ['{version}-{flavour}-{distribution}', '17.6-standard-trixie'],
    ['{major}-{flavour}-{distribution}', '17-standard-trixie'],
    ['{major}{major}', '1717'],
    ['static', 'static'],
    ['', ''],
    ['a{b', 'a{b'],
  ])('%j → %j', (template, tag) => {
    expect(renderTemplate(template, VALUES)).toBe(tag);
  });

  it('does not expand placeholders inside values', () => {
    expect(renderTemplate('{flavour}-{major}', { flavour: '{major}', major: '18' })).toBe(
      '{major}-18',
    );
  });

  it('names a placeholder it has no value for', () => {
    expect(() => renderTemplate('{version}-{os}', VALUES)).toThrow('no value for {os}');
  });
});

describe('unknownPlaceholders and placeholdersOf', () => {
  it.each([
    [
      '{version}-{timestamp}-{flavour}-{distribution}',
      [],
      TAG_PLACEHOLDERS.filter((p) => p !== 'major'),
    ],
    ['{version}-{flavor}', ['flavor'], ['version', 'flavor']],
    ['{os}-{arch}-{major}', ['os', 'arch'], ['os', 'arch', 'major']],
    ['{Version}', ['Version'], ['Version']],
    ['{}', [''], ['']],
    ['plain', [], []],
  ])('%j', (template, unknown, all) => {
    expect(unknownPlaceholders(template, TAG_PLACEHOLDERS)).toEqual(unknown);
    expect([...placeholdersOf(template)].sort()).toEqual([...all].sort());
  });

  it('takes the known list as given', () => {
    expect(unknownPlaceholders('debian:{distribution}-slim', ['distribution'])).toEqual([]);
    expect(unknownPlaceholders('debian:{version}-slim', ['distribution'])).toEqual(['version']);
  });
});

// The characters a tag may hold, and those it may start with (OCI distribution spec).
const TAG_CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-'];
const TAG_HEAD_CHARS = TAG_CHARS.filter((c) => c !== '.' && c !== '-');

type Segment = { literal: string } | { placeholder: (typeof TAG_PLACEHOLDERS)[number] };

const literalArb = fc.string({ unit: fc.constantFrom(...TAG_CHARS), minLength: 1, maxLength: 20 });
const placeholderArb = fc.constantFrom(...TAG_PLACEHOLDERS);
const segmentsArb: fc.Arbitrary<Segment[]> = fc.array(
  fc.oneof(
    literalArb.map((literal) => ({ literal })),
    placeholderArb.map((placeholder) => ({ placeholder })),
  ),
  { maxLength: 10 },
);
/** Values as real ones are: in the tag charset, starting as a tag may (17, trixie, 2025…). */
const valueArb = fc
  .tuple(
    fc.constantFrom(...TAG_HEAD_CHARS),
    fc.string({ unit: fc.constantFrom(...TAG_CHARS), maxLength: 40 }),
  )
  .map(([head, rest]) => head + rest);
const valuesArb: fc.Arbitrary<TagValues> = fc.record({
  version: valueArb,
  major: valueArb,
  timestamp: valueArb,
  flavour: valueArb,
  distribution: valueArb,
});

const templateOf = (segments: Segment[]): string =>
  segments.map((s) => ('literal' in s ? s.literal : `{${s.placeholder}}`)).join('');

/** What parseTemplate should give: adjacent literals run together. */
function merged(segments: Segment[]): TemplatePart[] {
  const out: TemplatePart[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if ('literal' in s && last && 'literal' in last) last.literal += s.literal;
    else out.push('literal' in s ? { literal: s.literal } : { placeholder: s.placeholder });
  }
  return out;
}

/** The schema's own rule for tag templates, as images.yaml is checked against it. */
const SCHEMA_TEMPLATE = new RegExp(schema.definitions.tagTemplate.pattern, 'u');
const acceptedBySchema = (t: string): boolean =>
  SCHEMA_TEMPLATE.test(t) && t.length <= schema.definitions.tagTemplate.maxLength;

describe('template properties', () => {
  it('parse then render gives back the literal text and the values in order', () => {
    fc.assert(
      fc.property(segmentsArb, valuesArb, (segments, values) => {
        const template = templateOf(segments);
        const parts = parseTemplate(template);
        expect(parts).toEqual(merged(segments));
        const literals = parts.flatMap((p) => ('literal' in p ? [p.literal] : [])).join('');
        expect(literals).toBe(
          segments.flatMap((s) => ('literal' in s ? [s.literal] : [])).join(''),
        );
        expect(renderTemplate(template, values)).toBe(
          segments.map((s) => ('literal' in s ? s.literal : values[s.placeholder])).join(''),
        );
        expect(unknownPlaceholders(template, TAG_PLACEHOLDERS)).toEqual([]);
      }),
    );
  });

  it('parseTemplate loses no character of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', 'a', '-', 'x', 'é') }), (text) => {
        const again = parseTemplate(text)
          .map((p) => ('literal' in p ? p.literal : `{${p.placeholder}}`))
          .join('');
        expect(again).toBe(text);
      }),
    );
  });

  it('a template the schema accepts renders a valid tag whenever it fits in 128 characters', () => {
    fc.assert(
      fc.property(segmentsArb, valuesArb, (segments, values) => {
        const template = templateOf(segments);
        fc.pre(acceptedBySchema(template));
        const tag = renderTemplate(template, values);
        if (tag.length <= TAG_MAX_LENGTH) expect(tag).toMatch(TAG_PATTERN);
        else expect(tag).not.toMatch(TAG_PATTERN);
      }),
      { numRuns: 500 },
    );
  });

  it('the schema and TAG_PATTERN agree on templates without placeholders', () => {
    const anyChar = fc.constantFrom(...TAG_CHARS, ' ', '/', ':', '@', 'ä', '+', '~');
    fc.assert(
      fc.property(fc.string({ unit: anyChar, maxLength: 140 }), (text) => {
        expect(acceptedBySchema(text)).toBe(TAG_PATTERN.test(text));
      }),
      {
        numRuns: 500,
        examples: [['a'.repeat(128)], ['a'.repeat(129)], ['-a'], ['.a'], ['_a'], ['a b'], ['']],
      },
    );
  });
});
