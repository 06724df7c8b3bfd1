/**
 * The one reader of image layers: a layer's bytes, by its media type, through the right
 * decompressor (gzip through node:zlib; zstd through fzstd, pure JavaScript, since node:zlib has
 * zstd only from Node 22.15) and tar-stream, as a sequence of changes to the file system below
 * it: entries, whiteouts (`.wh.<name>`) and opaque directories (`.wh..wh..opq`). Paths come out
 * normalised and checked (none leaves the root). What to do with each change is the caller's:
 * the SBOM keeps selected files in memory, the smoke test writes an extension image to disk.
 *
 * A layer is untrusted: what it decompresses to is counted as it streams, and past `maxBytes`
 * (MAX_LAYER_BYTES unless the caller says otherwise) reading stops with LayerTooLargeError. No
 * decompressor runs ahead of its reader, so a bomb costs seconds and a few MB, not memory.
 */
import { Readable, Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Decompress } from 'fzstd';
import { extract as tarExtract } from 'tar-stream';
import type { Header } from 'tar-stream';
import { MAX_LAYER_BYTES, checkByteLimit, formatBytes } from './limit.js';

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

/** A layer that cannot be read: its media type, its bytes, or an entry in it. */
export class LayerError extends Error {
  constructor(
    readonly image: string,
    readonly digest: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LayerError';
  }
}

/** A layer whose media type says a compression this reader does not read. */
export class UnsupportedLayerError extends LayerError {
  constructor(
    image: string,
    digest: string,
    readonly mediaType: string,
  ) {
    super(
      image,
      digest,
      `layer ${digest} of ${image} has media type ${mediaType}; expected an uncompressed, gzip or ` +
        'zstd tar layer (application/vnd.oci.image.layer.v1.tar[+gzip|+zstd] or ' +
        'application/vnd.docker.image.rootfs.diff.tar.gzip)',
    );
    this.name = 'UnsupportedLayerError';
  }
}

/** A layer whose bytes are no readable tar, or whose entry would leave the root. */
export class LayerReadError extends LayerError {
  constructor(
    image: string,
    digest: string,
    /** What is wrong, without the layer's name: `layer entry "../x" leaves the image root`. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(image, digest, `layer ${digest} of ${image} could not be read: ${reason}`, options);
    this.name = 'LayerReadError';
  }
}

/** A layer that decompresses to more bytes than the reader allows. */
export class LayerTooLargeError extends LayerReadError {
  constructor(
    image: string,
    digest: string,
    /** The most bytes allowed. */
    readonly limit: number,
    /** What had been decompressed when reading stopped. */
    readonly decompressed: number,
    options?: { cause?: unknown },
  ) {
    super(
      image,
      digest,
      `it decompresses to more than ${formatBytes(limit)} (${limit} bytes, the limit per ` +
        `layer; reading stopped after ${decompressed} bytes): a decompression bomb, or a ` +
        'layer larger than this reader allows',
      options,
    );
    this.name = 'LayerTooLargeError';
  }
}

/** Thrown inside the stream when the limit is passed; readLayer turns it into LayerTooLargeError. */
export class DecompressedTooLarge extends Error {
  constructor(
    readonly limit: number,
    readonly decompressed: number,
  ) {
    super(`decompresses to more than ${formatBytes(limit)} (${limit} bytes)`);
    this.name = 'DecompressedTooLarge';
  }
}

/** Passes bytes through until more than `limit` went by, then fails with DecompressedTooLarge. */
class ByteLimit extends Transform {
  #count = 0;

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.#count += chunk.length;
    if (this.#count > this.limit) done(new DecompressedTooLarge(this.limit, this.#count));
    else done(null, chunk);
  }
}

// fzstd has no back-pressure: one push turns all it is given into output at once, and zstd can
// make 128 KiB of a 4-byte block. Fed in pieces this small, one push yields 32 MiB at most, and
// the generator below hands that on before it takes the next piece. (fzstd gathers the pieces
// of a block without copying until the block is whole, so small pieces cost little.)
const ZSTD_PIECE = 1024;

/** fzstd's push-style decompressor as a pull-driven generator, counting against `limit`. */
async function* zstdChunks(source: AsyncIterable<Buffer>, limit: number): AsyncGenerator<Buffer> {
  let out: Buffer[] = [];
  let count = 0;
  const decoder = new Decompress((data) => {
    if (data.length === 0) return;
    count += data.length;
    // Thrown out of push: nothing more of this piece is decoded.
    if (count > limit) throw new DecompressedTooLarge(limit, count);
    out.push(Buffer.from(data));
  });
  for await (const chunk of source) {
    for (let offset = 0; offset < chunk.length; offset += ZSTD_PIECE) {
      decoder.push(chunk.subarray(offset, offset + ZSTD_PIECE));
      if (out.length > 0) {
        const ready = out;
        out = [];
        yield* ready;
      }
    }
  }
  decoder.push(new Uint8Array(0), true);
  yield* out;
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

// Bigger than zlib's 16 KiB default: fewer chunks through the streams for the same bytes.
const GUNZIP_CHUNK = 64 * 1024;

/**
 * The tar bytes of a layer: `source` through the decompressor `compression` needs, failing
 * with DecompressedTooLarge once more than `maxBytes` (default MAX_LAYER_BYTES) came out.
 */
export function decompressLayer(
  source: Readable,
  compression: LayerCompression,
  maxBytes: number = MAX_LAYER_BYTES,
): Readable {
  const limit = checkByteLimit('maxBytes', maxBytes);
  if (compression === 'zstd') {
    const chunks = Readable.from(zstdChunks(source, limit), { objectMode: false });
    source.on('error', (error) => chunks.destroy(error));
    return chunks;
  }
  const counter = new ByteLimit(limit);
  source.on('error', (error) => counter.destroy(error));
  if (compression === 'none') return source.pipe(counter);
  const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK });
  gunzip.on('error', (error) => counter.destroy(error));
  counter.on('close', () => {
    // The reader gave up (an error, a limit, an early return): stop decompressing too.
    gunzip.destroy();
    source.destroy();
  });
  return source.pipe(gunzip).pipe(counter);
}

/** `./usr/lib/`, `/usr/lib` and `usr/lib` are all `usr/lib`; `.` and `./` are the root (''). */
export function normalizePath(name: string): string {
  let path = name;
  while (path.startsWith('./')) path = path.slice(2);
  path = path.replace(/^\/+/, '').replace(/\/+$/, '');
  return path === '.' ? '' : path;
}

export type LayerEntryKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

function kindOf(type: Header['type']): LayerEntryKind {
  switch (type) {
    case 'file':
    case 'contiguous-file':
      return 'file';
    case 'directory':
      return 'directory';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    default:
      return 'other';
  }
}

/** One change a layer makes to the file system below it. */
export type LayerChange =
  | {
      type: 'entry';
      /** Root-relative, normalised; '' is the root. */
      path: string;
      kind: LayerEntryKind;
      size: number;
      mode: number;
      /** A symlink's target as written; a hard link's as a root-relative path. */
      linkname?: string;
      /** The bytes of a file; read them before asking for the next change, or they are skipped. */
      body: AsyncIterable<Buffer>;
    }
  /** `path` and everything under it is gone. */
  | { type: 'whiteout'; path: string }
  /** Everything the layers below hold under `dir` is gone. */
  | { type: 'opaque'; dir: string };

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';

export interface LayerRef {
  mediaType: string;
  digest: string;
}

export interface ReadLayerOptions {
  /** The most bytes the layer may decompress to. Default MAX_LAYER_BYTES (2 GiB). */
  maxBytes?: number;
}

/** A normalised path, refused when a `..` would take it out of the root. */
function checkedPath(name: string, image: string, digest: string): string {
  const path = normalizePath(name)
    .split('/')
    .filter((s) => s !== '.')
    .join('/');
  if (path.split('/').includes('..')) {
    throw new LayerReadError(image, digest, `layer entry "${name}" leaves the image root`);
  }
  return path.replace(/\/{2,}/g, '/');
}

/** What went wrong reading a layer, as a LayerError that names it. */
function layerFailure(error: unknown, image: string, digest: string): LayerError {
  if (error instanceof LayerError) return error;
  if (error instanceof DecompressedTooLarge) {
    return new LayerTooLargeError(image, digest, error.limit, error.decompressed, {
      cause: error,
    });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new LayerReadError(image, digest, reason, { cause: error });
}

/** An entry's bytes; a failure while they are read (a bomb, damaged bytes) names the layer. */
async function* entryBody(
  entry: AsyncIterable<Buffer>,
  image: string,
  digest: string,
): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of entry) yield chunk;
  } catch (error) {
    throw layerFailure(error, image, digest);
  }
}

