/** The step summary (one row per check, with its result and time) and the failure message. */
import {
  code,
  codeBlock,
  details,
  heading,
  join,
  lineBreak,
  paragraph,
  renderMarkdown,
  small,
  table,
  type Block,
  type SummaryDocument,
} from '@pgforge/summary';
import type { CheckResult, SmokeReport } from './types.js';

const ICON: Record<CheckResult['status'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
};

// A note under a check is one line in a table, whichever way it is written.
const oneLine = (s: string): string => s.replace(/\r?\n/g, ' ');
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** `12 checks: 11 passed, 1 failed` */
export function countLine(checks: CheckResult[]): string {
  const by = (s: CheckResult['status']): number => checks.filter((c) => c.status === s).length;
  const parts = [`${by('passed')} passed`];
  if (by('failed')) parts.push(`${by('failed')} failed`);
  if (by('skipped')) parts.push(`${by('skipped')} skipped`);
  return `${checks.length} check${checks.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

export function summaryDocument(report: SmokeReport): SummaryDocument {
  const flavour =
    report.flavourSource === 'none'
      ? 'no flavour (explicit expectations)'
      : `flavour ${report.flavour} (from the ${report.flavourSource === 'tag' ? 'tag' : 'input'})`;
  const document: Block[] = [
    heading(3, [`Smoke test ${report.passed ? 'passed' : 'FAILED'}: `, code(report.image)]),
    paragraph(
      `Mode ${report.mode}, ${flavour}; ${countLine(report.checks)}; ${seconds(report.durationMs)}.`,
    ),
  ];
  if (report.extensions.length > 0) {
    document.push(
      paragraph([
        'Extension images: ',
        ...join(
          report.extensions.map((e) => [
            code(e.name),
            ` (${e.reference}${e.choice ? `, of ${e.choice.candidates.length} entries the one annotated for the operand` : ''})`,
          ]),
          ', ',
        ),
        '.',
      ]),
    );
  }
  document.push(
    table(
      ['level', 'check', 'result', 'time'],
      report.checks.map((c) => {
        const said = c.status === 'passed' ? (c.detail ?? '') : (c.error ?? '');
        const note = [said, ...(c.notes ?? []).map((n) => `ℹ️ ${n}`)].filter(Boolean).join('; ');
        const shown = oneLine(note.length > 160 ? `${note.slice(0, 157)}…` : note);
        return [
          c.level,
          shown ? [c.name, lineBreak, small(shown)] : c.name,
          ICON[c.status],
          seconds(c.durationMs),
        ];
      }),
    ),
  );
  for (const c of report.checks.filter((x) => x.status === 'failed')) {
    document.push(
      details(`❌ ${c.level}: ${oneLine(c.name)}`, [
        codeBlock(`${c.error ?? ''}${c.log ? `\n\n${c.log}` : ''}`.split('\n')),
      ]),
    );
  }
  if (report.diagnostics.length > 0) {
    document.push(
      paragraph(
        `Diagnostics (${report.diagnostics.length} commands) are in the report and the log.`,
      ),
    );
  }
  return document;
}

export const summaryMarkdown = (report: SmokeReport): string =>
  renderMarkdown(summaryDocument(report));

/** Each failed check in one line: its level and name, then why (an annotation each). */
export function failedChecks(report: SmokeReport): string[] {
  return report.checks
    .filter((c) => c.status === 'failed')
    .map((c) => `${c.level}: ${c.name}: ${(c.error ?? '').split('\n').join(' ')}`);
}

/** The failed checks under one heading, for a terminal or a thrown error. */
export function failureMessage(report: SmokeReport): string {
  const failed = failedChecks(report);
  return [
    `smoke test of ${report.image} failed: ${failed.length} of ${report.checks.length} checks`,
    ...failed.map((line) => `- ${line}`),
  ].join('\n');
}
