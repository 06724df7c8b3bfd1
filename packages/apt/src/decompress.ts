/**
 * Index files come as .xz (xz-decompress, WebAssembly: no native build), .gz (node:zlib) or
 * uncompressed.
 */
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import * as xz from 'xz-decompress';

const gunzipAsync = promisify(gunzip);

type XzModule = typeof xz;
// xz-decompress is CommonJS: Node's ESM loader exposes it as the default export only, while
// bundlers (ncc) and vitest also give the named export. Take whichever is there.
const XzReadableStream = (xz.XzReadableStream ??
  (xz as unknown as { default: XzModule }).default
    .XzReadableStream) as XzModule['XzReadableStream'];

export type Compression = 'xz' | 'gz' | 'none';

export function compressionOf(path: string): Compression {
  if (path.endsWith('.xz')) return 'xz';
  if (path.endsWith('.gz')) return 'gz';
  return 'none';
}

export async function decompress(bytes: Uint8Array, compression: Compression): Promise<Buffer> {
  switch (compression) {
    case 'none':
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    case 'gz':
      return gunzipAsync(bytes);
    case 'xz': {
      const stream = new XzReadableStream(new Blob([bytes]).stream());
      return Buffer.from(await new Response(stream).arrayBuffer());
    }
  }
}
