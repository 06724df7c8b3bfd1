/**
 * Deterministic image layers: the same entries, in any order, give the same tar and the same
 * gzip bytes. Entries are sorted bytewise by path, missing parent directories are added, owners
 * are root (0/0, no names), every mtime is one given instant (SOURCE_DATE_EPOCH), and the tar
 * is ustar with PAX records only where ustar cannot hold a name (tar-stream decides that the
 * same way every time). Gzip runs at a fixed level with no file name or mtime in its header.
 */
import { posix } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { pack as tarPack } from 'tar-stream';
import type { Header } from 'tar-stream';
import { computeDigest } from './digest.js';
import { MediaTypes } from './media-types.js';

export type LayerEntryType = 'file' | 'directory' | 'symlink' | 'hardlink';

export interface LayerEntry {
  /** Inside the image: `lib/vector.so` or `/lib/vector.so` (the same). */
  path: string;
  type: LayerEntryType;
  /** Permission bits (0o7777 at most). Default 0o644 for files, 0o755 for directories. */
  mode?: number;
  /** A file's content. */
  data?: Uint8Array | string;
  /** A symlink's target (kept as written), or the path of the file a hardlink shares. */
  linkTarget?: string;
}

export interface BuildLayerOptions {
  /** Seconds since the epoch for every entry (SOURCE_DATE_EPOCH). Default 0. */
  mtime?: number;
  /** zlib level, 0–9. Default 9: layers are built once and pulled many times. */
  gzipLevel?: number;
}

export interface BuiltLayer {
  /** The gzip-compressed tar. */
  blob: Uint8Array;
  /** Of `blob`. */
  digest: string;
  size: number;
  /** Of the uncompressed tar: the image configuration's `rootfs.diff_ids` entry. */
  diffId: string;
  mediaType: string;
}

export class LayerEntryError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`layer entry "${path}": ${reason}`);
    this.name = 'LayerEntryError';
  }
}

interface Normalised {
  path: string;
  type: LayerEntryType;
  mode: number;
  data?: Buffer;
  linkTarget?: string;
}

const DEFAULT_MODE: Record<LayerEntryType, number> = {
  file: 0o644,
  directory: 0o755,
  symlink: 0o777,
  hardlink: 0o644,
};

// The gzip header's OS byte: zlib writes the build platform's; Go's compress/gzip (containerd,
// BuildKit) writes 255, "unknown". Pinned so a layer built on any OS has the same digest.
const GZIP_OS_UNKNOWN = 0xff;

// In zlib's thread pool, not on the main thread: a batch compresses one image's layers while
// it reads the next one's packages (the same bytes as gzipSync: one input, one finish).
const gzip = promisify(gzipCallback);

/** `a/b` for `/a/b`, `./a/b/`, `a//b`; throws for paths that leave the root or are empty. */
export function normaliseLayerPath(path: string): string {
  if (path.includes('\0')) throw new LayerEntryError(path, 'a path cannot hold a NUL byte');
  const normal = posix.normalize(`/${path}`).slice(1).replace(/\/+$/, '');
  if (normal === '' || normal === '.') {
    throw new LayerEntryError(path, 'names the root itself; entries are paths below it');
  }
  // normalize('/../x') is '/x': compare with the relative form to see an escape.
  const relative = posix.normalize(path.replace(/^\/+/, ''));
  if (relative === '..' || relative.startsWith('../')) {
    throw new LayerEntryError(path, 'escapes the root of the layer');
  }
  return normal;
}

function byteCompare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function normaliseEntry(entry: LayerEntry): Normalised {
  const path = normaliseLayerPath(entry.path);
  const mode = entry.mode ?? DEFAULT_MODE[entry.type];
  if (!Number.isInteger(mode) || mode < 0 || mode > 0o7777) {
    throw new LayerEntryError(entry.path, `mode ${mode} is not permission bits (0 to 0o7777)`);
  }
  // tar-stream replaces a mode of 0 with its default; refuse rather than write another mode.
  if (mode === 0) throw new LayerEntryError(entry.path, 'mode 0 cannot be written');
  if (entry.type !== 'file' && entry.data !== undefined) {
    throw new LayerEntryError(entry.path, `a ${entry.type} has no data`);
  }
  const linked = entry.type === 'symlink' || entry.type === 'hardlink';
  if (linked && !entry.linkTarget) {
    throw new LayerEntryError(entry.path, `a ${entry.type} needs linkTarget`);
  }
  if (!linked && entry.linkTarget !== undefined) {
    throw new LayerEntryError(entry.path, `a ${entry.type} has no linkTarget`);
  }
  const out: Normalised = { path, type: entry.type, mode };
  if (entry.type === 'file') out.data = Buffer.from(entry.data ?? new Uint8Array());
  if (entry.type === 'symlink') out.linkTarget = entry.linkTarget;
  if (entry.type === 'hardlink') out.linkTarget = normaliseLayerPath(entry.linkTarget ?? '');
  return out;
}

