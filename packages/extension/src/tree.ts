/**
 * The file tree of one extension image (one platform) while it is assembled: regular files and
 * symlinks by image path (`lib/vector.so`), each remembering who put it there (for messages)
 * and which layer it goes to. Directories are implied by the paths; the layer writer adds them.
 */
import { posix } from 'node:path';
import { LayerEntryError, normaliseLayerPath, type LayerEntry } from '@pgforge/oci';
import { ExtensionError, PathEscapeError } from './errors.js';

export type ImageFileType = 'file' | 'symlink';
/** `extension`: the extension's own files; `system`: system libraries, their data, licenses. */
export type ImageLayer = 'extension' | 'system';

export interface ImageFile {
  /** Relative to the image root, normalised: `lib/vector.so`. */
  path: string;
  type: ImageFileType;
  mode: number;
  data?: Uint8Array;
  linkTarget?: string;
  /** Who put it there: a package name, or a directory. */
  origin: string;
  layer: ImageLayer;
}

/** `lib/x.so` for `/lib/x.so` or `./lib//x.so`; a path leaving the root is a PathEscapeError. */
export function imagePath(path: string, origin: string): string {
  try {
    return normaliseLayerPath(path);
  } catch (error) {
    if (error instanceof LayerEntryError) {
      throw new PathEscapeError(`${origin}: ${JSON.stringify(path)}`, error.message);
    }
    throw error;
  }
}

/**
 * Refuses a symlink whose target leaves the image: an absolute target points into the
 * operand image (the extension is mounted at /extensions/<name>), and a relative one may climb
 * above the root.
 */
export function checkLinkTarget(
  path: string,
  target: string,
  origin: string,
  /** What the target must stay inside, for the message: the image, or the directory read. */
  root = 'the image root',
): void {
  if (target.startsWith('/')) {
    throw new PathEscapeError(
      `${origin}: ${path}`,
      `is a symlink to the absolute path ${target}, which would resolve in the PostgreSQL image, ` +
        'not in the extension image (the image is mounted under /extensions/<name>)',
    );
  }
  const resolved = posix.normalize(posix.join(posix.dirname(path), target));
  if (resolved === '..' || resolved.startsWith('../') || resolved === '.') {
    throw new PathEscapeError(
      `${origin}: ${path}`,
      `is a symlink to ${target}, which resolves outside ${root}`,
    );
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b) return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
}

/** `a/b/c` → `a`, `a/b`: the directories a path needs. */
function parentsOf(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

export class ImageTree {
  readonly #files = new Map<string, ImageFile>();
  /** How many files each implied directory holds, below it at any depth. */
  readonly #dirs = new Map<string, number>();

  /**
   * Adds a file or symlink. The same content from two sources is kept once (packages of one
   * source often ship the same file); different content at one path is an error naming both.
   */
  add(file: ImageFile): void {
    const path = imagePath(file.path, file.origin);
    if (file.type === 'symlink') checkLinkTarget(path, file.linkTarget ?? '', file.origin);
    const normal: ImageFile = { ...file, path };
    const existing = this.#files.get(path);
    if (existing) {
      const same =
        existing.type === normal.type &&
        existing.linkTarget === normal.linkTarget &&
        sameBytes(existing.data, normal.data);
      if (same) return;
      throw new ExtensionError(
        `${path} comes from both ${existing.origin} and ${normal.origin}, with different content`,
      );
    }
    this.#checkPlace(normal);
    this.#files.set(path, normal);
    for (const dir of parentsOf(path)) this.#dirs.set(dir, (this.#dirs.get(dir) ?? 0) + 1);
  }

  /**
   * A layer holding `lib` as a symlink (or a file) and `lib/x.so` below it would make whoever
   * unpacks it write through that symlink: refused whichever of the two comes first.
   */
  #checkPlace(file: ImageFile): void {
    for (const dir of parentsOf(file.path)) {
      const holder = this.#files.get(dir);
      if (holder) {
        throw new PathEscapeError(
          `${file.origin}: ${file.path}`,
          `would be placed below ${dir}, which is a ${holder.type} from ${holder.origin}; ` +
            'an image may not hold entries below a symlink or a file',
        );
      }
    }
    if ((this.#dirs.get(file.path) ?? 0) > 0) {
      throw new PathEscapeError(
        `${file.origin}: ${file.path}`,
        `is a ${file.type}, but other files of the image are placed below it`,
      );
    }
  }

  get(path: string): ImageFile | undefined {
    return this.#files.get(path);
  }

  has(path: string): boolean {
    return this.#files.has(path);
  }

  delete(path: string): void {
    if (!this.#files.delete(path)) return;
    for (const dir of parentsOf(path)) this.#dirs.set(dir, (this.#dirs.get(dir) ?? 1) - 1);
  }

  /** Replaces the file at `path` (same path), e.g. after rewriting its content. */
  replace(file: ImageFile): void {
    this.#files.set(file.path, file);
  }

  /** Every file, sorted by path. */
  files(): ImageFile[] {
    return [...this.#files.values()].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    );
  }

  /** The files directly in `dir` (not below it), sorted. */
  filesIn(dir: string): ImageFile[] {
    return this.files().filter((f) => posix.dirname(f.path) === dir);
  }

  /** The entries of one layer, as @pgforge/oci's buildLayer takes them. */
  layerEntries(layer: ImageLayer): LayerEntry[] {
    return this.files()
      .filter((f) => f.layer === layer)
      .map((f) =>
        f.type === 'file'
          ? { path: f.path, type: 'file', mode: f.mode, data: f.data ?? new Uint8Array() }
          : { path: f.path, type: 'symlink', linkTarget: f.linkTarget ?? '' },
      );
  }

  /** Where a symlink points, followed through other symlinks of the tree (undefined if dangling). */
  resolve(path: string, depth = 0): ImageFile | undefined {
    const file = this.#files.get(path);
    if (!file || file.type === 'file' || depth > 16) return file;
    const target = posix.normalize(posix.join(posix.dirname(path), file.linkTarget ?? ''));
    return this.resolve(target, depth + 1);
  }
}
