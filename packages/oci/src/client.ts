/**
 * The registry client (OCI distribution spec): manifests, blobs, tags, annotations. Every call
 * goes through RegistryHttp, which adds authentication, retries and redirects.
 */
import { Authenticator } from './auth.js';
import type { CredentialResolver } from './credentials.js';
import { computeDigest, digestOf, isDigest, parseDigest } from './digest.js';
import {
  BlobNotFoundError,
  BlobSizeMismatchError,
  DigestMismatchError,
  InvalidManifestError,
  ManifestNotFoundError,
  PlatformNotFoundError,
  RegistryError,
  parseErrorBody,
  statusMessage,
} from './errors.js';
import type { RegistryErrorDetails } from './errors.js';
import { MAX_MANIFEST_BYTES, checkByteLimit, manifestBodyLimit } from './limit.js';
import { nextLink } from './link.js';
import { bareMediaType, parseManifestDocument } from './manifest.js';
import { explainResponse, responseFailure } from './responses.js';
import { DEFAULT_MANIFEST_ACCEPT } from './media-types.js';
import {
  formatPlatform,
  isAttestationManifest,
  parsePlatform,
  selectManifest,
} from './platform.js';
import { formatReference, toReference } from './reference.js';
import type { ImageReference, RepositoryReference } from './reference.js';
import { RegistryHttp } from './registry-http.js';
import { isLoopbackRegistry, pullScope } from './scopes.js';
import type { RegistryRequest } from './registry-http.js';
import { Transport } from './transport.js';
import { ImageCopier } from './copy.js';
import type { CopyOptions, CopySource, CopyTarget } from './copy.js';
import type { OciLayout } from './layout.js';
import { putManifest } from './manifest-push.js';
import { listReferrers, pushArtifact } from './referrers.js';
import type { PushArtifactOptions, ReferrersOptions } from './referrers.js';
import { BlobUploader, OCTET_STREAM } from './upload.js';
import type { TransferBlobOptions } from './upload.js';
import type { HttpResponse, RetryInfo } from './transport.js';
import { isImageIndex } from './types.js';
import type {
  Descriptor,
  FetchedImageManifest,
  FetchedIndex,
  FetchedManifest,
  ImageConfig,
  Platform,
} from './types.js';

export interface RegistryClientOptions {
  /** Where credentials come from (e.g. `dockerConfigCredentials()`); default: anonymous only. */
  credentials?: CredentialResolver;
  fetch?: typeof globalThis.fetch;
  /** Retries of what @pgforge/http deems passing (resets, timeouts, 429, 5xx but 501). Default 4. */
  retries?: number;
  /** The first backoff; each retry doubles it, with jitter. Default 500 ms. */
  retryBaseDelayMs?: number;
  /** No single wait is longer, Retry-After included. Default 60 s. */
  maxRetryDelayMs?: number;
  /** Per attempt, body included. Default 300 s. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The jitter source, in [0, 1). Default Math.random. */
  random?: () => number;
  /** The clock, for token expiry and Retry-After dates. Default Date.now. */
  now?: () => number;
  userAgent?: string;
  /** Registries spoken to over plain http. Default: localhost, 127.0.0.0/8 and ::1, as docker does. */
  insecureRegistries?: (registry: string) => boolean;
  onRetry?: (info: RetryInfo) => void;
  /** Blobs larger than this many bytes are uploaded in chunks (PATCH). Default 16 MiB. */
  chunkThreshold?: number;
  /** The size of each chunk. Default 16 MiB. */
  chunkSize?: number;
  /**
   * The largest manifest or index (and referrers list) read; a longer answer is refused
   * without reading it all. Default MAX_MANIFEST_BYTES, 4 MiB: distribution's own limit.
   */
  maxManifestBytes?: number;
}

export interface PushBlobOptions extends TransferBlobOptions {
  /** The digest the bytes must have (sha256 of the bytes when absent). */
  digest?: string;
  /** The descriptor's media type. Default application/octet-stream. */
  mediaType?: string;
}

export interface PushLayoutOptions extends CopyOptions {
  /** The entry of index.json to push; without one, the only entry. */
  refName?: string;
}

/** The annotations of a reference: the index's (when it is one) and the chosen image manifest's. */
export interface ReferenceAnnotations {
  index?: Record<string, string>;
  manifest?: Record<string, string>;
}

