/** The step summary (one row per check, with its result and time) and the failure message. */
import type { CheckResult, SmokeReport } from './types.js';

const ICON: Record<CheckResult['status'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
};

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** `12 checks: 11 passed, 1 failed` */
export function countLine(checks: CheckResult[]): string {
  const by = (s: CheckResult['status']): number => checks.filter((c) => c.status === s).length;
  const parts = [`${by('passed')} passed`];
  if (by('failed')) parts.push(`${by('failed')} failed`);
  if (by('skipped')) parts.push(`${by('skipped')} skipped`);
  return `${checks.length} check${checks.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

export function summaryMarkdown(report: SmokeReport): string {
  const flavour =
    report.flavourSource === 'none'
      ? 'no flavour (explicit expectations)'
      : `flavour ${report.flavour} (from the ${report.flavourSource === 'tag' ? 'tag' : 'input'})`;
  const lines = [
    `### Smoke test ${report.passed ? 'passed' : 'FAILED'}: \`${report.image}\``,
    '',
    `Mode ${report.mode}, ${flavour}; ${countLine(report.checks)}; ${seconds(report.durationMs)}.`,
  ];
  if (report.extensions.length > 0) {
    lines.push(
      '',
      `Extension images: ${report.extensions
        .map(
          (e) =>
            `\`${e.name}\` (${e.reference}${e.choice ? `, of ${e.choice.candidates.length} entries the one annotated for the operand` : ''})`,
        )
        .join(', ')}.`,
    );
  }
  lines.push('', '| level | check | result | time |', '| --- | --- | --- | --- |');
  for (const c of report.checks) {
    const said = c.status === 'passed' ? (c.detail ?? '') : (c.error ?? '');
    const note = [said, ...(c.notes ?? []).map((n) => `ℹ️ ${n}`)].filter(Boolean).join('; ');
    const shown = note.length > 160 ? `${note.slice(0, 157)}…` : note;
    lines.push(
      `| ${c.level} | ${cell(c.name)}${shown ? `<br><sub>${cell(shown)}</sub>` : ''} | ${ICON[c.status]} | ${seconds(c.durationMs)} |`,
    );
  }
  const failed = report.checks.filter((c) => c.status === 'failed');
  for (const c of failed) {
    lines.push(
      '',
      `<details><summary>❌ ${c.level}: ${cell(c.name)}</summary>`,
      '',
      '```',
      `${c.error ?? ''}${c.log ? `\n\n${c.log}` : ''}`.replace(/```/g, "'''"),
      '```',
      '',
      '</details>',
    );
  }
  if (report.diagnostics.length > 0) {
    lines.push(
      '',
      `Diagnostics (${report.diagnostics.length} commands) are in the report and the log.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

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
