import type { WrittenCatalog } from './command.js';
import type { CatalogImage } from './document.js';

const code = (s: string): string => `\`${s}\``;

/** An image's extensions, each with what its note asks of a Cluster beyond listing it. */
function extensionsCell(image: CatalogImage): string {
  const cells = (image.extensions ?? []).map((e) => {
    const note = image.notes?.[e.name];
    const preload = note?.shared_preload_libraries ?? [];
    const missing = (note?.required_extensions ?? []).filter((r) => r.from === 'missing');
    const extra = [
      ...(preload.length > 0 ? [`preload ${preload.map(code).join(', ')}`] : []),
      ...(missing.length > 0 ? [`⚠ lacks ${missing.map((r) => code(r.name)).join(', ')}`] : []),
    ];
    return `${code(e.name)}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`;
  });
  return cells.join(' ') || '–';
}

/** The step summary: one row per catalog image. */
export function catalogSummary(catalogs: WrittenCatalog[], empty: string[]): string {
  return [
    `### Catalogs: ${catalogs.length} written${empty.length ? `, ${empty.length} with no promoted image (${empty.join(', ')})` : ''}`,
    '',
    '| catalog | major | image | extensions |',
    '| --- | --- | --- | --- |',
    ...catalogs.flatMap((c) =>
      c.images.map(
        (i) => `| ${code(c.name)} | ${i.major} | ${code(i.image)} | ${extensionsCell(i)} |`,
      ),
    ),
    '',
  ].join('\n');
}
