import {
  code,
  heading,
  join,
  renderMarkdown,
  table,
  type Inline,
  type SummaryDocument,
} from '@pgforge/summary';
import type { CatalogImage, WrittenCatalog } from './document.js';

/** An image's extensions, each with what its note asks of a Cluster beyond listing it. */
function extensionsCell(image: CatalogImage): Inline[] | string {
  const cells = (image.extensions ?? []).map((e) => {
    const note = image.notes?.[e.name];
    const preload = note?.shared_preload_libraries ?? [];
    const missing = (note?.required_extensions ?? []).filter((r) => r.from === 'missing');
    const extra = [
      ...(preload.length > 0 ? [['preload ', ...join(preload.map(code), ', ')]] : []),
      ...(missing.length > 0
        ? [
            [
              '⚠ lacks ',
              ...join(
                missing.map((r) => code(r.name)),
                ', ',
              ),
            ],
          ]
        : []),
    ];
    return extra.length > 0 ? [code(e.name), ' (', ...join(extra, '; '), ')'] : code(e.name);
  });
  return cells.length > 0 ? join(cells, ' ') : '–';
}

/** The step summary: one row per catalog image. */
export function catalogSummaryDocument(
  catalogs: WrittenCatalog[],
  empty: string[],
): SummaryDocument {
  return [
    heading(
      3,
      `Catalogs: ${catalogs.length} written${empty.length ? `, ${empty.length} with no promoted image (${empty.join(', ')})` : ''}`,
    ),
    table(
      ['catalog', 'major', 'image', 'extensions'],
      catalogs.flatMap((c) =>
        c.images.map((i) => [code(c.name), String(i.major), code(i.image), extensionsCell(i)]),
      ),
    ),
  ];
}

/** The step summary as Markdown. */
export const catalogSummary = (catalogs: WrittenCatalog[], empty: string[]): string =>
  renderMarkdown(catalogSummaryDocument(catalogs, empty));
