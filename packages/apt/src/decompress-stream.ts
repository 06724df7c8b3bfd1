/**
 * Decompression as a stream of chunks, for index files too big to hold decompressed at once
 * (a suite's Contents-all is 590 MB of text, more than a JavaScript string may hold).
 */
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { decompress } from './decompress.js';
import type { Compression } from './decompress.js';

const CHUNK = 1 << 20;

export async function* decompressChunks(
  bytes: Uint8Array,
  compression: Compression,
): AsyncGenerator<Uint8Array> {
  switch (compression) {
    case 'none':
      yield bytes;
      return;
    case 'gz': {
      const gunzip = createGunzip({ chunkSize: CHUNK });
      Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]).pipe(gunzip);
      for await (const chunk of gunzip) yield chunk as Buffer;
      return;
    }
    case 'xz':
      // xz-decompress streams too, but Debian publishes Contents as .gz only: one chunk will do.
      yield await decompress(bytes, 'xz');
      return;
  }
}
