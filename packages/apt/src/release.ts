/**
 * Release files (the signed text of InRelease): what the suite holds and the SHA256 of each
 * index, which is what makes every later download trustworthy.
 */
import { parseDeb822 } from './deb822.js';
import type { Deb822Paragraph } from './deb822.js';
import { ReleaseExpiredError, ReleaseParseError } from './errors.js';

export interface ReleaseFile {
  /** The Suite field (`unstable` for sid), else the suite asked for. */
  suite: string;
  codename?: string;
  date?: Date;
  validUntil?: Date;
  architectures: string[];
  components: string[];
  /** Index paths relative to `dists/<suite>/` → size and SHA256. */
  sha256: Map<string, { size: number; sha256: string }>;
  raw: Deb822Paragraph;
}

export interface ReleaseContext {
  mirror: string;
  /** The suite asked for: the directory under `dists/`. */
  suite: string;
}

function words(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(/\s+/).filter((w) => w !== '');
}

function parseDate(
  field: string,
  value: string | undefined,
  context: ReleaseContext,
): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value.trim());
  if (Number.isNaN(date.getTime())) {
    throw new ReleaseParseError(
      context.mirror,
      context.suite,
      `${field} "${value}" is not a date (expected RFC 2822, like "Sat, 12 Sep 2026 07:55:41 UTC")`,
    );
  }
  return date;
}

/** Parses the signed text of an InRelease (or a Release file). */
export function parseRelease(text: string, context: ReleaseContext): ReleaseFile {
  const fail = (reason: string): ReleaseParseError =>
    new ReleaseParseError(context.mirror, context.suite, reason);
  const paragraphs = parseDeb822(text, `Release of ${context.suite} at ${context.mirror}`);
  const raw = paragraphs[0];
  if (!raw) throw fail('is empty');
  if (paragraphs.length > 1) throw fail(`holds ${paragraphs.length} paragraphs, expected one`);

  const list = raw.get('SHA256');
  if (list === undefined) {
    throw fail('has no SHA256 list of its indexes (apt refuses such a Release too)');
  }
  const sha256 = new Map<string, { size: number; sha256: string }>();
  for (const line of list.split('\n')) {
    if (line.trim() === '') continue;
    const [hash, sizeText, path, extra] = line.trim().split(/\s+/);
    const size = Number(sizeText);
    if (
      extra !== undefined ||
      path === undefined ||
      !/^[0-9a-fA-F]{64}$/.test(hash ?? '') ||
      !Number.isSafeInteger(size) ||
      size < 0
    ) {
      throw fail(`SHA256 line "${line}" is not "<sha256> <size> <path>"`);
    }
    sha256.set(path, { size, sha256: (hash as string).toLowerCase() });
  }

  const release: ReleaseFile = {
    suite: raw.get('Suite')?.trim() || context.suite,
    architectures: words(raw.get('Architectures')),
    components: words(raw.get('Components')),
    sha256,
    raw,
  };
  const codename = raw.get('Codename')?.trim();
  if (codename) release.codename = codename;
  const date = parseDate('Date', raw.get('Date'), context);
  if (date) release.date = date;
  const validUntil = parseDate('Valid-Until', raw.get('Valid-Until'), context);
  if (validUntil) release.validUntil = validUntil;
  return release;
}

/**
 * Throws ReleaseExpiredError when `now` is past Valid-Until, unless the repository accepts
 * expired Releases (apt's Acquire::Check-Valid-Until=false). A Release without Valid-Until
 * never expires, as for apt.
 */
export function checkValidUntil(
  release: ReleaseFile,
  now: Date,
  allowExpired: boolean,
  context: ReleaseContext,
): void {
  if (allowExpired || release.validUntil === undefined) return;
  if (now.getTime() > release.validUntil.getTime()) {
    throw new ReleaseExpiredError(context.mirror, context.suite, release.validUntil, now);
  }
}

/**
 * The suite asked for must be the Release's Suite or Codename: otherwise a mirror could answer
 * with another suite's (validly signed) Release. apt warns; we refuse, since the indexes that
 * follow would belong to a different distribution.
 */
export function checkSuite(release: ReleaseFile, context: ReleaseContext): void {
  if (release.suite === context.suite || release.codename === context.suite) return;
  throw new ReleaseParseError(
    context.mirror,
    context.suite,
    `names Suite "${release.suite}" and Codename "${release.codename ?? ''}", ` +
      `neither of which is the suite asked for`,
  );
}
