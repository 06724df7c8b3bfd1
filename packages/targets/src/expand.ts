import { byPlatform, normalisePlatform } from '@pgforge/platform';
import {
  ConfigError,
  renderTemplate,
  TAG_PATTERN,
  type Config,
  type ConfigProblem,
  type Flavour,
} from '@pgforge/config';
import { tagVersion } from '@pgforge/versions';
import { fingerprint } from './fingerprint.js';
import {
  FINGERPRINT_ANNOTATION,
  testingRepositoryOf,
  type ImagePackage,
  type KeyringFile,
  type ResolvedPackage,
  type Target,
} from './model.js';
import { createdAt, tagTimestamp } from './timestamp.js';

/** What the package source says for one PostgreSQL major on one distribution. */
export interface Resolution {
  major: number;
  distribution: string;
  postgres: { version: string; debianVersion: string; preview: boolean };
  /** The packages each flavour adds itself (its own rules), resolved, by flavour name. */
  flavourPackages: Record<string, ResolvedPackage[]>;
  /** The server: `postgresql-<major>` at the resolved version. */
  server: ResolvedPackage[];
  /** Each flavour's whole predicted image and its own layer's installs, by flavour name. */
  images: Record<string, { contents: ImagePackage[]; installs: ResolvedPackage[] }>;
  /**
   * The image's apt view as the build's apt is given it (deb822, PGDG's entry excepted), and
   * the configured key files it names; absent: the base's own sources are used as they are.
   */
  aptSources?: { text: string; keyring: KeyringFile[] };
  base: { image: string; digest?: string; estimated?: boolean };
}

/** Facts about where the build runs, for annotations; all optional. */
export interface SourceInfo {
  revision?: string;
  url?: string;
  vendor?: string;
}

export interface ExpandInputs {
  config: Config;
  resolutions: Resolution[];
  /** The run's clock: one timestamp for every target. */
  now: Date;
  /** SHA-256 of the Dockerfile the images are built from. */
  dockerfileDigest: string;
  /** Archive URI the build installs PGDG packages from (pgdg source only). */
  pgdgMirror?: string;
  /** The keyring the image's apt trusts for PGDG (pgdg source with `packages.keyring`). */
  keyring?: KeyringFile[];
  /** The base image as a full reference, for annotations (`docker.io/library/debian:trixie-slim`). */
  normaliseImage?: (image: string) => string;
  source?: SourceInfo;
  /**
   * Where builds go to be tested instead of the configuration's registry: a pull request's
   * job-local registry (`localhost:5001/pr`). Production (`repository`), which unchanged targets
   * are compared with, stays the configuration's. Never part of the fingerprint.
   */
  testingRegistry?: string;
}

/**
 * `PACKAGES`: `name=version` words every platform installs alike; `ARCH_PACKAGES`:
 * `arch:name=version` words for those whose binary version differs by architecture (the
 * Dockerfile installs the words of the architecture it builds).
 */
function packageArgs(packages: ResolvedPackage[]): Record<string, string> {
  const common = packages.filter((p) => !p.byArchitecture);
  const perArch = packages.flatMap((p) =>
    Object.entries(p.byArchitecture ?? {}).map(([arch, v]) => `${arch}:${p.name}=${v}`),
  );
  return {
    PACKAGES: common.map((p) => `${p.name}=${p.version}`).join(' '),
    ...(perArch.length > 0 ? { ARCH_PACKAGES: perArch.join(' ') } : {}),
  };
}

/**
 * `DEBIAN_ARCHITECTURES`: `<architecture>[/<variant>]=<Debian architecture>` words, one per
 * platform (`amd64=amd64 arm64=arm64 arm/v7=armhf`), keyed the way BuildKit's TARGETARCH and
 * TARGETVARIANT name the platform being built. The Dockerfile refuses to build a platform on a
 * base whose dpkg says another architecture: that is where a mislabelled image is cheapest to
 * stop. The table lives in @pgforge/platform alone; the Dockerfile only looks words up.
 */
