/**
 * What to promote, from the build or extension action's `images` output: each entry's
 * `reference` (the testing repository, by digest) and where it goes. An entry's `promote`
 * (repository and tags, immutable first) says that exactly; without one, the production
 * repository is the testing one without its `-testing` suffix and the tags are the entry's own.
 */
import {
  formatReference,
  isDigest,
  lowercaseName,
  parseReference,
  type ImageReference,
} from '@pgforge/oci';
import { imagesArray, productionRepositoryOf, TESTING_SUFFIX } from '@pgforge/targets';
import { jsonInput } from './json-input.js';
import { PromoteError } from './errors.js';

export interface PromoteRequest {
  /** `<registry>/<repository>@sha256:…`, as given. */
  source: string;
  sourceRef: ImageReference & { digest: string };
  digest: string;
  /** `<registry>/<repository>` in production. */
  destination: string;
  destinationRef: ImageReference;
  /** Tag names in production: the immutable ones first, then the aliases that move. */
  tags: string[];
  /** How many of `tags` are immutable (never moved once written): 1 for an operand image. */
  immutable: number;
  /** The target id or extension name, for messages. */
  label: string;
}

export interface ImagesInputOptions {
  /** The production repository for every image, instead of each entry's own. */
  to?: string;
  /** An empty list is allowed (promote given repairs alone); otherwise it is refused. */
  allowEmpty?: boolean;
}

const EXPECTED =
  "the build or extension action's `images` output: a JSON array of objects with `reference` (<repository>@sha256:…) and `tags`";

interface Entry {
  reference?: unknown;
  tags?: unknown;
  promote?: { repository?: unknown; tags?: unknown; immutable?: unknown };
  target?: unknown;
  name?: unknown;
  major?: unknown;
  distribution?: unknown;
}

function strings(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
    throw PromoteError.notAllowed(where, JSON.stringify(value), 'an array of tag references');
  }
  return value as string[];
}

/** A tag name from `repo:tag`, `tag`, checked to belong to `repository` when it names one. */
function tagName(value: string, repository: string | undefined, where: string): string {
  if (!value.includes('/') && !value.includes('@')) return value;
  const ref = parseReference(value);
  if (ref.tag === undefined || ref.digest !== undefined) {
    throw PromoteError.notAllowed(where, value, 'a tag reference, <repository>:<tag>');
  }
  if (repository !== undefined && formatReference({ ...ref, tag: undefined }) !== repository) {
    throw PromoteError.notAllowed(where, value, `a tag of ${repository}`);
  }
  return ref.tag;
}

/** `promote.immutable`, or 1 (the build's one immutable tag, first) when it is not given. */
function immutableCount(value: unknown, tags: number, where: string): number {
  if (value === undefined) return Math.min(1, tags);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > tags) {
    throw PromoteError.notAllowed(
      `${where}.promote.immutable`,
      JSON.stringify(value),
      `how many of the tags are immutable: a whole number from 0 to ${tags}`,
    );
  }
  return value;
}

function labelOf(e: Entry, fallback: string): string {
  if (typeof e.target === 'string') return e.target;
  if (typeof e.name === 'string') {
    const parts = [e.name, e.major, e.distribution].filter(
      (p) => typeof p === 'string' || typeof p === 'number',
    );
    return parts.join(' ');
  }
  return fallback;
}

