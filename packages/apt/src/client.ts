/**
 * An APT client for reading repositories: the signed InRelease of a suite and the Packages
 * indexes it vouches for, checked the way apt checks them, with an optional on-disk cache.
 */
import { IndexCache } from './cache.js';
import { sha256Hex } from './cache-blocks.js';
import { createContentsIndex, parseContents, scopeId } from './contents.js';
import type { ContentsEntries, ContentsIndex, ContentsScope } from './contents.js';
import { getParsedContents, putParsedContents } from './contents-cache.js';
import { compressionOf } from './decompress.js';
import { decompressChunks, gunzipTap } from './decompress-stream.js';
import {
  ChecksumMismatchError,
  ContentsIndexError,
  DecompressionLimitError,
  HttpError,
  IndexNotListedError,
  MirrorOutOfSyncError,
  PackagesIndexError,
  SignatureError,
  UnknownSuiteError,
  errorText,
} from './errors.js';
import { httpGet } from './http.js';
import { MAX_CONTENTS_HINT_BYTES } from './limits.js';
import type { BodyTap, GetOptions, HttpOptions, HttpResult } from './http.js';
import { createPackageIndex, unionPackageIndex } from './packages.js';
import type { BinaryPackage, PackageIndex, PackageIndexOrigin } from './packages.js';
import { storedPackageIndex } from './packages-store.js';
import { PACKAGES_LIMIT_NAME } from './index-job.js';
import { IndexThreads } from './index-threads.js';
import { checkSuite, checkValidUntil, parseRelease } from './release.js';
import { ReleaseDates } from './release-dates.js';
import type { ReleaseFile } from './release.js';
import { loadOpenpgp, readKeyring, verifyInRelease } from './signature.js';
import type { Keyring } from './signature.js';
import { VerifiedReleases } from './verified-releases.js';

export interface AptRepository {
  /** Archive URI (the part before `dists/`), http or https. */
  mirror: string;
  /** The directory under `dists/`: trixie, sid, trixie-pgdg. */
  suite: string;
  /** Keyring files (binary `.gpg` or armored `.asc`) whose keys may sign the InRelease. */
  keyrings: string[];
  /** Accept a Release past its Valid-Until (apt's Acquire::Check-Valid-Until=false). */
  allowExpiredRelease?: boolean;
}

export interface AptClientOptions {
  /** Directory for downloaded and parsed indexes; no cache when undefined. */
  cacheDir?: string;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
  /** Retries of what @pgforge/http deems passing (resets, timeouts, 429, 5xx but 501); default 3. */
  retries?: number;
  /** Where a warning goes (a Contents index used although it did not match its Release). */
  warn?: (message: string) => void;
  /** Where cold Packages files are read. Default: IndexThreads.shared(). */
  threads?: IndexThreads;
}

const DEFAULT_RETRIES = 3;
// Tried in this order. gzip before xz, unlike apt: a suite's main index is ~40 % larger as .gz
// (15.0 MB against 10.8 MB for sid amd64) but decodes ~3× faster (0.3 s in zlib, off the main
// thread, against 0.8–1 s in xz, per index and architecture on a 2-core machine), and on a
// hosted runner's network the extra 4 MB cost less than that. Only a cold index pays either.
const INDEX_SUFFIXES = ['.gz', '.xz', ''] as const;

interface IndexFile {
  path: string;
  size: number;
  sha256: string;
}

/** An index file's bytes, and whether they are what the signed Release lists. */
interface FetchedIndex {
  url: string;
  file: IndexFile;
  bytes: Uint8Array;
  /** Set when the bytes differ from the listing, also after InRelease was fetched again. */
  mismatch?: { from: string; actual: { size: number; sha256: string } };
  /** The text decompressed as the bytes downloaded (see #verifiedIndex); only when they match. */
  text?: Promise<Buffer>;
}

