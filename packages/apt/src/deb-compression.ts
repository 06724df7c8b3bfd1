/**
 * The compressions dpkg-deb writes for a `.deb`'s `control.tar` and `data.tar` members: none,
 * gzip, xz (the default) and zstd (Ubuntu's default since 21.10, dpkg ≥ 1.21.18). xz and gzip
 * go through the index decompressor; zstd through fzstd (pure JavaScript, no native build).
 */
import { Decompress } from 'fzstd';
import { decompress } from './decompress.js';
import type { DecompressOptions } from './decompress.js';
import { DecompressionLimitError } from './errors.js';
import { MAX_DEB_BYTES, checkByteLimit } from './limits.js';

export type DebCompression = 'none' | 'gzip' | 'xz' | 'zstd';

const SUPPORTED: Record<string, DebCompression> = {
  '': 'none',
  '.gz': 'gzip',
  '.xz': 'xz',
  '.zst': 'zstd',
};
/** Suffixes dpkg knows (or knew) that this reader does not read, with their names. */
const UNSUPPORTED: Record<string, string> = { '.bz2': 'bzip2', '.lzma': 'lzma' };

export const SUPPORTED_TEXT = 'none, .gz (gzip), .xz, .zst (zstd)';

/**
 * The compression of a member named `<base>` + suffix, `{ unsupported }` for a suffix dpkg
 * knows but this reader does not, undefined for a name that is not `<base>` + a suffix.
 */
export function memberCompression(
  name: string,
  base: string,
): DebCompression | { unsupported: string } | undefined {
  if (!name.startsWith(base)) return undefined;
  const suffix = name.slice(base.length);
  const known = SUPPORTED[suffix];
  if (known) return known;
  const unsupported = UNSUPPORTED[suffix];
  if (unsupported) return { unsupported };
  return suffix.startsWith('.') && /^\.[a-z0-9]+$/.test(suffix)
    ? { unsupported: suffix.slice(1) }
    : undefined;
}

/**
 * The member's tar bytes; more than `maxBytes` (default MAX_DEB_BYTES) is
 * DecompressionLimitError, with no more than that held.
 */
export async function decompressMember(
  bytes: Uint8Array,
  compression: DebCompression,
  options: DecompressOptions = {},
): Promise<Uint8Array> {
  const limited = { ...options, maxBytes: options.maxBytes ?? MAX_DEB_BYTES };
  switch (compression) {
    case 'none':
      return decompress(bytes, 'none', limited);
    case 'gzip':
      return decompress(bytes, 'gz', limited);
    case 'xz':
      return decompress(bytes, 'xz', limited);
    case 'zstd':
      return zstdLimited(bytes, limited);
  }
}

// fzstd turns all it is pushed into output at once, and zstd makes 128 KiB of a 4-byte block:
// pushed in pieces this small, the output runs at most 32 MiB past the limit before it stops.
const ZSTD_PIECE = 1024;

function zstdLimited(bytes: Uint8Array, options: DecompressOptions): Uint8Array {
  const limit = checkByteLimit('maxBytes', options.maxBytes ?? MAX_DEB_BYTES);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const decoder = new Decompress((data) => {
    if (data.length === 0) return;
    total += data.length;
    // Thrown out of push: nothing more is decoded.
    if (total > limit) throw new DecompressionLimitError(limit, total, options.limitName);
    chunks.push(data);
  });
  for (let offset = 0; offset < bytes.length; offset += ZSTD_PIECE) {
    decoder.push(bytes.subarray(offset, offset + ZSTD_PIECE));
  }
  decoder.push(new Uint8Array(0), true);
  return Buffer.concat(chunks, total);
}
