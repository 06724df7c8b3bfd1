/**
 * The files of an image an SBOM needs, read layer by layer as the runtime would stack them:
 * each layer read by oci's layer reader (decompressed and untarred as it streams), whiteouts (`.wh.<name>`) and
 * opaque directories (`.wh..wh..opq`) applied in layer order. Only selected paths are kept, so
 * no layer is ever held uncompressed.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { LayerReadError, readLayer as layerChanges, type LayerEntryKind } from './layer-reader.js';
import { MAX_FILE_CONTENT_BYTES, checkByteLimit, formatBytes } from './limit.js';

export type FileKind = LayerEntryKind;

/** One path of the merged file system. */
export interface ImageFile {
  /** Relative to the root, without `./`, a leading or a trailing `/`. */
  path: string;
  kind: FileKind;
  size: number;
  mode: number;
  /** Target of a symlink (as written) or hard link (a root-relative path). */
  linkname?: string;
  /** The bytes, for paths selected for content. */
  content?: Uint8Array;
  /** Hex digests, for regular files selected for hashing. */
  sha256?: string;
  sha1?: string;
}

/** A layer as the manifest lists it. */
export interface ImageLayer {
  mediaType: string;
  digest: string;
  size: number;
}

/** Which paths to keep, and how much of each. `list` is implied by `content` and `hash`. */
export interface FileSelection {
  list(path: string): boolean;
  content(path: string): boolean;
  hash(path: string): boolean;
}

/**
 * The layer's bytes: whole (what RegistryClient.getBlob gives) or as a stream of chunks. `size`
 * is the manifest's: pass it on (`getBlob(ref, digest, size)`) so that no more is read.
 */
export type BlobFetcher = (
  digest: string,
  size?: number,
) => Promise<Uint8Array | AsyncIterable<Uint8Array>>;

export interface ReadImageFilesOptions {
  /** Names the image in messages. */
  image: string;
  /** Base first, as in the manifest. */
  layers: readonly ImageLayer[];
  fetchBlob: BlobFetcher;
  select: FileSelection;
  /** Layers fetched and read at once (each held compressed in memory while read). Default 2. */
  concurrency?: number;
  /** The most bytes one layer may decompress to. Default MAX_LAYER_BYTES (2 GiB). */
  maxLayerBytes?: number;
  /** The most bytes of one file selected for content. Default MAX_FILE_CONTENT_BYTES (64 MiB). */
  maxFileBytes?: number;
}

function removeTree(files: Map<string, ImageFile>, path: string): void {
  files.delete(path);
  const prefix = path === '' ? '' : `${path}/`;
  for (const key of [...files.keys()]) if (key.startsWith(prefix)) files.delete(key);
}

/** What one layer says: its kept entries and the whiteouts that apply to the layers below. */
interface LayerChanges {
  entries: Map<string, ImageFile>;
  deleted: string[];
  opaque: string[];
}

async function readLayer(options: ReadImageFilesOptions, layer: ImageLayer): Promise<LayerChanges> {
  const changes: LayerChanges = { entries: new Map(), deleted: [], opaque: [] };
  const { select } = options;
  // Registry errors (not found, denied) propagate as they are: they name the blob already.
  const maxFileBytes = checkByteLimit(
    'maxFileBytes',
    options.maxFileBytes ?? MAX_FILE_CONTENT_BYTES,
  );
  const blob = await options.fetchBlob(layer.digest, layer.size);
  const read = options.maxLayerBytes === undefined ? {} : { maxBytes: options.maxLayerBytes };
  for await (const change of layerChanges(layer, blob, options.image, read)) {
    if (change.type === 'opaque') {
      changes.opaque.push(change.dir);
      continue;
    }
    if (change.type === 'whiteout') {
      changes.deleted.push(change.path);
      continue;
    }
    const { path, kind } = change;
    const wantContent = kind !== 'directory' && select.content(path);
    const wantHash = kind === 'file' && select.hash(path);
    if (!wantContent && !wantHash && !select.list(path)) continue;
    const file: ImageFile = { path, kind, size: change.size, mode: change.mode };
    if (change.linkname !== undefined) file.linkname = change.linkname;
    if ((wantContent && kind === 'file') || wantHash) {
      const chunks: Buffer[] = [];
      const sha256 = wantHash ? createHash('sha256') : undefined;
      const sha1 = wantHash ? createHash('sha1') : undefined;
      let kept = 0;
      for await (const chunk of change.body) {
        if (wantContent) {
          kept += chunk.length;
          if (kept > maxFileBytes) {
            throw new LayerReadError(
              options.image,
              layer.digest,
              `file ${path} is larger than ${formatBytes(maxFileBytes)} (${maxFileBytes} ` +
                `bytes, the limit for a file read into memory; ${kept} bytes read so far)`,
            );
          }
          chunks.push(chunk);
        }
        sha256?.update(chunk);
        sha1?.update(chunk);
      }
      if (wantContent) file.content = new Uint8Array(Buffer.concat(chunks));
      if (sha256 && sha1) {
        file.sha256 = sha256.digest('hex');
        file.sha1 = sha1.digest('hex');
      }
    }
    if (kind === 'hardlink' && file.linkname !== undefined) {
      // A hard link shares its target's bytes; a target in a lower layer is looked up when
      // the layers are merged.
      const target = changes.entries.get(file.linkname);
      if (target) shareBytes(file, target);
    }
    changes.entries.set(path, file);
  }
  return changes;
}

