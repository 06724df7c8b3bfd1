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
    '| PostgreSQL | distribution | version | platforms | system libraries | compressed | digest | tags |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const i of images) {
    const system = i.platforms
      .map((p) => `${p.platform.split('/')[1]}: ${p.systemLibraries} (${mb(p.systemBytes)})`)
      .join(', ');
    const size = i.platforms.map((p) => `${p.platform.split('/')[1]}: ${mb(p.size)}`).join(', ');
    lines.push(
      `| ${i.major} | ${i.distribution} | ${i.sqlVersion} | ${i.platforms.map((p) => p.platform).join(', ')} | ${system} | ${size} | \`${i.digest}\` | ${i.tags.map((t) => `\`${t}\``).join(' ')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
