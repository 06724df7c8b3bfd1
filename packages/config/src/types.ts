import type { PostgresVersionSpec } from '@pgforge/versions';

export type PackageSource = 'pgdg' | 'distribution';

/** One package of a flavour, as configured. `name` may hold `{major}`. */
export interface PackageRule {
  name: string;
  minMajor?: number;
  maxMajor?: number;
  distributions?: string[];
  /** Leave it out where the source lacks it, instead of failing. */
  optional: boolean;
}

export interface Flavour {
  name: string;
  description?: string;
  /** The flavour this one extends, if any. */
  from?: string;
  /** The packages this flavour adds to the one it is built from. */
  packages: PackageRule[];
  /** Parents first: for `full`, [minimal, standard, full]. */
  lineage: string[];
}

export interface TagTemplates {
  immutable: string;
  aliases: string[];
}

/** A configuration with every default applied: what the rest of the project reads. */
export interface Config {
  /** Where it came from, for messages: a file path, or "defaults". */
  origin: string;
  registry: string;
  name: string;
  /** Either "supported" (every major the source carries) or explicit versions. */
  postgres: 'supported' | PostgresVersionSpec[];
  distributions: string[];
  platforms: string[];
  base: { image: string; resolveDigest: boolean };
  packages: {
    source: PackageSource;
    /** Undefined: the source's default (PGDG's archive, or the machine's apt sources). */
    mirror?: string;
    /** With source pgdg: the distribution's archive, for what PGDG does not carry. */
    debianMirror?: string;
    keyring?: string[];
    /** With source pgdg: the keys of the Debian archive. */
    debianKeyring?: string[];
    /** The security archive (`<codename>-security`); default: the base image's apt sources. */
    securityMirror?: string;
    /** Upgrade the base image's packages to the view's newest, as `apt-get upgrade` would. */
    upgrade: boolean;
    allowExpiredRelease: boolean;
  };
  /** Every flavour defined, in definition order (a selected one may need its parents). */
  flavours: Flavour[];
  /** The flavours to build: all, unless an override names some. */
  selectedFlavours: string[];
  tags: TagTemplates;
  annotations: Record<string, string>;
  /**
   * The line of each field the file sets, by dotted path (`packages.mirror`), so that a mistake
   * found only later (an unreachable mirror, an expired Release) still names file and line.
   */
  lines?: Record<string, number>;
}

/** Overrides from action inputs or command-line flags; each replaces the file's value. */
export interface ConfigOverrides {
  postgres?: string[];
  distributions?: string[];
  flavours?: string[];
  platforms?: string[];
  registry?: string;
  /** True accepts a Release past its Valid-Until; absent or false leaves the file's setting. */
  allowExpiredRelease?: boolean;
}
