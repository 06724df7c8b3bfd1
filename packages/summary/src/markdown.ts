/**
 * A summary as GitHub Flavored Markdown, for GITHUB_STEP_SUMMARY (and `--summary markdown`).
 * Where GitHub needs HTML (a folded section, a line break or a note inside a table cell) it
 * gets the HTML GitHub renders; everything else is plain Markdown.
 */
import { inlines, type Block, type SummaryDocument, type Text } from './model.js';

/**
 * Where an inline is written: a block's own line (`block`), a table cell (`cell`: a `|` ends
 * it, a new line ends the row), or HTML (`html`: a `<summary>`, where no Markdown applies).
 */
type Context = 'block' | 'cell' | 'html';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function words(s: string, context: Context): string {
  if (context === 'html') return escapeHtml(s).replace(/\r?\n/g, ' ');
  if (context === 'cell')
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
  return s;
}

/** A code span: fenced by one backtick more than the longest run inside it. */
function codeSpan(s: string, context: Context): string {
  if (context === 'html') return `<code>${escapeHtml(s)}</code>`;
  const text = context === 'cell' ? s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ') : s;
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function inline(text: Text, context: Context): string {
  return inlines(text)
    .map((i) => {
      if (typeof i === 'string') return words(i, context);
      switch (i.kind) {
        case 'code':
          return codeSpan(i.text, context);
        case 'strong':
          return context === 'html'
            ? `<strong>${inline(i.content, context)}</strong>`
            : `**${inline(i.content, context)}**`;
        case 'small':
          return `<sub>${inline(i.content, context)}</sub>`;
        case 'break':
          return '<br>';
        case 'fold':
          return `<details><summary>${inline(i.title, 'html')}</summary>${inline(i.body, context)}</details>`;
      }
    })
    .join('');
}

/** `| a | b |`; an empty cell is `| |`. */
const row = (cells: readonly string[]): string =>
  `|${cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${inline(b.text, 'block')}`;
    case 'paragraph':
      return inline(b.text, 'block');
    case 'list':
      return b.items.map((item) => `- ${inline(item, 'block')}`).join('\n');
    case 'table':
      return [
        row(b.header.map((h) => words(h, 'cell'))),
        row(b.header.map(() => '---')),
        ...b.rows.map((r) => row(r.map((cell) => inline(cell, 'cell')))),
      ].join('\n');
    case 'codeBlock': {
      const longest = Math.max(
        2,
        ...b.lines.flatMap((l) => [...l.matchAll(/`+/g)].map((m) => m[0].length)),
      );
      const fence = '`'.repeat(longest + 1);
      return [`${fence}${b.language ?? ''}`, ...b.lines, fence].join('\n');
    }
    case 'details':
      return [
        `<details><summary>${inline(b.title, 'html')}</summary>`,
        '',
        ...b.body.map(block).flatMap((text) => [text, '']),
        '</details>',
      ].join('\n');
  }
}

/** The document as Markdown: blocks apart by a blank line, a new line at the end. */
export function renderMarkdown(document: SummaryDocument): string {
  return `${document.map(block).join('\n\n')}\n`;
}

/** One line of inline Markdown, as a list item or a paragraph holds it. */
export const renderInlineMarkdown = (text: Text): string => inline(text, 'block');