/** Adds the parent directories no entry names (0o755), and checks parents are directories. */
function withParents(entries: Map<string, Normalised>): void {
  for (const entry of [...entries.values()]) {
    let parent = posix.dirname(entry.path);
    while (parent !== '.') {
      const existing = entries.get(parent);
      if (existing && existing.type !== 'directory') {
        throw new LayerEntryError(entry.path, `its parent ${parent} is a ${existing.type}`);
      }
      if (!existing) entries.set(parent, { path: parent, type: 'directory', mode: 0o755 });
      parent = posix.dirname(parent);
    }
  }
}

/**
 * Hardlinks as tar needs them: the target comes first in the archive. In bytewise order it
 * may not, so each group of names sharing one file is rewritten with the first name (bytewise)
 * holding the data and the others linking to it: the same files, in any order given.
 */
function canonicalHardlinks(entries: Map<string, Normalised>): void {
  const fileOf = (entry: Normalised, seen: Set<string>): Normalised => {
    if (entry.type !== 'hardlink') return entry;
    if (seen.has(entry.path)) throw new LayerEntryError(entry.path, 'hardlinks form a cycle');
    seen.add(entry.path);
    const target = entries.get(entry.linkTarget ?? '');
    if (!target || (target.type !== 'file' && target.type !== 'hardlink')) {
      throw new LayerEntryError(
        entry.path,
        `hardlink target ${entry.linkTarget} is ${target ? `a ${target.type}` : 'not in the layer'}; it must be a file`,
      );
    }
    return fileOf(target, seen);
  };
  const groups = new Map<string, Normalised[]>();
  for (const entry of entries.values()) {
    if (entry.type !== 'hardlink') continue;
    const file = fileOf(entry, new Set());
    const group = groups.get(file.path) ?? [file];
    group.push(entry);
    groups.set(file.path, group);
  }
  for (const group of groups.values()) {
    const file = group[0] as Normalised;
    const names = group.map((e) => e.path).sort(byteCompare);
    const first = names[0] as string;
    for (const name of names) {
      entries.set(
        name,
        name === first
          ? { path: name, type: 'file', mode: file.mode, data: file.data }
          : { path: name, type: 'hardlink', mode: file.mode, linkTarget: first },
      );
    }
  }
}

function header(entry: Normalised, mtime: Date): Partial<Header> & Pick<Header, 'name'> {
  const common = { mode: entry.mode, uid: 0, gid: 0, uname: '', gname: '', mtime };
  switch (entry.type) {
    case 'directory':
      return { ...common, name: `${entry.path}/`, type: 'directory' };
    case 'symlink':
      return { ...common, name: entry.path, type: 'symlink', linkname: entry.linkTarget ?? '' };
    case 'hardlink':
      return { ...common, name: entry.path, type: 'link', linkname: entry.linkTarget ?? '' };
    case 'file':
      return { ...common, name: entry.path, type: 'file', size: entry.data?.length ?? 0 };
  }
}

async function packTar(entries: Normalised[], mtime: Date): Promise<Buffer> {
  const pack = tarPack();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    pack.on('data', (chunk: unknown) => {
      chunks.push(chunk as Buffer);
    });
    pack.on('end', resolve);
    pack.on('error', reject);
  });
  for (const entry of entries) {
    if (entry.type === 'file') pack.entry(header(entry, mtime), entry.data ?? Buffer.alloc(0));
    else pack.entry(header(entry, mtime));
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** The uncompressed tar of `entries`, normalised and sorted as buildLayer writes it. */
export async function buildLayerTar(
  entries: readonly LayerEntry[],
  options: Pick<BuildLayerOptions, 'mtime'> = {},
): Promise<Buffer> {
  const mtime = options.mtime ?? 0;
  if (!Number.isInteger(mtime) || mtime < 0 || mtime > 0o77777777777) {
    throw new RangeError(`mtime ${mtime} is not whole seconds since 1970 that ustar can hold`);
  }
  const byPath = new Map<string, Normalised>();
  for (const entry of entries) {
    const normal = normaliseEntry(entry);
    if (byPath.has(normal.path)) {
      throw new LayerEntryError(entry.path, `${normal.path} is given more than once`);
    }
    byPath.set(normal.path, normal);
  }
  withParents(byPath);
  canonicalHardlinks(byPath);
  const sorted = [...byPath.values()].sort((a, b) => byteCompare(a.path, b.path));
  return packTar(sorted, new Date(mtime * 1000));
}

/** A gzip-compressed layer of `entries`, with its digest and diffId. */
export async function buildLayer(
  entries: readonly LayerEntry[],
  options: BuildLayerOptions = {},
): Promise<BuiltLayer> {
  const level = options.gzipLevel ?? 9;
  if (!Number.isInteger(level) || level < 0 || level > 9) {
    throw new RangeError(`gzipLevel ${level} is not a zlib level (0 to 9)`);
  }
  const tarBytes = await buildLayerTar(entries, options);
  const blob = await gzip(tarBytes, { level });
  // zlib leaves MTIME 0 and names no file when given none; only the OS byte varies by build.
  blob[9] = GZIP_OS_UNKNOWN;
  return {
    blob: new Uint8Array(blob.buffer, blob.byteOffset, blob.length),
    digest: computeDigest(blob),
    size: blob.length,
    diffId: computeDigest(tarBytes),
    mediaType: MediaTypes.ociLayerGzip,
  };
}
