import type { PromotedImage, RepairedImage } from './promote.js';

const short = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);
const code = (s: string): string => `\`${s}\``;

function change(image: PromotedImage): string {
  return image.changes
    .map((t) => {
      const tag = code(t.reference.slice(t.reference.lastIndexOf(':') + 1));
      if (t.change === 'unchanged') return `${tag} (already)`;
      if (t.change === 'moved') return `${tag} (moved from ${code(short(t.previous ?? ''))})`;
      if (t.change === 'newer') {
        return `${tag} (left: it names the newer ${code(short(t.previous ?? ''))})`;
      }
      return tag;
    })
    .join('<br>');
}

/** The repairs: one row per tag, what it named (from) and names now (to). */
function repairsSummary(repairs: RepairedImage[], dryRun: boolean): string[] {
  const moved = repairs.reduce(
    (n, r) => n + r.changes.filter((t) => t.change === 'written' || t.change === 'moved').length,
    0,
  );
  const from = (t: RepairedImage['changes'][number], r: RepairedImage): string => {
    if (t.change === 'unchanged') return `${code(short(r.digest))} (already)`;
    if (t.previous === undefined) return 'nothing';
    return code(short(t.previous));
  };
  const to = (t: RepairedImage['changes'][number], r: RepairedImage): string =>
    t.change === 'newer'
      ? `${code(short(t.previous ?? ''))} (left: it names a newer image than ${code(short(r.digest))})`
      : code(short(r.digest));
  return [
    `### Repairs${dryRun ? ' (dry run: nothing written)' : ''}: ${repairs.length} image${repairs.length === 1 ? '' : 's'} of production, ${moved} tag${moved === 1 ? '' : 's'} ${dryRun ? 'to point back' : 'pointed back'}`,
    '',
    '| target | tag | from | to | attestation |',
    '| --- | --- | --- | --- | --- |',
    ...repairs.flatMap((r) =>
      r.changes.map(
        (t) =>
          `| ${code(r.label)} | ${code(t.reference)} | ${from(t, r)} | ${to(t, r)} | ${r.verified ? 'verified' : 'not checked'} |`,
      ),
    ),
    '',
  ];
}

/** The step summary: one row per image, what was (or would be) written; then the repairs. */
export function promoteSummary(
  images: PromotedImage[],
  dryRun: boolean,
  repairs: RepairedImage[] = [],
): string {
  const written = images.reduce(
    (n, i) => n + i.changes.filter((t) => t.change === 'written' || t.change === 'moved').length,
    0,
  );
  // A run of repairs alone has no image to list.
  const promote =
    images.length === 0 && repairs.length > 0
      ? []
      : [
          `### Promote${dryRun ? ' (dry run: nothing written)' : ''}: ${images.length} image${images.length === 1 ? '' : 's'}, ${written} tag${written === 1 ? '' : 's'} ${dryRun ? 'to write' : 'written'}`,
          '',
          '| image | digest | production | tags | smoke report | attestation |',
          '| --- | --- | --- | --- | --- | --- |',
          ...images.map(
            (i) =>
              `| ${code(i.label)} | ${code(short(i.digest))} | ${code(i.destination.slice(0, i.destination.indexOf('@')))} | ${change(i)} | ${i.smokeReport ? code(i.smokeReport) : 'not required'} | ${i.verified ? 'verified' : 'not checked'} |`,
          ),
          '',
        ];
  return [...promote, ...(repairs.length > 0 ? repairsSummary(repairs, dryRun) : [])].join('\n');
}
