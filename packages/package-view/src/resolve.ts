import {
  HttpError,
  KeyringError,
  ReleaseExpiredError,
  SignatureError,
  UnknownSuiteError,
  UnsatisfiableDependencyError,
  type AptRepository,
  type BinaryPackage,
  type PackageIndex,
} from '@pgforge/apt';
import {
  ConfigError,
  PGDG_MIRROR,
  problemAt,
  renderTemplate,
  type Config,
  type ConfigProblem,
} from '@pgforge/config';
import { byPlatform } from '@pgforge/platform';
import type { ResolvedPackage, Resolution } from '@pgforge/targets';
import {
  compareDebianVersions,
  isPreview,
  newestDebianVersion,
  upstreamPostgresVersion,
  type PostgresVersionSpec,
} from '@pgforge/versions';
import { expiredReleaseProblem } from './expired-release.js';
import type { DistributionView } from './package-view.js';
import { predictFlavourImages, type FlavourImage, type PredictRequest } from './predict.js';
import { asFlavourImages, predictionKey, type PredictionStore } from './prediction-cache.js';
import {
  describeSources,
  distributionSources,
  type DistributionSources,
  type SourceRepository,
} from './sources.js';

/** What resolution needs of an APT client: a verified package index. */
export interface PackageIndexReader {
  packages(
    repository: AptRepository,
    component: string,
    architecture: string,
  ): Promise<PackageIndex>;
}

/** Every index one distribution and architecture resolves from, with a label for messages. */
interface ArchIndexes {
  architecture: string;
  indexes: { label: string; pgdg: boolean; index: PackageIndex }[];
}

async function loadIndexes(
  config: Config,
  apt: PackageIndexReader,
  sources: DistributionSources,
  architecture: string,
): Promise<ArchIndexes> {
  const jobs = sources.repositories.flatMap((r) =>
    r.components.map(async (component) => {
      try {
        return {
          label: r.label,
          pgdg: r.role === 'pgdg',
          index: await apt.packages(r.repository, component, architecture),
        };
      } catch (error) {
        throw sourceProblem(config, r, error);
      }
    }),
  );
  return { architecture, indexes: await Promise.all(jobs) };
}

/**
 * A repository that is not what the configuration says, as a configuration problem naming the
 * setting to change: a suite the mirror lacks, an InRelease no configured key signed. Other
 * failures (the network, a mirror mid-sync) are not the configuration's, and pass unchanged.
 */
function sourceProblem(config: Config, r: SourceRepository, error: unknown): unknown {
  const { mirror, suite, keyrings } = r.repository;
  if (error instanceof UnknownSuiteError) {
    const distribution = suite.replace(/-pgdg$/, '');
    return problem(
      config,
      r.fields.mirror,
      mirror,
      `${error.message}: ${r.label} needs dists/${suite}; set ${r.fields.mirror} to an archive that has it, or take ${distribution} out of distributions`,
    );
  }
  if (error instanceof KeyringError) {
    return problem(
      config,
      r.fields.keyring,
      error.file,
      `${error.message}; set ${r.fields.keyring} to the public key file(s) (armoured .asc or binary .gpg) that sign ${mirror}`,
    );
  }
  if (error instanceof ReleaseExpiredError) return expiredReleaseProblem(config, error);
  // A mirror the configuration names that gives no answer at all (no such host, nothing
  // listening, reset after every retry): the setting is where to look.
  const configured = configuredMirror(config, r.fields.mirror);
  if (error instanceof HttpError && error.status === undefined && configured === mirror) {
    return problem(
      config,
      r.fields.mirror,
      mirror,
      `${mirror} cannot be reached: ${error.message}; set ${r.fields.mirror} to a mirror this machine reaches`,
    );
  }
  // Only a key the configuration lacks is the configuration's to fix; a bad or missing
  // signature (a mirror caught mid-write) is the mirror's, and passes unchanged.
  if (error instanceof SignatureError && error.unknownSigners.length > 0) {
    return problem(
      config,
      r.fields.keyring,
      keyrings,
      `${error.message}: set ${r.fields.keyring} to the key file(s) that sign ${mirror}`,
    );
  }
  return error;
}

/** Per source version, the newest binary built from it, on one architecture. */
function binariesBySource(
  arch: ArchIndexes,
  name: string,
  accept: (binaryVersion: string) => boolean,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const { index } of arch.indexes) {
    for (const p of index.versions(name)) {
      if (!accept(p.version)) continue;
      const src = p.sourceVersion ?? p.version;
      const had = out.get(src);
      if (had === undefined || compareDebianVersions(p.version, had) > 0) out.set(src, p.version);
    }
  }
  return out;
}

interface Picked {
  package?: ResolvedPackage;
  /** Architectures with no binary of that name at all. */
  missingOn: string[];
  /** The source versions seen, when no one of them is on every architecture. */
  sourceVersions: string[];
}

/**
 * The newest source version every architecture has a binary of, and each architecture's
 * binary built from it. A multi-platform image must hold the same software on each platform;
 * the binaries' own versions may still differ (binNMUs).
 */
