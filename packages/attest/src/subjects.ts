/**
 * What is attested: image references by digest, from a list a person writes or from the build or
 * extension action's `images` output (entries with `reference` = `<repository>@sha256:…`).
 */
import { UserError } from '@pgforge/errors';
import { InvalidReferenceError, parseDigest, parseReference } from '@pgforge/oci';
import { imagesArray } from '@pgforge/targets';
import type { StatementSubject } from './statement.js';

export interface AttestSubject {
  /** `registry/repository@sha256:…` (a tag given with the digest is dropped: digests are what is signed). */
  reference: string;
  registry: string;
  repository: string;
  /** `sha256:…` */
  digest: string;
  /** The build target the image came from, when the images output named it. */
  target?: string;
}

const EXPECTED =
  'image references with a digest (registry/repository@sha256:<64 hex digits>), one per line, ' +
  "or the build or extension action's images output (a JSON array of entries with reference)";

/** One reference, which must carry a sha256 digest. */
export function parseSubject(value: string, target?: string): AttestSubject {
  let ref;
  try {
    ref = parseReference(value);
  } catch (error) {
    if (error instanceof InvalidReferenceError) {
      throw UserError.notAllowed('subjects', value, `${EXPECTED} (${error.rule})`);
    }
    throw error;
  }
  if (ref.digest === undefined) {
    throw UserError.notAllowed('subjects', value, `${EXPECTED}; this one has no digest`);
  }
  // cosign's .att tags and in-toto subjects of images are sha256 only.
  if (parseDigest(ref.digest).algorithm !== 'sha256') {
    throw UserError.notAllowed('subjects', value, `${EXPECTED}; only sha256 digests are signed`);
  }
  const subject: AttestSubject = {
    reference: `${ref.registry}/${ref.repository}@${ref.digest}`,
    registry: ref.registry,
    repository: ref.repository,
    digest: ref.digest,
  };
  if (target !== undefined) subject.target = target;
  return subject;
}

function fromJson(text: string): AttestSubject[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw UserError.notAllowed(
      'subjects',
      text.length > 200 ? `${text.slice(0, 200)}…` : text,
      `${EXPECTED} (${(error as Error).message})`,
    );
  }
  // What `pgforge build` prints, `{ images, failed }`, is taken as its images.
  parsed = imagesArray(parsed);
  if (!Array.isArray(parsed)) throw UserError.notAllowed('subjects', text, EXPECTED);
  return parsed.map((entry: unknown) => {
    if (typeof entry === 'string') return parseSubject(entry);
    if (entry !== null && typeof entry === 'object' && 'reference' in entry) {
      const { reference, target } = entry as { reference: unknown; target?: unknown };
      if (typeof reference === 'string') {
        return parseSubject(reference, typeof target === 'string' ? target : undefined);
      }
    }
    throw UserError.notAllowed('subjects', JSON.stringify(entry), EXPECTED);
  });
}

/**
 * Subjects from text: a JSON array (the images output, or `{ images }`) or references separated by new lines or
 * commas. Each digest once: the same image listed twice is attested once.
 */
export function parseSubjects(text: string): AttestSubject[] {
  const trimmed = text.trim();
  const subjects = /^[[{]/.test(trimmed)
    ? fromJson(trimmed)
    : trimmed
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((s) => parseSubject(s));
  if (subjects.length === 0) throw UserError.notAllowed('subjects', text, EXPECTED);
  const seen = new Set<string>();
  return subjects.filter((s) => !seen.has(s.reference) && seen.add(s.reference));
}

/** The in-toto subject of an image: its name without tag, and the digest as algorithm → hex. */
export function statementSubject(subject: AttestSubject): StatementSubject {
  const { algorithm, hex } = parseDigest(subject.digest);
  return { name: `${subject.registry}/${subject.repository}`, digest: { [algorithm]: hex } };
}