/** An image manifest reached from a reference, through the index when there is one. */
export interface ResolvedImage {
  index?: FetchedIndex;
  /** The index entry that was chosen. */
  descriptor?: Descriptor;
  manifest: FetchedImageManifest;
}

export interface ListTagsOptions {
  /** Ask for pages of this many tags (`?n=`); the registry's default when absent. */
  pageSize?: number;
}

const DEFAULT_USER_AGENT = 'pgforge-oci/0.1';
const DEFAULT_CHUNK_BYTES = 16 * 1024 * 1024;
// A registry that keeps answering with a next link is broken; stop rather than loop.
const MAX_TAG_PAGES = 10_000;

function sleepFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function toRepository(value: RepositoryReference | ImageReference | string): RepositoryReference {
  const ref = typeof value === 'string' ? toReference(value) : value;
  return { registry: ref.registry, repository: ref.repository };
}

/** What a manifest request names: the digest when there is one, else the tag, else `latest`. */
function manifestReference(ref: ImageReference): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

export class RegistryClient {
  private readonly http: RegistryHttp;
  private readonly uploader: BlobUploader;
  private readonly maxManifestBytes: number;

  constructor(options: RegistryClientOptions = {}) {
    const now = options.now ?? Date.now;
    const transport = new Transport({
      fetch: options.fetch ?? globalThis.fetch,
      retries: options.retries ?? 4,
      retryBaseDelayMs: options.retryBaseDelayMs ?? 500,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 60_000,
      timeoutMs: options.timeoutMs ?? 300_000,
      sleep: options.sleep ?? sleepFor,
      random: options.random ?? Math.random,
      now,
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      onRetry: options.onRetry,
    });
    const auth = new Authenticator(transport, {
      credentials: options.credentials,
      now,
      clientId: options.userAgent ?? DEFAULT_USER_AGENT,
    });
    this.http = new RegistryHttp(transport, auth, options.insecureRegistries ?? isLoopbackRegistry);
    this.maxManifestBytes = checkByteLimit(
      'maxManifestBytes',
      options.maxManifestBytes ?? MAX_MANIFEST_BYTES,
    );
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_BYTES;
    if (!Number.isInteger(chunkSize) || chunkSize < 1) {
      throw new RangeError(`chunkSize ${chunkSize} is not a whole number of bytes of at least 1`);
    }
    this.uploader = new BlobUploader(this.http, {
      chunkThreshold: options.chunkThreshold ?? DEFAULT_CHUNK_BYTES,
      chunkSize,
    });
  }

  /**
   * GET a manifest or index. Fetched by digest, the bytes must have that digest; fetched by tag,
   * the digest is computed (and must match Docker-Content-Digest when the registry sends it).
   */
  async getManifest(
    reference: ImageReference | string,
    accept: readonly string[] = DEFAULT_MANIFEST_ACCEPT,
  ): Promise<FetchedManifest> {
    const ref = toReference(reference);
    const details = this.details(ref);
    const response = await this.request({
      ...this.pull(ref),
      method: 'GET',
      path: `/v2/${ref.repository}/manifests/${manifestReference(ref)}`,
      headers: { accept: accept.join(', ') },
      bodyLimit: manifestBodyLimit(`manifest ${this.show(ref)}`, this.maxManifestBytes),
    });
    if (response.status === 404) throw this.manifestNotFound(ref, response);
    if (response.status !== 200) throw this.failure(response, details);

    const bytes = response.body;
    const shown = this.show(ref);
    let digest: string;
    if (ref.digest) {
      const actual = digestOf(bytes, ref.digest);
      if (actual !== ref.digest)
        throw new DigestMismatchError(`manifest ${shown}`, ref.digest, actual, details);
      digest = ref.digest;
    } else {
      const header = response.headers.get('docker-content-digest');
      digest = header && isDigest(header) ? digestOf(bytes, header) : computeDigest(bytes);
      if (header && isDigest(header) && digest !== header) {
        throw new DigestMismatchError(`manifest ${shown}`, header, digest, details);
      }
    }
    const { mediaType, manifest } = parseManifestDocument(
      bytes,
      bareMediaType(response.headers.get('content-type')),
      shown,
      details,
    );
    return { digest, mediaType, bytes, manifest };
  }

