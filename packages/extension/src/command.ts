/**
 * `extensionCommand`: everything the extension action and `pgforge extension` do, from parsed
 * options to pushed images (or an OCI image layout) and the Cluster snippet. The edge fills
 * the options from inputs or flags and the environment; nothing here reads process.env.
 *
 * The steps have rooms of their own: options.ts (and their checks), config.ts, clients.ts (the
 * clients and caches of a run), package-plans.ts and directory-plans.ts (what to make),
 * make-image.ts, tag-policy.ts (where each image goes, under which tags), publish.ts and
 * output.ts (what is returned).
 */
import { availableParallelism } from 'node:os';
import { resolve as resolvePath } from 'node:path';
import { renderMarkdown } from '@pgforge/summary';
import { batchPackages, isBatch } from './batch.js';
import { mapBounded, serially } from './bounded.js';
import { clientsOf } from './clients.js';
import { clusterExtensionsYaml } from './cluster.js';
import { configOf, specsOf } from './config.js';
import { directoryPlans } from './directory-plans.js';
import { ExtensionError, ExtensionOptionsError } from './errors.js';
import type { MadeImage } from './image-cache.js';
import { makeImage } from './make-image.js';
import { checkOptions, type ExtensionCommandOptions } from './options.js';
import {
  imageOutput,
  type ExtensionCommandResult,
  type ExtensionImageOutput,
  type RefusedPackage,
} from './output.js';
import { packagePlans } from './package-plans.js';
import type { Plan } from './plan.js';
import { pushImage, writeImageLayout } from './publish.js';
import { mapRequirements } from './requirements.js';
import { extensionSummaryDocument } from './summary.js';
import { rfc3339, tagPolicy } from './tag-policy.js';

