/**
 * Errors for people: each names the repository, suite, file and value involved and, where there
 * is one, what to do about it.
 */
import { formatBytes } from './limits.js';

export class AptError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A deb822 text (Release, Packages, .sources) that does not follow the format. */
export class Deb822ParseError extends AptError {
  constructor(
    readonly line: number,
    reason: string,
    readonly source?: string,
  ) {
    super(`${source ?? 'deb822 text'}, line ${line}: ${reason}`);
  }
}

/** An apt sources file that cannot be read or understood. */
export class AptSourcesError extends AptError {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`apt sources ${file}: ${reason}`);
  }
}

/** A keyring file that cannot be read or holds no OpenPGP public keys. */
export class KeyringError extends AptError {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`keyring ${file}: ${reason}`);
  }
}

/** InRelease is unsigned, badly signed, or signed only by keys that none of the keyrings hold. */
export class SignatureError extends AptError {
  constructor(
    readonly mirror: string,
    readonly suite: string,
    readonly keyrings: readonly string[],
    reason: string,
    /** The signers none of the keyrings hold, when that is the whole trouble. */
    readonly unknownSigners: readonly string[] = [],
  ) {
    const tried = keyrings.length > 0 ? keyrings.join(', ') : '(none given)';
    super(`InRelease of ${suite} at ${mirror} ${reason}; keyrings tried: ${tried}`);
  }
}

/** The Release is past its Valid-Until date and the repository does not accept that. */
export class ReleaseExpiredError extends AptError {
  constructor(
    readonly mirror: string,
    readonly suite: string,
    readonly validUntil: Date,
    readonly now: Date,
  ) {
    super(
      `Release of ${suite} at ${mirror} expired on ${validUntil.toISOString()} (Valid-Until; ` +
        // Named as the user sets it (configuration key, flag and action input alike).
        `now ${now.toISOString()}); allow-expired-release accepts it ` +
        `(apt: -o Acquire::Check-Valid-Until=false)`,
    );
  }
}

/**
 * A validly signed Release older than one this machine has seen for the same mirror and suite:
 * a replayed (or frozen) index would hide every update published since. A mirror mid-sync can
 * serve an older one too; running again once it has caught up is the remedy then.
 */
export class ReleaseReplayError extends AptError {
  constructor(
    readonly mirror: string,
    readonly suite: string,
    readonly date: Date,
    readonly seen: Date,
  ) {
    super(
      `Release of ${suite} at ${mirror} is dated ${date.toISOString()}, older than the one seen ` +
        `before (${seen.toISOString()}); refusing an old index that may be replayed to hide ` +
        'updates. If the mirror is still syncing, run again once it has caught up',
    );
  }
}

/** A Release dated further in the future than clocks drift: a wrong clock, or a forged date. */
export class ReleaseFutureError extends AptError {
  constructor(
    readonly mirror: string,
    readonly suite: string,
    readonly date: Date,
    readonly now: Date,
    skewMinutes: number,
  ) {
    super(
      `Release of ${suite} at ${mirror} is dated ${date.toISOString()}, more than ` +
        `${skewMinutes} minutes after now (${now.toISOString()}); check this machine's clock`,
    );
  }
}

/** A Release (or the InRelease around it) that is not what a Release must be. */
export class ReleaseParseError extends AptError {
  constructor(
    readonly mirror: string,
    readonly suite: string,
    reason: string,
  ) {
    super(`Release of ${suite} at ${mirror}: ${reason}`);
  }
}

/** No Packages index for this component and architecture is named in the signed Release. */
export class IndexNotListedError extends AptError {
  constructor(
    readonly mirror: string,
    readonly suite: string,
    readonly path: string,
    components: readonly string[],
    architectures: readonly string[],
  ) {
    super(
      `${path}{.xz,.gz,} is not listed in the Release of ${suite} at ${mirror} ` +
        `(its components: ${components.join(' ') || 'none'}; ` +
        `architectures: ${architectures.join(' ') || 'none'})`,
    );
  }
}

/** The package a `.deb` download was for, as its index stanza names it. */
export interface PackageIdentity {
  package: string;
  version: string;
  architecture: string;
}

/**
 * Downloaded (or cached) bytes differ from the size and SHA256 the signed Release names, or,
 * for a `.deb` (`pkg` given), from those of its stanza in the signed Packages index.
 */