export function debianArchitecturesArg(platforms: readonly string[]): string {
  return platforms
    .map((p) => {
      const row = byPlatform(p);
      const [os = 'linux', architecture = '', variant] = p.split('/');
      const normal = normalisePlatform({ os, architecture, ...(variant ? { variant } : {}) });
      const key = [normal.architecture, normal.variant].filter(Boolean).join('/');
      return `${key}=${row.debianArchitecture}`;
    })
    .join(' ');
}

/**
 * `PGDG_KEYRING`: `<name>=<sha256>` words, one per key file of the `keyring` context. The
 * Dockerfile copies each file into /etc/apt/keyrings after checking its hash, and names them
 * in the sources entry's Signed-By; the hashes put the keys' content into the fingerprint.
 */
export function keyringArg(files: readonly KeyringFile[]): string {
  return files.map((f) => `${f.name}=${f.sha256}`).join(' ');
}

const byName = (a: ResolvedPackage, b: ResolvedPackage): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

export const targetId = (major: number, flavour: string, distribution: string): string =>
  `${major}-${flavour}-${distribution}`;

/**
 * Expands resolutions into targets: one per (major, distribution, selected flavour), in that
 * order. Every flavour of a lineage is expanded, so a selected flavour always finds its
 * parent; `selectedOnly` then drops the ones not asked for.
 */