  /** HEAD a manifest: its descriptor, or undefined when the registry has no such manifest. */
  async headManifest(
    reference: ImageReference | string,
    accept: readonly string[] = DEFAULT_MANIFEST_ACCEPT,
  ): Promise<Descriptor | undefined> {
    const ref = toReference(reference);
    const response = await this.request({
      ...this.pull(ref),
      method: 'HEAD',
      path: `/v2/${ref.repository}/manifests/${manifestReference(ref)}`,
      headers: { accept: accept.join(', ') },
    });
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw this.failure(response, this.details(ref));
    const digest = response.headers.get('docker-content-digest');
    const mediaType = bareMediaType(response.headers.get('content-type'));
    const size = Number(response.headers.get('content-length') ?? Number.NaN);
    if (!digest || !isDigest(digest) || !mediaType || !Number.isFinite(size)) {
      // Some registries leave these out of HEAD answers; the GET has them all.
      const fetched = await this.getManifest(ref, accept);
      return { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.length };
    }
    return { mediaType, digest, size };
  }

  /** The digest a tag (or digest) points at now, or undefined when there is none. */
  async resolveDigest(reference: ImageReference | string): Promise<string | undefined> {
    return (await this.headManifest(reference))?.digest;
  }

  /**
   * GET a blob, verified against its digest. With `size` (the descriptor's, when the caller has
   * one) no more than `size` bytes are read, and a blob of another length is an error.
   */
  async getBlob(
    reference: ImageReference | string,
    digest: string,
    size?: number,
  ): Promise<Uint8Array> {
    const ref = toReference(reference);
    parseDigest(digest);
    if (size !== undefined && (!Number.isSafeInteger(size) || size < 0)) {
      throw new RangeError(`size ${size} of blob ${digest} is not a whole number of bytes`);
    }
    const details = this.details(ref);
    const response = await this.request({
      ...this.pull(ref),
      method: 'GET',
      path: `/v2/${ref.repository}/blobs/${digest}`,
      ...(size === undefined
        ? {}
        : {
            bodyLimit: {
              bytes: size,
              what: `blob ${digest} of ${ref.repository}`,
              text: `its descriptor's size of ${size} bytes`,
            },
          }),
    });
    if (response.status === 404) {
      throw new BlobNotFoundError(
        digest,
        { ...details, status: 404, code: parseErrorBody(response.body)?.code },
        this.explain(response),
      );
    }
    if (response.status !== 200) throw this.failure(response, details);
    if (size !== undefined && response.body.length !== size) {
      throw new BlobSizeMismatchError(digest, size, response.body.length, details);
    }
    const actual = digestOf(response.body, digest);
    if (actual !== digest)
      throw new DigestMismatchError(`blob ${digest} of ${ref.repository}`, digest, actual, details);
    return response.body;
  }

  /**
   * The image manifest for a platform: the reference's own when it is one, else the index entry
   * for `platform` (default: the first that is not an attestation). A single-platform manifest
   * is returned as it is, whatever `platform` says.
   */
  async getImageManifest(
    reference: ImageReference | string,
    platform?: Platform | string,
  ): Promise<ResolvedImage> {
    const ref = toReference(reference);
    const top = await this.getManifest(ref);
    if (!isImageIndex(top.manifest)) return { manifest: top as FetchedImageManifest };
    const index = top as FetchedIndex;
    const descriptor = selectManifest(index.manifest, platform);
    if (!descriptor) {
      const wanted =
        platform === undefined
          ? 'any'
          : formatPlatform(typeof platform === 'string' ? parsePlatform(platform) : platform);
      const available = index.manifest.manifests
        .filter((d) => !isAttestationManifest(d))
        .map((d) => (d.platform ? formatPlatform(d.platform) : d.digest));
      throw new PlatformNotFoundError(this.show(ref), wanted, available, this.details(ref));
    }
    const child = await this.getManifest({
      registry: ref.registry,
      repository: ref.repository,
      digest: descriptor.digest,
    });
    if (isImageIndex(child.manifest)) {
      throw new InvalidManifestError(
        `${ref.registry}/${ref.repository}@${descriptor.digest}`,
        `an index inside the index ${this.show(ref)} is not supported`,
        this.details(ref),
      );
    }
    return { index, descriptor, manifest: child as FetchedImageManifest };
  }

  /** The image configuration for a platform (see getImageManifest). */
  async getConfig(
    reference: ImageReference | string,
    platform?: Platform | string,
  ): Promise<ImageConfig> {
    const ref = toReference(reference);
    const { manifest } = await this.getImageManifest(ref, platform);
    const { config } = manifest.manifest;
    const bytes = await this.getBlob(ref, config.digest, config.size);
    try {
      return JSON.parse(new TextDecoder().decode(bytes)) as ImageConfig;
    } catch {
      throw new InvalidManifestError(
        `${this.show(ref)} config ${manifest.manifest.config.digest}`,
        'the image configuration is not JSON',
        this.details(ref),
      );
    }
  }