export class ChecksumMismatchError extends AptError {
  constructor(
    readonly url: string,
    readonly expected: { size: number; sha256: string },
    readonly actual: { size: number; sha256: string },
    readonly pkg?: PackageIdentity,
  ) {
    const what = pkg
      ? `${pkg.package} ${pkg.version} (${pkg.architecture}) from ${url}: checksum mismatch ` +
        `against the signed Packages index`
      : `${url}: checksum mismatch against the signed Release`;
    super(
      `${what}: expected SHA256 ${expected.sha256} (${expected.size} bytes), ` +
        `got ${actual.sha256} (${actual.size} bytes)`,
    );
  }
}

/**
 * An index whose bytes still differ from what the signed Release lists after InRelease was
 * fetched again past every cache: the mirror is serving files of two different syncs (it is
 * mid-sync, or broken). Nothing read from that file can be trusted.
 */
export class MirrorOutOfSyncError extends AptError {
  constructor(
    readonly url: string,
    readonly mirror: string,
    readonly suite: string,
    readonly expected: { size: number; sha256: string },
    readonly actual: { size: number; sha256: string },
  ) {
    super(
      `${url} does not match the signed InRelease of ${suite} at ${mirror}, also after ` +
        `InRelease was fetched again: expected SHA256 ${expected.sha256} (${expected.size} ` +
        `bytes), got ${actual.sha256} (${actual.size} bytes). The mirror is probably in the ` +
        'middle of a sync: retry in a while, or point the configuration (packages.mirror, ' +
        'packages.debian-mirror) at another mirror. Nothing was built or published.',
    );
  }
}

/** An HTTP request that failed for good (after retries where retrying made sense). */
export class HttpError extends AptError {
  constructor(
    readonly url: string,
    readonly status: number | undefined,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`GET ${url} failed: ${reason}`, options);
  }
}

/** The mirror has no InRelease for this suite (HTTP 404). */
export class UnknownSuiteError extends AptError {
  constructor(
    readonly mirror: string,
    readonly suite: string,
    readonly url: string,
  ) {
    super(`suite ${suite} not found at ${mirror} (GET ${url}: HTTP 404)`);
  }
}

/** A Packages index whose bytes do not decompress or whose stanzas lack required fields. */
export class PackagesIndexError extends AptError {
  constructor(
    readonly url: string,
    /** What is wrong, without the URL: a worker thread hands it over (index-threads.ts). */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Packages index ${url}: ${reason}`, options);
  }
}

/** The cache directory cannot be written. */
export class AptCacheError extends AptError {
  constructor(
    readonly path: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`APT cache ${path}: ${reason}`, options);
  }
}

/**
 * Compressed bytes that decompress to more than the limit allows: a decompression bomb, or a
 * file larger than the limit was chosen for. Callers put the file's name in front of the message
 * (`Packages index <url>: decompresses to more than ...`).
 */
export class DecompressionLimitError extends AptError {
  constructor(
    /** The most bytes allowed. */
    readonly limit: number,
    /** What had been decompressed when decompression stopped. */
    readonly decompressed: number,
    /** `the limit per .deb`. */
    readonly limitName = 'the limit',
  ) {
    super(
      `decompresses to more than ${formatBytes(limit)} (${limit} bytes, ${limitName}); ` +
        `decompression stopped after ${decompressed} bytes`,
    );
  }
}

/** Bytes that are not a `.deb` as dpkg-deb writes it, or whose members cannot be read. */
export class DebFormatError extends AptError {
  constructor(
    /** Names the package file in the message (its file name or URL). */
    readonly source: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${source}: ${reason}`, options);
  }
}

/** A Contents index that does not decompress or whose lines are not `path  section/package`. */
export class ContentsIndexError extends AptError {
  constructor(
    readonly url: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Contents index ${url}: ${reason}`, options);
  }
}

/** A dependency that no package (real or through Provides) in the given indexes satisfies. */
export class UnsatisfiableDependencyError extends AptError {
  constructor(
    /** The package whose Depends/Pre-Depends names the relation; undefined for a root. */
    readonly dependent: string | undefined,
    /** The relation (one `|` group) as written in the field, or the root name. */
    readonly relation: string,
    /** What each alternative lacked, one phrase each. */
    readonly reasons: readonly string[],
    readonly indexes: string,
  ) {
    super(
      `${dependent === undefined ? `root package "${relation}"` : `${dependent} depends on "${relation}", which`} ` +
        `cannot be satisfied from ${indexes}: ${reasons.join('; ')}`,
    );
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