function request(e: Entry, i: number, options: ImagesInputOptions): PromoteRequest {
  const where = `images[${i}]`;
  if (typeof e.reference !== 'string') {
    throw PromoteError.notAllowed(
      `${where}.reference`,
      String(e.reference),
      '<repository>@sha256:…',
    );
  }
  let ref: ImageReference;
  try {
    ref = parseReference(e.reference);
  } catch (error) {
    throw PromoteError.notAllowed(
      `${where}.reference`,
      e.reference,
      `<repository>@sha256:… (${(error as Error).message})`,
    );
  }
  if (ref.digest === undefined || !isDigest(ref.digest)) {
    throw PromoteError.notAllowed(
      `${where}.reference`,
      e.reference,
      'a reference by digest, <repository>@sha256:…: promote copies what was tested, byte for byte',
    );
  }
  const sourceRef = { registry: ref.registry, repository: ref.repository, digest: ref.digest };
  const sourceRepository = formatReference({ registry: ref.registry, repository: ref.repository });

  const planned = e.promote;
  let destination: string;
  let tags: string[];
  if (planned !== undefined) {
    if (typeof planned.repository !== 'string' || planned.repository === '') {
      throw PromoteError.notAllowed(
        `${where}.promote.repository`,
        String(planned.repository),
        'the production repository',
      );
    }
    const own = formatReference(parseReference(planned.repository));
    tags = strings(planned.tags, `${where}.promote.tags`).map((t) =>
      tagName(t, own, `${where}.promote.tags`),
    );
    destination = options.to ?? own;
  } else {
    const derived = productionRepositoryOf(sourceRepository);
    if (options.to === undefined && derived === undefined) {
      throw PromoteError.notAllowed(
        `${where}.reference`,
        e.reference,
        `an image of a testing repository (<name>${TESTING_SUFFIX}), or give \`to\`: the production repository cannot be told from it`,
      );
    }
    destination = options.to ?? derived ?? '';
    tags = strings(e.tags, `${where}.tags`).map((t) =>
      tagName(t, sourceRepository, `${where}.tags`),
    );
  }
  if (tags.length === 0) {
    throw PromoteError.notAllowed(
      `${where}.tags`,
      '[]',
      'at least one tag: an image promoted without one could not be found again',
    );
  }
  const destinationRef = parseReference(destination);
  if (destinationRef.tag !== undefined || destinationRef.digest !== undefined) {
    throw PromoteError.notAllowed('to', destination, 'a repository, without tag or digest');
  }
  const canonical = formatReference(destinationRef);
  if (canonical === sourceRepository) {
    throw PromoteError.notAllowed(
      'to',
      canonical,
      `a repository other than the image's own (${sourceRepository})`,
    );
  }
  return {
    source: e.reference,
    sourceRef,
    digest: ref.digest,
    destination: canonical,
    destinationRef,
    tags: [...new Set(tags)],
    immutable: immutableCount(planned?.immutable, new Set(tags).size, where),
    label: labelOf(e, `images[${i}]`),
  };
}

/** Parses the `images` input (JSON text, or the array already parsed). */
export function parseImages(
  input: string | unknown,
  options: ImagesInputOptions = {},
): PromoteRequest[] {
  let value = jsonInput('images', input, EXPECTED);
  value = imagesArray(value);
  if (!Array.isArray(value)) {
    throw PromoteError.notAllowed('images', JSON.stringify(value).slice(0, 200), EXPECTED);
  }
  if (value.length === 0 && options.allowEmpty !== true) {
    throw PromoteError.notAllowed('images', '[]', `${EXPECTED}, not empty (or \`repairs\` alone)`);
  }
  // `to` is often written from a workflow's repository owner: lowered, as registries require.
  if (options.to !== undefined) options = { ...options, to: lowercaseName(options.to) };
  if (options.to !== undefined) {
    try {
      parseReference(options.to);
    } catch (error) {
      throw PromoteError.notAllowed('to', options.to, `a repository (${(error as Error).message})`);
    }
  }
  const requests = value.map((e, i) => {
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      throw PromoteError.notAllowed(`images[${i}]`, JSON.stringify(e), EXPECTED);
    }
    return request(e as Entry, i, options);
  });
  // Two entries writing one tag would leave it to whichever came last.
  const owners = new Map<string, string>();
  for (const r of requests) {
    for (const tag of r.tags) {
      const key = `${r.destination}:${tag}`;
      const other = owners.get(key);
      if (other !== undefined && other !== r.digest) {
        throw PromoteError.notAllowed(
          'images',
          key,
          `one image per tag; ${key} is given for ${other} and ${r.digest}`,
        );
      }
      owners.set(key, r.digest);
    }
  }
  return requests;
}
