/** One SBOM document input from an image and its content, with a timestamp that never drifts. */
import { UserError } from '@pgforge/errors';
import { DEFAULT_TOOL } from './model.js';
import type { SbomContent, SbomDocumentInput, SbomSubject, SbomTool } from './model.js';

// Neither an option nor the image says when: the epoch, so that the output stays reproducible.
const EPOCH = '1970-01-01T00:00:00Z';

/**
 * The SBOM's creation time as SPDX wants it (`YYYY-MM-DDThh:mm:ssZ`): `created` when given, else
 * the image configuration's `created`, else the epoch. Never the wall clock: the same image must
 * give the same bytes.
 */
export function sbomTimestamp(created: Date | string | undefined, imageCreated?: string): string {
  const pick = (value: Date | string, what: string): string => {
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) {
      throw UserError.notAllowed(
        what,
        String(value),
        'an RFC 3339 date and time, e.g. 2026-11-21T10:15:42Z',
      );
    }
    return `${date.toISOString().slice(0, 19)}Z`;
  };
  if (created !== undefined) return pick(created, 'created');
  if (imageCreated) {
    const date = new Date(imageCreated);
    if (!Number.isNaN(date.getTime())) return `${date.toISOString().slice(0, 19)}Z`;
  }
  return EPOCH;
}

export function documentInput(
  subject: SbomSubject,
  content: SbomContent,
  options: { created?: Date | string; tool?: SbomTool } = {},
): SbomDocumentInput {
  return {
    subject,
    content,
    created: sbomTimestamp(options.created, subject.created),
    tool: options.tool ?? DEFAULT_TOOL,
  };
}
