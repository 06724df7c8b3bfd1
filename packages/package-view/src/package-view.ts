/**
 * One distribution's package view, as the images built on its base will see it: the base
 * image read per platform (apt sources, keyrings, dpkg status), the repositories its apt
 * sources name (view.ts), and what each platform holds before anything is installed.
 */
import { parseDpkgStatus, type BinaryPackage } from '@pgforge/apt';
import { renderTemplate, type Config } from '@pgforge/config';
import { byPlatform } from '@pgforge/platform';
import type { BaseImageFiles, BaseImageReader } from './base-image.js';
import type { SourceRepository } from './sources.js';
import { viewFromBase, viewWithoutBase, type ReleaseReader } from './view.js';

export interface PackageViewDeps {
  /** The base through its registry (by digest), when it can be reached. */
  registry?: BaseImageReader;
  /** The base from the local image store (Docker), when there is one. */
  local?: BaseImageReader;
  /** Proves a host apt entry is Debian's archive, for the fallback. */
  apt?: ReleaseReader;
  /** Where keyrings taken from a base (or carried) are written, by content. */
  keyringDir: string;
  /** The machine's apt configuration root, for the fallback only ('/'). */
  hostRoot?: string;
  log?: (message: string) => void;
  warn?: (message: string) => void;
}

/** What one platform of the base holds. */
export interface PlatformBase {
  platform: string;
  /** Debian architecture (`amd64`). */
  architecture: string;
  /** The files read, when the base could be read for this platform. */
  files?: BaseImageFiles;
  /** The base's installed packages (dpkg status); undefined when unknown. */
  installed?: BinaryPackage[];
}

export interface DistributionView {
  distribution: string;
  /** Where the view came from, for the log: the base as read, or the machine's apt sources. */
  origin: string;
  /** The distribution's archives as the image's apt sees them (PGDG is added by the source). */
  repositories: SourceRepository[];
  platforms: PlatformBase[];
}

/**
 * Reads the base (by digest through the registry when the digest is known; else the local
 * image store, then the registry by tag) for every platform, and makes the view from the first
 * platform read. A base no reader can give falls back to the machine's apt sources, checked.
 */
export async function readDistributionView(
  config: Config,
  distribution: string,
  base: { image: string; digest?: string },
  deps: PackageViewDeps,
): Promise<DistributionView> {
  const readers: { reader: BaseImageReader; digest?: string }[] = [];
  if (base.digest && deps.registry) readers.push({ reader: deps.registry, digest: base.digest });
  // The local store, by name; when a digest is known, only if it holds that very image.
  if (deps.local)
    readers.push({ reader: deps.local, ...(base.digest ? { digest: base.digest } : {}) });
  if (!base.digest && !config.base.resolveDigest && deps.registry) {
    readers.push({ reader: deps.registry });
  }
  const platforms = await Promise.all(
    config.platforms.map(async (platform): Promise<PlatformBase> => {
      const architecture = byPlatform(platform).debianArchitecture;
      const problems: string[] = [];
      for (const { reader, digest } of readers) {
        try {
          const files = await reader.read(base.image, platform, digest);
          if (!files) continue;
          const installed =
            files.dpkgStatus === undefined
              ? undefined
              : parseDpkgStatus(files.dpkgStatus, `${files.origin}: /var/lib/dpkg/status`);
          return { platform, architecture, files, ...(installed ? { installed } : {}) };
        } catch (error) {
          problems.push((error as Error).message);
        }
      }
      if (problems.length > 0) {
        deps.warn?.(
          `base image ${base.image} (${platform}) could not be read: ${problems.join('; ')}`,
        );
      }
      return { platform, architecture };
    }),
  );
  // A base read but holding no apt source (a scratch-like test image, a non-Debian base) has
  // no view of its own: the configured archives stand in, as for a base that cannot be read.
  const read = platforms.find((p) => p.files && p.files.aptSources.length > 0)?.files;
  const unsourced = platforms.find((p) => p.files && p.files.aptSources.length === 0)?.files;
  if (!read && unsourced) {
    deps.warn?.(
      `${unsourced.origin} holds no apt sources (/etc/apt/sources.list, /etc/apt/sources.list.d/): the package view comes from the configured archives`,
    );
  }
  const options = {
    keyringDir: deps.keyringDir,
    ...(deps.hostRoot !== undefined ? { hostRoot: deps.hostRoot } : {}),
    ...(deps.apt ? { apt: deps.apt } : {}),
    ...(deps.warn ? { warn: deps.warn } : {}),
  };
  if (read) {
    const repositories = await viewFromBase(config, distribution, read, options);
    deps.log?.(
      `${distribution}: package view of ${read.origin}: ${repositories.map((r) => `${r.repository.suite} (${r.repository.mirror})`).join(', ')}`,
    );
    return { distribution, origin: read.origin, repositories, platforms };
  }
  if (!unsourced) {
    deps.warn?.(
      `base image ${base.image} could not be read for any platform: its package view is taken from the configuration or this machine's Debian apt sources, and its own packages are estimated (debootstrap's minbase)`,
    );
  }
  const repositories = await viewWithoutBase(config, distribution, options);
  return {
    distribution,
    origin: "the configured or this machine's Debian archives",
    repositories,
    platforms,
  };
}

/** One view per distribution, read once however many majors and platforms ask for it. */
export type ViewOf = (distribution: string) => Promise<DistributionView>;

export interface ViewsOptions extends PackageViewDeps {
  /** The base's digest from its registry (undefined: not found); a failure is warned about. */
  resolveDigest?: (image: string) => Promise<string | undefined>;
}

/**
 * The views of the configured base (`base.image` per distribution), by digest where the
 * registry gives one (and `base.resolve-digest` asks for it), memoized per distribution.
 */
export function viewsOf(config: Config, options: ViewsOptions): ViewOf {
  const views = new Map<string, Promise<DistributionView>>();
  return (distribution) => {
    let view = views.get(distribution);
    if (!view) {
      view = (async () => {
        const image = renderTemplate(config.base.image, { distribution });
        let digest: string | undefined;
        if (config.base.resolveDigest && options.resolveDigest) {
          digest = await options.resolveDigest(image).catch((error: unknown) => {
            options.warn?.(`base image ${image}: digest unknown (${(error as Error).message})`);
            return undefined;
          });
        }
        return readDistributionView(
          config,
          distribution,
          { image, ...(digest ? { digest } : {}) },
          options,
        );
      })();
      views.set(distribution, view);
    }
    return view;
  };
}
