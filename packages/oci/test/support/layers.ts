/** Layers for tests: tar archives made with tar-stream, compressed with gzip or zstd. */
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import type { Header } from 'tar-stream';

export interface TestEntry {
  name: string;
  type?: Header['type'];
  content?: string | Uint8Array;
  linkname?: string;
  mode?: number;
}

/** A tar archive of `entries`, in order. */
export async function tarOf(entries: readonly TestEntry[]): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    p.on('end', () => resolve());
    p.on('error', reject);
  });
  for (const e of entries) {
    const type = e.type ?? (e.content !== undefined ? 'file' : 'directory');
    const header: Partial<Header> & Pick<Header, 'name'> = {
      name: e.name,
      type,
      mode: e.mode ?? (type === 'directory' ? 0o755 : 0o644),
      mtime: new Date(0),
    };
    if (e.linkname !== undefined) header.linkname = e.linkname;
    if (type === 'file') p.entry(header, Buffer.from(e.content ?? ''));
    else p.entry(header);
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

/**
 * A zstd frame of raw (stored) blocks (RFC 8878): valid zstd that any decoder must read, made
 * without a compressor (Node 20's zlib has none).
 */
export function zstdStored(data: Uint8Array): Buffer {
  const BLOCK = 128 * 1024;
  // Magic, then a descriptor with no content size and no single segment, and a 128 KiB window.
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 7 << 3])];
  let offset = 0;
  do {
    const size = Math.min(BLOCK, data.length - offset);
    const last = offset + size >= data.length ? 1 : 0;
    const header = (size << 3) | (0 << 1) | last;
    parts.push(Buffer.from([header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff]));
    parts.push(Buffer.from(data.subarray(offset, offset + size)));
    offset += size;
  } while (offset < data.length);
  return Buffer.concat(parts);
}

export type Compression = 'none' | 'gzip' | 'zstd';

export const LAYER_MEDIA_TYPES: Record<Compression, string> = {
  none: 'application/vnd.oci.image.layer.v1.tar',
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
};

export async function layerOf(
  entries: readonly TestEntry[],
  compression: Compression = 'gzip',
): Promise<{ mediaType: string; bytes: Buffer }> {
  const tar = await tarOf(entries);
  const bytes =
    compression === 'gzip' ? gzipSync(tar) : compression === 'zstd' ? zstdStored(tar) : tar;
  return { mediaType: LAYER_MEDIA_TYPES[compression], bytes };
}
