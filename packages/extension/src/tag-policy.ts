/**
 * Where each image goes and under which tags. `image` names the production repository; images
 * are pushed to its testing twin, and only promote writes production, once the image has
 * passed its smoke test (mounted). A tag naming the run's time is the immutable one.
 */
import { lowercaseName, parseReference, type RepositoryReference } from '@pgforge/oci';
import {
  productionRepositoryOf,
  tagTimestamp,
  testingRepositoryOf,
  type PromotePlan,
} from '@pgforge/targets';
import { ExtensionOptionsError } from './errors.js';
import type { ExtensionCommandOptions } from './options.js';
import { DEFAULT_EXTENSION_TAGS, renderTags } from './tags.js';

function repositoryOf(value: string): RepositoryReference {
  let ref;
  try {
    ref = parseReference(value);
  } catch (error) {
    throw new ExtensionOptionsError('image', (error as Error).message);
  }
  if (ref.tag !== undefined || ref.digest !== undefined) {
    throw new ExtensionOptionsError(
      'image',
      `"${value}" names a tag or digest; give the repository alone (tags come from tags)`,
    );
  }
  return { registry: ref.registry, repository: ref.repository };
}

/** `2026-11-21T13:15:00Z` for SOURCE_DATE_EPOCH. */
export function rfc3339(epoch: number): string {
  return new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
}

/** One image made: what its tags and reference are made of. */
export interface TaggedImage {
  name: string;
  /** The SQL version (`{version}`). */
  version: string;
  major: number;
  distribution: string;
  /** The index's digest. */
  digest: string;
}

/** Where one image is written, and what promote writes of it later. */
export interface ImageDestination {
  /** `<repository>@<index digest>`. */
  reference: string;
  /** `<image>-testing` when pushing, else `image` itself. */
  repository: string;
  /** The tags written there: the immutable one(s) when pushing; every tag in a layout. */
  tags: string[];
  /** The production repository and its tags there, the immutable first. */
  promote: PromotePlan;
}

export type TagPolicy = (image: TaggedImage) => ImageDestination;

/**
 * The run's policy, from `image` (or the configuration's registry), `push`, `tags` and the
 * run's clock. A given image or name is checked here, before anything is downloaded.
 */
export function tagPolicy(
  options: Pick<ExtensionCommandOptions, 'image' | 'name' | 'push' | 'tags' | 'now'>,
  registry: string,
): TagPolicy {
  const repositoriesOf = (name: string): { production: string; repositoryName: string } => {
    const repository = repositoryOf(lowercaseName(options.image ?? `${registry}/${name}`));
    const named = `${repository.registry}/${repository.repository}`;
    const production = productionRepositoryOf(named) ?? named;
    return { production, repositoryName: options.push ? testingRepositoryOf(production) : named };
  };
  if (options.image !== undefined || options.name !== undefined)
    repositoriesOf(options.name ?? 'x');
  const timestamp = tagTimestamp(options.now);
  const templates = options.tags ?? DEFAULT_EXTENSION_TAGS;
  return ({ name, version, major, distribution, digest }) => {
    const { production, repositoryName } = repositoriesOf(name);
    const values = { version, major: String(major), distribution, timestamp, name };
    const allTags = renderTags(templates, values);
    // A tag naming the run's time is the immutable one: testing gets it alone (every tag when no
    // template names the time), production gets it first and the moving tags after it.
    const immutable = renderTags(
      templates.filter((t) => t.includes('{timestamp}')),
      values,
    );
    const productionTags = [...new Set([...immutable, ...allTags])];
    return {
      reference: `${repositoryName}@${digest}`,
      repository: repositoryName,
      tags: options.push && immutable.length > 0 ? immutable : allTags,
      promote: {
        repository: production,
        tags: productionTags.map((t) => `${production}:${t}`),
        immutable: immutable.length,
      },
    };
  };
}
