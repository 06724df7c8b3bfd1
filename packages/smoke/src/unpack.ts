/**
 * Unpacks an image from its registry into a directory: the faithful stand-in, bind-mounted
 * read-only, for the ImageVolume Kubernetes mounts (`--mount type=image` needs Docker 28).
 * Layers are applied in order with the OCI whiteouts (`.wh.<name>`, `.wh..wh..opq`).
 */
import { chmod, link, lstat, mkdir, open, readdir, rm, symlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { LayerError, LayerReadError, readLayer, type RegistryClient } from '@pgforge/oci';

/** The two registry calls unpacking needs (RegistryClient has them). */
export type ImageSource = Pick<RegistryClient, 'getImageManifest' | 'getBlob'>;

export interface UnpackedImage {
  reference: string;
  /** The image manifest's digest. */
  digest: string;
  /** Index annotations overlaid by the manifest's (the manifest's are the image's own). */
  annotations: Record<string, string>;
  dir: string;
  /** Every regular file and symlink, relative, `/`-separated, sorted. */
  files: string[];
}

export class UnpackError extends Error {
  constructor(reference: string, reason: string) {
    super(`cannot unpack ${reference}: ${reason}`);
    this.name = 'UnpackError';
  }
}

const RM = { recursive: true, force: true } as const;

/** What the entry at `path` is, without following a symlink there; undefined if nothing. */
async function kindAt(path: string): Promise<'directory' | 'symlink' | 'other' | undefined> {
  const stat = await lstat(path).catch(() => undefined);
  if (!stat) return undefined;
  return stat.isSymbolicLink() ? 'symlink' : stat.isDirectory() ? 'directory' : 'other';
}

/**
 * The layer is untrusted input (an image under test), so every path is walked one component at
 * a time with lstat before anything is created, removed or linked: a symlink among the parents
 * (even one pointing inside: the tree is mounted into a container, where it would resolve
 * elsewhere) or a file where a directory is needed refuses the entry. Components that do not
 * exist yet are fine: the caller creates them as directories. Returns the joined path.
 */
async function checkedPath(root: string, path: string, reference: string): Promise<string> {
  const parts = path.split('/');
  // A whiteout named `.wh..` would otherwise name the parent of whatever holds it.
  if (parts.some((part) => part === '' || part === '.' || part === '..')) {
    throw new UnpackError(reference, `"${path}" is no path inside the image`);
  }
  let dir = root;
  for (const [i, part] of parts.slice(0, -1).entries()) {
    dir = join(dir, part);
    const kind = await kindAt(dir);
    if (kind === undefined) break;
    if (kind === 'directory') continue;
    const parent = parts.slice(0, i + 1).join('/');
    throw new UnpackError(
      reference,
      kind === 'symlink'
        ? `${path} would be written through the symlink ${parent}; an image's layers may not ` +
            'place entries below a symlink'
        : `${path} would be written below ${parent}, which is not a directory`,
    );
  }
  return join(root, ...parts);
}

// Extension images carry libraries, SQL and programs: no setuid, setgid, sticky or
// world-writable bits survive into the tree that is mounted into the test container.
const FILE_MODE_MASK = 0o755;

async function writeBody(target: string, body: AsyncIterable<Buffer>, mode: number): Promise<void> {
  // 'wx': the caller removed what was there; O_EXCL also refuses to follow a symlink raced in.
  const file = await open(target, 'wx', mode);
  try {
    for await (const chunk of body) await file.write(chunk);
  } finally {
    await file.close();
  }
  await chmod(target, mode);
}

/** Applies one layer's changes (oci's layer reader) to the tree under `root`. */
async function applyLayer(
  layer: { mediaType: string; digest: string },
  blob: Uint8Array,
  root: string,
  reference: string,
): Promise<void> {
  try {
    for await (const change of readLayer(layer, blob, reference)) {
      if (change.type === 'opaque') {
        if (change.dir === '') {
          for (const name of await readdir(root)) await rm(join(root, name), RM);
          continue;
        }
        const dir = await checkedPath(root, change.dir, reference);
        const kind = await kindAt(dir);
        if (kind === 'symlink') {
          throw new UnpackError(
            reference,
            `${change.dir}/.wh..wh..opq would empty the symlink ${change.dir}'s target; an ` +
              'opaque whiteout applies to a directory only',
          );
        }
        if (kind !== 'directory') continue;
        for (const name of await readdir(dir)) await rm(join(dir, name), RM);
        continue;
      }
      if (change.type === 'whiteout') {
        // rm removes a symlink itself, never what it points to; the parents are checked.
        await rm(await checkedPath(root, change.path, reference), RM);
        continue;
      }
      if (change.path === '') continue;
      const target = await checkedPath(root, change.path, reference);
      await mkdir(dirname(target), { recursive: true });
      switch (change.kind) {
        case 'directory': {
          const kind = await kindAt(target);
          if (kind === 'directory') break;
          if (kind !== undefined) await rm(target, RM);
          await mkdir(target, { mode: (change.mode & FILE_MODE_MASK) | 0o700 });
          break;
        }
        case 'file':
          await rm(target, RM);
          await writeBody(target, change.body, (change.mode || 0o644) & FILE_MODE_MASK);
          break;
        case 'symlink':
          await rm(target, RM);
          await symlink(change.linkname ?? '', target);
          break;
        case 'hardlink': {
          const name = change.linkname ?? '';
          const source = await checkedPath(root, name, reference);
          const stat = await lstat(source).catch(() => undefined);
          if (!stat?.isFile()) {
            throw new UnpackError(
              reference,
              `${change.path} is a hard link to ${name}, which is ` +
                `${stat ? 'not a regular file' : 'not in the layers before it'}; a hard link ` +
                "must name a regular file of the image's own",
            );
          }
          await rm(target, RM);
          await link(source, target);
          break;
        }
        default:
        // Devices and fifos have no place in an extension image; nothing reads them.
      }
    }
  } catch (error) {
    if (error instanceof UnpackError) throw error;
    // The reader names the layer; the unpacker says what could not be unpacked, and why.
    if (error instanceof LayerReadError) throw new UnpackError(reference, error.reason);
    if (error instanceof LayerError) throw new UnpackError(reference, error.message);
    throw new UnpackError(reference, (error as Error).message);
  }
}

async function listFiles(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(root, full)));
    else out.push(relative(root, full).split(sep).join('/'));
  }
  return out.sort();
}

/** Pulls the image for `platform` and writes its file system under `dir` (created, emptied). */
export async function unpackImage(
  source: ImageSource,
  reference: string,
  dir: string,
  platform: string,
): Promise<UnpackedImage> {
  const { index, manifest } = await source.getImageManifest(reference, platform);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true, mode: 0o755 });
  for (const layer of manifest.manifest.layers) {
    const blob = await source.getBlob(reference, layer.digest, layer.size);
    await applyLayer(layer, blob, dir, reference);
  }
  return {
    reference,
    digest: manifest.digest,
    annotations: {
      ...(index?.manifest.annotations ?? {}),
      ...(manifest.manifest.annotations ?? {}),
    },
    dir,
    files: await listFiles(dir),
  };
}