/** A tap to decompress a listed file while it downloads, or undefined for none. */
type EarlyText = (file: IndexFile) => (() => BodyTap<Promise<Buffer>>) | undefined;

export class AptClient {
  readonly #http: HttpOptions;
  readonly #now: () => Date;
  readonly #warn: (message: string) => void;
  readonly #cache: IndexCache | undefined;
  readonly #dates: ReleaseDates;
  readonly #verified: VerifiedReleases;
  readonly #threads: IndexThreads;
  readonly #keyrings = new Map<string, Promise<Keyring>>();
  readonly #releases = new Map<string, Promise<ReleaseFile>>();
  readonly #indexes = new Map<string, Promise<PackageIndex>>();
  readonly #parsed = new Map<string, Promise<PackageIndex>>();
  readonly #debs = new Map<string, Promise<Uint8Array>>();
  readonly #contents = new Map<string, Promise<ContentsIndex>>();
  readonly #storing = new Set<Promise<void>>();
  #pruned: Promise<void> | undefined;

  constructor(options: AptClientOptions = {}) {
    const fetchImpl = options.fetch ?? globalThis.fetch;
    this.#http = {
      fetch: (input, init) => fetchImpl(input, init),
      retries: options.retries ?? DEFAULT_RETRIES,
    };
    this.#now = options.now ?? (() => new Date());
    this.#warn = options.warn ?? (() => undefined);
    this.#cache = options.cacheDir === undefined ? undefined : new IndexCache(options.cacheDir);
    this.#dates = new ReleaseDates(options.cacheDir);
    this.#verified = new VerifiedReleases(options.cacheDir);
    this.#threads = options.threads ?? IndexThreads.shared();
  }

  /**
   * The suite's Release: InRelease fetched, its signature verified against the repository's
   * keyrings, Valid-Until checked (unless allowed), parsed. Memoized per repository.
   */
  release(repo: AptRepository): Promise<ReleaseFile> {
    const mirror = normalizeMirror(repo.mirror);
    const key = releaseKey(repo, mirror);
    return memo(this.#releases, key, async () => {
      await this.#pruneOnce();
      return this.#fetchRelease(repo, mirror);
    });
  }

  /**
   * Resolves when every index this client read cold is stored in the cache directory (or has
   * failed to be, with a warning). Node does not exit before that either; a caller that reads
   * the cache directory itself, or hands it on, waits for this.
   */
  async settled(): Promise<void> {
    while (this.#storing.size > 0) await Promise.all([...this.#storing]);
  }

  /**
   * Prunes the cache (cache-prune.ts) once per client, before its first InRelease and so before
   * any cached file is read: nothing this run reads is removed under it. The filesystem's clock
   * decides, not the injected `now` (which tests move to check Valid-Until).
   */
  #pruneOnce(): Promise<void> {
    this.#pruned ??= (this.#cache?.prune(Date.now()) ?? Promise.resolve()).then(
      () => undefined,
      () => undefined,
    );
    return this.#pruned;
  }

  /**
   * The Packages index of `component` for `architecture`, as listed (size and SHA256) in the
   * signed Release: .gz preferred, then .xz, then uncompressed (see INDEX_SUFFIXES). Memoized per client; cached on
   * disk by SHA256 when a cache directory is set.
   *
   * Architecture `all` stanzas: a Release that says `No-Support-for-Architecture-all: Packages`
   * (Debian since buster) puts them in every `binary-<arch>/Packages`, and its `binary-all`
   * index is not read (apt does not read it either, so a mirror may serve it stale); asked for
   * `all` itself, the client reads the first architecture's index and keeps its `all` stanzas.
   * An archive without that field is read as apt reads it: its `binary-all` index is merged
   * in only when its Release names `all` among its Architectures (Debian's security archive
   * lists a binary-all index without naming `all`, and apt leaves it alone).
   *
   * A file that does not match the Release, also after InRelease was fetched again, stops
   * here with MirrorOutOfSyncError: versions, dependencies and `.deb` checksums all come from
   * this index, so there is nothing to fall back on.
   */
  async packages(
    repo: AptRepository,
    component: string,
    architecture: string,
  ): Promise<PackageIndex> {
    const mirror = normalizeMirror(repo.mirror);
    const release = await this.release(repo);
    if (architecture === 'all' && supportsAllInArch(release)) {
      // binary-all is not what apt reads here (and may be stale mid-sync): the same stanzas
      // are in every binary-<arch>, so the first architecture's index answers, cut to them.
      const arch = release.architectures.find((a) => a !== 'all');
      if (arch !== undefined) {
        const index = await this.packages(repo, component, arch);
        const stanzas = [...index.names()].flatMap((n) =>
          index.versions(n).filter((p) => p.architecture === 'all'),
        );
        return createPackageIndex(
          {
            suite: repo.suite,
            component,
            architecture,
            source: `${mirror}/dists/${repo.suite}/${component}/binary-${arch}/Packages`,
            ...(index.digest !== undefined ? { digest: `${index.digest}:all` } : {}),
          },
          stanzas,
        );
      }
    }
    const own = `${component}/binary-${architecture}/Packages`;
    const bases = [own];
    if (
      architecture !== 'all' &&
      readsBinaryAll(release) &&
      pickIndex(release, `${component}/binary-all/Packages`)
    ) {
      bases.push(`${component}/binary-all/Packages`);
    }
    const files = bases.map((base) => listedFile(release, mirror, repo.suite, base));
    const key = [releaseKey(repo, mirror), ...files.map((f) => `${f.path}\0${f.sha256}`)].join(
      '\0',
    );
    return memo(this.#indexes, key, async () => {
      const parts = await Promise.all(
        bases.map((base) => this.#fileIndex(repo, base, component, architecture)),
      );
      const url = `${mirror}/dists/${repo.suite}/${files[0]?.path ?? own}`;
      return unionPackageIndex({ suite: repo.suite, component, architecture, source: url }, parts);
    });
  }

  /**
   * One listed Packages file as an index: from the stored copy (its stanzas parsed when asked
   * for), else downloaded, verified, decompressed and read whole (on a worker thread where
   * there is one: index-threads.ts), and stored.
   */
  async #fileIndex(
    repo: AptRepository,
    base: string,
    component: string,
    architecture: string,
  ): Promise<PackageIndex> {
    const { mirror, file } = await this.#listed(repo, base);
    const key = `${releaseKey(repo, mirror)}\0${file.path}\0${file.sha256}`;
    const origin = (url: string): PackageIndexOrigin => ({
      suite: repo.suite,
      component,
      architecture,
      source: url,
      digest: file.sha256,
    });
    return memo(this.#parsed, key, async () => {
      const stored = await this.#cache?.getStored(file.sha256);
      if (stored) {
        return storedPackageIndex(
          origin(`${mirror}/dists/${repo.suite}/${file.path}`),
          stored.table,
          stored.read,
        );
      }
      // A .gz is gunzipped while it downloads: its text is used once the bytes match.
      const fetched = await this.#verifiedIndex(repo, base, (file) =>
        compressionOf(file.path) === 'gz'
          ? () => gunzipTap({ limitName: PACKAGES_LIMIT_NAME, listedBytes: file.size })
          : undefined,
      );
      if (fetched.mismatch) {
        throw new MirrorOutOfSyncError(
          fetched.mismatch.from,
          mirror,
          repo.suite,
          fetched.file,
          fetched.mismatch.actual,
        );
      }
      const { text, table, blocks } = await this.#threads.prepare({
        bytes: fetched.bytes,
        compression: compressionOf(fetched.file.path),
        url: fetched.url,
        ...(fetched.text ? { text: fetched.text } : {}),
      });
      const index = storedPackageIndex(origin(fetched.url), table, (s, e) => text.subarray(s, e));
      // Stored for the next run while this one goes on: the index answers from memory, and a
      // store that fails costs that run a download, not this one its result (settled()).
      const cache = this.#cache;
      if (cache) {
        const storing = cache
          .putStored(fetched.file.sha256, table, text, blocks)
          .catch((error: unknown) =>
            this.#warn(`${fetched.url} could not be stored for the next run: ${errorText(error)}`),
          )
          .finally(() => this.#storing.delete(storing));
        this.#storing.add(storing);
      }
      return index;
    });
  }

  /** The index file `base` (any compression) as the signed Release lists it, or an error. */
  async #listed(
    repo: AptRepository,
    base: string,
  ): Promise<{ mirror: string; release: ReleaseFile; file: IndexFile }> {
    const mirror = normalizeMirror(repo.mirror);
    const release = await this.release(repo);
    return { mirror, release, file: listedFile(release, mirror, repo.suite, base) };
  }

  /**
   * The Contents index of `component` for `architecture` (`all` for Contents-all), as listed
   * (size and SHA256) in the signed Release, restricted to `scope` (default: the shared-library
   * directories; see contents.ts for why). Memoized per client; the downloaded file is cached
   * by SHA256 and the parsed scope next to it, like the Packages indexes.
   *
   * Unlike a Packages index, a Contents file that does not match its Release (apt never reads
   * Contents, so mirrors are careless with it mid-sync) is still used, with a warning, marked
   * `verified: false`: it only says where to look, and every package it points to is then
   * checked against that package's `.deb`, which the signed Packages index vouches for.
   */
  async contents(
    repo: AptRepository,
    component: string,
    architecture: string,
    options: { scope?: ContentsScope } = {},
  ): Promise<ContentsIndex> {
    const base = `${component}/Contents-${architecture}`;
    const { mirror, file } = await this.#listed(repo, base);
    const scope = options.scope ?? 'libraries';
    const id = scopeId(scope);
    const key = `${releaseKey(repo, mirror)}\0${file.path}\0${file.sha256}\0${id}`;
    return memo(this.#contents, key, async () => {
      const origin = { suite: repo.suite, component, architecture };
      const dir = this.#cache?.dir;
      const cached = dir === undefined ? undefined : await getParsedContents(dir, file.sha256, id);
      if (cached) {
        const url = `${mirror}/dists/${repo.suite}/${file.path}`;
        return createContentsIndex({ ...origin, source: url }, scope, cached);
      }
      const fetched = await this.#verifiedIndex(repo, base);
      let entries: ContentsEntries;
      try {
        // A file that did not match its Release is only a hint, and gets a tighter limit.
        const limit = fetched.mismatch
          ? { maxBytes: MAX_CONTENTS_HINT_BYTES, limitName: 'the limit for an unverified hint' }
          : { limitName: 'the limit for a Contents index' };
        entries = await parseContents(
          decompressChunks(fetched.bytes, compressionOf(fetched.file.path), limit),
          scope,
          fetched.url,
        );
      } catch (error) {
        if (error instanceof ContentsIndexError) throw error;
        if (error instanceof DecompressionLimitError) {
          throw new ContentsIndexError(fetched.mismatch?.from ?? fetched.url, error.message, {
            cause: error,
          });
        }
        throw new ContentsIndexError(fetched.url, `cannot be decompressed: ${errorText(error)}`, {
          cause: error,
        });
      }
      if (fetched.mismatch) {
        this.#warn(
          `${fetched.mismatch.from} does not match the signed InRelease of ${repo.suite} at ` +
            `${mirror} (the mirror is probably mid-sync); it is used as a hint only: each ` +
            "package it names is checked against that package's own .deb",
        );
        return createContentsIndex(
          { ...origin, source: fetched.mismatch.from, verified: false },
          scope,
          entries,
        );
      }
      // Only a file that matched is cached: a mid-sync one is read again next time.
      if (dir !== undefined) await putParsedContents(dir, fetched.file.sha256, id, entries);
      return createContentsIndex({ ...origin, source: fetched.url }, scope, entries);
    });
  }

  /**
   * The `.deb` of `pkg`, a stanza from `packages()` of the same repository (its Size and
   * SHA256 are what the signed Release vouches for, through the Packages index): downloaded
   * from `<mirror>/<Filename>` with the same retries as the indexes, checked (size and SHA256;
   * ChecksumMismatchError names the package), and cached under `by-hash/<sha256>`.
   *
   * A cache hit is hashed again rather than trusted for its name: the cache directory may come
   * from elsewhere (a CI cache restore, a copy) or have rotted, hashing costs a few ms per MB,
   * and these bytes end up in signed images.
   */
  async fetchDeb(repo: AptRepository, pkg: BinaryPackage): Promise<Uint8Array> {
    const mirror = normalizeMirror(repo.mirror);
    const url = `${mirror}/${pkg.filename}`;
    const segments = pkg.filename.split('/');
    if (pkg.filename.startsWith('/') || segments.includes('..') || /^[a-z]+:/i.test(pkg.filename)) {
      throw new PackagesIndexError(
        url,
        `${pkg.package} ${pkg.version}: Filename "${pkg.filename}" is not a path inside the mirror`,
      );
    }
    // Concurrent calls for the same file share one download; nothing is kept afterwards, so a
    // client that fetches many packages does not hold them all in memory.
    const key = `${pkg.sha256}\0${pkg.size}`;
    const pending = this.#debs.get(key);
    if (pending) return pending;
    const promise = this.#downloadDeb(url, pkg);
    this.#debs.set(key, promise);
    const forget = (): void => {
      if (this.#debs.get(key) === promise) this.#debs.delete(key);
    };
    promise.then(forget, forget);
    return promise;
  }

  async #downloadDeb(url: string, pkg: BinaryPackage): Promise<Uint8Array> {
    const cached = await this.#cache?.getFile(pkg.sha256, pkg.size);
    if (cached) return cached;
    const response = await httpGet(url, this.#http, {
      limit: { bytes: pkg.size, reason: 'the size the signed Packages index gives' },
    });
    if (response.status === 404) {
      throw new HttpError(
        url,
        404,
        `HTTP 404 (the signed Packages index lists ${pkg.package} ${pkg.version} there; ` +
          `the mirror's pool may not match its index)`,
      );
    }
    const bytes = response.body;
    const actual = { size: bytes.length, sha256: sha256Hex(bytes) };
    if (actual.size !== pkg.size || actual.sha256 !== pkg.sha256) {
      throw new ChecksumMismatchError(url, { size: pkg.size, sha256: pkg.sha256 }, actual, {
        package: pkg.package,
        version: pkg.version,
        architecture: pkg.architecture,
      });
    }
    await this.#cache?.putFile(pkg.sha256, bytes);
    return bytes;
  }

  async #fetchRelease(
    repo: AptRepository,
    mirror: string,
    get: GetOptions = {},
  ): Promise<ReleaseFile> {
    const context = { mirror, suite: repo.suite };
    if (repo.keyrings.length === 0) {
      throw new SignatureError(mirror, repo.suite, [], 'cannot be checked: no keyrings given');
    }
    const url = `${mirror}/dists/${repo.suite}/InRelease`;
    // Loaded while the request is out, in case the signature is to be checked (signature.ts).
    void loadOpenpgp().catch(() => undefined);
    const [response, digests] = await Promise.all([
      httpGet(url, this.#http, get),
      this.#verified.keyringDigests(repo.keyrings),
    ]);
    if (response.status === 404) throw new UnknownSuiteError(mirror, repo.suite, url);
    const armored = new TextDecoder('utf-8').decode(response.body);
    const now = this.#now();
    const signed = await this.#verified.text(armored, digests, now, async () => {
      const keyrings = await Promise.all(repo.keyrings.map((path) => this.#keyring(path)));
      return {
        text: await verifyInRelease(armored, keyrings, { ...context, date: now }),
        keyrings: keyrings.map((k) => k.sha256),
      };
    });
    const release = parseRelease(signed, context);
    checkSuite(release, context);
    checkValidUntil(release, now, repo.allowExpiredRelease === true, context);
    await this.#dates.check(mirror, repo.suite, release.date, now);
    return release;
  }

  /**
   * InRelease fetched again past every cache, verified, and put in place of the memoized one:
   * after a mismatch, the Release this client holds may be the stale side of a sync.
   */
  async #refreshRelease(repo: AptRepository): Promise<ReleaseFile> {
    const mirror = normalizeMirror(repo.mirror);
    const key = releaseKey(repo, mirror);
    const promise = this.#fetchRelease(repo, mirror, { revalidate: true });
    this.#releases.set(key, promise);
    promise.catch(() => {
      if (this.#releases.get(key) === promise) this.#releases.delete(key);
    });
    return promise;
  }

  #keyring(path: string): Promise<Keyring> {
    return memo(this.#keyrings, path, () => readKeyring(path));
  }

  /**
   * The index file `base` as the signed Release lists it: from the cache, by-hash where the
   * Release offers it, else by name. On a mismatch InRelease is fetched again once, past every
   * cache, and the file (as that Release lists it) once more; what still differs is returned
   * with `mismatch` set, for the caller to refuse or to use as a hint.
   *
   * With `early`, a downloaded file is also fed to the tap it gives as it arrives (a .gz is
   * decompressed meanwhile, not after), and its `text` is returned only when the bytes match.
   */
  async #verifiedIndex(
    repo: AptRepository,
    base: string,
    early?: EarlyText,
  ): Promise<FetchedIndex> {
    const first = await this.#listed(repo, base);
    const attempt = async (
      release: ReleaseFile,
      file: IndexFile,
      get: GetOptions<Promise<Buffer>>,
    ): Promise<FetchedIndex> => {
      const url = `${first.mirror}/dists/${repo.suite}/${file.path}`;
      const cached = await this.#cache?.getFile(file.sha256, file.size);
      if (cached) return { url, file, bytes: cached };
      // The tap of the body returned (each attempt makes one): aborted when its bytes are not
      // the listed ones, so that nothing goes on decompressing what was refused.
      const make = early?.(file);
      let last: BodyTap<Promise<Buffer>> | undefined;
      const tap = make && (() => (last = make()));
      const { bytes, from, tapped } = await this.#download(
        first.mirror,
        repo.suite,
        release,
        file,
        {
          ...get,
          ...(tap ? { tap } : {}),
        },
      );
      const actual = { size: bytes.length, sha256: sha256Hex(bytes) };
      if (actual.size !== file.size || actual.sha256 !== file.sha256) {
        last?.abort();
        return { url, file, bytes, mismatch: { from, actual } };
      }
      try {
        await this.#cache?.putFile(file.sha256, bytes);
      } catch (error) {
        last?.abort();
        throw error;
      }
      return { url, file, bytes, ...(tapped ? { text: tapped } : {}) };
    };
    const fetched = await attempt(first.release, first.file, {});
    if (!fetched.mismatch) return fetched;
    const fresh = await this.#refreshRelease(repo);
    const file = listedFile(fresh, first.mirror, repo.suite, base);
    return attempt(fresh, file, { revalidate: true });
  }

  /** The bytes of a listed index file: by-hash first when the Release offers it, as apt does. */
  async #download(
    mirror: string,
    suite: string,
    release: ReleaseFile,
    file: IndexFile,
    get: GetOptions<Promise<Buffer>>,
  ): Promise<{ bytes: Uint8Array; from: string; tapped?: Promise<Buffer> }> {
    const url = `${mirror}/dists/${suite}/${file.path}`;
    // A file mid-sync may differ from the listing, but not by this much.
    const limited: GetOptions<Promise<Buffer>> = {
      ...get,
      limit: {
        bytes: 2 * file.size + 16 * 1024 * 1024,
        reason: 'twice the size the signed Release lists, plus 16 MiB',
      },
    };
    if (/^yes$/i.test(release.raw.get('Acquire-By-Hash')?.trim() ?? '')) {
      // by-hash names cannot change under us while the mirror syncs; fall back as apt does.
      const dir = file.path.slice(0, file.path.lastIndexOf('/'));
      const byHash = `${mirror}/dists/${suite}/${dir}/by-hash/SHA256/${file.sha256}`;
      const response = await httpGet(byHash, this.#http, limited);
      if (response.status === 200)
        return { bytes: response.body, from: byHash, ...tapped(response) };
    }
    const response = await httpGet(url, this.#http, limited);
    if (response.status === 404) {
      throw new HttpError(url, 404, 'HTTP 404 (the signed Release lists this file)');
    }
    return { bytes: response.body, from: url, ...tapped(response) };
  }
}

/**
 * True when the Release says architecture-`all` stanzas are in the `binary-<arch>` indexes
 * (`No-Support-for-Architecture-all: Packages`, Debian since buster).
 */
/**
 * Whether apt reads `binary-all/Packages` here: only when the Release's Architectures names
 * `all` (apt ≥ 1.1 takes that field as the list of what the archive supports), and its
 * architecture-all stanzas are not in `binary-<arch>` already. Debian's security archive lists
 * a binary-all index but not `all`: apt leaves it alone, and so must a client that wants what
 * apt sees (a stale one mid-sync would otherwise stop the run).
 */
function readsBinaryAll(release: ReleaseFile): boolean {
  return release.architectures.includes('all') && !supportsAllInArch(release);
}

function supportsAllInArch(release: ReleaseFile): boolean {
  const value = release.raw.get('No-Support-for-Architecture-all')?.trim() ?? '';
  return value.split(/\s+/).includes('Packages');
}

/** One list from several Packages files; a stanza in more than one is kept once. */
function normalizeMirror(mirror: string): string {
  return mirror.trim().replace(/\/+$/, '');
}

function releaseKey(repo: AptRepository, mirror: string): string {
  // Keyrings and the expiry switch are part of the key: a Release verified against other keys,
  // or accepted although expired, must not be handed to a caller that did not allow that.
  return JSON.stringify([
    mirror,
    repo.suite,
    [...repo.keyrings].sort(),
    repo.allowExpiredRelease === true,
  ]);
}

/** The index file `base` (any compression) as the Release lists it, or IndexNotListedError. */
function listedFile(release: ReleaseFile, mirror: string, suite: string, base: string): IndexFile {
  const file = pickIndex(release, base);
  if (!file) {
    throw new IndexNotListedError(mirror, suite, base, release.components, release.architectures);
  }
  return file;
}

function pickIndex(release: ReleaseFile, base: string): IndexFile | undefined {
  for (const suffix of INDEX_SUFFIXES) {
    const path = base + suffix;
    const entry = release.sha256.get(path);
    if (entry) return { path, ...entry };
  }
  return undefined;
}

/** One promise per key; a failure is forgotten so that a later call tries again. */
function memo<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const existing = map.get(key);
  if (existing) return existing;
  const promise = make();
  map.set(key, promise);
  promise.catch(() => {
    if (map.get(key) === promise) map.delete(key);
  });
  return promise;
}

/** What the tap made of an answer's body, as a field to spread. */
function tapped<T>(response: HttpResult<T>): { tapped?: T } {
  return response.status === 200 && response.tapped !== undefined
    ? { tapped: response.tapped }
    : {};
}
