import { noteLines } from '@pgforge/targets';
import type { BuiltImage, FailedTarget } from './types.js';

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const short = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);
const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/</g, '&lt;');

/** The step summary: what was built (tags, digests, sizes), what failed, each log's tail. */
export function buildSummary(
  title: string,
  images: BuiltImage[],
  failed: FailedTarget[],
  logs: Map<string, string[]>,
): string {
  const lines = [`### ${title}: ${images.length} built, ${failed.length} failed`, ''];
  if (images.length > 0) {
    lines.push(
      '| target | digest | platforms | compressed | packages (from -security) | tags | time |',
    );
    lines.push('| --- | --- | --- | --- | --- | --- | --- |');
    for (const i of images) {
      const tags = i.tags.map((t) => `\`${t.split(':').pop()}\``).join('<br>') || '(by digest)';
      const platforms = i.platforms
        .map((p) => `${p.platform} ${mb(p.compressedSize)}`)
        .join('<br>');
      const packages = i.packages ? `${i.packages.total} (${i.packages.fromSecurity})` : '';
      lines.push(
        `| \`${i.target}\` | \`${short(i.digest)}\` | ${platforms} | ${mb(i.compressedSize)} | ${packages} | ${tags} | ${(i.durationMs / 1000).toFixed(0)} s |`,
      );
    }
    lines.push('');
  }
  if (failed.length > 0) {
    lines.push('| failed target | reason |', '| --- | --- |');
    for (const f of failed) lines.push(`| \`${f.target}\` | ${esc(f.reason)} |`);
    lines.push('');
  }
  for (const i of images) {
    const notes = i.packages?.notes;
    if (!notes?.since || notes.packages.length === 0) continue;
    lines.push(
      `<details><summary>release notes of <code>${i.target}</code>: ${notes.packages.length} package${notes.packages.length === 1 ? '' : 's'} changed since <code>${notes.since}</code></summary>`,
      '',
      ...noteLines(notes).map((l) => `- ${l}`),
      '</details>',
      '',
    );
  }
  for (const i of images.filter((x) => x.sbom?.changes)) {
    lines.push(
      `<details><summary>packages of <code>${i.target}</code> since <code>${i.sbom?.comparedTo ?? ''}</code></summary>`,
      '',
      i.sbom?.changes ?? '',
      '</details>',
      '',
    );
  }
  for (const [target, tail] of logs) {
    lines.push(
      `<details><summary>build log of <code>${target}</code> (last ${tail.length} lines)</summary>`,
      '',
      '```text',
      ...tail.map((l) => l.replace(/```/g, '`\u200b``')),
      '```',
      '</details>',
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
