import { bakeDefinition, type BakeDefinition } from '@pgforge/bake';
import { PGDG_MIRROR, renderTemplate, type Config } from '@pgforge/config';
import {
  formatPlatform,
  formatReference,
  parsePlatform,
  parseReference,
  platformMatches,
} from '@pgforge/oci';
import {
  expandTargets,
  sha256Hex,
  tagTimestamp,
  type Resolution,
  type SourceInfo,
  type Target,
} from '@pgforge/targets';
import { renderMarkdown, type SummaryDocument } from '@pgforge/summary';
import { githubMatrix, summaryDocument, type GroupBy, type MatrixEntry } from './outputs.js';
import {
  ChangelogReader,
  distributionSources,
  imageAptSources,
  pgdgImageKeyring,
  readDistributionView,
  resolveDistribution,
  type BaseImageReader,
  type DebReader,
  type PackageIndexReader,
  type ReleaseReader,
  type PredictionStore,
  type SourceRepository,
} from '@pgforge/package-view';
import { releaseNotes, type NotesReader } from './notes.js';
import { platformsOf } from './platforms.js';
import {
  decide,
  publishedImage,
  type Decision,
  type PublishedImageReader,
  type Repair,
} from './skip.js';

export interface MatrixInputs {
  config: Config;
  /** The run's clock: one UTC minute for every tag. */
  now: Date;
  /** The Dockerfile the images are built from: its bytes go into every fingerprint. */
  dockerfile: { directory: string; name: string; content: string | Uint8Array };
  skipUnchanged: boolean;
  /** Repair targets whose tags moved instead of building them (the caller re-tags). */
  repair?: boolean;
  force: boolean;
  groupBy: GroupBy;
  source?: SourceInfo;
  /**
   * The machine's apt configuration root ('/'), read only when no base image can be read, and
   * then only for an entry that proves to be Debian's archive.
   */
  hostRoot?: string;
  /** Where the bake definition finds the PGDG key files (packages.keyring), if any. */
  keyringContext?: string;
  /** The checkout the matrix runs in (see MatrixCommandOptions.workspace). */
  workspace?: string;
  /** Test builds here instead of the configuration's registry (see testing-registry.ts). */
  testingRegistry?: string;
}

export type RegistryReader = PublishedImageReader;

export interface MatrixDeps {
  apt: PackageIndexReader & ReleaseReader;
  registry: RegistryReader;
  /** The base image's files: through the registry, and from the local image store. */
  bases: { registry?: BaseImageReader; local?: BaseImageReader };
  /** Where keyrings read from a base image are kept, by content. */
  keyringDir: string;
  /**
   * For release notes: the packages of a published image (see published.ts) and the `.deb`
   * files whose changelogs say what changed. Without them, notes carry counts alone.
   */
  notes?: {
    published(reference: string, platform: string): Promise<Map<string, string> | undefined>;
    debs: DebReader;
  };
  /** Where predicted images are kept between runs (none: computed every time). */
  predictions?: PredictionStore;
  log?: (message: string) => void;
  warn?: (message: string) => void;
}

export interface MatrixResult {
  /** Every selected target, kept or skipped. */
  targets: Target[];
  kept: Target[];
  skipped: { target: string; reason: string; checked?: string }[];
  /** Targets not built because an image in production is them: tags to point at it again. */
  repairs: ({ target: string } & Repair)[];
  /** Targets not built because their build could not be promoted, each with why. */
  refused: { target: string; reason: string }[];
  decisions: Decision[];
  matrix: { include: MatrixEntry[] };
  bake: BakeDefinition;
  /** Markdown for the step summary. */
  summary: string;
  /** The same summary as a document, for a terminal. */
  summaryDocument: SummaryDocument;
  timestamp: string;
}

