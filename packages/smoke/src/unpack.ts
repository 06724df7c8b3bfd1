/**
 * Unpacks an image from its registry into a directory: the faithful stand-in, bind-mounted
 * read-only, for the ImageVolume Kubernetes mounts (`--mount type=image` needs Docker 28).
 * Layers are applied in order with the OCI whiteouts (`.wh.<name>`, `.wh..wh..opq`).
 */
import { lstat, mkdir, readdir, rm, symlink, writeFile, link, realpath } from 'node:fs/promises';
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

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/** Refuses to write through a symlink that leads out of `root` (a crafted layer). */
async function insideRoot(root: string, path: string, reference: string): Promise<void> {
  const parent = await realpath(dirname(path)).catch(() => undefined);
  if (parent === undefined) return;
  const rel = relative(root, parent);
  if (rel === '..' || rel.startsWith(`..${sep}`)) {
    throw new UnpackError(reference, `${relative(root, path)} would be written outside the image`);
  }
}

/** Applies one layer's changes (oci's layer reader) to the tree under `root`. */
async function applyLayer(
  layer: { mediaType: string; digest: string },
  blob: Uint8Array,
  root: string,
  reference: string,
): Promise<void> {
  const realRoot = await realpath(root);
  try {
    for await (const change of readLayer(layer, blob, reference)) {
      if (change.type === 'opaque') {
        const dir = join(root, change.dir);
        for (const name of await readdir(dir).catch(() => [] as string[])) {
          await rm(join(dir, name), { recursive: true, force: true });
        }
        continue;
      }
      if (change.type === 'whiteout') {
        await rm(join(root, change.path), { recursive: true, force: true });
        continue;
      }
      if (change.path === '') continue;
      const target = join(root, change.path);
      await mkdir(dirname(target), { recursive: true });
      await insideRoot(realRoot, target, reference);
      const mode = (change.mode || 0o644) & 0o7777;
      switch (change.kind) {
        case 'directory':
          if (!(await exists(target))) await mkdir(target, { mode: mode | 0o700 });
          break;
        case 'file': {
          const chunks: Buffer[] = [];
          for await (const chunk of change.body) chunks.push(chunk);
          await rm(target, { recursive: true, force: true });
          await writeFile(target, Buffer.concat(chunks), { mode });
          break;
        }
        case 'symlink':
          await rm(target, { recursive: true, force: true });
          await symlink(change.linkname ?? '', target);
          break;
        case 'hardlink':
          await rm(target, { recursive: true, force: true });
          await link(join(root, change.linkname ?? ''), target);
          break;
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
    const blob = await source.getBlob(reference, layer.digest);
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
