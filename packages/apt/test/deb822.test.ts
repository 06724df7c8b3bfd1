import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Deb822ParseError, parseDeb822 } from '@pgforge/apt';

describe('parseDeb822', () => {
  it('reads fields case-insensitively and keeps their spelling and order', () => {
    const [p, q] = parseDeb822('Package: a\nVersion: 1.0\n\npackage: b\nVERSION: 2\n');
    expect(p?.get('package')).toBe('a');
    expect(p?.get('PACKAGE')).toBe('a');
    expect(p?.get('Version')).toBe('1.0');
    expect(p?.fields()).toEqual(['Package', 'Version']);
    expect(q?.fields()).toEqual(['package', 'VERSION']);
    expect(q?.get('Version')).toBe('2');
    expect(q?.get('Missing')).toBeUndefined();
    expect([...(q ?? [])]).toEqual([
      ['package', 'b'],
      ['VERSION', '2'],
    ]);
  });

  it('joins continuation lines with newlines and drops an empty first line', () => {
    const text = [
      'Description: short',
      ' long line one',
      '\tlong line two',
      ' .',
      'SHA256:',
      ' aaaa 12 main/Packages',
      '  bbbb 34 main/Packages.xz  ',
      'Next: x',
    ].join('\n');
    const [p] = parseDeb822(text);
    expect(p?.get('Description')).toBe('short\nlong line one\nlong line two\n.');
    expect(p?.get('SHA256')).toBe('aaaa 12 main/Packages\nbbbb 34 main/Packages.xz');
    expect(p?.get('Next')).toBe('x');
  });

  it('skips comments, treats blank and whitespace-only lines as separators, reads CRLF', () => {
    const text =
      '# leading comment\r\n\r\n\r\nTypes: deb\r\n# inside a paragraph\r\nURIs: http://m/debian\r\n' +
      '   \r\n\t\r\n\r\n# between\r\nTypes: deb-src\r\nSuites: trixie\r\n  sid\r\n\r\n\r\n';
    const ps = parseDeb822(text);
    expect(ps).toHaveLength(2);
    expect(ps[0]?.get('URIs')).toBe('http://m/debian');
    expect(ps[0]?.fields()).toEqual(['Types', 'URIs']);
    expect(ps[1]?.get('Suites')).toBe('trixie\nsid');
    expect(ps[1]?.line).toBe(11);
  });

  it('gives no paragraphs for empty and comment-only text', () => {
    expect(parseDeb822('')).toEqual([]);
    expect(parseDeb822('\n\n# only\n  \n')).toEqual([]);
  });

  it('keeps a value with colons and no space after the field colon', () => {
    const [p] = parseDeb822('URIs:http://m:8080/debian\nDate: Sat, 12 Sep 2026 07:55:41 UTC');
    expect(p?.get('uris')).toBe('http://m:8080/debian');
    expect(p?.get('date')).toBe('Sat, 12 Sep 2026 07:55:41 UTC');
  });

  it('rejects a continuation line with no field, naming the line', () => {
    expect(() => parseDeb822('A: 1\n\n continued', 'test.sources')).toThrow(
      /test\.sources, line 3: continuation line without a field/,
    );
  });

  it('rejects a line that is not a field, naming the line and the text', () => {
    const error = (() => {
      try {
        parseDeb822('A: 1\nnot a field\n');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(Deb822ParseError);
    expect((error as Deb822ParseError).line).toBe(2);
    expect((error as Error).message).toContain('"not a field"');
  });

  it('rejects a field given twice in a paragraph (case-insensitively)', () => {
    expect(() => parseDeb822('Package: a\npackage: b\n')).toThrow(/field package given twice/);
  });

  it('reads back what it is given, for any fields and values (property)', () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,12}$/);
    const word = fc.stringMatching(/^[!-~]([ -~]{0,20}[!-~])?$/).filter((w) => !w.startsWith('#'));
    const value = fc.array(word, { minLength: 1, maxLength: 4 });
    const paragraph = fc.uniqueArray(fc.tuple(name, value), {
      minLength: 1,
      maxLength: 6,
      selector: ([n]) => n.toLowerCase(),
    });
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (paragraphs, crlf) => {
          const eol = crlf ? '\r\n' : '\n';
          const text = paragraphs
            .map((fields) => fields.map(([n, lines]) => `${n}: ${lines.join(`${eol} `)}`).join(eol))
            .join(`${eol}${eol}`);
          const parsed = parseDeb822(text);
          expect(parsed).toHaveLength(paragraphs.length);
          paragraphs.forEach((fields, i) => {
            expect(parsed[i]?.fields()).toEqual(fields.map(([n]) => n));
            for (const [n, lines] of fields) {
              expect(parsed[i]?.get(n.toUpperCase())).toBe(lines.join('\n'));
            }
          });
        },
      ),
    );
  });
});
