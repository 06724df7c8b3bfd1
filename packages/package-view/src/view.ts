/**
 * The image's own apt view: the repositories apt inside the build will read, taken from the
 * base image's apt sources (`debian.sources`: `<codename> <codename>-updates` and the security
 * archive's `<codename>-security`), each with the keyring its entry names, read from the base
 * too. Configuration overrides each archive's URI (packages.mirror or debian-mirror for the
 * distribution's archive, security-mirror for the security archive) and its keys. Only when no
 * base can be read does the machine's own apt configuration stand in, and then only an entry
 * that proves to be Debian's archive for that codename (its Release signed by Debian's key,
 * Origin Debian): never an Ubuntu or third-party entry.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AptSourcesError,
  parseSourcesDeb822,
  parseSourcesList,
  readSystemAptSources,
  ReleaseExpiredError,
  writeAtomically,
  type AptRepository,
  type AptSourceEntry,
  type ReleaseFile,
} from '@pgforge/apt';
import { ConfigError, DEBIAN_KEYRING, type Config } from '@pgforge/config';
import type { BaseImageFiles } from './base-image.js';
import { expiredReleaseProblem } from './expired-release.js';
import {
  DEBIAN_ARCHIVE_KEYRING_BASE64,
  DEBIAN_ARCHIVE_KEYRING_SHA256,
} from './debian-archive-keyring.js';
import type { ArchiveRole, SourceRepository } from './sources.js';

const SECURITY_SUITE = /(-security|\/updates)$/;
const UPDATES_SUITE = /-updates$/;

/** What the view needs of an APT client: a suite's signed Release (host fallback only). */
export interface ReleaseReader {
  release(repository: AptRepository): Promise<ReleaseFile>;
}

export interface ViewOptions {
  /** Where keyrings read from the base (or carried) are written, by content. */
  keyringDir: string;
  /** The root of the machine's apt configuration, for the fallback ('/'; tests shape one). */
  hostRoot?: string;
  /** To prove a host entry is Debian's archive (fallback only). */
  apt?: ReleaseReader;
  warn?: (message: string) => void;
}

function roleOf(suites: readonly string[]): ArchiveRole {
  return suites.length > 0 && suites.every((s) => SECURITY_SUITE.test(s))
    ? 'security'
    : 'distribution';
}

/** A keyring's bytes as a file apt and openpgp can read, named by its content. */
async function keyringFile(dir: string, bytes: Uint8Array): Promise<string> {
  const sha = createHash('sha256').update(bytes).digest('hex');
  const head = Buffer.from(bytes.subarray(0, 64)).toString('latin1').trimStart();
  const file = join(dir, `${sha}.${head.startsWith('-----BEGIN PGP') ? 'asc' : 'gpg'}`);
  const present = await readFile(file).catch(() => undefined);
  if (present && createHash('sha256').update(present).digest('hex') === sha) return file;
  // Two reads of one base (two suites at once) may write the same keyring in the same
  // millisecond: each through a temporary name of its own.
  await writeAtomically(file, bytes);
  return file;
}

/** Debian's archive keyring as the project carries it, checked by its hash. */
export async function carriedDebianKeyring(dir: string): Promise<string> {
  const bytes = new Uint8Array(Buffer.from(DEBIAN_ARCHIVE_KEYRING_BASE64, 'base64'));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== DEBIAN_ARCHIVE_KEYRING_SHA256) {
    throw new Error(
      `the Debian archive keyring carried by pgforge hashes to ${sha}, not ${DEBIAN_ARCHIVE_KEYRING_SHA256}: the bundle is damaged`,
    );
  }
  return keyringFile(dir, bytes);
}

/** The entries of the base's apt source files, in apt's order. */
function baseEntries(base: BaseImageFiles): AptSourceEntry[] {
  return base.aptSources.flatMap(({ path, text }) =>
    path.endsWith('.sources')
      ? parseSourcesDeb822(text, `/${path}`)
      : parseSourcesList(text, `/${path}`),
  );
}

/**
 * The keyring files apt trusts for one entry of the base: its Signed-By files (read from the
 * base), an embedded key, or, without Signed-By, every file of trusted.gpg.d and trusted.gpg.
 */