function pick(
  arches: ArchIndexes[],
  name: string,
  accept: (binaryVersion: string) => boolean = () => true,
): Picked {
  const maps = arches.map((a) => binariesBySource(a, name, accept));
  const missingOn = arches.filter((_, i) => maps[i]?.size === 0).map((a) => a.architecture);
  const [first, ...rest] = maps;
  const common = [...(first?.keys() ?? [])].filter((src) => rest.every((m) => m.has(src)));
  const source = newestDebianVersion(common);
  const sourceVersions = [...new Set(maps.flatMap((m) => [...m.keys()]))];
  if (source === undefined) return { missingOn, sourceVersions };
  const versions = arches.map((a, i) => [a.architecture, maps[i]?.get(source) ?? ''] as const);
  const version = versions[0]?.[1] ?? '';
  const differs = versions.some(([, v]) => v !== version);
  return {
    package: {
      name,
      version,
      ...(differs ? { byArchitecture: Object.fromEntries(versions) } : {}),
    },
    missingOn,
    sourceVersions,
  };
}

const POSTGRES_PACKAGE = /^postgresql-(\d+)$/;

/** The majors the source carries as releases (previews are asked for by name). */
function supportedMajors(arches: ArchIndexes[]): number[] {
  const majors = new Set<number>();
  for (const { index } of arches[0]?.indexes ?? []) {
    for (const major of indexMajors(index)) majors.add(major);
  }
  return [...majors].sort((a, b) => a - b);
}

// An index is read for every image of a batch: its majors are found once.
const majorsOfIndex = new WeakMap<PackageIndex, number[]>();

/** The majors one index carries as releases. */
function indexMajors(index: PackageIndex): number[] {
  let majors = majorsOfIndex.get(index);
  if (!majors) {
    majors = [];
    for (const name of index.namesWithPrefix('postgresql-')) {
      const m = POSTGRES_PACKAGE.exec(name);
      if (!m?.[1]) continue;
      const newest = index.versions(name)[0];
      if (newest && !isPreview(upstreamPostgresVersion(newest.version))) majors.push(Number(m[1]));
    }
    majorsOfIndex.set(index, majors);
  }
  return majors;
}

export interface ResolveOptions {
  /** The image's view of the distribution's archives, and what its base holds per platform. */
  view: DistributionView;
  log?: (message: string) => void;
  /** Where predictions are kept between runs (prediction-cache.ts); none: always computed. */
  predictions?: PredictionStore;
}

/** The prediction, from the store when it holds this request's; else computed and kept. */
async function predictOnce(
  request: PredictRequest,
  store: PredictionStore | undefined,
): Promise<Record<string, FlavourImage>> {
  const key = store ? predictionKey(request) : undefined;
  const flavours = request.config.flavours.map((f) => f.name);
  if (store && key !== undefined) {
    const kept = asFlavourImages(await store.get(key), flavours);
    if (kept) return kept;
  }
  const images = predictFlavourImages(request);
  // A store that cannot be written is a slower next run, not a failed one.
  if (store && key !== undefined) await store.put(key, images).catch(() => undefined);
  return images;
}

/**
 * Resolves every PostgreSQL major and every flavour package of one distribution to the exact
 * version each platform's signed index offers, as apt would pick it (the highest version any
 * configured repository has). Errors name the field that asked for what the source lacks.
 */
