/** The final table of a release, for a terminal: one row per target, what became of it. */
import type { ReleaseResult } from './types.js';

const short = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function releaseTable(result: ReleaseResult): string {
  const rows: string[][] = [
    ['target', 'result', 'digest', 'packages (security)', 'changed', 'production tags'],
  ];
  const promoted = new Map(result.promoted.map((p) => [p.target, p]));
  const failed = new Map(result.failed.map((f) => [f.target, f]));
  for (const image of result.built) {
    const p = promoted.get(image.target);
    const f = failed.get(image.target);
    rows.push([
      image.target,
      p ? 'promoted' : f ? `failed: ${f.step}` : 'built',
      short(image.digest),
      image.packages ? `${image.packages.total} (${image.packages.fromSecurity})` : '',
      image.packages?.notes?.since ? String(image.packages.notes.packages.length) : 'new',
      p ? p.tags.map((t) => t.slice(t.lastIndexOf(':') + 1)).join(', ') : '',
    ]);
  }
  for (const f of result.failed) {
    if (f.target !== undefined && !result.built.some((b) => b.target === f.target)) {
      rows.push([f.target, `failed: ${f.step}`, '', '', '', '']);
    }
  }
  for (const r of result.repaired) {
    rows.push([
      r.target,
      'repaired',
      short(r.image.slice(r.image.indexOf('@') + 1)),
      '',
      '',
      r.tags.map((t) => t.slice(t.lastIndexOf(':') + 1)).join(', '),
    ]);
  }
  for (const s of result.skipped) rows.push([s.target, 'unchanged', '', '', '', '']);
  const lines = [table(rows), ''];
  for (const f of result.failed) lines.push(`${f.target ?? f.step}: ${f.step}: ${f.reason}`);
  if (result.catalogs.length > 0) lines.push(`catalogs: ${result.catalogs.join(', ')}`);
  const total = result.steps.reduce((n, s) => n + s.seconds, 0);
  lines.push(
    `steps: ${result.steps.map((s) => `${s.step} ${s.seconds} s`).join(', ')}; ${Math.round(total * 10) / 10} s in all`,
  );
  return `${lines.join('\n')}\n`;
}