export async function extensionCommand(
  options: ExtensionCommandOptions,
): Promise<ExtensionCommandResult> {
  checkOptions(options);
  const batch = isBatch(options);
  const config = await configOf(options);
  const log = options.log;
  const { apt, views, systems, operands, imageCache, registry, settled } = clientsOf(
    options,
    config,
  );
  const destinationOf = tagPolicy(options, config.registry);
  const epoch = options.sourceDateEpoch ?? 0;
  const created = rfc3339(epoch);
  /** What of the options reaches an image, besides its plan: part of its cache key. */
  const keyOptions = (subject: ExtensionCommandOptions): Record<string, unknown> => ({
    name: subject.name ?? null,
    packages: subject.packages ?? [],
    systemLibraries: options.systemLibraries,
    epoch,
    source: options.source ?? null,
    annotations: config.annotations,
    baseRepository: `${config.registry}/${config.name}`,
  });

  /** The image of one plan: made before from the same inputs (image-cache.ts), or made now. */
  const imageOf = async (
    subject: ExtensionCommandOptions,
    plan: Plan,
  ): Promise<MadeImage | undefined> => {
    const key = imageCache && plan.key ? await plan.key(keyOptions(subject)) : undefined;
    const cached = key !== undefined ? await imageCache?.get(key) : undefined;
    if (cached) {
      log?.(
        `${cached.name} ${cached.sqlVersion} for PostgreSQL ${plan.major} on ${plan.distribution}: made before from the same inputs (cache)`,
      );
      return cached;
    }
    const assembled = await Promise.all(plan.platforms.map((p) => p.assemble()));
    // Whether a requirement is contrib is read only when there is one.
    const required = assembled[0]?.contract.controls.some((c) => c.requires.length > 0);
    const operand = required && plan.operand ? await plan.operand() : undefined;
    const made = await makeImage(subject, assembled, {
      ...(operand ? { operand } : {}),
      major: plan.major,
      distribution: plan.distribution,
      epoch,
      created,
      baseRepository: `${config.registry}/${config.name}`,
      annotations: config.annotations,
      ...(options.source ? { source: options.source } : {}),
    });
    if (made && key !== undefined && plan.usedHints?.() !== true) {
      // A cache that cannot be written costs the next run a build, nothing else.
      await imageCache?.put(key, made).catch(() => undefined);
    }
    return made;
  };

  const images: ExtensionImageOutput[] = [];
  const publishing = serially();
  const layout = options.push ? undefined : resolvePath(options.output ?? '.');

  /** The images of one subject (its packages or directory): one per major × distribution. */
  const imagesOf = async (
    subject: ExtensionCommandOptions,
  ): Promise<{ name: string | undefined; images: ExtensionImageOutput[] }> => {
    const built: ExtensionImageOutput[] = [];
    const plans =
      subject.directory !== undefined
        ? await directoryPlans(subject, config, apt, systems, views)
        : await packagePlans(subject, config, apt, systems, views, operands);

    let imageName = subject.name;
    for (const plan of plans) {
      const started = Date.now();
      const made = await imageOf(subject, plan);
      if (!made) continue;
      // Every major and distribution must come to the same name: their repository is one.
      if (subject.name === undefined) {
        if (imageName !== undefined && made.name !== imageName) {
          throw new ExtensionOptionsError(
            'name',
            `required: PostgreSQL ${plan.major} on ${plan.distribution} would name the image ${made.name} (${made.nameFrom ?? 'derived'}), the images before it ${imageName}; one repository holds one name`,
          );
        }
        if (imageName === undefined)
          log?.(`image name ${made.name}, from ${made.nameFrom ?? 'its contents'}`);
      }
      imageName = made.name;
      const { name, sqlVersion, index } = made;
      const destination = destinationOf({
        name,
        version: sqlVersion,
        major: plan.major,
        distribution: plan.distribution,
        digest: index.digest,
      });
      const image = { index, platforms: made.platformImages, tags: destination.tags };
      await publishing(async () => {
        if (registry) {
          await pushImage(registry, destination.repository, image, {
            ...(options.mountFrom ? { mountFrom: options.mountFrom } : {}),
          });
        } else if (layout) {
          await writeImageLayout(layout, image);
        }
      });
      built.push(imageOutput(made, plan, destination));
      log?.(
        `${name} ${sqlVersion} for PostgreSQL ${plan.major} on ${plan.distribution} ` +
          `(${made.platforms.map((p) => p.platform).join(', ')}): ${index.digest}` +
          `${registry ? ` pushed to ${destination.repository}` : ` written to ${layout}`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    return { name: imageName, images: built };
  };

  let imageName: string | undefined;
  const refused: RefusedPackage[] = [];
  if (batch) {
    const packages = await batchPackages(options, config, specsOf(config), apt, views);
    // A counter as each package ends (in the order they end: several are made at once), so a
    // batch of a hundred says how far it is.
    let ended = 0;
    const counted = (pkg: string, what: string, started: number): void =>
      log?.(
        `[${++ended}/${packages.length}] ${pkg}: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    log?.(`batch: ${packages.length} package${packages.length === 1 ? '' : 's'}`);
    // One image per core at a time; the results in the packages' order, whatever finished first.
    const outcomes = await mapBounded(packages, availableParallelism(), async (pkg) => {
      const started = Date.now();
      try {
        const made = (await imagesOf({ ...options, packages: [pkg], name: undefined })).images;
        counted(pkg, `${made.length} image${made.length === 1 ? '' : 's'}`, started);
        return { images: made };
      } catch (error) {
        if (!(error instanceof ExtensionError)) throw error;
        counted(pkg, `refused: ${error.message}`, started);
        return { refused: { package: pkg, reason: error.message } };
      }
    });
    for (const outcome of outcomes) {
      if (outcome.images) images.push(...outcome.images);
      if (outcome.refused) refused.push(outcome.refused);
    }
  } else {
    const one = await imagesOf(options);
    imageName = one.name;
    images.push(...one.images);
  }

  // A requirement another image of this run provides is named with it.
  const mapped = mapRequirements(images);
  images.splice(0, images.length, ...mapped);
  const entries = images.map((i) => i.clusterExtension);
  // The indexes read cold were stored while the images were made; the next run finds them.
  await settled();
  const document = extensionSummaryDocument(batch ? 'batch' : (imageName ?? 'extension'), images, {
    pushed: registry !== undefined,
    ...(layout ? { layout } : {}),
    refused,
  });
  return {
    name: imageName ?? options.name ?? '',
    images,
    refused,
    clusterExtensions: clusterExtensionsYaml(
      images.map((i) => ({
        entry: i.clusterExtension,
        comment: `PostgreSQL ${i.major} on ${i.distribution}`,
        metadata: i.metadata,
      })),
    ),
    entries,
    ...(layout ? { layout } : {}),
    pushed: registry !== undefined,
    summary: renderMarkdown(document),
    summaryDocument: document,
  };
}
