/** The step summary: one row per image, then the refused packages and the limitations. */
import {
  code,
  heading,
  join,
  list,
  paragraph,
  renderMarkdown,
  strong,
  table,
  type Block,
  type SummaryDocument,
} from '@pgforge/summary';
import type { ExtensionImageOutput, RefusedPackage } from './output.js';
import { describeRequirement } from './requirements.js';

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

export interface SummaryWhere {
  pushed: boolean;
  layout?: string;
  refused?: readonly RefusedPackage[];
}

export function extensionSummaryDocument(
  name: string,
  images: readonly ExtensionImageOutput[],
  where: SummaryWhere,
): SummaryDocument {
  const rows = images.map((i) => {
    const system = i.platforms
      .map((p) => `${p.platform.split('/')[1]}: ${p.systemLibraries} (${mb(p.systemBytes)})`)
      .join(', ');
    const size = i.platforms.map((p) => `${p.platform.split('/')[1]}: ${mb(p.size)}`).join(', ');
    const m = i.metadata;
    const extensions = m.createExtension
      ? m.sqlNames.map((e) => (e.version ? `${e.name} ${e.version}` : e.name)).join(', ')
      : `none to create${m.binPath.length > 0 ? ' (programs)' : ' (module)'}`;
    return [
      i.metadata.name,
      String(i.major),
      i.distribution,
      i.sqlVersion,
      extensions,
      m.sharedPreloadLibraries.join(', ') || '–',
      m.requires.map(describeRequirement).join(', ') || '–',
      i.platforms.map((p) => p.platform).join(', '),
      system,
      size,
      code(i.digest),
      join(i.tags.map(code), ' '),
    ];
  });
  const document: Block[] = [
    heading(3, `Extension images: ${name}`),
    paragraph(
      where.pushed
        ? 'Pushed by digest, then tagged.'
        : ['Written to the OCI image layout ', code(where.layout ?? ''), '.'],
    ),
    table(
      [
        'image',
        'PostgreSQL',
        'distribution',
        'version',
        'extensions',
        'preload',
        'requires',
        'platforms',
        'system libraries',
        'compressed',
        'digest',
        'tags',
      ],
      rows,
    ),
  ];
  if (where.refused && where.refused.length > 0) {
    document.push(
      paragraph([strong('Refused'), ` (${where.refused.length})`]),
      table(
        ['package', 'reason'],
        where.refused.map((r) => [r.package, r.reason]),
      ),
    );
  }
  const limitations = [...new Set(images.flatMap((i) => i.metadata.limitations))];
  if (limitations.length > 0) {
    document.push(paragraph(strong('Limitations')), list(limitations));
  }
  return document;
}

export const summaryMarkdown = (
  name: string,
  images: readonly ExtensionImageOutput[],
  where: SummaryWhere,
): string => renderMarkdown(extensionSummaryDocument(name, images, where));
