import { noteItems, type ReleaseNotes, type ResolvedPackage, type Target } from '@pgforge/targets';
import {
  code,
  details,
  fold,
  heading,
  join,
  lineBreak,
  list,
  paragraph,
  renderMarkdown,
  strong,
  table,
  type Block,
  type SummaryDocument,
} from '@pgforge/summary';
import type { Decision } from './skip.js';

export type GroupBy = 'target' | 'major' | 'distribution';
export const GROUP_BY: readonly GroupBy[] = ['target', 'major', 'distribution'];

export type MatrixEntry = Record<string, string | number | string[]>;

/** `{include: [...]}` for `strategy.matrix`: one entry per kept target, or per group of them. */
export function githubMatrix(kept: Target[], groupBy: GroupBy): { include: MatrixEntry[] } {
  if (groupBy === 'target') {
    return {
      include: kept.map((t) => ({
        target: t.id,
        postgres: t.postgres.version,
        major: t.postgres.major,
        distribution: t.distribution,
        flavour: t.flavour,
        platforms: t.platforms.join(','),
        tag: t.tags.immutable,
      })),
    };
  }
  const key = (t: Target): string =>
    groupBy === 'major' ? String(t.postgres.major) : t.distribution;
  const groups = new Map<string, Target[]>();
  for (const t of kept) groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
  return {
    include: [...groups.entries()].map(([group, ts]) => ({
      group,
      [groupBy]: groupBy === 'major' ? Number(group) : group,
      targets: ts.map((t) => t.id),
    })),
  };
}

/** ` (arm64: 1.4.1-2)` for the architectures whose binary version differs. */
function perArchitecture(p: ResolvedPackage): string {
  const others = Object.entries(p.byArchitecture ?? {}).filter(([, v]) => v !== p.version);
  return others.length > 0 ? ` (${others.map(([a, v]) => `${a}: ${v}`).join(', ')})` : '';
}

/** The step summary: each target, its versions and tags, and why it was kept or skipped. */
export function summaryDocument(
  targets: Target[],
  decisions: Decision[],
  timestamp: string,
): SummaryDocument {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const kept = decisions.filter((d) => d.kept).length;
  const rows = targets.map((t) => {
    const d = byId.get(t.id);
    const security = t.contents.filter((p) => p.suite?.endsWith('-security')).length;
    const packages = fold(
      `${t.contents.length} (${security})`,
      join(
        t.packages.map((p) => [code(`${p.name}=${p.version}`), perArchitecture(p)]),
        lineBreak,
      ),
    );
    const tags = join([t.tags.immutable, ...t.tags.aliases].map(code), lineBreak);
    const decision = d ? [d.kept ? strong('build') : 'skip', `: ${d.reason}`] : '';
    return [code(t.id), code(t.postgres.debianVersion), packages, tags, decision];
  });
  const document: Block[] = [
    heading(3, `Matrix: ${kept} of ${targets.length} targets to build`),
    paragraph(['Timestamp ', code(timestamp), ' (UTC).']),
    table(['target', 'PostgreSQL', 'packages (from -security)', 'tags', 'decision'], rows),
  ];
  const noted = targets.filter((t) => t.notes?.since !== undefined);
  if (noted.length > 0) {
    document.push(heading(4, 'What changed since the published images'));
    for (const t of noted) {
      const notes = t.notes as ReleaseNotes;
      const security = notes.packages.filter((p) => p.security).length;
      document.push(
        details(
          [
            code(t.id),
            `: ${notes.packages.length} package${notes.packages.length === 1 ? '' : 's'} changed` +
              `${security > 0 ? `, ${security} from -security` : ''} since `,
            code(notes.since ?? ''),
          ],
          [list(noteItems(notes))],
        ),
      );
    }
  }
  return document;
}

/** The step summary as Markdown. */
export function summaryMarkdown(
  targets: Target[],
  decisions: Decision[],
  timestamp: string,
): string {
  return renderMarkdown(summaryDocument(targets, decisions, timestamp));
}
