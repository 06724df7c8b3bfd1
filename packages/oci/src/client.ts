/**
 * The registry client (OCI distribution spec): manifests, blobs, tags, annotations. Every call
 * goes through RegistryHttp, which adds authentication, retries and redirects.
 */
import { Authenticator } from './auth.js';
import type { CredentialResolver } from './credentials.js';
import { computeDigest, digestOf, isDigest, parseDigest } from './digest.js';
import {
  BlobNotFoundError,
  DigestMismatchError,
  InvalidManifestError,
  ManifestNotFoundError,
  PlatformNotFoundError,
  RegistryError,
  parseErrorBody,
  statusMessage,
} from './errors.js';
import type { RegistryErrorDetails } from './errors.js';
import { nextLink } from './link.js';
import { bareMediaType, parseManifestDocument } from './manifest.js';
import { DEFAULT_MANIFEST_ACCEPT } from './media-types.js';
import {
  formatPlatform,
  isAttestationManifest,
  parsePlatform,
  selectManifest,
} from './platform.js';
import { formatReference, toReference } from './reference.js';
import type { ImageReference, RepositoryReference } from './reference.js';
import { RegistryHttp, isLoopbackRegistry, pullScope } from './registry-http.js';
import type { RegistryRequest } from './registry-http.js';
import { Transport } from './transport.js';
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
  /** Retries after the first attempt, for network errors, 429 and 5xx (not 501). Default 4. */
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
// A registry that keeps answering with a next link is broken; stop rather than loop.
const MAX_TAG_PAGES = 10_000;

function sleepFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** What a manifest request names: the digest when there is one, else the tag, else `latest`. */
function manifestReference(ref: ImageReference): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

export class RegistryClient {
  private readonly http: RegistryHttp;

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

  /** GET a blob, verified against its digest. */
  async getBlob(reference: ImageReference | string, digest: string): Promise<Uint8Array> {
    const ref = toReference(reference);
    parseDigest(digest);
    const details = this.details(ref);
    const response = await this.request({
      ...this.pull(ref),
      method: 'GET',
      path: `/v2/${ref.repository}/blobs/${digest}`,
    });
    if (response.status === 404) {
      throw new BlobNotFoundError(
        digest,
        { ...details, status: 404, code: parseErrorBody(response.body)?.code },
        this.explain(response),
      );
    }
    if (response.status !== 200) throw this.failure(response, details);
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
    const bytes = await this.getBlob(ref, manifest.manifest.config.digest);
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
    const body = parseErrorBody(response.body);
    if (body?.code && body.message) return `${body.code}: ${body.message}`;
    return (
      body?.message ??
      body?.code ??
      (`${response.status} ${response.statusText}`.trim() || 'no reason given')
    );
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
    const code = parseErrorBody(response.body)?.code;
    let explanation = this.explain(response);
    if (response.status === 403) explanation = `access denied (${explanation})`;
    if (response.attempts > 1) explanation += ` (after ${response.attempts} attempts)`;
    return new RegistryError(statusMessage(response.status, details, explanation), {
      ...details,
      status: response.status,
      code,
    });
  }
}
