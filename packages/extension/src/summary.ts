/** The step summary: one row per image, then the Cluster snippet. */
import type { ExtensionImageOutput } from './command.js';

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

export function summaryMarkdown(
  name: string,
  images: readonly ExtensionImageOutput[],
  where: { pushed: boolean; layout?: string },
): string {
  const lines = [
    `### Extension images: ${name}`,
    '',
    where.pushed
      ? 'Pushed by digest, then tagged.'
      : `Written to the OCI image layout \`${where.layout ?? ''}\`.`,
    '',
    '| PostgreSQL | distribution | version | extensions | preload | requires | platforms | system libraries | compressed | digest | tags |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
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
    const requires = m.requiredExtensions.join(', ') || '–';
    lines.push(
      `| ${i.major} | ${i.distribution} | ${i.sqlVersion} | ${extensions} | ${preload} | ${requires} | ${i.platforms.map((p) => p.platform).join(', ')} | ${system} | ${size} | \`${i.digest}\` | ${i.tags.map((t) => `\`${t}\``).join(' ')} |`,
    );
  }
  const limitations = [...new Set(images.flatMap((i) => i.metadata.limitations))];
  if (limitations.length > 0) {
    lines.push('', '**Limitations**', '', ...limitations.map((l) => `- ${l}`));
  }
  return `${lines.join('\n')}\n`;
}