export function expandTargets(inputs: ExpandInputs, selectedOnly = true): Target[] {
  const { config, now } = inputs;
  const timestamp = tagTimestamp(now);
  const created = createdAt(now);
  const flavourOf = new Map(config.flavours.map((f) => [f.name, f]));
  const targets: Target[] = [];
  const pgdgKeyring =
    config.packages.source === 'pgdg' && inputs.keyring?.length ? inputs.keyring : undefined;

  for (const r of inputs.resolutions) {
    for (const flavour of config.flavours) {
      const lineage = flavour.lineage.map((n) => flavourOf.get(n)).filter((f): f is Flavour => !!f);
      const own = (f: Flavour): ResolvedPackage[] => [
        ...(f.from === undefined ? r.server : []),
        ...(r.flavourPackages[f.name] ?? []),
      ];
      const layerPackages = [...own(flavour)].sort(byName);
      const packages = lineage.flatMap(own).sort(byName);
      const image = r.images[flavour.name] ?? { contents: [], installs: [] };
      const values = {
        version: tagVersion(r.postgres.version),
        major: String(r.major),
        timestamp,
        flavour: flavour.name,
        distribution: r.distribution,
      };
      const buildArgs: Record<string, string> = {
        BASE_IMAGE: r.base.digest ? `${r.base.image}@${r.base.digest}` : r.base.image,
        PG_MAJOR: String(r.major),
        PG_VERSION: r.postgres.debianVersion,
        PACKAGE_SOURCE: config.packages.source,
        DEBIAN_ARCHITECTURES: debianArchitecturesArg(config.platforms),
        // Every package the layer installs or upgrades, pinned; the flavour's own are roots.
        ...packageArgs(image.installs),
        ROOT_PACKAGES: layerPackages.map((p) => p.name).join(' '),
        APT_ALLOW_EXPIRED_RELEASE: String(config.packages.allowExpiredRelease),
        ...(config.packages.source === 'pgdg' && inputs.pgdgMirror
          ? { PGDG_MIRROR: inputs.pgdgMirror, PGDG_SUITE: `${r.distribution}-pgdg` }
          : {}),
        ...(pgdgKeyring ? { PGDG_KEYRING: keyringArg(pgdgKeyring) } : {}),
        ...(r.aptSources ? { APT_SOURCES: r.aptSources.text } : {}),
        ...(r.aptSources?.keyring.length ? { APT_KEYRING: keyringArg(r.aptSources.keyring) } : {}),
      };
      const keyring = [...(pgdgKeyring ?? []), ...(r.aptSources?.keyring ?? [])];
      const staticAnnotations: Record<string, string> = {
        'org.opencontainers.image.title': `PostgreSQL ${r.postgres.version} ${flavour.name} (Debian ${r.distribution})`,
        'org.opencontainers.image.description':
          flavour.description ?? `PostgreSQL ${r.postgres.version}, ${flavour.name} flavour`,
        'org.opencontainers.image.vendor': inputs.source?.vendor ?? 'pgforge',
        'org.opencontainers.image.licenses': 'PostgreSQL',
        ...(inputs.source?.url ? { 'org.opencontainers.image.url': inputs.source.url } : {}),
        ...config.annotations,
      };
      const print = fingerprint({
        base: r.base,
        platforms: config.platforms,
        packageSource: config.packages.source,
        packages: image.contents.flatMap((p) =>
          p.byArchitecture
            ? Object.entries(p.byArchitecture).map(([arch, version]) => ({
                name: `${arch}:${p.name}`,
                version,
              }))
            : [{ name: p.name, version: p.version }],
        ),
        flavours: lineage.map((f) => ({ name: f.name, from: f.from, packages: f.packages })),
        dockerfile: inputs.dockerfileDigest,
        buildArgs,
        staticAnnotations,
      });
      const baseName = inputs.normaliseImage?.(r.base.image) ?? r.base.image;
      const annotations: Record<string, string> = {
        ...staticAnnotations,
        'org.opencontainers.image.created': created,
        'org.opencontainers.image.version': r.postgres.version,
        ...(inputs.source?.revision
          ? { 'org.opencontainers.image.revision': inputs.source.revision }
          : {}),
        ...(inputs.source?.url ? { 'org.opencontainers.image.source': inputs.source.url } : {}),
        'org.opencontainers.image.base.name': baseName,
        ...(r.base.digest ? { 'org.opencontainers.image.base.digest': r.base.digest } : {}),
        [FINGERPRINT_ANNOTATION]: print,
      };
      const repository = `${config.registry}/${config.name}`;
      targets.push({
        id: targetId(r.major, flavour.name, r.distribution),
        postgres: { ...r.postgres, major: r.major },
        distribution: r.distribution,
        flavour: flavour.name,
        lineage: flavour.lineage,
        ...(flavour.from !== undefined
          ? { parent: targetId(r.major, flavour.from, r.distribution) }
          : {}),
        platforms: [...config.platforms],
        base: r.base,
        packageSource: config.packages.source,
        packages,
        layerPackages,
        contents: image.contents,
        installs: image.installs,
        repository,
        testingRepository: testingRepositoryOf(
          `${inputs.testingRegistry ?? config.registry}/${config.name}`,
        ),
        tags: {
          immutable: renderTemplate(config.tags.immutable, values),
          aliases: config.tags.aliases.map((t) => renderTemplate(t, values)),
        },
        annotations,
        buildArgs,
        ...(keyring.length > 0 ? { keyring } : {}),
        fingerprint: print,
        timestamp,
      });
    }
  }
  checkTags(config, targets);
  return selectedOnly
    ? targets.filter((t) => config.selectedFlavours.includes(t.flavour))
    : targets;
}

/** Every tag valid, never `latest`, and no tag naming two targets. */
function checkTags(config: Config, targets: Target[]): void {
  const problems: ConfigProblem[] = [];
  const owner = new Map<string, string>();
  for (const t of targets) {
    const named: [string, string][] = [
      ['tags.immutable', t.tags.immutable],
      ...t.tags.aliases.map((a, i): [string, string] => [`tags.aliases[${i}]`, a]),
    ];
    for (const [field, tag] of named) {
      const problem = (message: string): void => {
        if (!problems.some((p) => p.field === field)) {
          problems.push({ origin: config.origin, field, value: tag, message });
        }
      };
      if (!TAG_PATTERN.test(tag)) {
        problem(
          `renders ${JSON.stringify(tag)} for ${t.id}, not a valid tag: [A-Za-z0-9_][A-Za-z0-9._-]{0,127}`,
        );
      } else if (tag === 'latest') {
        problem(`renders "latest" for ${t.id}; "latest" is never written`);
      }
      const other = owner.get(tag);
      if (other !== undefined && other !== t.id) {
        problem(
          `renders ${JSON.stringify(tag)} for both ${other} and ${t.id}: tags must name one image`,
        );
      }
      owner.set(tag, t.id);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
}
