/**
 * Limits: how many tasks run at once (Limiter), and how many bytes an untrusted answer may hold.
 * The byte limits are all here, so that what a registry or an image can make this code read,
 * hold or write is stated once; each can be overridden where it is used (RegistryClient's
 * `maxManifestBytes`, readLayer's `maxBytes`, readImageFiles' `maxLayerBytes` and
 * `maxFileBytes`).
 */
import { GiB, MiB, formatBytes } from '@pgforge/http';
import type { BodyLimit } from './transport.js';

export { checkByteLimit, formatBytes } from '@pgforge/http';

/**
 * The largest manifest or index read: 4 MiB, the limit distribution (the reference registry)
 * puts on the manifests it accepts, so no registry serves a larger one that was pushed to it.
 */
export const MAX_MANIFEST_BYTES = 4 * MiB;

/**
 * The most bytes one layer may decompress to. Layers are read as they stream (nothing holds a
 * whole layer uncompressed), so this bounds time and disk (the smoke test writes a layer out),
 * not memory. Debian base layers are 30 to 100 MB uncompressed and a PostgreSQL image with its
 * extensions well under 1 GB: 2 GiB passes them and stops a bomb within seconds.
 */
export const MAX_LAYER_BYTES = 2 * GiB;

/**
 * The most bytes of one file kept in memory by readImageFiles (the dpkg status database,
 * copyright files, os-release: a few MB at most in real images).
 */
export const MAX_FILE_CONTENT_BYTES = 64 * MiB;

/** The body limit of a manifest, index or referrers list request: `what` names it. */
export function manifestBodyLimit(what: string, bytes: number): BodyLimit {
  return {
    bytes,
    what,
    text: `${formatBytes(bytes)} (${bytes} bytes, the limit for manifests and indexes)`,
  };
}

/** At most `concurrency` of the tasks given to `run` at once; the rest wait their turn. */
export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new RangeError(`concurrency ${concurrency} is not a whole number of at least 1`);
    }
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.concurrency) this.active++;
    // A finishing task hands its slot straight to the next in line.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
