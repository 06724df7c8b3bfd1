/**
 * What a command prints on stdout. `--json`, the same on every command that produces a result:
 * the result as JSON, nothing else there, whatever a command prints by default (a table,
 * Markdown), so that a script can rely on it now and if a default changes. `--summary`: the
 * step summary the action writes, as aligned text for a terminal or as the Markdown itself.
 */
import { colorWanted, renderMarkdown, renderText, type SummaryDocument } from '@pgforge/summary';
import { UsageError } from './errors.js';

export function jsonFlag(what: string) {
  return {
    name: 'json',
    type: 'boolean',
    description: `print the result as JSON: ${what}`,
    default: 'false',
  } as const;
}

export const SUMMARY_FORMATS = ['text', 'markdown'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/**
 * `--summary [text|markdown]`. Alone it is text, which a terminal shows as columns. The flag was
 * a boolean that printed Markdown: `--summary true` still does, with a warning.
 */
export function summaryFlag(what: string) {
  return {
    name: 'summary',
    type: 'string',
    value: 'FORMAT',
    description: `print ${what} instead: text (aligned columns) or markdown (as the step summary)`,
    choices: SUMMARY_FORMATS,
    bare: 'text',
    legacyTrue: 'markdown',
  } as const;
}

/** `--json` and `--summary` both ask for stdout: one of them. */
export function oneOutput(values: { json: boolean; summary?: SummaryFormat | undefined }): void {
  if (values.json && values.summary !== undefined) {
    throw new UsageError('--json and --summary both choose what stdout holds; give one of them');
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A summary in the format asked for; text in colour only where stdout is a terminal. */
export function formatSummary(
  document: SummaryDocument,
  format: SummaryFormat,
  stdout: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): string {
  return format === 'markdown'
    ? renderMarkdown(document)
    : renderText(document, { color: colorWanted(stdout, env) });
}

export function printSummary(document: SummaryDocument, format: SummaryFormat): void {
  process.stdout.write(formatSummary(document, format, process.stdout, process.env));
}
