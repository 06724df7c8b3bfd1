/**
 * What a step summary says, apart from how it is written down. Each package builds one of
 * these; GitHub's step summary gets it as Markdown (markdown.ts) and a terminal as aligned
 * text (text.ts), so neither sees the other's syntax: no `<details>` in a terminal, no padded
 * columns in Markdown.
 */

/** Words, or one of the few marks both renderings know. A string is plain text. */
export type Inline = string | Code | Strong | Small | LineBreak | Fold;

/** Several inlines in a row: a cell, a title, a paragraph. */
export type Text = Inline | readonly Inline[];

/** A name, a digest, a tag, a version: shown as code where the medium has it. */
export interface Code {
  readonly kind: 'code';
  readonly text: string;
}

export interface Strong {
  readonly kind: 'strong';
  readonly content: Text;
}

/** A note under a cell's main text (`<sub>` in Markdown, dim in a terminal). */
export interface Small {
  readonly kind: 'small';
  readonly content: Text;
}

/** A new line inside a cell (`<br>`): a cell of several lines in a terminal. */
export interface LineBreak {
  readonly kind: 'break';
}

/**
 * A cell's long content behind its title: `<details>` in Markdown; a terminal shows the title
 * alone, since a table row of many lines helps no one (the JSON holds the whole).
 */
export interface Fold {
  readonly kind: 'fold';
  readonly title: Text;
  readonly body: Text;
}

export interface Heading {
  readonly kind: 'heading';
  /** 2 for a command's own title, 3 and 4 below it, as the step summaries use them. */
  readonly level: 2 | 3 | 4;
  readonly text: Text;
}

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly text: Text;
}

export interface Table {
  readonly kind: 'table';
  readonly header: readonly string[];
  /** Each row has a cell per column of the header. */
  readonly rows: readonly (readonly Text[])[];
}

export interface List {
  readonly kind: 'list';
  readonly items: readonly Text[];
}

/** Lines shown as they are: a log's tail, commands to run. */
export interface CodeBlock {
  readonly kind: 'codeBlock';
  readonly lines: readonly string[];
  /** The fence's info string in Markdown (`sh`, `text`); a terminal ignores it. */
  readonly language?: string;
}

/** A titled section folded away in Markdown (`<details>`), indented under its title in text. */
export interface Details {
  readonly kind: 'details';
  readonly title: Text;
  readonly body: readonly Block[];
}

export type Block = Heading | Paragraph | Table | List | CodeBlock | Details;

/** A whole summary: blocks one after the other. */
export type SummaryDocument = readonly Block[];

export const code = (text: string): Code => ({ kind: 'code', text });
export const strong = (content: Text): Strong => ({ kind: 'strong', content });
export const small = (content: Text): Small => ({ kind: 'small', content });
export const lineBreak: LineBreak = { kind: 'break' };
export const fold = (title: Text, body: Text): Fold => ({ kind: 'fold', title, body });

export const heading = (level: Heading['level'], text: Text): Heading => ({
  kind: 'heading',
  level,
  text,
});
export const paragraph = (text: Text): Paragraph => ({ kind: 'paragraph', text });
export const table = (header: readonly string[], rows: readonly (readonly Text[])[]): Table => ({
  kind: 'table',
  header,
  rows,
});
export const list = (items: readonly Text[]): List => ({ kind: 'list', items });
export const codeBlock = (lines: readonly string[], language?: string): CodeBlock =>
  language === undefined ? { kind: 'codeBlock', lines } : { kind: 'codeBlock', lines, language };
export const details = (title: Text, body: readonly Block[]): Details => ({
  kind: 'details',
  title,
  body,
});

/** `items` with `separator` between each two: `join([code(a), code(b)], lineBreak)`. */
export function join(items: readonly Text[], separator: Inline): Inline[] {
  return items.flatMap((item, i) => [...(i > 0 ? [separator] : []), ...inlines(item)]);
}

/** A Text as a list of inlines. */
export const inlines = (text: Text): readonly Inline[] => (isList(text) ? text : [text]);

// Array.isArray does not narrow a readonly array type.
const isList = (text: Text): text is readonly Inline[] => Array.isArray(text);

/** The words of a Text without any mark: for a comparison or a one-line log. */
export function plain(text: Text): string {
  return inlines(text)
    .map((i) => {
      if (typeof i === 'string') return i;
      switch (i.kind) {
        case 'code':
          return i.text;
        case 'strong':
        case 'small':
          return plain(i.content);
        case 'break':
          return '\n';
        case 'fold':
          return plain(i.title);
      }
    })
    .join('');
}