  /**
   * Annotations at both levels: `index` when the reference is an index (else absent), and
   * `manifest` of the image manifest for `platform` (see getImageManifest). Absent
   * annotations read as `{}`.
   */
  async annotations(
    reference: ImageReference | string,
    platform?: Platform | string,
  ): Promise<ReferenceAnnotations> {
    const { index, manifest } = await this.getImageManifest(reference, platform);
    const result: ReferenceAnnotations = { manifest: manifest.manifest.annotations ?? {} };
    if (index) result.index = index.manifest.annotations ?? {};
    return result;
  }

  /**
   * The annotations of the image as published: the index's for a multi-platform image, the
   * manifest's for a single-platform one. With `platform`, that platform's manifest's.
   */
  async imageAnnotations(
    reference: ImageReference | string,
    platform?: Platform | string,
  ): Promise<Record<string, string>> {
    if (platform !== undefined) return (await this.annotations(reference, platform)).manifest ?? {};
    const top = await this.getManifest(reference);
    return top.manifest.annotations ?? {};
  }

  /**
   * Every tag of a repository, following the registry's pagination (Link: rel="next"). A
   * repository the registry does not know has no tags.
   */
  async listTags(
    repository: RepositoryReference,
    options: ListTagsOptions = {},
  ): Promise<string[]> {
    const ref: ImageReference = {
      registry: repository.registry,
      repository: repository.repository,
    };
    const details = this.details(ref);
    const tags: string[] = [];
    const seen = new Set<string>();
    let path: string | undefined =
      `/v2/${ref.repository}/tags/list` + (options.pageSize ? `?n=${options.pageSize}` : '');
    for (let page = 0; path !== undefined && page < MAX_TAG_PAGES; page++) {
      seen.add(path);
      const response = await this.request({ ...this.pull(ref), method: 'GET', path });
      if (response.status === 404) return tags;
      if (response.status !== 200) throw this.failure(response, details);
      let body: { tags?: unknown };
      try {
        body = JSON.parse(new TextDecoder().decode(response.body)) as { tags?: unknown };
      } catch {
        throw new RegistryError(statusMessage(200, details, 'the tag list is not JSON'), details);
      }
      if (Array.isArray(body.tags)) {
        for (const tag of body.tags) if (typeof tag === 'string') tags.push(tag);
      }
      const next = nextLink(response.headers.get('link'));
      const nextUrl = next === undefined ? undefined : new URL(next, response.url).href;
      path = nextUrl !== undefined && !seen.has(nextUrl) ? nextUrl : undefined;
    }
    return tags;
  }

  /** True when the repository has the blob. */
  async blobExists(repository: RepositoryReference | string, digest: string): Promise<boolean> {
    return this.uploader.exists(toRepository(repository), digest);
  }

  /**
   * Uploads a blob unless the repository has it: mounted from `mountFrom` when the registry
   * can, else in one PUT, or in chunks above the chunk threshold. Returns its descriptor.
   */
  async pushBlob(
    repository: RepositoryReference | string,
    bytes: Uint8Array | string,
    options: PushBlobOptions = {},
  ): Promise<Descriptor> {
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    const digest = options.digest ?? computeDigest(data);
    const descriptor: Descriptor = {
      mediaType: options.mediaType ?? OCTET_STREAM,
      digest,
      size: data.length,
    };
    return this.uploader.transfer(toRepository(repository), descriptor, async () => data, options);
  }

  /**
   * PUTs a manifest or index under the reference's tag (or digest, or the digest of the bytes)
   * and returns its digest, checked against the one the registry reports.
   */
  async pushManifest(
    reference: ImageReference | string,
    bytes: Uint8Array | string,
    mediaType: string,
  ): Promise<string> {
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    return (await putManifest(this.http, toReference(reference), data, mediaType)).digest;
  }

