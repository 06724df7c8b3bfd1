/**
 * Copying an image with everything it references: an index's manifests, each manifest's config
 * and layers, bottom up so that the registry never holds a manifest whose parts are missing.
 * Blobs are mounted when source and destination share a registry, and skipped when the
 * destination has them; manifests the destination has are not walked again. Promotion copies by
 * digest, so what was tested is byte for byte what is published.
 */
import type { PutManifestResult } from './manifest-push.js';
import { isImageManifestMediaType, isIndexMediaType } from './media-types.js';
import { Limiter } from './limit.js';
import type { ImageReference, RepositoryReference } from './reference.js';
import { addToReferrersTag } from './referrers.js';
import type { ReferrersPorts } from './referrers.js';
import type { TransferBlobOptions } from './upload.js';
import { isImageIndex } from './types.js';
import type { Descriptor, FetchedManifest } from './types.js';

/** Where a copy reads from: a registry repository or an OCI image layout. */
export interface CopySource {
  getManifest(digest: string): Promise<FetchedManifest>;
  /** With `size`, a blob of another length is an error (a registry reads no more than that). */
  getBlob(digest: string, size?: number): Promise<Uint8Array>;
  /** The repository a destination in `registry` can mount blobs from, if any. */
  mountFrom(registry: string): string | undefined;
  /** The artifacts referring to `digest`; absent when the source cannot have any. */
  referrers?(digest: string): Promise<Descriptor[]>;
}

/** What a copy needs of the destination's client. */
export interface CopyTarget extends ReferrersPorts {
  headManifest(ref: ImageReference): Promise<Descriptor | undefined>;
  transfer(
    repository: RepositoryReference,
    descriptor: Descriptor,
    load: () => Promise<Uint8Array>,
    options: TransferBlobOptions,
  ): Promise<Descriptor>;
}

export interface CopyOptions {
  /** Blobs in flight at once. Default 4. */
  concurrency?: number;
  /**
   * Also copy the artifacts that refer to each copied manifest (SBOMs, signatures,
   * attestations), keeping the destination's referrers tag up to date where needed.
   */
  referrers?: boolean;
}

// Foreign layers (Windows base layers) are fetched from their `urls`, never pushed.
function isDistributable(descriptor: Descriptor & { urls?: string[] }): boolean {
  return !descriptor.urls || descriptor.urls.length === 0;
}

export class ImageCopier {
  private readonly limiter: Limiter;
  private readonly blobs = new Map<string, Promise<unknown>>();
  private readonly manifests = new Map<string, Promise<PutManifestResult | undefined>>();

  constructor(
    private readonly source: CopySource,
    private readonly target: CopyTarget,
    private readonly destination: RepositoryReference,
    private readonly options: CopyOptions = {},
  ) {
    this.limiter = new Limiter(options.concurrency ?? 4);
  }

  /** Copies `top` and what it references; the top manifest goes under `tag` if given. */
  async copy(top: FetchedManifest, tag?: string): Promise<Descriptor> {
    await this.copyParts(top);
    const ref: ImageReference = tag
      ? { ...this.destination, tag }
      : { ...this.destination, digest: top.digest };
    await this.target.putManifest(ref, top.bytes, top.mediaType);
    if (this.options.referrers) await this.copyReferrers(top.digest);
    return { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length };
  }

  private async copyParts(fetched: FetchedManifest): Promise<void> {
    if (isImageIndex(fetched.manifest)) {
      const children = fetched.manifest.manifests.filter(
        (d) => isIndexMediaType(d.mediaType) || isImageManifestMediaType(d.mediaType),
      );
      await Promise.all(children.map((d) => this.copyManifest(d.digest)));
      return;
    }
    const { config, layers } = fetched.manifest;
    await Promise.all([config, ...layers].filter(isDistributable).map((d) => this.copyBlob(d)));
  }

  /** A manifest by digest; undefined when the destination had it already. */
  private copyManifest(digest: string): Promise<PutManifestResult | undefined> {
    let pending = this.manifests.get(digest);
    if (!pending) {
      pending = (async () => {
        const ref = { ...this.destination, digest };
        let result: PutManifestResult | undefined;
        if (!(await this.target.headManifest(ref))) {
          const fetched = await this.source.getManifest(digest);
          await this.copyParts(fetched);
          result = await this.target.putManifest(ref, fetched.bytes, fetched.mediaType);
        }
        if (this.options.referrers) await this.copyReferrers(digest);
        return result;
      })();
      this.manifests.set(digest, pending);
    }
    return pending;
  }

  private copyBlob(descriptor: Descriptor): Promise<unknown> {
    let pending = this.blobs.get(descriptor.digest);
    if (!pending) {
      const mount = this.source.mountFrom(this.destination.registry);
      pending = this.limiter.run(() =>
        this.target.transfer(
          this.destination,
          descriptor,
          () => this.source.getBlob(descriptor.digest, descriptor.size),
          { mountFrom: mount ? [mount] : [] },
        ),
      );
      this.blobs.set(descriptor.digest, pending);
    }
    return pending;
  }

  private async copyReferrers(subject: string): Promise<void> {
    if (!this.source.referrers) return;
    for (const referrer of await this.source.referrers(subject)) {
      const put = await this.copyManifest(referrer.digest);
      // A registry that indexed the referrer itself said so (OCI-Subject); else keep the tag.
      if (put && put.subject !== subject) {
        await addToReferrersTag(this.target, this.destination, subject, referrer);
      }
    }
  }
}
