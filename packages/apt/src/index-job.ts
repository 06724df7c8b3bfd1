/**
 * The work a cold Packages file costs, from the bytes its signed Release vouches for to what
 * the store keeps: decompressed (decompressIndex: zlib in libuv's pool, a large xz in the
 * system's `xz`, a small one in WebAssembly on this thread; a .gz while it downloads, through
 * gunzipTap), then read (index-read.ts).
 */
import { decompress, type Compression } from './decompress.js';
import { DecompressionLimitError, PackagesIndexError, errorText } from './errors.js';
import { readIndex, type PreparedIndex } from './index-read.js';

export interface IndexJob {
  /** The file as downloaded and checked against the Release (size and SHA256). */
  bytes: Uint8Array;
  compression: Compression;
  /** Where the file came from: names it in errors. */
  url: string;
  /** Its text, already being decompressed as it downloaded (gunzipTap); else from `bytes`. */
  text?: Promise<Buffer>;
}

/** Names the limit on a Packages file's text in errors (DecompressionLimitError). */
export const PACKAGES_LIMIT_NAME = 'the limit for a Packages index';

/** The job's text; a failure is a PackagesIndexError naming the file. */
export async function decompressIndex(job: IndexJob): Promise<Buffer> {
  try {
    return await (job.text ??
      decompress(job.bytes, job.compression, { limitName: PACKAGES_LIMIT_NAME }));
  } catch (error) {
    if (error instanceof DecompressionLimitError) {
      throw new PackagesIndexError(job.url, error.message, { cause: error });
    }
    throw new PackagesIndexError(job.url, `cannot be decompressed: ${errorText(error)}`, {
      cause: error,
    });
  }
}

/** Decompresses and reads one Packages file on this thread. */
export async function prepareIndex(job: IndexJob): Promise<PreparedIndex> {
  return readIndex(await decompressIndex(job), job.url);
}