export async function resolveDistribution(
  config: Config,
  distribution: string,
  apt: PackageIndexReader,
  options: ResolveOptions,
): Promise<Omit<Resolution, 'base'>[]> {
  const specs = config.postgres === 'supported' ? [] : config.postgres;
  const previewMajors = specs.filter((s) => s.exact && isPreview(s.exact)).map((s) => s.major);
  const sources = distributionSources(config, distribution, {
    view: options.view.repositories,
    previewMajors,
  });
  // linux/arm/v5 and linux/arm/v6 are both armel: its index is read once.
  const architectures = [...new Set(config.platforms.map((p) => byPlatform(p).debianArchitecture))];
  const arches = await Promise.all(architectures.map((a) => loadIndexes(config, apt, sources, a)));
  const where = describeSources(sources.repositories);

  const available = supportedMajors(arches);
  const wanted: { spec: PostgresVersionSpec; field: string }[] =
    config.postgres === 'supported'
      ? available.map((major) => ({ spec: { major }, field: 'postgres' }))
      : config.postgres.map((spec, i) => ({ spec, field: `postgres[${i}]` }));
  if (wanted.length === 0) {
    throw problem(config, 'postgres', 'supported', `${where} carries no PostgreSQL major`);
  }

  const problems: ConfigProblem[] = [];
  const resolutions: Omit<Resolution, 'base'>[] = [];
  for (const { spec, field } of wanted) {
    const name = `postgresql-${spec.major}`;
    const server = pick(arches, name, (v) =>
      spec.exact ? upstreamPostgresVersion(v) === spec.exact : true,
    ).package;
    if (!server) {
      const asked = spec.exact ?? String(spec.major);
      const releases = [
        ...new Set(pick(arches, name).sourceVersions.map(upstreamPostgresVersion)),
      ].sort(compareDebianVersions);
      const has = spec.exact
        ? `it has ${releases.join(', ') || 'no release of that major'}`
        : `it has ${available.join(', ') || 'none'}`;
      problems.push(
        problemOf(
          config,
          field,
          asked,
          `PostgreSQL ${asked} is not in ${where} for ${architectures.join(' and ')}; ${has}`,
        ),
      );
      continue;
    }
    const chosen = server.version;
    const version = upstreamPostgresVersion(chosen);
    const flavourPackages: Record<string, ResolvedPackage[]> = {};
    for (const flavour of config.flavours) {
      const resolved: ResolvedPackage[] = [];
      flavour.packages.forEach((rule, j) => {
        if (rule.minMajor !== undefined && spec.major < rule.minMajor) return;
        if (rule.maxMajor !== undefined && spec.major > rule.maxMajor) return;
        if (rule.distributions && !rule.distributions.includes(distribution)) return;
        const pkg = renderTemplate(rule.name, { major: String(spec.major) });
        const picked = pick(arches, pkg);
        if (picked.package) {
          resolved.push(picked.package);
        } else if (!rule.optional) {
          const why =
            picked.missingOn.length > 0
              ? `is not in ${where} for ${picked.missingOn.join(' and ')}`
              : `has no source version common to ${architectures.join(' and ')} in ${where} (seen: ${picked.sourceVersions.join(', ')})`;
          problems.push(
            problemOf(
              config,
              `flavours.${flavour.name}.packages[${j}]`,
              pkg,
              `"${pkg}" (flavour ${flavour.name}, PostgreSQL ${spec.major}) ${why}; mark it optional: true to leave it out there`,
            ),
          );
        }
      });
      flavourPackages[flavour.name] = resolved;
    }
    let images: Record<string, FlavourImage>;
    try {
      images = await predictOnce(
        {
          config,
          arches: arches.map((a) => ({
            architecture: a.architecture,
            indexes: a.indexes.map((i) => i.index),
            // PGDG's set-up installs from the distribution's archives, before PGDG is configured.
            setupIndexes: a.indexes.filter((i) => !i.pgdg).map((i) => i.index),
            ...installedOn(options.view, a.architecture),
          })),
          server,
          flavourPackages,
          setup: pgdgSetup(config),
        },
        options.predictions,
      );
    } catch (error) {
      if (!(error instanceof UnsatisfiableDependencyError)) throw error;
      problems.push(
        problemOf(
          config,
          'flavours',
          `PostgreSQL ${spec.major}`,
          `the images of PostgreSQL ${spec.major} on ${distribution} cannot be installed from ${where}: ${error.message}`,
        ),
      );
      continue;
    }
    const sizes = config.flavours
      .map((f) => {
        const contents = images[f.name]?.contents ?? [];
        const security = contents.filter((p) => p.suite?.endsWith('-security')).length;
        return `${f.name} ${contents.length} (${security} from -security)`;
      })
      .join(', ');
    options.log?.(`${distribution}: PostgreSQL ${spec.major} → ${chosen}; packages: ${sizes}`);
    resolutions.push({
      major: spec.major,
      distribution,
      postgres: { version, debianVersion: chosen, preview: isPreview(version) },
      flavourPackages,
      server: [server],
      images,
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return resolutions;
}

/** The base's installed packages on one architecture, when the base could be read. */
function installedOn(
  view: DistributionView,
  architecture: string,
): { installed?: BinaryPackage[] } {
  const installed = view.platforms.find((p) => p.architecture === architecture)?.installed;
  return installed ? { installed } : {};
}

/**
 * What the server layer installs before PGDG is set up, and so holds too: PGDG's key and
 * script (postgresql-common) unless packages.keyring brings the keys, and CAs for an https
 * mirror (the Dockerfile's first install-packages).
 */
function pgdgSetup(config: Config): string[] {
  if (config.packages.source !== 'pgdg') return [];
  const mirror = config.packages.mirror ?? PGDG_MIRROR;
  return [
    ...(config.packages.keyring?.length ? [] : ['postgresql-common']),
    ...(mirror.startsWith('https://') ? ['ca-certificates'] : []),
  ];
}

/** The mirror a `packages.*` setting configures, when it does. */
function configuredMirror(config: Config, field: string): string | undefined {
  switch (field) {
    case 'packages.mirror':
      return (
        config.packages.mirror ?? (config.packages.source === 'pgdg' ? PGDG_MIRROR : undefined)
      );
    case 'packages.debian-mirror':
      return config.packages.debianMirror;
    case 'packages.security-mirror':
      return config.packages.securityMirror;
    default:
      return undefined;
  }
}

function problemOf(config: Config, field: string, value: unknown, message: string): ConfigProblem {
  return problemAt(config, field, value, message);
}

function problem(config: Config, field: string, value: unknown, message: string): ConfigError {
  return new ConfigError([problemOf(config, field, value, message)]);
}
