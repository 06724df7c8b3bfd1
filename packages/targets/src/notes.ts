import type { ReleaseNotes } from './model.js';

const esc = (s: string): string => s.replace(/\|/g, '\\|');

/** One line per changed package, for summaries: `libkrb5-3 1.21.3-5+deb13u1 → …+deb13u2 (trixie-security; CVE-…)`. */
export function noteLines(notes: ReleaseNotes): string[] {
  return notes.packages.map((p) => {
    const what =
      p.from === undefined
        ? `added ${p.to ?? ''}`
        : p.to === undefined
          ? `removed (was ${p.from})`
          : `${p.from} → ${p.to}`;
    const where = [p.suite, ...(p.cves.length > 0 ? [p.cves.join(', ')] : [])].filter(Boolean);
    return `${p.security ? '**security** ' : ''}\`${p.name}\` ${esc(what)}${where.length > 0 ? ` (${esc(where.join('; '))})` : ''}`;
  });
}
