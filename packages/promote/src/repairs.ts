/**
 * What to repair, from the matrix action's `repairs` output: each entry's `image` (in
 * production, by digest) and the `tags` of that same repository to point at it again. Parsed
 * once, for the action and the CLI both, before anything reaches a registry.
 */
import { formatReference, isDigest, parseReference, type ImageReference } from '@pgforge/oci';
import { jsonInput } from './json-input.js';
import { PromoteError } from './errors.js';
import type { PromoteRequest } from './images.js';
import type { RepairRequest } from './repair.js';

export interface RepairInput extends RepairRequest {
  /** `<registry>/<repository>@sha256:…`, canonical. */
  image: string;
  /** `<registry>/<repository>:<tag>` each, canonical, without repeats. */
  tags: string[];
  /** The image's repository, `<registry>/<repository>`. */
  repository: string;
  digest: string;
  /** The matrix's target id, when the entry names one. */
  target?: string;
  /** The target id, else the image: for messages. */
  label: string;
}

const EXPECTED =
  "the matrix action's `repairs` output: a JSON array of objects with `image` (<repository>@sha256:…, an image production holds) and `tags` (<repository>:<tag> of that same repository)";

interface Entry {
  target?: unknown;
  image?: unknown;
  tags?: unknown;
}

function imageOf(value: unknown, where: string): ImageReference & { digest: string } {
  if (typeof value !== 'string' || value === '') {
    throw PromoteError.notAllowed(
      where,
      value === undefined ? '' : JSON.stringify(value),
      'the image in production, by digest: <repository>@sha256:…',
    );
  }
  let ref: ImageReference;
  try {
    ref = parseReference(value);
  } catch (error) {
    throw PromoteError.notAllowed(
      where,
      value,
      `<repository>@sha256:… (${(error as Error).message})`,
    );
  }
  if (ref.digest === undefined || !isDigest(ref.digest)) {
    throw PromoteError.notAllowed(
      where,
      value,
      'a reference by digest, <repository>@sha256:…: a repair points tags at one image production holds, never at whatever a tag names now',
    );
  }
  return { registry: ref.registry, repository: ref.repository, digest: ref.digest };
}

/** `<repository>:<tag>` of `repository`, or a bare tag name meaning one of it. */
function tagOf(value: unknown, repository: string, where: string): string {
  if (typeof value !== 'string' || value === '') {
    throw PromoteError.notAllowed(
      where,
      JSON.stringify(value),
      `a tag of ${repository} (<repository>:<tag>)`,
    );
  }
  // A tag name has no '/', ':' or '@'; anything else is a reference.
  const full = /[/:@]/.test(value) ? value : `${repository}:${value}`;
  let ref: ImageReference;
  try {
    ref = parseReference(full);
  } catch (error) {
    throw PromoteError.notAllowed(
      where,
      value,
      `a tag of ${repository} (${(error as Error).message})`,
    );
  }
  if (ref.tag === undefined || ref.digest !== undefined) {
    throw PromoteError.notAllowed(
      where,
      value,
      `a tag reference of ${repository}, <repository>:<tag>, without digest`,
    );
  }
  const own = formatReference({ registry: ref.registry, repository: ref.repository });
  if (own !== repository) {
    throw PromoteError.notAllowed(
      where,
      value,
      `a tag of ${repository}, the image's own repository: a repair points a repository's tags at an image it holds, and copies nothing`,
    );
  }
  return formatReference(ref);
}

function entry(e: Entry, i: number): RepairInput {
  const where = `repairs[${i}]`;
  if (e.target !== undefined && (typeof e.target !== 'string' || e.target === '')) {
    throw PromoteError.notAllowed(
      `${where}.target`,
      JSON.stringify(e.target),
      "the matrix's target id, or no target at all",
    );
  }
  const image = imageOf(e.image, `${where}.image`);
  const repository = formatReference({ registry: image.registry, repository: image.repository });
  if (
    !Array.isArray(e.tags) ||
    e.tags.length === 0 ||
    e.tags.some((t) => typeof t !== 'string' || t === '')
  ) {
    throw PromoteError.notAllowed(
      `${where}.tags`,
      e.tags === undefined ? '' : JSON.stringify(e.tags),
      `a non-empty array of tags of ${repository} (<repository>:<tag>)`,
    );
  }
  const tags = [
    ...new Set((e.tags as unknown[]).map((t, j) => tagOf(t, repository, `${where}.tags[${j}]`))),
  ];
  const byDigest = `${repository}@${image.digest}`;
  return {
    image: byDigest,
    tags,
    repository,
    digest: image.digest,
    ...(typeof e.target === 'string' ? { target: e.target } : {}),
    label: typeof e.target === 'string' ? e.target : byDigest,
  };
}

/** Parses the `repairs` input (JSON text, or the array already parsed). */
export function parseRepairs(input: unknown): RepairInput[] {
  const value = jsonInput('repairs', input, EXPECTED);
  if (!Array.isArray(value)) {
    throw PromoteError.notAllowed(
      'repairs',
      (JSON.stringify(value) ?? String(value)).slice(0, 200),
      EXPECTED,
    );
  }
  const repairs = value.map((e: unknown, i) => {
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      throw PromoteError.notAllowed(`repairs[${i}]`, JSON.stringify(e), EXPECTED);
    }
    return entry(e as Entry, i);
  });
  // Two repairs pointing one tag at two images would leave it to whichever came last.
  const owners = new Map<string, string>();
  for (const r of repairs) {
    for (const tag of r.tags) {
      const other = owners.get(tag);
      if (other !== undefined && other !== r.digest) {
        throw PromoteError.notAllowed(
          'repairs',
          tag,
          `one image per tag; ${tag} is to be pointed at ${other} and at ${r.digest}`,
        );
      }
      owners.set(tag, r.digest);
    }
  }
  return repairs;
}

/**
 * A tag both promoted and repaired in one run would name whichever was written last: refused,
 * naming both.
 */
export function checkRepairsAgainstImages(repairs: RepairInput[], images: PromoteRequest[]): void {
  const promoted = new Map<string, PromoteRequest>();
  for (const image of images) {
    for (const tag of image.tags) promoted.set(`${image.destination}:${tag}`, image);
  }
  for (const [i, r] of repairs.entries()) {
    for (const tag of r.tags) {
      const image = promoted.get(tag);
      if (image !== undefined) {
        throw PromoteError.notAllowed(
          `repairs[${i}].tags`,
          tag,
          `a tag no image of \`images\` writes: ${image.label} (${image.source}) is promoted under ${tag}`,
        );
      }
    }
  }
}