/**
 * The changes of one layer, in the order its tar holds them. `image` names it in errors; an
 * error names the layer, and the bytes are never held uncompressed beyond one entry.
 */
export async function* readLayer(
  layer: LayerRef,
  blob: Uint8Array | AsyncIterable<Uint8Array>,
  image: string,
  options: ReadLayerOptions = {},
): AsyncGenerator<LayerChange> {
  const compression = layerCompression(layer.mediaType);
  if (!compression) throw new UnsupportedLayerError(image, layer.digest, layer.mediaType);
  const source = decompressLayer(blobStream(blob), compression, options.maxBytes);
  const extract = tarExtract();
  source.on('error', (error) => extract.destroy(error));
  source.pipe(extract);
  try {
    for await (const entry of extract) {
      const { header } = entry;
      const path = checkedPath(header.name, image, layer.digest);
      const slash = path.lastIndexOf('/');
      const dir = slash === -1 ? '' : path.slice(0, slash);
      const base = slash === -1 ? path : path.slice(slash + 1);
      if (base === OPAQUE) {
        entry.resume();
        yield { type: 'opaque', dir };
        continue;
      }
      if (base.startsWith(WHITEOUT)) {
        entry.resume();
        const name = base.slice(WHITEOUT.length);
        // `.wh..` would name the directory's parent, `.wh.` and `.wh..` nothing in it.
        if (name === '' || name === '.' || name === '..') {
          throw new LayerReadError(
            image,
            layer.digest,
            `layer entry "${header.name}" is a whiteout of "${name}", which names no file`,
          );
        }
        yield { type: 'whiteout', path: dir === '' ? name : `${dir}/${name}` };
        continue;
      }
      const kind = kindOf(header.type);
      const linkname =
        header.linkname === undefined || header.linkname === null || header.linkname === ''
          ? undefined
          : kind === 'hardlink'
            ? checkedPath(header.linkname, image, layer.digest)
            : header.linkname;
      yield {
        type: 'entry',
        path,
        kind,
        size: header.size ?? 0,
        mode: header.mode ?? 0,
        ...(linkname !== undefined ? { linkname } : {}),
        body: entryBody(entry as AsyncIterable<Buffer>, image, layer.digest),
      };
      // What the caller did not read is skipped, so that the next entry can come.
      entry.resume();
    }
  } catch (error) {
    extract.destroy();
    throw layerFailure(error, image, layer.digest);
  } finally {
    // A caller that stopped early (return, throw) leaves no stream open.
    extract.destroy();
    source.destroy();
  }
}
