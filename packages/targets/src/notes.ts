import { code, renderInlineMarkdown, strong, type Text } from '@pgforge/summary';
import type { ReleaseNotes } from './model.js';

/** One item per changed package, for summaries: `libkrb5-3 1.21.3-5+deb13u1 → …+deb13u2 (trixie-security; CVE-…)`. */
export function noteItems(notes: ReleaseNotes): Text[] {
  return notes.packages.map((p) => {
    const what =
      p.from === undefined
        ? `added ${p.to ?? ''}`
        : p.to === undefined
          ? `removed (was ${p.from})`
          : `${p.from} → ${p.to}`;
    const where = [p.suite, ...(p.cves.length > 0 ? [p.cves.join(', ')] : [])].filter(Boolean);
    return [
      ...(p.security ? [strong('security'), ' '] : []),
      code(p.name),
      ` ${what}${where.length > 0 ? ` (${where.join('; ')})` : ''}`,
    ];
  });
}

/** The same items as Markdown lines. */
export const noteLines = (notes: ReleaseNotes): string[] =>
  noteItems(notes).map(renderInlineMarkdown);