async function entryKeyrings(
  base: BaseImageFiles,
  entry: AptSourceEntry,
  dir: string,
): Promise<string[]> {
  const signedBy = entry.signedBy?.trim();
  if (signedBy?.startsWith('-----BEGIN PGP')) {
    return [await keyringFile(dir, new TextEncoder().encode(`${signedBy}\n`))];
  }
  const paths = signedBy
    ? signedBy.split(/[\s,]+/).filter((p) => p.startsWith('/'))
    : Object.keys(base.keyrings).filter(
        (p) =>
          p === 'etc/apt/trusted.gpg' ||
          (p.startsWith('etc/apt/trusted.gpg.d/') && /\.(gpg|asc)$/.test(p)),
      );
  const files: string[] = [];
  for (const path of paths) {
    const bytes = base.keyrings[path.replace(/^\/+/, '')];
    if (bytes === undefined) {
      throw new AptSourcesError(
        `${base.origin}`,
        `an entry for ${entry.uris.join(' ')} names the keyring ${path}, which the image does not hold`,
      );
    }
    files.push(await keyringFile(dir, bytes));
  }
  if (files.length === 0) {
    throw new AptSourcesError(
      base.origin,
      `the entry for ${entry.uris.join(' ')} names no keyring the image holds (Signed-By: ${signedBy ?? 'none'})`,
    );
  }
  return files;
}

function overrideFields(config: Config, role: ArchiveRole): SourceRepository['fields'] {
  const keyring =
    config.packages.source === 'distribution' ? 'packages.keyring' : 'packages.debian-keyring';
  if (role === 'security') return { mirror: 'packages.security-mirror', keyring };
  return config.packages.source === 'distribution'
    ? { mirror: 'packages.mirror', keyring }
    : { mirror: 'packages.debian-mirror', keyring };
}

/** The configured URI for an archive, when the configuration overrides it. */
function mirrorOverride(config: Config, role: ArchiveRole): string | undefined {
  if (role === 'security') return config.packages.securityMirror;
  return config.packages.source === 'distribution'
    ? config.packages.mirror
    : config.packages.debianMirror;
}

/** The configured keys for the Debian archives, when the configuration names some. */
export function keyringOverride(config: Config): string[] | undefined {
  return config.packages.source === 'distribution'
    ? config.packages.keyring
    : config.packages.debianKeyring;
}

const isHttp = (uri: string): boolean => /^(https?|file):\/\//.test(uri);

/**
 * The distribution's repositories as the base image's own apt sources name them: every `deb`
 * entry's URIs × suites with its components, overrides applied.
 */
export async function viewFromBase(
  config: Config,
  distribution: string,
  base: BaseImageFiles,
  options: ViewOptions,
): Promise<SourceRepository[]> {
  const repositories: SourceRepository[] = [];
  const seen = new Set<string>();
  for (const entry of baseEntries(base)) {
    if (!entry.types.includes('deb')) continue;
    const role = roleOf(entry.suites);
    const override = mirrorOverride(config, role);
    const uris = override ? [override] : entry.uris.filter(isHttp);
    if (uris.length === 0) {
      options.warn?.(
        `${base.origin}: apt source ${entry.uris.join(' ')} is not an http, https or file URI; left out of the package view`,
      );
      continue;
    }
    // Configured keys sign the configured archives: an entry whose URI is the base's keeps
    // the base's keys, unless no archive is configured at all (keys alone, for the base's).
    const configured = keyringOverride(config);
    const anyOverride =
      mirrorOverride(config, 'distribution') !== undefined ||
      mirrorOverride(config, 'security') !== undefined;
    const useConfigured = configured !== undefined && (override !== undefined || !anyOverride);
    const keyrings = useConfigured
      ? configured
      : await entryKeyrings(base, entry, options.keyringDir);
    for (const uri of uris) {
      for (const suite of entry.suites) {
        const key = `${uri.replace(/\/+$/, '')} ${suite}`;
        if (seen.has(key)) continue;
        seen.add(key);
        repositories.push({
          repository: {
            mirror: uri.replace(/\/+$/, ''),
            suite,
            keyrings,
            allowExpiredRelease: config.packages.allowExpiredRelease,
          },
          components: entry.components.length > 0 ? entry.components : ['main'],
          label: `Debian ${suite}`,
          role,
          fields: overrideFields(config, role),
          // What the build's apt trusts: the configured keys (shipped in the keyring
          // context), else what the image's own entry names.
          ...(useConfigured
            ? { imageKeys: 'configured' as const }
            : entry.signedBy !== undefined
              ? { imageKeys: { signedBy: entry.signedBy } }
              : {}),
        });
      }
    }
  }
  if (repositories.length === 0) {
    throw new ConfigError([
      {
        origin: config.origin,
        field: 'base.image',
        value: base.origin,
        message: `the base image's apt sources name no archive (${base.aptSources.map((s) => `/${s.path}`).join(', ') || 'no sources file'}); use a Debian base, or set ${overrideFields(config, 'distribution').mirror}`,
      },
    ]);
  }
  if (!repositories.some((r) => r.repository.suite === distribution)) {
    options.warn?.(
      `${base.origin}: its apt sources name ${[...new Set(repositories.map((r) => r.repository.suite))].join(', ')}, not ${distribution}: the images hold what that base's apt installs`,
    );
  }
  return repositories;
}

