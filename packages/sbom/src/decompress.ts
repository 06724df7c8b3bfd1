/**
 * Layer bytes to a stream of tar bytes, by the layer's media type: gzip through node:zlib, zstd
 * through fzstd (pure JavaScript; node:zlib has zstd only from Node 22.15), uncompressed as it is.
 */
import { Readable, Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Decompress } from 'fzstd';

export type LayerCompression = 'none' | 'gzip' | 'zstd';

// OCI layer types (plus the non-distributable ones, read the same way) and Docker's one layer type.
const COMPRESSIONS: Record<string, LayerCompression> = {
  'application/vnd.oci.image.layer.v1.tar': 'none',
  'application/vnd.oci.image.layer.v1.tar+gzip': 'gzip',
  'application/vnd.oci.image.layer.v1.tar+zstd': 'zstd',
  'application/vnd.oci.image.layer.nondistributable.v1.tar': 'none',
  'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip': 'gzip',
  'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd': 'zstd',
  'application/vnd.docker.image.rootfs.diff.tar.gzip': 'gzip',
  'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip': 'gzip',
};

/** The compression a layer media type names, or undefined for one that is not a tar layer. */
export function layerCompression(mediaType: string): LayerCompression | undefined {
  return COMPRESSIONS[mediaType];
}

/** fzstd's push-style decompressor as a Node Transform, fed in bounded chunks. */
class ZstdDecompress extends Transform {
  readonly #decoder: Decompress;

  constructor() {
    super();
    this.#decoder = new Decompress((data) => {
      if (data.length > 0) this.push(Buffer.from(data));
    });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.#decoder.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.#decoder.push(new Uint8Array(0), true);
      done();
    } catch (error) {
      done(error as Error);
    }
  }
}

// A whole blob is handed on in slices, so that the zstd decoder (which has no back-pressure of
// its own) never turns more than one slice's worth into output at a time.
const SLICE = 256 * 1024;

function* slices(bytes: Uint8Array): Generator<Buffer> {
  for (let offset = 0; offset < bytes.length; offset += SLICE) {
    yield Buffer.from(
      bytes.buffer,
      bytes.byteOffset + offset,
      Math.min(SLICE, bytes.length - offset),
    );
  }
}

/** A readable stream of the blob's bytes, whatever form the fetcher gave them in. */
export function blobStream(blob: Uint8Array | AsyncIterable<Uint8Array>): Readable {
  return blob instanceof Uint8Array ? Readable.from(slices(blob)) : Readable.from(blob);
}

/** The tar bytes of a layer: `source` through the decompressor `compression` needs. */
export function decompressLayer(source: Readable, compression: LayerCompression): Readable {
  if (compression === 'none') return source;
  const decompressor = compression === 'gzip' ? createGunzip() : new ZstdDecompress();
  source.on('error', (error) => decompressor.destroy(error));
  return source.pipe(decompressor);
}
