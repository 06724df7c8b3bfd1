import {
  code,
  codeBlock,
  details,
  heading,
  join,
  lineBreak,
  list,
  renderMarkdown,
  table,
  type Block,
  type SummaryDocument,
} from '@pgforge/summary';
import { noteItems } from '@pgforge/targets';
import type { BuiltImage, FailedTarget } from './types.js';

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const short = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);

/** What a build's summary is made of, besides its images and failures. */
export interface BuildSummaryParts {
  /** The tail of each target's build log. */
  logs?: ReadonlyMap<string, readonly string[]>;
  /** Each target's package changes since the image its alias named (the SBOMs' diff). */
  changes?: ReadonlyMap<string, SummaryDocument>;
}

/** The step summary: what was built (tags, digests, sizes), what failed, each log's tail. */
export function buildSummaryDocument(
  title: string,
  images: BuiltImage[],
  failed: FailedTarget[],
  parts: BuildSummaryParts = {},
): SummaryDocument {
  const document: Block[] = [
    heading(3, `${title}: ${images.length} built, ${failed.length} failed`),
  ];
  if (images.length > 0) {
    document.push(
      table(
        [
          'target',
          'digest',
          'platforms',
          'compressed',
          'packages (from -security)',
          'tags',
          'time',
        ],
        images.map((i) => [
          code(i.target),
          code(short(i.digest)),
          join(
            i.platforms.map((p) => `${p.platform} ${mb(p.compressedSize)}`),
            lineBreak,
          ),
          mb(i.compressedSize),
          i.packages ? `${i.packages.total} (${i.packages.fromSecurity})` : '',
          i.tags.length > 0
            ? join(
                i.tags.map((t) => code(t.split(':').pop() ?? t)),
                lineBreak,
              )
            : '(by digest)',
          `${(i.durationMs / 1000).toFixed(0)} s`,
        ]),
      ),
    );
  }
  if (failed.length > 0) {
    document.push(
      table(
        ['failed target', 'reason'],
        failed.map((f) => [code(f.target), f.reason]),
      ),
    );
  }
  for (const i of images) {
    const notes = i.packages?.notes;
    if (!notes?.since || notes.packages.length === 0) continue;
    document.push(
      details(
        [
          'release notes of ',
          code(i.target),
          `: ${notes.packages.length} package${notes.packages.length === 1 ? '' : 's'} changed since `,
          code(notes.since),
        ],
        [list(noteItems(notes))],
      ),
    );
  }
  for (const i of images) {
    const changes = parts.changes?.get(i.target);
    if (!changes) continue;
    document.push(
      details(['packages of ', code(i.target), ' since ', code(i.sbom?.comparedTo ?? '')], changes),
    );
  }
  for (const [target, tail] of parts.logs ?? []) {
    document.push(
      details(
        ['build log of ', code(target), ` (last ${tail.length} lines)`],
        [codeBlock(tail, 'text')],
      ),
    );
  }
  return document;
}

/** The step summary as Markdown. */
export const buildSummary = (
  title: string,
  images: BuiltImage[],
  failed: FailedTarget[],
  parts: BuildSummaryParts = {},
): string => renderMarkdown(buildSummaryDocument(title, images, failed, parts));
