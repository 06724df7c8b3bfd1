/**
 * `extensionCommand`: everything the extension action and `pgforge extension` do, from parsed
 * options to pushed images (or an OCI image layout) and the Cluster snippet. The edge fills
 * the options from inputs or flags and the environment; nothing here reads process.env.
 */
import { availableParallelism, homedir, tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import {
  AptClient,
  codeVersion,
  type AptRepository,
  type ContentsIndex,
  type ReleaseFile,
} from '@pgforge/apt';
import { loadConfig, type Config, type PackageSource } from '@pgforge/config';
import { isElf, readElf } from '@pgforge/elf';
import {
  distributionSources,
  LocalStoreBaseReader,
  predictionStore,
  RegistryBaseReader,
  viewsOf,
  type BaseImageReader,
  type ReleaseReader,
  type ViewOf,
} from '@pgforge/package-view';
import {
  dockerConfigCredentials,
  lowercaseName,
  parsePlatform,
  parseReference,
  RegistryClient,
  type RepositoryReference,
} from '@pgforge/oci';
import { byPlatform } from '@pgforge/platform';
import {
  productionRepositoryOf,
  tagTimestamp,
  testingRepositoryOf,
  type ImageRecord,
  type PromotePlan,
  type SourceInfo,
} from '@pgforge/targets';
import type { PostgresVersionSpec } from '@pgforge/versions';
import { renderMarkdown, type SummaryDocument } from '@pgforge/summary';
import { batchPackages, isBatch } from './batch.js';
import { mapBounded, serially } from './bounded.js';

import { ImageCache } from './image-cache.js';
import { imageKey } from './image-key.js';
import type { ExtensionMetadata, OperandCatalogue } from './metadata.js';
import { mapRequirements, OperandExtensions } from './requirements.js';
import {
  assembleFromDirectory,
  assembleFromPackages,
  machineOf,
  platformOfMachine,
  type AssembledPlatform,
  type PackageRecord,
  type SystemContext,
} from './assemble.js';
import {
  clusterEntry,
  clusterExtensionsYaml,
  EXTENSION_NAME,
  EXTENSION_NAME_MAX,
  type ClusterExtensionEntry,
} from './cluster.js';
import type { EnvVar } from './data.js';
import { readDirectoryTree } from './directory.js';
import { ExtensionError, ExtensionOptionsError, ModuleArchitectureError } from './errors.js';
import {
  cachedMinimalImage,
  minimalFlavourPackages,
  type MinimalCache,
  type MinimalImage,
} from './minimal.js';
import { makeImage } from './make-image.js';
import { pushImage, writeImageLayout, type ImagePusher } from './publish.js';
import { resolveImages } from './resolve.js';
import {
  candidate,
  loadArchSources,
  loadContents,
  type AptReader,
  type ArchSources,
} from './sources.js';
import { extensionSummaryDocument } from './summary.js';
import { checkTagTemplates, DEFAULT_EXTENSION_TAGS, renderTags } from './tags.js';

export type SystemLibrariesMode = 'auto' | 'none';
export const SYSTEM_LIBRARIES_MODES: readonly SystemLibrariesMode[] = ['auto', 'none'];

export interface ExtensionCommandOptions {
  /**
   * The image's name: where CNPG mounts it (/extensions/<name>) and the repository's last
   * component. Default: its only control file's name, else its package's (image-name.ts).
   */
  name?: string;
  /**
   * Debian package name templates (`postgresql-{major}-pgvector`); or `directory`. A `*`
   * (`postgresql-{major}-*`) makes a batch: one image per matching package.
   */
  packages?: string[];
  /** One image per template of `packages` (a list the front end read from a file). */
  batch?: boolean;
  /** A `make install DESTDIR=` tree, or a tree in the image layout; or `packages`. */
  directory?: string;
  /** PostgreSQL majors (`18`; `17.6` pins a release); default the configuration's. */
  postgres?: string[];
  distributions?: string[];
  /** Default the configuration's, or for a directory the platform of its modules. */
  platforms?: string[];
  packageSource?: PackageSource;
  mirror?: string;
  /** Accept a Release past its Valid-Until (sid); default the configuration's. */
  allowExpiredRelease?: boolean;
  /** The repository to push to; default `<registry>/<name>` of the configuration. */
  image?: string;
  push: boolean;
  /** Where the OCI image layout is written when not pushing. */
  output?: string;
  /** Tag templates; default the two of docs/contracts.md (DEFAULT_EXTENSION_TAGS). */
  tags?: string[];
  systemLibraries: SystemLibrariesMode;
  /** images.yaml; undefined: `images.yaml` if present, else the defaults. */
  configFile?: string;
  /** The run's clock, for the tags' timestamp. */
  now: Date;
  /** mtime of every file and the images' `created`: SOURCE_DATE_EPOCH. Default 0. */
  sourceDateEpoch?: number;
  source?: SourceInfo;
  /** APT cache directory; undefined: no cache. */
  cacheDir?: string;
  /**
   * Where the operand base's files come from (its apt sources, keyrings and dpkg status):
   * default its registry by digest, then the local image store (Docker).
   */
  bases?: { registry?: BaseImageReader; local?: BaseImageReader };
  /** The machine's apt configuration root, read only when no base can be read ('/'). */
  hostRoot?: string;
  /** Repositories of the same registry to mount blobs from before uploading them. */
  mountFrom?: string[];
  /** Docker's config.json location and environment, for registry credentials. */
  docker?: { env: Record<string, string | undefined>; homeDir?: string };
  apt?: AptReader;
  registry?: ImagePusher;
  log?: (message: string) => void;
  warn?: (message: string) => void;
}

export interface PlatformOutput {
  platform: string;
  /** The platform manifest's digest. */
  digest: string;
  /** Compressed size of its layers. */
  size: number;
  packages: PackageRecord[];
  systemPackages: PackageRecord[];
  systemLibraries: number;
  /** Bytes of the files under system/. */
  systemBytes: number;
  files: number;
}

/** One image made: the record the next steps take (ImageRecord), and what it holds. */
export interface ExtensionImageOutput extends ImageRecord {
  /** `<repository>@<index digest>`. */
  reference: string;
  digest: string;
  /** Where it was pushed: `<image>-testing` (or, without push, `image` itself). */
  repository: string;
  /** The tags written there: the immutable one(s) when pushing; every tag in a layout. */
  tags: string[];
  /**
   * What promote writes once the image has passed its smoke test: `image` (the production
   * repository) and the full references of its tags there, the immutable first.
   */
  promote: PromotePlan;
  major: number;
  distribution: string;
  /** The Debian version of the PostgreSQL server the packages were resolved with. */
  postgresVersion?: string;
  sqlVersion: string;
  extensions: string[];
  platforms: PlatformOutput[];
  env: EnvVar[];
  /** What a CNPG user must know to use it (metadata.ts). */
  metadata: ExtensionMetadata;
  clusterExtension: ClusterExtensionEntry;
  annotations: Record<string, string>;
}

/** A package of a batch that became no image, and why (one line). */
export interface RefusedPackage {
  package: string;
  reason: string;
}

export interface ExtensionCommandResult {
  /** The image's name, given or derived ('' for a batch: each image has its own). */
  name: string;
  images: ExtensionImageOutput[];
  /** Packages of a batch that became no image, each with the reason. */
  refused: RefusedPackage[];
  /** YAML list of `.spec.postgresql.extensions` entries. */
  clusterExtensions: string;
  entries: ClusterExtensionEntry[];
  /** The OCI image layout written (when not pushing). */
  layout?: string;
  pushed: boolean;
  /** Markdown for the step summary. */
  summary: string;
  /** The same summary as a document, for a terminal. */
  summaryDocument: SummaryDocument;
}

interface Plan {
  major: number;
  distribution: string;
  postgresVersion?: string;
  platforms: { platform: string; assemble: () => Promise<AssembledPlatform> }[];
  /** The operand image's own extensions (contrib), read on first need. */
  operand?: () => Promise<OperandCatalogue>;
  /**
   * The image's cache key given what of the options reaches it (image-key.ts); absent where
   * nothing is cached (a directory, an APT reader without signed Releases).
   */
  key?: (options: Record<string, unknown>) => Promise<string>;
  /** Whether assembling used an index that did not match its Release: such an image is not kept. */
  usedHints?: () => boolean;
}

function checkOptions(options: ExtensionCommandOptions): void {
  if (
    options.name !== undefined &&
    (!EXTENSION_NAME.test(options.name) || options.name.length > EXTENSION_NAME_MAX)
  ) {
    throw new ExtensionOptionsError(
      'name',
      `"${options.name}" is not an extension name CNPG accepts: lowercase letters, digits, - ` +
        `and _, starting and ending with a letter or digit, at most ${EXTENSION_NAME_MAX} characters`,
    );
  }
  const hasPackages = (options.packages?.length ?? 0) > 0;
  if (hasPackages === (options.directory !== undefined)) {
    throw new ExtensionOptionsError(
      hasPackages ? 'directory' : 'package',
      hasPackages
        ? 'give either package or directory, not both'
        : 'give package (a Debian package name template, e.g. postgresql-{major}-pgvector) or directory',
    );
  }
  for (const template of options.packages ?? []) {
    if (!/^[a-z0-9][a-z0-9+.{}*-]*$/.test(template) || /\{(?!major\})/.test(template)) {
      throw new ExtensionOptionsError(
        'package',
        `"${template}" is not a Debian package name template (lowercase letters, digits, + - . ` +
          '{major}, and * for any run of them)',
      );
    }
  }
  for (const platform of options.platforms ?? []) {
    try {
      parsePlatform(platform);
      machineOf(platform);
    } catch (error) {
      throw new ExtensionOptionsError('platforms', (error as Error).message);
    }
  }
  checkTagTemplates(options.tags ?? DEFAULT_EXTENSION_TAGS);
  if (isBatch(options)) {
    // Each image of a batch is named from what it holds, in a repository of its own name.
    for (const [field, given] of [
      ['name', options.name],
      ['image', options.image],
    ] as const) {
      if (given !== undefined) {
        throw new ExtensionOptionsError(
          field,
          `"${given}" cannot name the images of a batch (${(options.packages ?? []).join(', ')}): each is named after what it holds, under the configuration's registry`,
        );
      }
    }
  }
  if (!options.push && !options.output) {
    throw new ExtensionOptionsError(
      'output',
      'required when not pushing (the OCI image layout to write)',
    );
  }
  const epoch = options.sourceDateEpoch ?? 0;
  if (!Number.isInteger(epoch) || epoch < 0) {
    throw new ExtensionOptionsError(
      'source-date-epoch',
      `${epoch} is not whole seconds since 1970`,
    );
  }
}

async function configOf(options: ExtensionCommandOptions): Promise<Config> {
  const config = await loadConfig(options.configFile, {
    overrides: {
      ...(options.postgres ? { postgres: options.postgres } : {}),
      ...(options.distributions ? { distributions: options.distributions } : {}),
      ...(options.platforms ? { platforms: options.platforms } : {}),
    },
  });
  return {
    ...config,
    packages: {
      ...config.packages,
      ...(options.packageSource ? { source: options.packageSource } : {}),
      ...(options.mirror ? { mirror: options.mirror.replace(/\/+$/, '') } : {}),
      ...(options.allowExpiredRelease !== undefined
        ? { allowExpiredRelease: options.allowExpiredRelease }
        : {}),
    },
  };
}

function specsOf(config: Config): PostgresVersionSpec[] {
  if (config.postgres === 'supported') {
    throw new ExtensionOptionsError(
      'postgres',
      '"supported" is not allowed for extensions; name the majors (17,18)',
    );
  }
  return config.postgres;
}

/** Memoized per-run look-ups of what system-library resolution needs. */
class SystemContexts {
  readonly #contents = new Map<string, Promise<ContentsIndex[]>>();
  readonly #minimalSets = new Map<string, Promise<MinimalImage>>();
  /** Distributions × architectures whose Contents index was a hint only (mid-sync). */
  readonly #hints = new Set<string>();

  constructor(
    readonly apt: AptReader,
    readonly config: Config,
    readonly cache: MinimalCache | undefined,
    readonly log?: (message: string) => void,
  ) {}

  async get(arch: ArchSources, major: number): Promise<SystemContext> {
    const key = `${arch.distribution}\0${arch.architecture}`;
    // Loaded on first need, once per distribution and architecture: most extensions need no
    // library the minimal image lacks, and then no Contents index is read at all.
    const contents = (): Promise<ContentsIndex[]> => {
      let loading = this.#contents.get(key);
      if (!loading) {
        loading = loadContents(this.apt, arch).then((indexes) => {
          if (indexes.some((i) => !i.verified)) this.#hints.add(key);
          return indexes;
        });
        this.#contents.set(key, loading);
        loading.catch(() => this.#contents.delete(key));
      }
      return loading;
    };
    const minimalKey = `${key}\0${major}`;
    let minimal = this.#minimalSets.get(minimalKey);
    if (!minimal) {
      minimal = cachedMinimalImage(
        arch,
        major,
        minimalFlavourPackages(this.config, major, arch.distribution),
        this.cache,
        this.config.packages.upgrade,
      ).then((m) => {
        this.log?.(
          `${arch.distribution}/${arch.architecture}: the minimal PostgreSQL ${major} image holds ${m.packages.size} packages`,
        );
        return m;
      });
      this.#minimalSets.set(minimalKey, minimal);
    }
    return { arch, contents, minimal: await minimal, apt: this.apt };
  }

  /** Whether a Contents index read for `arch` did not match its Release. */
  usedHints(arch: ArchSources): boolean {
    return this.#hints.has(`${arch.distribution}\0${arch.architecture}`);
  }
}

async function packagePlans(
  options: ExtensionCommandOptions,
  config: Config,
  apt: AptReader,
  systems: SystemContexts | undefined,
  views: ViewOf,
  operands: OperandExtensions,
): Promise<Plan[]> {
  const resolved = await resolveImages(apt, {
    config,
    packages: options.packages ?? [],
    specs: specsOf(config),
    distributions: config.distributions,
    platforms: config.platforms,
    view: views,
    ...(options.cacheDir !== undefined
      ? { predictions: await predictionStore(options.cacheDir) }
      : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.warn ? { warn: options.warn } : {}),
  });
  return resolved.map((r) => ({
    major: r.major,
    distribution: r.distribution,
    postgresVersion: r.postgresVersion,
    operand: async () => {
      const [first] = r.platforms;
      return first
        ? operands.get(first.arch, r.major)
        : { extensions: new Set(), preload: new Map() };
    },
    platforms: r.platforms.map((p) => ({
      platform: p.platform,
      assemble: async () =>
        assembleFromPackages({
          ...(options.name ? { name: options.name } : {}),
          platform: p.platform,
          major: r.major,
          packages: p.packages,
          roots: p.roots,
          apt,
          ...(systems ? { system: await systems.get(p.arch, r.major) } : {}),
          ...(options.log ? { log: options.log } : {}),
        }),
    })),
    ...(apt.release
      ? {
          key: async (keyOptions: Record<string, unknown>) =>
            imageKey({
              code: await codeVersion(),
              major: r.major,
              distribution: r.distribution,
              postgresVersion: r.postgresVersion,
              platforms: await Promise.all(
                r.platforms.map(async (p) => ({
                  platform: p.platform,
                  roots: p.roots,
                  packages: p.packages,
                  arch: p.arch,
                  ...(systems ? { minimal: (await systems.get(p.arch, r.major)).minimal } : {}),
                })),
              ),
              options: keyOptions,
              release: (repository) => releaseOf(apt, repository),
            }),
        }
      : {}),
    usedHints: () => r.platforms.some((p) => systems?.usedHints(p.arch) === true),
  }));
}

/** The signed Release through a reader that has it (the caller checked). */
function releaseOf(apt: AptReader, repository: AptRepository): Promise<ReleaseFile> {
  if (!apt.release) throw new Error('this APT reader gives no signed Release');
  return apt.release(repository);
}

async function directoryPlans(
  options: ExtensionCommandOptions,
  config: Config,
  apt: AptReader,
  systems: SystemContexts | undefined,
  views: ViewOf,
): Promise<Plan[]> {
  const directory = resolvePath(options.directory ?? '.');
  const specs = specsOf(config);
  const [spec, ...more] = specs;
  if (!spec || more.length > 0) {
    throw new ExtensionOptionsError(
      'postgres',
      `a directory holds one build, for one PostgreSQL major; ${specs.length} were given (${specs.map((s) => s.exact ?? s.major).join(', ')})`,
    );
  }
  const tree = await readDirectoryTree(directory, spec.major);
  options.log?.(`directory ${directory}: ${tree.kind}, ${tree.entries.length} files`);
  // The platform the modules are built for; a pure SQL extension runs on any.
  const machines = new Set(
    tree.entries
      .filter((e) => e.type === 'file' && e.data && isElf(e.data))
      .map((e) => readElf(e.data as Uint8Array, { source: e.path }).machine),
  );
  const [machine, ...others] = machines;
  if (others.length > 0) {
    throw new ExtensionError(
      `directory ${directory} holds ELF files for ${[...machines].join(' and ')}; one build is for one machine`,
    );
  }
  let platforms: string[];
  if (machine === undefined) {
    platforms = config.platforms;
  } else {
    const own = platformOfMachine(machine);
    if (!own)
      throw new ExtensionError(
        `directory ${directory}: no OCI platform known for ELF machine ${machine}`,
      );
    platforms = options.platforms ?? [own];
    for (const p of platforms) {
      if (machineOf(p) !== machine) {
        throw new ModuleArchitectureError(`directory ${directory}`, machine, p, machineOf(p));
      }
    }
  }
  return Promise.all(
    config.distributions.map(async (distribution) => {
      const view = systems ? await views(distribution) : undefined;
      const sources = view
        ? distributionSources(config, distribution, { view: view.repositories, previewMajors: [] })
        : undefined;
      return {
        major: spec.major,
        distribution,
        platforms: platforms.map((platform) => ({
          platform,
          assemble: async () => {
            let system: SystemContext | undefined;
            if (systems && sources) {
              const architecture = byPlatform(platform).debianArchitecture;
              const arch = await loadArchSources(
                apt,
                sources,
                architecture,
                view?.platforms.find((p) => p.architecture === architecture)?.installed,
              );
              if (!candidate(arch, `postgresql-${spec.major}`)) {
                throw new ExtensionError(
                  `${arch.where} has no postgresql-${spec.major} for ${arch.architecture}: the minimal image ` +
                    'the system libraries are resolved against does not exist there',
                );
              }
              system = await systems.get(arch, spec.major);
            }
            return assembleFromDirectory({
              ...(options.name ? { name: options.name } : {}),
              platform,
              directory,
              entries: tree.entries,
              rules: tree.rules,
              ...(system ? { system } : {}),
              ...(options.log ? { log: options.log } : {}),
            });
          },
        })),
      };
    }),
  );
}

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
function rfc3339(epoch: number): string {
  return new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
}

export async function extensionCommand(
  options: ExtensionCommandOptions,
): Promise<ExtensionCommandResult> {
  checkOptions(options);
  const batch = isBatch(options);
  const config = await configOf(options);
  const log = options.log;
  const client = new AptClient({
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.warn ? { warn: options.warn } : {}),
  });
  const apt = options.apt ?? client;
  const baseRegistry = new RegistryClient({
    credentials: dockerConfigCredentials({
      env: options.docker?.env ?? {},
      homeDir: options.docker?.homeDir ?? homedir(),
    }),
  });
  const views = viewsOf(config, {
    registry: options.bases?.registry ?? new RegistryBaseReader(baseRegistry, options.cacheDir),
    ...(options.bases
      ? options.bases.local
        ? { local: options.bases.local }
        : {}
      : { local: new LocalStoreBaseReader(undefined, options.cacheDir) }),
    apt: apt.release ? (apt as AptReader & ReleaseReader) : client,
    keyringDir: join(options.cacheDir ?? join(tmpdir(), 'pgforge'), 'keyrings'),
    ...(options.hostRoot !== undefined ? { hostRoot: options.hostRoot } : {}),
    ...(log ? { log } : {}),
    ...(options.warn ? { warn: options.warn } : {}),
    resolveDigest: (image) => baseRegistry.resolveDigest(image),
  });
  const cache: MinimalCache | undefined =
    options.cacheDir !== undefined && apt.release
      ? {
          dir: options.cacheDir,
          release: (repo) => (apt.release as NonNullable<AptReader['release']>)(repo),
        }
      : undefined;
  const systems =
    options.systemLibraries === 'auto' ? new SystemContexts(apt, config, cache, log) : undefined;
  const operands = new OperandExtensions(apt, options.cacheDir);
  // `image` names the production repository; images are pushed to its testing twin, and only
  // promote writes production, once the image has passed its smoke test (mounted).
  const repositoriesOf = (name: string): { production: string; repositoryName: string } => {
    const repository = repositoryOf(lowercaseName(options.image ?? `${config.registry}/${name}`));
    const named = `${repository.registry}/${repository.repository}`;
    const production = productionRepositoryOf(named) ?? named;
    return { production, repositoryName: options.push ? testingRepositoryOf(production) : named };
  };
  // A given image or name is checked before anything is downloaded.
  if (options.image !== undefined || options.name !== undefined)
    repositoriesOf(options.name ?? 'x');
  const epoch = options.sourceDateEpoch ?? 0;
  const created = rfc3339(epoch);
  const timestamp = tagTimestamp(options.now);
  const templates = options.tags ?? DEFAULT_EXTENSION_TAGS;
  // Images made before from the same inputs (image-cache.ts), with a cache directory.
  const imageCache = options.cacheDir !== undefined ? new ImageCache(options.cacheDir) : undefined;
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

  const images: ExtensionImageOutput[] = [];
  const publishing = serially();
  const layout = options.push ? undefined : resolvePath(options.output ?? '.');
  const registry = options.push
    ? (options.registry ??
      new RegistryClient({
        credentials: dockerConfigCredentials({
          env: options.docker?.env ?? {},
          homeDir: options.docker?.homeDir ?? homedir(),
        }),
      }))
    : undefined;

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
      const key = imageCache && plan.key ? await plan.key(keyOptions(subject)) : undefined;
      let made = key !== undefined ? await imageCache?.get(key) : undefined;
      if (made) {
        log?.(
          `${made.name} ${made.sqlVersion} for PostgreSQL ${plan.major} on ${plan.distribution}: made before from the same inputs (cache)`,
        );
      } else {
        const assembled = await Promise.all(plan.platforms.map((p) => p.assemble()));
        // Whether a requirement is contrib is read only when there is one.
        const required = assembled[0]?.contract.controls.some((c) => c.requires.length > 0);
        const operand = required && plan.operand ? await plan.operand() : undefined;
        made = await makeImage(subject, assembled, {
          ...(operand ? { operand } : {}),
          major: plan.major,
          distribution: plan.distribution,
          epoch,
          created,
          baseRepository: `${config.registry}/${config.name}`,
          annotations: config.annotations,
          ...(options.source ? { source: options.source } : {}),
        });
        if (!made) continue;
        if (key !== undefined && plan.usedHints?.() !== true) {
          // A cache that cannot be written costs the next run a build, nothing else.
          await imageCache?.put(key, made).catch(() => undefined);
        }
      }
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
      const { name, sqlVersion, metadata, annotations, index, platformImages, env } = made;
      const { production, repositoryName } = repositoriesOf(name);
      const values = {
        version: sqlVersion,
        major: String(plan.major),
        distribution: plan.distribution,
        timestamp,
        name,
      };
      const allTags = renderTags(templates, values);
      // A tag naming the run's time is the immutable one: testing gets it alone (every tag when no
      // template names the time), production gets it first and the moving tags after it.
      const immutable = renderTags(
        templates.filter((t) => t.includes('{timestamp}')),
        values,
      );
      const tags = options.push && immutable.length > 0 ? immutable : allTags;
      const productionTags = [...new Set([...immutable, ...allTags])];
      const image = { index, platforms: platformImages, tags };
      await publishing(async () => {
        if (registry) {
          await pushImage(registry, repositoryName, image, {
            ...(options.mountFrom ? { mountFrom: options.mountFrom } : {}),
          });
        } else if (layout) {
          await writeImageLayout(layout, image);
        }
      });
      const reference = `${repositoryName}@${index.digest}`;
      const entry = clusterEntry(name, reference, metadata);
      built.push({
        reference,
        digest: index.digest,
        repository: repositoryName,
        tags,
        promote: {
          repository: production,
          tags: productionTags.map((t) => `${production}:${t}`),
          immutable: immutable.length,
        },
        major: plan.major,
        distribution: plan.distribution,
        ...(plan.postgresVersion ? { postgresVersion: plan.postgresVersion } : {}),
        sqlVersion,
        extensions: made.extensions,
        platforms: made.platforms.map((p, i) => ({
          ...p,
          digest: platformImages[i]?.image.manifest.digest ?? '',
          size: (platformImages[i]?.layers ?? []).reduce((n, l) => n + l.size, 0),
        })),
        env,
        metadata,
        clusterExtension: entry,
        annotations,
      });
      log?.(
        `${name} ${sqlVersion} for PostgreSQL ${plan.major} on ${plan.distribution} ` +
          `(${made.platforms.map((p) => p.platform).join(', ')}): ${index.digest}` +
          `${registry ? ` pushed to ${repositoryName}` : ` written to ${layout}`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
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
