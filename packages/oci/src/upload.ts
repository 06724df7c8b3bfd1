/**
 * Blob uploads (distribution spec, "Pushing blobs"): a HEAD first (a blob the repository has is
 * not sent again), a cross-repository mount when a source repository is named, then either one
 * POST + PUT (monolithic) or POST, PATCH per chunk with Content-Range, and a closing PUT.
 *
 * Retries: the steps of an upload run without the transport's retries, because after a failed
 * PATCH or PUT the state of the session is unknown (part of a chunk may have been written). A
 * retryable failure (network, 429, 5xx, a session the registry lost) abandons the session and
 * starts the upload again from its first byte, after the same backoff as any request, and after
 * checking with a HEAD whether the failed step did in fact complete.
 */
import { digestOf, parseDigest } from './digest.js';
import { DigestMismatchError, RegistryError, parseErrorBody, statusMessage } from './errors.js';
import type { RegistryErrorDetails } from './errors.js';
import { isRetryableStatus } from '@pgforge/http';
import { pullScope, pushScope } from './scopes.js';
import type { RegistryHttp, RegistryRequest } from './registry-http.js';
import { responseFailure } from './responses.js';
import { RegistryNetworkError } from './transport.js';
import type { FailedAttempt, HttpResponse } from './transport.js';
import type { RepositoryReference } from './reference.js';
import type { Descriptor } from './types.js';

export interface UploadSettings {
  /** Blobs larger than this many bytes go up in chunks. */
  chunkThreshold: number;
  /** The size of each PATCH. */
  chunkSize: number;
}

export interface TransferBlobOptions extends Partial<UploadSettings> {
  /** Repositories of the same registry to mount the blob from before uploading it. */
  mountFrom?: readonly string[];
}

type Session = { mounted: true } | { mounted: false; location: URL };

// What went wrong in a step in a way that a fresh upload may fix.
interface StepFailure {
  failed: FailedAttempt;
  url: URL;
  method: string;
}

export const OCTET_STREAM = 'application/octet-stream';

export class BlobUploader {
  constructor(
    private readonly http: RegistryHttp,
    private readonly settings: UploadSettings,
  ) {}

  /** True when the repository has the blob (HEAD 200), false on 404. */
  async exists(target: RepositoryReference, digest: string, scopes?: string[]): Promise<boolean> {
    parseDigest(digest);
    const response = await this.request(target, {
      method: 'HEAD',
      path: `/v2/${target.repository}/blobs/${digest}`,
      scopes: scopes ?? [pullScope(target.repository)],
    });
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw responseFailure(response, details(target), `checking for blob ${digest}`);
  }

  /**
   * Makes sure the repository has the blob `descriptor` names, reading its bytes with `load`
   * only when it has to be uploaded. Returns the descriptor.
   */
  async transfer(
    target: RepositoryReference,
    descriptor: Descriptor,
    load: () => Promise<Uint8Array>,
    options: TransferBlobOptions = {},
  ): Promise<Descriptor> {
    const { digest } = descriptor;
    parseDigest(digest);
    const scopes = [pushScope(target.repository)];
    if (await this.exists(target, digest, scopes)) return descriptor;

    let session = await this.start(target, digest, options.mountFrom ?? []);
    if (session.mounted) return descriptor;
    const bytes = await load();
    const actual = digestOf(bytes, digest);
    if (actual !== digest || bytes.length !== descriptor.size) {
      throw new DigestMismatchError(
        `the bytes to upload to ${target.repository} (${bytes.length} bytes; the descriptor says ${descriptor.size})`,
        digest,
        actual,
        details(target),
      );
    }
    const threshold = options.chunkThreshold ?? this.settings.chunkThreshold;
    const chunkSize = options.chunkSize ?? this.settings.chunkSize;
    const retries = this.http.transport.retries;
    for (let attempt = 1; ; attempt++) {
      const { location } = session;
      const outcome =
        bytes.length > threshold
          ? await this.chunked(target, location, bytes, digest, chunkSize)
          : await this.close(target, location, digest, bytes);
      if (!outcome) return descriptor;
      if (attempt > retries) throw this.gaveUp(target, digest, attempt, outcome.failed);
      await this.http.transport.waitBeforeRetry(
        { method: outcome.method, url: outcome.url, registry: target.registry },
        attempt,
        retries,
        outcome.failed,
      );
      await this.cancel(target, location);
      // The step that failed may have finished before its answer was lost.
      if (await this.exists(target, digest, scopes)) return descriptor;
      const restarted = await this.start(target, digest, []);
      if (restarted.mounted) return descriptor;
      session = restarted;
    }
  }

  /** POST with mount=&from= for each source in turn, then a plain POST: a session or a mount. */
  private async start(
    target: RepositoryReference,
    digest: string,
    mountFrom: readonly string[],
  ): Promise<Session> {
    const base = `/v2/${target.repository}/blobs/uploads/`;
    const sources = mountFrom.filter((from) => from !== target.repository);
    for (const [i, from] of sources.entries()) {
      const query = new URLSearchParams({ mount: digest, from });
      const response = await this.request(target, {
        method: 'POST',
        path: `${base}?${query.toString()}`,
        scopes: [pushScope(target.repository), pullScope(from)],
      });
      if (response.status === 201) return { mounted: true };
      // 202: the registry could not mount and opened an upload session instead.
      if (response.status === 202) {
        const location = this.location(response, target);
        if (i === sources.length - 1) return { mounted: false, location };
        await this.cancel(target, location);
      }
      // Anything else (no pull access to the source, say): upload instead.
    }
    const response = await this.request(target, {
      method: 'POST',
      path: base,
      scopes: [pushScope(target.repository)],
    });
    if (response.status !== 202) {
      throw responseFailure(response, details(target), `starting an upload of ${digest}`);
    }
    return { mounted: false, location: this.location(response, target) };
  }

