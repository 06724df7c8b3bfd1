/**
 * PostgreSQL versions as configurations name them and as packages carry them.
 *
 * A configuration names a major (`17`), an exact release (`17.6`) or a preview (`19~beta3`,
 * the Debian spelling, which sorts before `19.0`). Packages carry the upstream version inside a
 * Debian version: `17.6-1.pgdg13+1`, `17.6-0+deb13u1`, `2:19~beta3-1.pgdg13+1`.
 */
import { parseDebianVersion } from './debian-version.js';

export interface PostgresVersionSpec {
  major: number;
  /** The exact upstream version asked for (`17.6`, `19~beta3`), or undefined for "newest". */
  exact?: string;
}

export class InvalidPostgresVersionError extends Error {
  constructor(
    readonly value: string,
    reason: string,
  ) {
    super(`invalid PostgreSQL version "${value}": ${reason}`);
    this.name = 'InvalidPostgresVersionError';
  }
}

// Majors from 10 on are one number; minors are one number; previews are ~alphaN, ~betaN, ~rcN.
const SPEC = /^(?<major>[1-9]\d*)(?:\.(?<minor>\d+)|~(?<pre>(?:alpha|beta|rc)\d+))?$/;

/** Parses a configuration's version: `17`, `17.6` or `19~beta3`. */
export function parsePostgresVersionSpec(value: string | number): PostgresVersionSpec {
  const text = String(value).trim();
  const m = SPEC.exec(text);
  if (!m?.groups) {
    throw new InvalidPostgresVersionError(
      text,
      'expected a major (17), a release (17.6) or a preview (19~beta3)',
    );
  }
  const major = Number(m.groups.major);
  if (major < 10) {
    throw new InvalidPostgresVersionError(text, 'majors before 10 are not supported');
  }
  // Past 2^53 Number() rounds (`99999999999999999999` → 1e20): the major would not be the one
  // written.
  if (!Number.isSafeInteger(major)) {
    throw new InvalidPostgresVersionError(text, 'major is too large');
  }
  return m.groups.minor !== undefined || m.groups.pre !== undefined
    ? { major, exact: text }
    : { major };
}

/** The upstream PostgreSQL version inside a package version: `17.6-1.pgdg13+1` → `17.6`. */
export function upstreamPostgresVersion(debianVersion: string): string {
  return parseDebianVersion(debianVersion).upstream;
}

/** The major of an upstream version: `17.6` → 17, `19~beta3` → 19. */
export function postgresMajor(upstream: string): number {
  const m = /^(\d+)/.exec(upstream);
  if (!m?.[1]) throw new InvalidPostgresVersionError(upstream, 'does not start with a major');
  return Number(m[1]);
}

/** True for a preview release (`19~beta3`, `18~rc1`). */
export function isPreview(upstream: string): boolean {
  return upstream.includes('~');
}

/**
 * The version as it appears in an image tag. OCI tags allow `[A-Za-z0-9_.-]`, so the Debian
 * `~` is dropped, as CNPG spells previews in its tags: `19~beta3` → `19beta3`.
 */
export function tagVersion(upstream: string): string {
  return upstream.replace(/~/g, '');
}
