import {
  code,
  heading,
  join,
  lineBreak,
  renderMarkdown,
  table,
  type Inline,
  type SummaryDocument,
} from '@pgforge/summary';
import type { PromotedImage } from './promote.js';

const short = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);

function change(image: PromotedImage): Inline[] {
  return join(
    image.changes.map((t) => {
      const tag = code(t.reference.slice(t.reference.lastIndexOf(':') + 1));
      if (t.change === 'unchanged') return [tag, ' (already)'];
      if (t.change === 'moved') return [tag, ' (moved from ', code(short(t.previous ?? '')), ')'];
      if (t.change === 'newer') {
        return [tag, ' (left: it names the newer ', code(short(t.previous ?? '')), ')'];
      }
      return tag;
    }),
    lineBreak,
  );
}

/** The step summary: one row per image, what was (or would be) written. */
export function promoteSummaryDocument(images: PromotedImage[], dryRun: boolean): SummaryDocument {
  const written = images.reduce(
    (n, i) => n + i.changes.filter((t) => t.change === 'written' || t.change === 'moved').length,
    0,
  );
  return [
    heading(
      3,
      `Promote${dryRun ? ' (dry run: nothing written)' : ''}: ${images.length} image${images.length === 1 ? '' : 's'}, ${written} tag${written === 1 ? '' : 's'} ${dryRun ? 'to write' : 'written'}`,
    ),
    table(
      ['image', 'digest', 'production', 'tags', 'smoke report', 'attestation'],
      images.map((i) => [
        code(i.label),
        code(short(i.digest)),
        code(i.destination.slice(0, i.destination.indexOf('@'))),
        change(i),
        i.smokeReport ? code(i.smokeReport) : 'not required',
        i.verified ? 'verified' : 'not checked',
      ]),
    ),
  ];
}

/** The step summary as Markdown. */
export const promoteSummary = (images: PromotedImage[], dryRun: boolean): string =>
  renderMarkdown(promoteSummaryDocument(images, dryRun));
