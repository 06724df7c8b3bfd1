/**
 * A summary as a terminal shows it: tables in columns padded to their display width (an emoji
 * takes two, a combining mark none), a line break in a cell a line of its own, a folded
 * section its title with the body indented under it, and no Markdown or HTML syntax at all.
 */
import stringWidth from 'string-width';
import { style as styleOf, type Style } from './color.js';
import { inlines, type Block, type SummaryDocument, type Text } from './model.js';

export interface TextOptions {
  /** Bold headings and headers, dim notes; the caller decides (colorWanted). */
  readonly color: boolean;
}

const GAP = '  ';
const INDENT = '  ';

/**
 * Control characters from a registry, a log or a file would move the cursor or recolour the
 * terminal: each is dropped; a tab, whose width depends on the column, is a space.
 */
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/g;
const sanitize = (s: string): string => s.replace(/\t/g, ' ').replace(CONTROL, '');

/** Applied per line, so that a style never spans the padding or the next row. */
const perLine =
  (f: (s: string) => string) =>
  (s: string): string =>
    s.split('\n').map(f).join('\n');

/** An inline as text: lines apart by `\n` (a line break, or a new line in a value). */
function inline(text: Text, s: Style): string {
  return inlines(text)
    .map((i) => {
      if (typeof i === 'string') return sanitize(i);
      switch (i.kind) {
        case 'code':
          return sanitize(i.text);
        case 'strong':
          return perLine(s.bold)(inline(i.content, s));
        case 'small':
          return perLine(s.dim)(inline(i.content, s));
        case 'break':
          return '\n';
        case 'fold':
          return inline(i.title, s);
      }
    })
    .join('');
}

const width = (line: string): number => stringWidth(line);
const pad = (line: string, to: number): string => line + ' '.repeat(Math.max(0, to - width(line)));

function table(header: readonly string[], rows: readonly (readonly Text[])[], s: Style): string[] {
  const cells = [
    header.map((h) => [s.bold(sanitize(h))]),
    ...rows.map((r) => header.map((_, c) => inline(r[c] ?? '', s).split('\n'))),
  ];
  const widths = header.map((_, c) =>
    Math.max(...cells.map((r) => Math.max(...(r[c] ?? ['']).map(width)))),
  );
  const lines = (r: string[][]): string[] => {
    const height = Math.max(...r.map((cell) => cell.length));
    return Array.from({ length: height }, (_, l) =>
      r
        .map((cell, c) =>
          c === r.length - 1 ? (cell[l] ?? '') : pad(cell[l] ?? '', widths[c] ?? 0),
        )
        .join(GAP)
        .trimEnd(),
    );
  };
  // Rows of several lines are told apart by a blank line; one-line rows need none.
  const tall = cells.some((r) => r.some((cell) => cell.length > 1));
  return cells.flatMap((r, i) => [...(tall && i > 1 ? [''] : []), ...lines(r)]);
}

const indent = (lines: string[]): string[] => lines.map((l) => (l === '' ? l : INDENT + l));

function block(b: Block, s: Style): string[] {
  switch (b.kind) {
    case 'heading':
      return [perLine(s.bold)(inline(b.text, s))];
    case 'paragraph':
      return inline(b.text, s).split('\n');
    case 'list':
      return b.items.flatMap((item) => {
        const [first = '', ...more] = inline(item, s).split('\n');
        return [`- ${first}`, ...indent(more)];
      });
    case 'table':
      return table(b.header, b.rows, s);
    case 'codeBlock':
      return indent(b.lines.map(sanitize));
    case 'details':
      return [perLine(s.bold)(inline(b.title, s)), ...indent(blocks(b.body, s))];
  }
}

/** Blocks apart by a blank line. */
function blocks(document: SummaryDocument, s: Style): string[] {
  return document.flatMap((b, i) => [...(i > 0 ? [''] : []), ...block(b, s)]);
}

/** The document as text for a terminal, a new line at the end. */
export function renderText(document: SummaryDocument, options: TextOptions): string {
  return `${blocks(document, styleOf(options.color)).join('\n')}\n`;
}