  private async chunked(
    target: RepositoryReference,
    start: URL,
    bytes: Uint8Array,
    digest: string,
    chunkSize: number,
  ): Promise<StepFailure | undefined> {
    let location = start;
    for (let offset = 0; offset < bytes.length; offset += chunkSize) {
      const end = Math.min(offset + chunkSize, bytes.length);
      const range = `${offset}-${end - 1}`;
      const response = await this.step(target, {
        method: 'PATCH',
        path: location.href,
        headers: { 'content-type': OCTET_STREAM, 'content-range': range },
        body: bytes.subarray(offset, end),
      });
      if (!('status' in response)) return response;
      if (response.status !== 202) {
        throw responseFailure(response, details(target), `uploading bytes ${range} of ${digest}`);
      }
      location = this.location(response, target, location);
      // The registry says how much it holds; anything but all sent so far means lost bytes.
      const held = response.headers.get('range');
      if (held !== null && held !== `0-${end - 1}`) {
        return {
          failed: { reason: `the registry holds bytes ${held} after sending ${range}` },
          url: location,
          method: 'PATCH',
        };
      }
    }
    return this.close(target, location, digest);
  }

  /** The closing PUT ?digest=, with the bytes (monolithic) or without (after chunks). */
  private async close(
    target: RepositoryReference,
    location: URL,
    digest: string,
    body?: Uint8Array,
  ): Promise<StepFailure | undefined> {
    const url = new URL(location.href);
    url.searchParams.set('digest', digest);
    const response = await this.step(target, {
      method: 'PUT',
      path: url.href,
      headers: body ? { 'content-type': OCTET_STREAM } : {},
      body: body ?? new Uint8Array(),
    });
    if (!('status' in response)) return response;
    if (response.status !== 201) {
      throw responseFailure(response, details(target), `completing the upload of ${digest}`);
    }
    const stored = response.headers.get('docker-content-digest');
    if (stored && stored !== digest) {
      throw new DigestMismatchError(`uploaded blob ${digest}`, digest, stored, details(target));
    }
    return undefined;
  }

  /** One upload step without transport retries: the answer, or a failure worth a new upload. */
  private async step(
    target: RepositoryReference,
    request: Pick<RegistryRequest, 'method' | 'path' | 'headers' | 'body'>,
  ): Promise<HttpResponse | StepFailure> {
    const url = new URL(request.path);
    let response: HttpResponse;
    try {
      response = await this.request(target, {
        ...request,
        scopes: [pushScope(target.repository)],
        retries: 0,
      });
    } catch (error) {
      // A refused connection or an unknown host would refuse the new upload too.
      if (error instanceof RegistryNetworkError && error.retryable) {
        return { failed: { reason: error.message }, url, method: request.method };
      }
      throw error;
    }
    if (isRetryableStatus(response.status) || sessionLost(response)) {
      return { failed: { response }, url, method: request.method };
    }
    return response;
  }

  /** Abandons a session (best effort: registries purge stale sessions anyway). */
  private async cancel(target: RepositoryReference, location: URL): Promise<void> {
    await this.request(target, {
      method: 'DELETE',
      path: location.href,
      scopes: [pushScope(target.repository)],
      retries: 0,
    }).catch(() => undefined);
  }

  private location(response: HttpResponse, target: RepositoryReference, previous?: URL): URL {
    const header = response.headers.get('location');
    if (header) return new URL(header, response.url);
    if (previous) return previous;
    throw new RegistryError(
      statusMessage(
        response.status,
        details(target),
        'the registry opened an upload without a Location',
      ),
      details(target),
    );
  }

  private gaveUp(
    target: RepositoryReference,
    digest: string,
    attempts: number,
    failed: FailedAttempt,
  ): RegistryError {
    const { response } = failed;
    const last =
      failed.reason ??
      (response?.body ? parseErrorBody(response.body)?.message : undefined) ??
      `${response?.status ?? ''} ${response?.statusText ?? ''}`.trim();
    const message = statusMessage(
      response?.status,
      details(target),
      `uploading blob ${digest} failed ${attempts} times; the last time: ${last}`,
    );
    if (!response) return new RegistryNetworkError(message, details(target));
    const code = response.body ? parseErrorBody(response.body)?.code : undefined;
    return new RegistryError(message, { ...details(target), status: response.status, code });
  }

  private request(
    target: RepositoryReference,
    request: Omit<RegistryRequest, 'registry' | 'repository'>,
  ): Promise<HttpResponse> {
    return this.http.request({
      ...request,
      registry: target.registry,
      repository: target.repository,
    });
  }
}

function details(target: RepositoryReference): RegistryErrorDetails {
  return { registry: target.registry, repository: target.repository };
}

/** A session the registry no longer knows, or a range it did not take: start again. */
function sessionLost(response: HttpResponse): boolean {
  if (response.status === 416) return true;
  return response.status === 404 && parseErrorBody(response.body)?.code === 'BLOB_UPLOAD_UNKNOWN';
}
