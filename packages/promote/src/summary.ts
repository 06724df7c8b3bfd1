import type { PromotedImage } from './promote.js';

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

/** The step summary: one row per image, what was (or would be) written. */
export function promoteSummary(images: PromotedImage[], dryRun: boolean): string {
  const written = images.reduce(
    (n, i) => n + i.changes.filter((t) => t.change === 'written' || t.change === 'moved').length,
    0,
  );
  const lines = [
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
  return lines.join('\n');
}
