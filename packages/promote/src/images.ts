/**
 * What to promote, from the build or extension action's image records (`images`): each one's
 * `reference` (the testing repository, by digest) and where it goes. A record's `promote`
 * (repository and tags, immutable first) says that exactly; without one, the production
 * repository is the testing one without its `-testing` suffix and the tags are the record's own.
 */
import { formatReference, lowercaseName, parseReference, type ImageReference } from '@pgforge/oci';
import {
  productionRepositoryOf,
  TESTING_SUFFIX,
  type ImageRecord,
  type RecordsOrigin,
} from '@pgforge/targets';
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

/** The `images` input, as its front ends read it with parseImageRecords. */
export const IMAGES_INPUT: RecordsOrigin = {
  input: 'images',
  expected: EXPECTED,
  error: (field, value, allowed) => PromoteError.notAllowed(field, value, allowed),
};

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

function labelOf(r: ImageRecord, fallback: string): string {
  if (r.target !== undefined) return r.target;
  if (r.name !== undefined) {
    return [r.name, r.major, r.distribution].filter((p) => p !== undefined).join(' ');
  }
  return fallback;
}

function request(r: ImageRecord, i: number, options: ImagesInputOptions): PromoteRequest {
  const where = `images[${i}]`;
  const ref = parseReference(r.reference);
  const sourceRef = { registry: ref.registry, repository: ref.repository, digest: r.digest };
  const sourceRepository = formatReference({ registry: ref.registry, repository: ref.repository });

  const planned = r.promote;
  let destination: string;
  let tags: string[];
  if (planned !== undefined) {
    const own = formatReference(parseReference(planned.repository));
    tags = planned.tags.map((t) => tagName(t, own, `${where}.promote.tags`));
    destination = options.to ?? own;
  } else {
    const derived = productionRepositoryOf(sourceRepository);
    if (options.to === undefined && derived === undefined) {
      throw PromoteError.notAllowed(
        `${where}.reference`,
        r.reference,
        `an image of a testing repository (<name>${TESTING_SUFFIX}), or give \`to\`: the production repository cannot be told from it`,
      );
    }
    destination = options.to ?? derived ?? '';
    tags = (r.tags ?? []).map((t) => tagName(t, sourceRepository, `${where}.tags`));
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
  const unique = [...new Set(tags)];
  return {
    source: r.reference,
    sourceRef,
    digest: r.digest,
    destination: canonical,
    destinationRef,
    tags: unique,
    // The build's one immutable tag, first, when the record says nothing of them.
    immutable: Math.min(planned?.immutable ?? 1, unique.length),
    label: labelOf(r, where),
  };
}

/** What promote does with each image record: where it goes and under which tags. */
export function promoteRequests(
  images: readonly ImageRecord[],
  options: ImagesInputOptions = {},
): PromoteRequest[] {
  if (images.length === 0 && options.allowEmpty !== true) {
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
  const requests = images.map((r, i) => request(r, i, options));
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
