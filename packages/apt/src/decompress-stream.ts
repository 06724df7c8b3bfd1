/**
 * Decompression as a stream of chunks, for index files too big to hold decompressed at once
 * (a suite's Contents-all is 590 MB of text, more than a JavaScript string may hold). What
 * comes out is counted, and past `maxBytes` the stream fails with DecompressionLimitError.
 */
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { decompress } from './decompress.js';
import type { Compression } from './decompress.js';
import { DecompressionLimitError } from './errors.js';
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
