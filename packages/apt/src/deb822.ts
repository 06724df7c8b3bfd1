/**
 * deb822 control-file paragraphs (deb822(5)): Release, Packages, `.sources`.
 *
 * Written by hand: the npm parsers for this format either drop continuation lines or are
 * unmaintained, and the format is small. Multi-line values keep one line per line: the first
 * line (when not empty) and each continuation line with its leading whitespace removed, joined
 * by `\n`. Lines starting with `#` are comments; lines holding only whitespace end a paragraph.
 */
import { Deb822ParseError } from './errors.js';

/** One paragraph: fields in file order, looked up case-insensitively as deb822 requires. */
export class Deb822Paragraph implements Iterable<[string, string]> {
  readonly #values = new Map<string, string>();
  readonly #names: string[] = [];

  /** The line (1-based) the paragraph starts on in its text, for messages. */
  constructor(readonly line = 0) {}

  get(field: string): string | undefined {
    return this.#values.get(field.toLowerCase());
  }

  has(field: string): boolean {
    return this.#values.has(field.toLowerCase());
  }

  /** Field names as spelled in the text, in file order. */
  fields(): string[] {
    return [...this.#names];
  }

  get size(): number {
    return this.#names.length;
  }

  set(field: string, value: string): this {
    const key = field.toLowerCase();
    if (!this.#values.has(key)) this.#names.push(field);
    this.#values.set(key, value);
    return this;
  }

  *[Symbol.iterator](): Iterator<[string, string]> {
    for (const name of this.#names) yield [name, this.#values.get(name.toLowerCase()) ?? ''];
  }
}

/**
 * Parses every paragraph of `text`. `source` names the text in error messages (a file or URL).
 * Throws Deb822ParseError for a line that is neither a field, a continuation, a comment nor
 * blank, for a continuation with no field before it, and for a field given twice in a paragraph.
 */
export function parseDeb822(text: string, source?: string): Deb822Paragraph[] {
  const paragraphs: Deb822Paragraph[] = [];
  let current: Deb822Paragraph | undefined;
  let field: string | undefined;
  let lines: string[] = [];

  const flushField = (): void => {
    if (current && field !== undefined) current.set(field, lines.join('\n'));
    field = undefined;
    lines = [];
  };

  let start = 0;
  let lineNo = 0;
  const length = text.length;
  while (start <= length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = length;
    lineNo++;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);

    const first = line.charCodeAt(0);
    if (first === 0x23 /* # */) continue;
    if (first === 0x20 /* space */ || first === 0x09 /* tab */) {
      const rest = line.trim();
      if (rest === '') {
        // Whitespace only: a paragraph separator, as for apt and dpkg.
        flushField();
        current = undefined;
        continue;
      }
      if (field === undefined) {
        throw new Deb822ParseError(lineNo, 'continuation line without a field before it', source);
      }
      lines.push(rest);
      continue;
    }
    if (line === '') {
      flushField();
      current = undefined;
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon) : '';
    if (name === '' || /\s/.test(name)) {
      throw new Deb822ParseError(lineNo, `expected "Field: value", got "${line}"`, source);
    }
    flushField();
    if (!current) {
      current = new Deb822Paragraph(lineNo);
      paragraphs.push(current);
    } else if (current.has(name)) {
      throw new Deb822ParseError(lineNo, `field ${name} given twice in one paragraph`, source);
    }
    field = name;
    const value = line.slice(colon + 1).trim();
    if (value !== '') lines.push(value);
  }
  flushField();
  return paragraphs;
}
