/**
 * The compressions dpkg-deb writes for a `.deb`'s `control.tar` and `data.tar` members: none,
 * gzip, xz (the default) and zstd (Ubuntu's default since 21.10, dpkg ≥ 1.21.18). xz and gzip
 * go through the index decompressor; zstd through fzstd (pure JavaScript, no native build).
 */
import { decompress as fzstdDecompress } from 'fzstd';
import { decompress } from './decompress.js';

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

export async function decompressMember(
  bytes: Uint8Array,
  compression: DebCompression,
): Promise<Uint8Array> {
  switch (compression) {
    case 'none':
      return bytes;
    case 'gzip':
      return decompress(bytes, 'gz');
    case 'xz':
      return decompress(bytes, 'xz');
    case 'zstd':
      return fzstdDecompress(bytes);
  }
}
