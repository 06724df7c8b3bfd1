/**
 * Unpacks an image from its registry into a directory: the faithful stand-in, bind-mounted
 * read-only, for the ImageVolume Kubernetes mounts (`--mount type=image` needs Docker 28).
 * Layers are applied in order with the OCI whiteouts (`.wh.<name>`, `.wh..wh..opq`).
 */
import { lstat, mkdir, readdir, rm, symlink, writeFile, link, realpath } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { decompress as zstd } from 'fzstd';
import { extract } from 'tar-stream';
import type { RegistryClient } from '@pgforge/oci';

const gunzipAsync = promisify(gunzip);

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

async function layerTar(bytes: Uint8Array, mediaType: string, reference: string): Promise<Buffer> {
  if (mediaType.endsWith('+gzip') || mediaType.endsWith('.tar.gzip')) {
    return gunzipAsync(bytes);
  }
  if (mediaType.endsWith('+zstd')) return Buffer.from(zstd(bytes));
  if (mediaType.endsWith('.tar') || mediaType.endsWith('layer.v1.tar')) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  throw new UnpackError(reference, `layer media type ${mediaType} is not a (gzip|zstd) tar`);
}

function entryPath(name: string, reference: string): string {
  const segments = name.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) {
    throw new UnpackError(reference, `layer entry "${name}" leaves the image root`);
  }
  return segments.join('/');
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

async function applyLayer(tar: Buffer, root: string, reference: string): Promise<void> {
  const realRoot = await realpath(root);
  const ex = extract();
  const work = (async () => {
    for await (const entry of ex) {
      const { header } = entry;
      const rel = entryPath(header.name, reference);
      const base = rel.split('/').pop() ?? '';
      const target = join(root, rel);
      if (base === '.wh..wh..opq') {
        entry.resume();
        const dir = dirname(target);
        for (const name of await readdir(dir).catch(() => [] as string[])) {
          await rm(join(dir, name), { recursive: true, force: true });
        }
        continue;
      }
      if (base.startsWith('.wh.')) {
        entry.resume();
        await rm(join(dirname(target), base.slice(4)), { recursive: true, force: true });
        continue;
      }
      if (rel === '') {
        entry.resume();
        continue;
      }
      await mkdir(dirname(target), { recursive: true });
      await insideRoot(realRoot, target, reference);
      const mode = (header.mode ?? 0o644) & 0o7777;
      switch (header.type ?? 'file') {
        case 'directory':
          entry.resume();
          if (!(await exists(target))) await mkdir(target, { mode: mode | 0o700 });
          break;
        case 'file':
        case 'contiguous-file': {
          const chunks: Buffer[] = [];
          for await (const chunk of entry) chunks.push(chunk as Buffer);
          await rm(target, { recursive: true, force: true });
          await writeFile(target, Buffer.concat(chunks), { mode });
          break;
        }
        case 'symlink':
          entry.resume();
          await rm(target, { recursive: true, force: true });
          await symlink(header.linkname ?? '', target);
          break;
        case 'link': {
          entry.resume();
          const source = join(root, entryPath(header.linkname ?? '', reference));
          await rm(target, { recursive: true, force: true });
          await link(source, target);
          break;
        }
        default:
          // Devices and fifos have no place in an extension image; nothing reads them.
          entry.resume();
      }
    }
  })();
  ex.end(tar);
  try {
    await work;
  } catch (error) {
    ex.destroy();
    if (error instanceof UnpackError) throw error;
    throw new UnpackError(reference, `a layer is not a readable tar: ${(error as Error).message}`);
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
    await applyLayer(await layerTar(blob, layer.mediaType, reference), dir, reference);
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
