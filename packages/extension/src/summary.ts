/** The step summary: one row per image, then the Cluster snippet. */
import type { ExtensionImageOutput, RefusedPackage } from './command.js';
import { describeRequirement } from './requirements.js';

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

export function summaryMarkdown(
  name: string,
  images: readonly ExtensionImageOutput[],
  where: { pushed: boolean; layout?: string; refused?: readonly RefusedPackage[] },
): string {
  const lines = [
    `### Extension images: ${name}`,
    '',
    where.pushed
      ? 'Pushed by digest, then tagged.'
      : `Written to the OCI image layout \`${where.layout ?? ''}\`.`,
    '',
    '| image | PostgreSQL | distribution | version | extensions | preload | requires | platforms | system libraries | compressed | digest | tags |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const i of images) {
    const system = i.platforms
      .map((p) => `${p.platform.split('/')[1]}: ${p.systemLibraries} (${mb(p.systemBytes)})`)
      .join(', ');
    const size = i.platforms.map((p) => `${p.platform.split('/')[1]}: ${mb(p.size)}`).join(', ');
    const m = i.metadata;
    const extensions = m.createExtension
      ? m.sqlNames.map((e) => (e.version ? `${e.name} ${e.version}` : e.name)).join(', ')
      : `none to create${m.binPath.length > 0 ? ' (programs)' : ' (module)'}`;
    const preload = m.sharedPreloadLibraries.join(', ') || '–';
    const requires = m.requires.map(describeRequirement).join(', ') || '–';
    lines.push(
      `| ${i.metadata.name} | ${i.major} | ${i.distribution} | ${i.sqlVersion} | ${extensions} | ${preload} | ${requires} | ${i.platforms.map((p) => p.platform).join(', ')} | ${system} | ${size} | \`${i.digest}\` | ${i.tags.map((t) => `\`${t}\``).join(' ')} |`,
    );
  }
  if (where.refused && where.refused.length > 0) {
    lines.push(
      '',
      `**Refused** (${where.refused.length})`,
      '',
      '| package | reason |',
      '| --- | --- |',
      ...where.refused.map(
        (r) => `| ${r.package} | ${r.reason.replaceAll('|', '\\|').replaceAll('\n', ' ')} |`,
      ),
    );
  }
  const limitations = [...new Set(images.flatMap((i) => i.metadata.limitations))];
  if (limitations.length > 0) {
    lines.push('', '**Limitations**', '', ...limitations.map((l) => `- ${l}`));
  }
  return `${lines.join('\n')}\n`;
}
