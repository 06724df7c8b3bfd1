/**
 * What is attested: image references by digest, from a list a person writes or from the build or
 * extension action's image records (`images`, read by parseImageRecords).
 */
import { UserError } from '@pgforge/errors';
import { InvalidReferenceError, parseDigest, parseReference } from '@pgforge/oci';
import { parseImageRecords, type ImageRecord, type RecordsOrigin } from '@pgforge/targets';
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

/**
 * The `subjects` input as image records: the images output, whose entries may also be references
 * alone. Every message names the input as a whole, as those of a list of references do.
 */
const SUBJECTS_INPUT: RecordsOrigin = {
  input: 'subjects',
  expected: EXPECTED,
  shorthands: ['reference'],
  error: (field, value, allowed) =>
    UserError.notAllowed(
      'subjects',
      value,
      field === 'subjects' ? allowed : `${EXPECTED}; ${field}: ${allowed}`,
    ),
};

/** Each digest once: the same image listed twice is attested once. */
function once(subjects: AttestSubject[]): AttestSubject[] {
  const seen = new Set<string>();
  return subjects.filter((s) => !seen.has(s.reference) && seen.add(s.reference));
}

/** The subjects of image records: each record's image, with its target. */
export function subjectsOf(records: readonly ImageRecord[]): AttestSubject[] {
  return once(records.map((r) => parseSubject(r.reference, r.target)));
}

/**
 * Subjects from text: a JSON array of image records or references (the images output, or
 * `{ images }`), or references separated by new lines or commas.
 */
export function parseSubjects(text: string): AttestSubject[] {
  const trimmed = text.trim();
  const subjects = /^[[{]/.test(trimmed)
    ? subjectsOf(parseImageRecords(trimmed, SUBJECTS_INPUT))
    : once(
        trimmed
          .split(/[\n,]/)
          .map((s) => s.trim())
          .filter((s) => s !== '')
          .map((s) => parseSubject(s)),
      );
  if (subjects.length === 0) throw UserError.notAllowed('subjects', text, EXPECTED);
  return subjects;
}

/** The in-toto subject of an image: its name without tag, and the digest as algorithm → hex. */
export function statementSubject(subject: AttestSubject): StatementSubject {
  const { algorithm, hex } = parseDigest(subject.digest);
  return { name: `${subject.registry}/${subject.repository}`, digest: { [algorithm]: hex } };
}
