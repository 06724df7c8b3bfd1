import {
  code,
  heading,
  join,
  lineBreak,
  renderMarkdown,
  table,
  type Block,
  type Inline,
  type SummaryDocument,
  type Text,
} from '@pgforge/summary';
import type { PromotedImage, RepairedImage } from './result.js';

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

/** The repairs: one row per tag, what it named (from) and names now (to). */
function repairsDocument(repairs: RepairedImage[], dryRun: boolean): Block[] {
  const moved = repairs.reduce(
    (n, r) => n + r.changes.filter((t) => t.change === 'written' || t.change === 'moved').length,
    0,
  );
  type Change = RepairedImage['changes'][number];
  const from = (t: Change, r: RepairedImage): Text => {
    if (t.change === 'unchanged') return [code(short(r.digest)), ' (already)'];
    if (t.previous === undefined) return 'nothing';
    return code(short(t.previous));
  };
  const to = (t: Change, r: RepairedImage): Text =>
    t.change === 'newer'
      ? [
          code(short(t.previous ?? '')),
          ' (left: it names a newer image than ',
          code(short(r.digest)),
          ')',
        ]
      : code(short(r.digest));
  return [
    heading(
      3,
      `Repairs${dryRun ? ' (dry run: nothing written)' : ''}: ${repairs.length} image${repairs.length === 1 ? '' : 's'} of production, ${moved} tag${moved === 1 ? '' : 's'} ${dryRun ? 'to point back' : 'pointed back'}`,
    ),
    table(
      ['target', 'tag', 'from', 'to', 'attestation'],
      repairs.flatMap((r) =>
        r.changes.map((t) => [
          code(r.label),
          code(t.reference),
          from(t, r),
          to(t, r),
          r.verified ? 'verified' : 'not checked',
        ]),
      ),
    ),
  ];
}

/** The step summary: one row per image, what was (or would be) written; then the repairs. */
export function promoteSummaryDocument(
  images: PromotedImage[],
  dryRun: boolean,
  repairs: RepairedImage[] = [],
): SummaryDocument {
  const written = images.reduce(
    (n, i) => n + i.changes.filter((t) => t.change === 'written' || t.change === 'moved').length,
    0,
  );
  // A run of repairs alone has no image to list.
  const promote: Block[] =
    images.length === 0 && repairs.length > 0
      ? []
      : [
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
  return [...promote, ...(repairs.length > 0 ? repairsDocument(repairs, dryRun) : [])];
}

/** The step summary as Markdown. */
export const promoteSummary = (
  images: PromotedImage[],
  dryRun: boolean,
  repairs: RepairedImage[] = [],
): string => renderMarkdown(promoteSummaryDocument(images, dryRun, repairs));
