/** The final table of a release: one row per target, what became of it. */
import {
  heading,
  list,
  paragraph,
  renderText,
  table,
  type Block,
  type SummaryDocument,
} from '@pgforge/summary';
import type { ReleaseResult } from './types.js';

const short = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);
const tagsOf = (references: readonly string[]): string =>
  references.map((t) => t.slice(t.lastIndexOf(':') + 1)).join(', ');

export function releaseDocument(result: ReleaseResult): SummaryDocument {
  const rows: string[][] = [];
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
      p ? tagsOf(p.tags) : '',
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
      tagsOf(r.tags),
    ]);
  }
  for (const s of result.skipped) rows.push([s.target, 'unchanged', '', '', '', '']);
  const document: Block[] = [
    table(
      ['target', 'result', 'digest', 'packages (security)', 'changed', 'production tags'],
      rows,
    ),
  ];
  if (result.failed.length > 0) {
    document.push(
      heading(3, 'Failed'),
      list(result.failed.map((f) => `${f.target ?? f.step}: ${f.step}: ${f.reason}`)),
    );
  }
  if (result.catalogs.length > 0) {
    document.push(paragraph(`catalogs: ${result.catalogs.join(', ')}`));
  }
  const total = result.steps.reduce((n, s) => n + s.seconds, 0);
  document.push(
    paragraph(
      `steps: ${result.steps.map((s) => `${s.step} ${s.seconds} s`).join(', ')}; ${Math.round(total * 10) / 10} s in all`,
    ),
  );
  return document;
}

/** The release's table as plain text, without colour. */
export const releaseTable = (result: ReleaseResult): string =>
  renderText(releaseDocument(result), { color: false });
