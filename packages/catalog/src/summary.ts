import type { WrittenCatalog } from './command.js';

const code = (s: string): string => `\`${s}\``;

/** The step summary: one row per catalog image. */
export function catalogSummary(catalogs: WrittenCatalog[], empty: string[]): string {
  return [
    `### Catalogs: ${catalogs.length} written${empty.length ? `, ${empty.length} with no promoted image (${empty.join(', ')})` : ''}`,
    '',
    '| catalog | major | image | extensions |',
    '| --- | --- | --- | --- |',
    ...catalogs.flatMap((c) =>
      c.images.map(
        (i) =>
          `| ${code(c.name)} | ${i.major} | ${code(i.image)} | ${(i.extensions ?? []).map((e) => code(e.name)).join(' ') || '–'} |`,
      ),
    ),
    '',
  ].join('\n');
}
