import type { PackageSource } from '@pgforge/config';

/** The annotation under which every image carries the fingerprint of its inputs. */
export const FINGERPRINT_ANNOTATION = 'io.pgforge.image.fingerprint';

export interface ResolvedPackage {
  name: string;
  /** The Debian version on the target's first platform. */
  version: string;
  /**
   * Set when platforms differ: Debian architecture → version. Every platform installs a
   * binary built from the same source version, but binNMUs (`1.1.0-2+b1` on amd64,
   * `1.1.0-2` on arm64) give the binaries different versions.
   */
  byArchitecture?: Record<string, string>;
}

/** One package of an image's whole predicted set (base, upgrades, installs). */
export interface ImagePackage extends ResolvedPackage {
  /**
   * The suite apt takes it from (`trixie-security`, `trixie-pgdg`), for what the image installs
   * or upgrades; absent for a base package kept as the base holds it.
   */
  suite?: string;
  /** What the image's build did to it: installed it, or upgraded the base's (or parent's). */
  change?: 'installed' | 'upgraded';
  /** The version the base (or parent) held, for an upgraded package. */
  from?: string;
}

/** One package that changed since the published image, with what its changelog says. */
export interface PackageNote {
  name: string;
  /** The published image's version; absent for a package the image did not hold. */
  from?: string;
  /** This image's version; absent for a package it no longer holds. */
  to?: string;
  /** The suite this version comes from (`trixie-security`), when it is installed from one. */
  suite?: string;
  /** From the distribution's security archive. */
  security: boolean;
  /** The changelog entries after `from` up to `to`, from the new `.deb`'s changelog.Debian.gz. */
  entries: { version: string; distribution: string; lines: string[] }[];
  /** CVE identifiers those entries name. */
  cves: string[];
}

/**
 * What changed in an image since the one published under its tags: every package added,
 * removed or of another version, on the target's first platform. Release notes per image.
 */
export interface ReleaseNotes {
  /** The published image compared with, by digest; absent for a first image. */
  since?: string;
  packages: PackageNote[];
  /** How many packages the image holds, and how many of them come from a -security suite. */
  total: number;
  fromSecurity: number;
}

/**
 * A key file the image's apt trusts for PGDG (`packages.keyring`): it reaches the build as a
 * file of the `keyring` build context, by content, never as a build argument, so that no key
 * lands in the image history; the `PGDG_KEYRING` argument names each file with its hash.
 */
export interface KeyringFile {
  /** The file as configured (an absolute path). */
  path: string;
  /** Its name in the build context and in the image: `pgforge-pgdg-0.asc`. */
  name: string;
  /** SHA-256 (hex) of its bytes as the matrix read them; the build checks it again. */
  sha256: string;
}

/**
 * One image to build: produced once by the matrix, consumed by every later action, which
 * never re-derives a tag or a version.
 */
export interface Target {
  /** `17-standard-trixie`: unique in a run, usable as a bake target and a job name. */
  id: string;
  postgres: {
    /** Upstream version, `17.6` or `19~beta3`. */
    version: string;
    major: number;
    /** The Debian version of `postgresql-<major>`, `17.6-1.pgdg13+1`. */
    debianVersion: string;
    preview: boolean;
  };
  distribution: string;
  flavour: string;
  /** Parents first, this flavour last: `[minimal, standard]`. */
  lineage: string[];
  /** The target this one is built on (its parent flavour), if any. */
  parent?: string;
  platforms: string[];
  /**
   * The base image; `estimated` when its dpkg status could not be read, so that `contents`
   * holds debootstrap's minbase in its place (the build then cannot check the base's part).
   */
  base: { image: string; digest?: string; estimated?: boolean };
  packageSource: PackageSource;
  /** The packages the flavours name, lineage included, resolved, sorted by name. */
  packages: ResolvedPackage[];
  /** The packages this flavour names itself (its parent's excluded). */
  layerPackages: ResolvedPackage[];
  /**
   * Every package the image will hold, predicted from the base's dpkg status and the image's
   * apt view: the base's (upgraded where the view has newer), plus the dependency closure of
   * the flavours' packages; sorted by name. The build installs exactly these versions and
   * checks each platform's dpkg status against this list before anything is pushed.
   */
  contents: ImagePackage[];
  /** What this target's own layer installs or changes, each pinned: a subset of `contents`. */
  installs: ResolvedPackage[];
  /** What changed since the published image (kept targets, once the matrix has compared). */
  notes?: ReleaseNotes;
  /** `<registry>/<name>`: where tested images are promoted. */
  repository: string;
  /** `<registry>/<name>-testing`: where builds are pushed first. */
  testingRepository: string;
  tags: { immutable: string; aliases: string[] };
  /** OCI annotations, set at index and manifest level and as labels. */
  annotations: Record<string, string>;
  buildArgs: Record<string, string>;
  /** The PGDG keyring the image's apt trusts, when `packages.keyring` names one. */
  keyring?: KeyringFile[];
  /** `sha256:…` over everything that determines the image's content. */
  fingerprint: string;
  /** The run's UTC minute, `YYYYMMDDhhmm`. */
  timestamp: string;
}

/** The artifact type of the package list the build attaches to each image (a referrer). */
export const PACKAGES_ARTIFACT_TYPE = 'application/vnd.pgforge.image.packages.v1+json';

/** What that artifact holds: the packages the image holds (checked against its dpkg status). */
export interface PackagesArtifact {
  target: string;
  packages: ImagePackage[];
  notes?: ReleaseNotes;
}

/** What names a testing repository: `<registry>/<name>-testing` beside `<registry>/<name>`. */
export const TESTING_SUFFIX = '-testing';

/** The testing repository of a production one (operand and extension images alike). */
export const testingRepositoryOf = (production: string): string => `${production}${TESTING_SUFFIX}`;

/** The production repository of a testing one; undefined when `repository` is not one. */
export function productionRepositoryOf(repository: string): string | undefined {
  return repository.endsWith(TESTING_SUFFIX)
    ? repository.slice(0, -TESTING_SUFFIX.length)
    : undefined;
}

/**
 * Where the build writes a target: the immutable tag in the testing repository, nothing else.
 * Moving tags (aliases) exist only in production, and only promote writes there.
 */
export function testingReferences(target: Target): string[] {
  return [`${target.testingRepository}:${target.tags.immutable}`];
}

/** What promote writes in production: the immutable tag first (one), the aliases after it. */
export function productionReferences(target: Target): string[] {
  return [target.tags.immutable, ...target.tags.aliases].map((t) => `${target.repository}:${t}`);
}