  /**
   * Copies an image (an index with all its manifests, or one manifest) and its blobs to
   * `destination`: under its tag when it has one, else by digest. Within one registry blobs are
   * mounted, not downloaded. Returns the descriptor of what was copied (same digest).
   */
  async copyImage(
    source: ImageReference | string,
    destination: ImageReference | string,
    options: CopyOptions = {},
  ): Promise<Descriptor> {
    const src = toReference(source);
    const dst = toReference(destination);
    const top = await this.getManifest(src);
    if (dst.digest && dst.digest !== top.digest) {
      throw new DigestMismatchError(
        `copy of ${this.show(src)} to ${formatReference(dst)}`,
        dst.digest,
        top.digest,
        this.details(dst),
      );
    }
    const sourceRepo = { registry: src.registry, repository: src.repository };
    const from: CopySource = {
      getManifest: (digest) => this.getManifest({ ...sourceRepo, digest }),
      getBlob: (digest, size) => this.getBlob(sourceRepo, digest, size),
      mountFrom: (registry) => (registry === src.registry ? src.repository : undefined),
      referrers: (digest) => this.referrers(sourceRepo, digest),
    };
    return new ImageCopier(from, this.copyTarget(), toRepository(dst), options).copy(top, dst.tag);
  }

  /** Pushes an image of an OCI image layout (see readLayout) to `destination`. */
  async pushLayout(
    layout: OciLayout,
    destination: ImageReference | string,
    options: PushLayoutOptions = {},
  ): Promise<Descriptor> {
    const dst = toReference(destination);
    const top = await layout.readManifest(layout.find(options.refName).digest);
    if (dst.digest && dst.digest !== top.digest) {
      throw new DigestMismatchError(
        `push of layout ${layout.dir} to ${formatReference(dst)}`,
        dst.digest,
        top.digest,
        this.details(dst),
      );
    }
    return new ImageCopier(layout.source(), this.copyTarget(), toRepository(dst), options).copy(
      top,
      dst.tag,
    );
  }

  /**
   * Pushes an artifact (an SBOM, a signature) that refers to `subject`, and makes it findable with
   * `referrers`: by the registry's referrers API, else by the referrers tag schema.
   */
  async pushArtifact(options: PushArtifactOptions): Promise<Descriptor> {
    return pushArtifact(this.copyTarget(), toRepository(options.repository), options);
  }

  /** The artifacts that refer to `digest` (referrers API, else the referrers tag schema). */
  async referrers(
    repository: RepositoryReference | string,
    digest: string,
    options: ReferrersOptions = {},
  ): Promise<Descriptor[]> {
    return listReferrers(this.copyTarget(), toRepository(repository), digest, options);
  }

  private copyTarget(): CopyTarget {
    return {
      http: this.http,
      maxManifestBytes: this.maxManifestBytes,
      getManifest: (ref) => this.getManifest(ref),
      headManifest: (ref) => this.headManifest(ref),
      putManifest: (ref, bytes, mediaType) => putManifest(this.http, ref, bytes, mediaType),
      pushBlob: (repository, bytes, mediaType) => this.pushBlob(repository, bytes, { mediaType }),
      transfer: (repository, descriptor, load, options) =>
        this.uploader.transfer(repository, descriptor, load, options),
    };
  }

  private request(request: RegistryRequest): Promise<HttpResponse> {
    return this.http.request(request);
  }

  private pull(ref: ImageReference): Pick<RegistryRequest, 'registry' | 'repository' | 'scopes'> {
    return {
      registry: ref.registry,
      repository: ref.repository,
      scopes: [pullScope(ref.repository)],
    };
  }

  private details(ref: ImageReference): RegistryErrorDetails {
    return { registry: ref.registry, repository: ref.repository };
  }

  private show(ref: ImageReference): string {
    return formatReference(
      ref.tag === undefined && ref.digest === undefined ? { ...ref, tag: 'latest' } : ref,
    );
  }

  private explain(response: HttpResponse): string {
    return explainResponse(response);
  }

  private manifestNotFound(ref: ImageReference, response: HttpResponse): ManifestNotFoundError {
    const code = parseErrorBody(response.body)?.code;
    const explanation =
      code === 'NAME_UNKNOWN'
        ? `repository ${ref.repository} does not exist in ${ref.registry}`
        : `${ref.registry} has no manifest ${manifestReference(ref)} in ${ref.repository}`;
    return new ManifestNotFoundError(
      this.show(ref),
      { ...this.details(ref), status: 404, code },
      explanation,
    );
  }

  /** The error for an answer the operation cannot use. */
  private failure(response: HttpResponse, details: RegistryErrorDetails): RegistryError {
    return responseFailure(response, details);
  }
}
