/**
 * Decompression as a stream of chunks, for index files too big to hold decompressed at once
 * (a suite's Contents-all is 590 MB of text, more than a JavaScript string may hold). What
 * comes out is counted, and past `maxBytes` the stream fails with DecompressionLimitError.
 */
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { collector, decompress } from './decompress.js';
import type { Compression, DecompressOptions } from './decompress.js';
import { DecompressionLimitError } from './errors.js';
import type { BodyTap } from './http.js';
import { MAX_CONTENTS_BYTES, checkByteLimit } from './limits.js';

const CHUNK = 1 << 20;

export interface DecompressChunksOptions {
  /** The most bytes that may come out. Default MAX_CONTENTS_BYTES (2 GiB). */
  maxBytes?: number;
  /** Names the limit in the error: `the limit for a Contents index`. */
  limitName?: string;
}

export async function* decompressChunks(
  bytes: Uint8Array,
  compression: Compression,
  options: DecompressChunksOptions = {},
): AsyncGenerator<Uint8Array> {
  const limit = checkByteLimit('maxBytes', options.maxBytes ?? MAX_CONTENTS_BYTES);
  switch (compression) {
    case 'none':
      if (bytes.length > limit) {
        throw new DecompressionLimitError(limit, bytes.length, options.limitName);
      }
      yield bytes;
      return;
    case 'gz': {
      const gunzip = createGunzip({ chunkSize: CHUNK });
      Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]).pipe(gunzip);
      let total = 0;
      try {
        for await (const chunk of gunzip) {
          total += (chunk as Buffer).length;
          if (total > limit) throw new DecompressionLimitError(limit, total, options.limitName);
          yield chunk as Buffer;
        }
      } finally {
        gunzip.destroy();
      }
      return;
    }
    case 'xz':
      // xz-decompress streams too, but Debian publishes Contents as .gz only: one chunk will do.
      yield await decompress(bytes, 'xz', {
        maxBytes: limit,
        ...(options.limitName === undefined ? {} : { limitName: options.limitName }),
      });
      return;
  }
}

export interface GunzipTapOptions extends DecompressOptions {
  /**
   * The size the signed Release lists for the file: bytes past it cannot match, and their
   * decompression stops there (the caller refuses them or fetches again).
   */
  listedBytes?: number;
}

/**
 * A tap (http.ts) that gunzips a body while it downloads: `end()` gives its text, or rejects
 * (DecompressionLimitError past `maxBytes`, counted as decompress() counts it, default
 * MAX_PACKAGES_INDEX_BYTES; zlib's error for bytes that are not gzip). Nothing is to be
 * trusted before the caller has checked the bytes against their signed SHA256, and the caller
 * aborts a tap whose bytes did not match; a text nobody asks for fails quietly.
 */
export function gunzipTap(options: GunzipTapOptions = {}): BodyTap<Promise<Buffer>> {
  const out = collector(options);
  const gunzip = createGunzip({ chunkSize: CHUNK });
  let written = 0;
  const stop = (error: Error): void => {
    gunzip.destroy(error);
    // What came out is no longer anybody's: not held until the promise is dropped.
    out.drop();
  };
  const text = new Promise<Buffer>((resolve, reject) => {
    gunzip.on('data', (chunk: Buffer) => {
      if (!out.add(chunk)) stop(out.error);
    });
    gunzip.once('end', () => resolve(out.bytes()));
    gunzip.once('error', reject);
  });
  text.catch(() => undefined);
  return {
    write: (chunk) => {
      if (gunzip.destroyed) return;
      written += chunk.length;
      if (options.listedBytes !== undefined && written > options.listedBytes) {
        stop(
          new Error(`more than the ${options.listedBytes} bytes listed: not decompressed further`),
        );
        return;
      }
      gunzip.write(chunk);
    },
    end: () => {
      if (!gunzip.destroyed) gunzip.end();
      return text;
    },
    abort: () => stop(new Error('the bytes were refused: what they decompressed is thrown away')),
  };
}