/** The suites an official `debian:<codename>-slim` names: sid has neither updates nor security. */
function officialSuites(distribution: string): { main: string[]; security: string[] } {
  if (distribution === 'sid' || distribution === 'unstable') {
    return { main: [distribution], security: [] };
  }
  return {
    main: [distribution, `${distribution}-updates`],
    security: [`${distribution}-security`],
  };
}

/**
 * The view an official base would have, when no base image can be read: the configured
 * archives, else the machine's apt sources, taking only an entry whose Release for that
 * codename Debian's own key signs and that says `Origin: Debian`.
 */
export async function viewWithoutBase(
  config: Config,
  distribution: string,
  options: ViewOptions,
): Promise<SourceRepository[]> {
  const suites = officialSuites(distribution);
  const debianKeys = keyringOverride(config) ?? [await carriedDebianKeyring(options.keyringDir)];
  const archive = async (role: ArchiveRole, suite: string): Promise<string | undefined> => {
    const configured = mirrorOverride(config, role);
    if (configured) return configured;
    for (const uri of hostCandidates(options.hostRoot ?? '/', role)) {
      if (await isDebianArchive(uri, suite, debianKeys, config, options.apt)) return uri;
    }
    return undefined;
  };
  const main = await archive('distribution', distribution);
  if (!main) {
    const field = overrideFields(config, 'distribution').mirror;
    throw new ConfigError([
      {
        origin: config.origin,
        field,
        message: `no Debian archive for ${distribution}: the base image could not be read, and this machine's apt sources name no archive whose ${distribution} Release Debian's key signs (an Ubuntu or third-party archive is never taken as Debian's); set ${field}, and security-mirror for ${distribution}-security`,
      },
    ]);
  }
  const repositories: SourceRepository[] = [];
  const add = (role: ArchiveRole, mirror: string, suite: string): void => {
    repositories.push({
      repository: {
        mirror: mirror.replace(/\/+$/, ''),
        suite,
        keyrings: debianKeys,
        allowExpiredRelease: config.packages.allowExpiredRelease,
      },
      components: ['main'],
      label: `Debian ${suite}`,
      role,
      fields: overrideFields(config, role),
      // Every Debian image holds Debian's keyring there: the build's apt trusts it.
      imageKeys: keyringOverride(config) ? 'configured' : { signedBy: DEBIAN_KEYRING },
    });
  };
  for (const suite of suites.main) add('distribution', main, suite);
  for (const suite of suites.security) {
    const security = await archive('security', suite);
    if (security) add('security', security, suite);
    else {
      options.warn?.(
        `no Debian security archive for ${suite}: the base image could not be read and this machine's apt sources name none; set packages.security-mirror, or the images miss its fixes`,
      );
    }
  }
  return repositories;
}

/** The machine's http(s) archive URIs for a role, in apt's order, without repeats. */
function hostCandidates(root: string, role: ArchiveRole): string[] {
  let entries: AptSourceEntry[];
  try {
    entries = readSystemAptSources(root);
  } catch {
    return [];
  }
  const uris: string[] = [];
  for (const entry of entries) {
    if (!entry.types.includes('deb')) continue;
    const entryRole = roleOf(entry.suites);
    // An updates-only entry names the main archive too, but its URIs are covered by the main one.
    if (entryRole !== role || entry.suites.every((s) => UPDATES_SUITE.test(s))) continue;
    for (const uri of entry.uris) {
      const clean = uri.replace(/\/+$/, '');
      if (/^https?:\/\//.test(clean) && !uris.includes(clean)) uris.push(clean);
    }
  }
  return uris;
}

async function isDebianArchive(
  mirror: string,
  suite: string,
  keyrings: string[],
  config: Config,
  apt: ReleaseReader | undefined,
): Promise<boolean> {
  if (!apt) return false;
  try {
    const release = await apt.release({
      mirror,
      suite,
      keyrings,
      allowExpiredRelease: config.packages.allowExpiredRelease,
    });
    return release.raw.get('Origin')?.trim() === 'Debian';
  } catch (error) {
    // Signed and verified, only past its date (sid): the archive is the one; the setting
    // that accepts it is what to say, not "no archive".
    if (error instanceof ReleaseExpiredError) throw expiredReleaseProblem(config, error);
    return false;
  }
}
