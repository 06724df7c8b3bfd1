/**
 * An APT client for reading repositories: the signed InRelease of a suite and the Packages
 * indexes it vouches for, checked the way apt checks them, with an optional on-disk cache.
 */
import { IndexCache, sha256Hex } from './cache.js';
import { createContentsIndex, parseContents, scopeId } from './contents.js';
import type { ContentsEntries, ContentsIndex, ContentsScope } from './contents.js';
import { getParsedContents, putParsedContents } from './contents-cache.js';
import { compressionOf, decompress } from './decompress.js';
import { decompressChunks } from './decompress-stream.js';
import {
  ChecksumMismatchError,
  ContentsIndexError,
  HttpError,
  IndexNotListedError,
  PackagesIndexError,
  SignatureError,
  UnknownSuiteError,
  errorText,
} from './errors.js';
import { httpGet } from './http.js';
import type { HttpOptions } from './http.js';
import { createPackageIndex } from './packages.js';
import type { BinaryPackage, PackageIndex } from './packages.js';
import { parsePackagesBytes } from './packages-parse.js';
import { checkSuite, checkValidUntil, parseRelease } from './release.js';
import type { ReleaseFile } from './release.js';
import { readKeyring, verifyInRelease } from './signature.js';
import type { Keyring } from './signature.js';

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
  /** Retries after a network error, 429 or 5xx (default 3). */
  retries?: number;
}

const DEFAULT_RETRIES = 3;
// Tried in this order, as apt prefers them (smallest first).
const INDEX_SUFFIXES = ['.xz', '.gz', ''] as const;

interface IndexFile {
  path: string;
  size: number;
  sha256: string;
}

export class AptClient {
  readonly #http: HttpOptions;
  readonly #now: () => Date;
  readonly #cache: IndexCache | undefined;
  readonly #keyrings = new Map<string, Promise<Keyring>>();
  readonly #releases = new Map<string, Promise<ReleaseFile>>();
  readonly #indexes = new Map<string, Promise<PackageIndex>>();
  readonly #debs = new Map<string, Promise<Uint8Array>>();
  readonly #contents = new Map<string, Promise<ContentsIndex>>();