function shareBytes(link: ImageFile, target: ImageFile): void {
  if (target.content) link.content = target.content;
  if (target.sha256) {
    link.sha256 = target.sha256;
    link.sha1 = target.sha1;
  }
  link.size = target.size;
}

/**
 * The merged file system of `layers`, holding only the paths `select` keeps. A later layer's
 * whiteouts remove paths of the layers below it; its own entries then take their place.
 * Layers are read `concurrency` at a time (decompression runs on libuv's thread pool, so two
 * layers use two cores) and merged strictly in order.
 */
export async function readImageFiles(
  options: ReadImageFilesOptions,
): Promise<Map<string, ImageFile>> {
  const files = new Map<string, ImageFile>();
  // Every directory some kept path has been under, to find a directory a file replaces.
  const parents = new Set<string>();
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const reads: Promise<LayerChanges>[] = [];
  const start = (index: number): void => {
    const layer = options.layers[index];
    if (layer === undefined || reads[index] !== undefined) return;
    const read = readLayer(options, layer);
    // Awaited in order below; a failure while an earlier layer is awaited is not unhandled.
    read.catch(() => undefined);
    reads[index] = read;
  };
  for (let index = 0; index < options.layers.length; index++) {
    for (let ahead = index; ahead < index + concurrency; ahead++) start(ahead);
    const pending = reads[index];
    if (pending === undefined) continue;
    const changes = await pending;
    for (const dir of changes.opaque) {
      const prefix = dir === '' ? '' : `${dir}/`;
      for (const key of [...files.keys()])
        if (key.startsWith(prefix) && key !== dir) files.delete(key);
    }
    for (const path of changes.deleted) removeTree(files, path);
    for (const [path, file] of changes.entries) {
      if (
        file.kind === 'hardlink' &&
        file.linkname !== undefined &&
        !file.content &&
        !file.sha256
      ) {
        const target = files.get(file.linkname);
        if (target) shareBytes(file, target);
      }
      // A file or link where a directory was replaces the directory and everything in it.
      // (`parents` may still name directories emptied since: a scan too many, never too few.)
      if (file.kind !== 'directory' && parents.has(path)) removeTree(files, path);
      files.set(path, file);
      for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
        const parent = path.slice(0, slash);
        if (parents.has(parent)) break;
        parents.add(parent);
      }
    }
  }
  return files;
}

/** Follows symlinks (and hard links) to the file holding bytes, at most 16 hops. */
export function resolveFile(files: Map<string, ImageFile>, path: string): ImageFile | undefined {
  let current = path;
  for (let hop = 0; hop < 16; hop++) {
    // A symlinked parent directory (usr/share/doc/libfoo -> libbar) first.
    const parts = current.split('/');
    let rewritten = false;
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const entry = files.get(dir);
      if (entry?.kind === 'symlink' && entry.linkname !== undefined) {
        const target = linkTarget(dir, entry.linkname);
        current = [target, ...parts.slice(i)].filter(Boolean).join('/');
        rewritten = true;
        break;
      }
    }
    if (rewritten) continue;
    const file = files.get(current);
    if (!file) return undefined;
    if (file.kind === 'symlink' && file.linkname !== undefined) {
      current = linkTarget(current, file.linkname);
      continue;
    }
    return file;
  }
  return undefined;
}

function linkTarget(from: string, linkname: string): string {
  const joined = linkname.startsWith('/')
    ? posix.normalize(linkname)
    : posix.normalize(posix.join(posix.dirname(from), linkname));
  return joined.replace(/^\/+/, '').replace(/^(\.\.\/)+/, '');
}