/** Reads the package source and the registry, and computes everything the matrix action emits. */
export async function planMatrix(inputs: MatrixInputs, deps: MatrixDeps): Promise<MatrixResult> {
  const { config } = inputs;
  const log = deps.log ?? (() => undefined);

  // Read first: a keyring that is not a key is the configuration's mistake, named as such.
  const keyring = await pgdgImageKeyring(config, inputs.workspace);
  const views = new Map<string, SourceRepository[]>();
  const perDistribution = await Promise.all(
    config.distributions.map(async (distribution) => {
      const base = await baseImage(config, distribution, deps);
      const view = await readDistributionView(config, distribution, base, {
        ...deps.bases,
        apt: deps.apt,
        keyringDir: deps.keyringDir,
        ...(inputs.hostRoot !== undefined ? { hostRoot: inputs.hostRoot } : {}),
        log,
        ...(deps.warn ? { warn: deps.warn } : {}),
      });
      const resolutions = await resolveDistribution(config, distribution, deps.apt, {
        view,
        log,
        ...(deps.predictions ? { predictions: deps.predictions } : {}),
      });
      views.set(
        distribution,
        distributionSources(config, distribution, { view: view.repositories, previewMajors: [] })
          .repositories,
      );
      const aptSources = await imageAptSources(config, view.repositories, inputs.workspace);
      // A platform whose base could not be read has its base packages estimated.
      const estimated = view.platforms.some((p) => p.installed === undefined);
      const read = estimated ? { ...base, estimated: true } : base;
      return resolutions.map((r): Resolution => ({ ...r, base: read, aptSources }));
    }),
  );
  // Majors first, then distributions, as people read a release.
  const resolutions = perDistribution
    .flat()
    .sort(
      (a, b) =>
        a.major - b.major ||
        config.distributions.indexOf(a.distribution) - config.distributions.indexOf(b.distribution),
    );

  const expandInputs = {
    config,
    resolutions,
    now: inputs.now,
    dockerfileDigest: sha256Hex(inputs.dockerfile.content),
    pgdgMirror:
      config.packages.source === 'pgdg' ? (config.packages.mirror ?? PGDG_MIRROR) : undefined,
    ...(keyring ? { keyring } : {}),
    normaliseImage: (image: string) => formatReference(parseReference(image)),
    source: inputs.source,
    ...(inputs.testingRegistry !== undefined ? { testingRegistry: inputs.testingRegistry } : {}),
  };
  const all = expandTargets(expandInputs, false);
  const targets = all.filter((t) => config.selectedFlavours.includes(t.flavour));

  const decisions = await decide(targets, deps.registry, {
    skipUnchanged: inputs.skipUnchanged,
    force: inputs.force,
    ...(inputs.repair ? { repair: true } : {}),
  });
  for (const d of decisions) if (d.warning) deps.warn?.(d.warning);
  const keptIds = new Set(decisions.filter((d) => d.kept).map((d) => d.id));
  const kept = targets.filter((t) => keptIds.has(t.id));
  await addNotes(kept, decisions, views, deps);
  const timestamp = tagTimestamp(inputs.now);
  const document = summaryDocument(targets, decisions, timestamp);
  return {
    targets,
    kept,
    repairs: decisions.flatMap((d) => (d.repair ? [{ target: d.id, ...d.repair }] : [])),
    refused: decisions.flatMap((d) => (d.refused ? [{ target: d.id, reason: d.refused }] : [])),
    skipped: decisions
      .filter((d) => !d.kept && d.refused === undefined)
      .map((d) => ({
        target: d.id,
        reason: d.reason,
        ...(d.checked ? { checked: d.checked } : {}),
      })),
    decisions,
    matrix: githubMatrix(kept, inputs.groupBy),
    bake: bakeDefinition(kept, all, {
      context: inputs.dockerfile.directory,
      dockerfile: inputs.dockerfile.name,
      ...(inputs.keyringContext ? { keyringContext: inputs.keyringContext } : {}),
    }),
    summaryDocument: document,
    summary: renderMarkdown(document),
    timestamp,
  };
}

/**
 * Release notes for every kept target, against the image published under its tags. A notes
 * failure (a registry or archive hiccup) costs the notes' detail, never the run: the target
 * then carries its counts, and a warning says why.
 */
async function addNotes(
  kept: Target[],
  decisions: Decision[],
  views: ReadonlyMap<string, SourceRepository[]>,
  deps: MatrixDeps,
): Promise<void> {
  const published = new Map(decisions.map((d) => [d.id, d.published]));
  const changelogs = deps.notes ? new ChangelogReader(deps.notes.debs) : undefined;
  const reader: NotesReader = {
    publishedPackages: (reference, platform) =>
      deps.notes ? deps.notes.published(reference, platform) : Promise.resolve(undefined),
    changelog: async (target, architecture, name, version, from) =>
      changelogs
        ? changelogs.entries(
            views.get(target.distribution) ?? [],
            architecture,
            name,
            version,
            from,
          )
        : [],
  };
  for (const target of kept) {
    const since = published.get(target.id) ?? (await publishedImage(target, deps.registry));
    try {
      target.notes = await releaseNotes(target, since, reader);
    } catch (error) {
      deps.warn?.(
        `${target.id}: no release notes against ${since ?? 'the published image'}: ${(error as Error).message}`,
      );
      target.notes = await releaseNotes(target, undefined, reader);
    }
  }
}

/**
 * The base image of a distribution, with its digest when the registry tells it. A configured
 * platform the base lacks is reported: BuildKit (0.13, docker driver) would quietly build it
 * on another platform's base and label the result with the platform asked for.
 */
async function baseImage(
  config: Config,
  distribution: string,
  deps: MatrixDeps,
): Promise<{ image: string; digest?: string }> {
  const image = renderTemplate(config.base.image, { distribution });
  if (!config.base.resolveDigest) return { image };
  let digest: string | undefined;
  try {
    digest = await deps.registry.resolveDigest(image);
  } catch (e) {
    deps.warn?.(
      `base image ${image}: digest unknown (${(e as Error).message}); the fingerprint uses its name only`,
    );
    return { image };
  }
  if (!digest) {
    deps.warn?.(
      `base image ${image} not found in its registry: the fingerprint uses its name only`,
    );
    return { image };
  }
  const missing = await missingBasePlatforms(image, digest, config.platforms, deps.registry).catch(
    (e: unknown) => {
      deps.warn?.(`base image ${image}: its platforms could not be read (${(e as Error).message})`);
      return undefined;
    },
  );
  if (missing && missing.lacking.length > 0) {
    deps.warn?.(
      `base image ${image} (${digest}) has no ${missing.lacking.join(', ')} image ` +
        `(it has ${missing.has.join(', ') || 'none'}): a build for ${missing.lacking.length === 1 ? 'that platform' : 'those platforms'} ` +
        "would run on another platform's base, and the build refuses such an image. Use a " +
        'multi-platform base, or drop the platform from `platforms`.',
    );
  }
  return { image, digest };
}

/** The configured platforms a base image (by digest) has no image for. */
async function missingBasePlatforms(
  image: string,
  digest: string,
  platforms: readonly string[],
  registry: RegistryReader,
): Promise<{ lacking: string[]; has: string[] }> {
  const { registry: host, repository } = parseReference(image);
  const byDigest = formatReference({ registry: host, repository, digest });
  const has = await platformsOf(registry, byDigest, await registry.getManifest(byDigest));
  return {
    lacking: platforms.filter((p) => !has.some((h) => platformMatches(h, parsePlatform(p)))),
    has: has.map(formatPlatform),
  };
}