  constructor(options: AptClientOptions = {}) {
    const fetchImpl = options.fetch ?? globalThis.fetch;
    this.#http = {
      fetch: (input, init) => fetchImpl(input, init),
      retries: options.retries ?? DEFAULT_RETRIES,
    };
    this.#now = options.now ?? (() => new Date());
    this.#cache = options.cacheDir === undefined ? undefined : new IndexCache(options.cacheDir);
  }

  /**
   * The suite's Release: InRelease fetched, its signature verified against the repository's
   * keyrings, Valid-Until checked (unless allowed), parsed. Memoized per repository.
   */
  release(repo: AptRepository): Promise<ReleaseFile> {
    const mirror = normalizeMirror(repo.mirror);
    const key = releaseKey(repo, mirror);
    return memo(this.#releases, key, () => this.#fetchRelease(repo, mirror));
  }

  /**
   * The Packages index of `component` for `architecture`, as listed (size and SHA256) in the
   * signed Release: .xz preferred, then .gz, then uncompressed. Memoized per client; cached on
   * disk by SHA256 when a cache directory is set. Architecture "all" packages are in it already.
   */
  async packages(
    repo: AptRepository,
    component: string,
    architecture: string,
  ): Promise<PackageIndex> {
    const { mirror, release, file } = await this.#listed(
      repo,
      `${component}/binary-${architecture}/Packages`,
    );
    const key = `${releaseKey(repo, mirror)}\0${file.path}\0${file.sha256}`;
    return memo(this.#indexes, key, async () => {
      const origin = { suite: repo.suite, component, architecture };
      const url = `${mirror}/dists/${repo.suite}/${file.path}`;
      const cached = await this.#cache?.getParsed(file.sha256);
      if (cached) return createPackageIndex({ ...origin, source: url }, cached);
      const bytes = await this.#indexBytes(mirror, repo.suite, release, file);
      let text: Buffer;
      try {
        text = await decompress(bytes, compressionOf(file.path));
      } catch (error) {
        throw new PackagesIndexError(url, `cannot be decompressed: ${errorText(error)}`, {
          cause: error,
        });
      }
      const packages: BinaryPackage[] = parsePackagesBytes(text, url);
      const index = createPackageIndex({ ...origin, source: url }, packages);
      await this.#cache?.putParsed(file.sha256, packages);
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
    const file = pickIndex(release, base);
    if (!file) {
      throw new IndexNotListedError(
        mirror,
        repo.suite,
        base,
        release.components,
        release.architectures,
      );
    }
    return { mirror, release, file };
  }

  /**
   * The Contents index of `component` for `architecture` (`all` for Contents-all), as listed
   * (size and SHA256) in the signed Release, restricted to `scope` (default: the shared-library
   * directories; see contents.ts for why). Memoized per client; the downloaded file is cached
   * by SHA256 and the parsed scope next to it, like the Packages indexes.
   */
  async contents(
    repo: AptRepository,
    component: string,
    architecture: string,
    options: { scope?: ContentsScope } = {},
  ): Promise<ContentsIndex> {
    const { mirror, release, file } = await this.#listed(
      repo,
      `${component}/Contents-${architecture}`,
    );
    const scope = options.scope ?? 'libraries';
    const id = scopeId(scope);
    const key = `${releaseKey(repo, mirror)}\0${file.path}\0${file.sha256}\0${id}`;
    return memo(this.#contents, key, async () => {
      const url = `${mirror}/dists/${repo.suite}/${file.path}`;
      const origin = { suite: repo.suite, component, architecture, source: url };
      const dir = this.#cache?.dir;
      const cached = dir === undefined ? undefined : await getParsedContents(dir, file.sha256, id);
      if (cached) return createContentsIndex(origin, scope, cached);
      const bytes = await this.#indexBytes(mirror, repo.suite, release, file);
      let entries: ContentsEntries;
      try {
        entries = await parseContents(
          decompressChunks(bytes, compressionOf(file.path)),
          scope,
          url,
        );
      } catch (error) {
        if (error instanceof ContentsIndexError) throw error;
        throw new ContentsIndexError(url, `cannot be decompressed: ${errorText(error)}`, {
          cause: error,
        });
      }
      if (dir !== undefined) await putParsedContents(dir, file.sha256, id, entries);
      return createContentsIndex(origin, scope, entries);
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
    const response = await httpGet(url, this.#http);
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

  async #fetchRelease(repo: AptRepository, mirror: string): Promise<ReleaseFile> {
    const context = { mirror, suite: repo.suite };
    if (repo.keyrings.length === 0) {
      throw new SignatureError(mirror, repo.suite, [], 'cannot be checked: no keyrings given');
    }
    const url = `${mirror}/dists/${repo.suite}/InRelease`;
    const [response, keyrings] = await Promise.all([
      httpGet(url, this.#http),
      Promise.all(repo.keyrings.map((path) => this.#keyring(path))),
    ]);
    if (response.status === 404) throw new UnknownSuiteError(mirror, repo.suite, url);
    const armored = new TextDecoder('utf-8').decode(response.body);
    const now = this.#now();
    const signed = await verifyInRelease(armored, keyrings, { ...context, date: now });
    const release = parseRelease(signed, context);
    checkSuite(release, context);
    checkValidUntil(release, now, repo.allowExpiredRelease === true, context);
    return release;
  }

  #keyring(path: string): Promise<Keyring> {
    return memo(this.#keyrings, path, () => readKeyring(path));
  }

  /** The index file's bytes, from the cache or the mirror, checked against the Release. */
  async #indexBytes(
    mirror: string,
    suite: string,
    release: ReleaseFile,
    file: IndexFile,
  ): Promise<Uint8Array> {
    const cached = await this.#cache?.getFile(file.sha256, file.size);
    if (cached) return cached;
    const url = `${mirror}/dists/${suite}/${file.path}`;
    let bytes: Uint8Array | undefined;
    let from = url;
    if (/^yes$/i.test(release.raw.get('Acquire-By-Hash')?.trim() ?? '')) {
      // by-hash names cannot change under us while the mirror syncs; fall back as apt does.
      const dir = file.path.slice(0, file.path.lastIndexOf('/'));
      const byHash = `${mirror}/dists/${suite}/${dir}/by-hash/SHA256/${file.sha256}`;
      const response = await httpGet(byHash, this.#http);
      if (response.status === 200) {
        bytes = response.body;
        from = byHash;
      }
    }
    if (!bytes) {
      const response = await httpGet(url, this.#http);
      if (response.status === 404) {
        throw new HttpError(url, 404, 'HTTP 404 (the signed Release lists this file)');
      }
      bytes = response.body;
    }
    const actual = { size: bytes.length, sha256: sha256Hex(bytes) };
    if (actual.size !== file.size || actual.sha256 !== file.sha256) {
      throw new ChecksumMismatchError(from, file, actual);
    }
    await this.#cache?.putFile(file.sha256, bytes);
    return bytes;
  }
}

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
