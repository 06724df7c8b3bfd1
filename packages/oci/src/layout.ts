/**
 * OCI image layouts (image spec, image-layout.md): a directory with `oci-layout`, `index.json`
 * and `blobs/<algorithm>/<hex>`, as skopeo (`oci:DIR:TAG`), umoci and BuildKit read and write
 * them. `writeLayout` adds to a layout (a ref name given again is replaced); `readLayout` opens
 * one to read from or to push (RegistryClient.pushLayout).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CopySource } from './copy.js';
import { computeDigest, digestOf, parseDigest } from './digest.js';
import { DigestMismatchError } from './errors.js';
import { descriptorJson, encodeJson } from './json.js';
import { bareMediaType, parseManifestDocument } from './manifest.js';
import { MediaTypes, isImageManifestMediaType, isIndexMediaType } from './media-types.js';
import { isImageIndex } from './types.js';
import type { Descriptor, FetchedManifest, ImageIndex } from './types.js';

export const LAYOUT_VERSION = '1.0.0';
/** The annotation that names an entry of index.json (the TAG of `oci:DIR:TAG`). */
export const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';

/** Bytes to store: raw, a built blob (`bytes`) or a built layer (`blob`). */
export type LayoutBlob = Uint8Array | { bytes: Uint8Array } | { blob: Uint8Array };

/** A top-level entry of index.json. */
export interface LayoutManifest extends Descriptor {
  /** Stored as the `org.opencontainers.image.ref.name` annotation. */
  refName?: string;
}

export interface WriteLayoutOptions {
  /** The manifests or indexes index.json lists (their bytes must be among `blobs`). */
  manifests: LayoutManifest[];
  /** Every blob the manifests reach: layers, configs, manifests, indexes. */
  blobs: Iterable<LayoutBlob>;
  /** The ref name of the only manifest (same as its `refName`). */
  refName?: string;
}

export class LayoutError extends Error {
  constructor(
    readonly dir: string,
    reason: string,
  ) {
    super(`OCI image layout ${dir}: ${reason}`);
    this.name = 'LayoutError';
  }
}

// image-layout.md: ref ::= component ("/" component)*; component ::= alphanum (separator alphanum)*
const REF_NAME =
  /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;

function bytesOf(blob: LayoutBlob): Uint8Array {
  if (blob instanceof Uint8Array) return blob;
  return 'bytes' in blob ? blob.bytes : blob.blob;
}

function blobPath(dir: string, digest: string): string {
  const { algorithm, hex } = parseDigest(digest);
  return join(dir, 'blobs', algorithm, hex);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Writes by rename so a reader never sees half a file. */
async function writeAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}

/** Checks every descriptor a manifest reaches is among `blobs`; lists what is missing. */
function missingBlobs(dir: string, top: Descriptor, blobs: Map<string, Uint8Array>): string[] {
  const missing: string[] = [];
  const visit = (descriptor: Descriptor, from: string) => {
    const bytes = blobs.get(descriptor.digest);
    if (!bytes) {
      missing.push(`${descriptor.digest} (${descriptor.mediaType}, from ${from})`);
      return;
    }
    if (bytes.length !== descriptor.size) {
      throw new LayoutError(
        dir,
        `blob ${descriptor.digest} has ${bytes.length} bytes, but ${from} says ${descriptor.size}`,
      );
    }
    if (
      !isIndexMediaType(descriptor.mediaType) &&
      !isImageManifestMediaType(descriptor.mediaType)
    ) {
      return;
    }
    const { manifest } = parseManifestDocument(bytes, descriptor.mediaType, descriptor.digest, {
      registry: dir,
    });
    if (isImageIndex(manifest)) {
      for (const child of manifest.manifests) visit(child, descriptor.digest);
    } else {
      for (const part of [manifest.config, ...manifest.layers]) visit(part, descriptor.digest);
    }
  };
  visit(top, 'index.json');
  return missing;
}

async function readIndex(dir: string): Promise<ImageIndex | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, 'index.json'), 'utf8');
  } catch {
    return undefined;
  }
  const { manifest } = parseManifestDocument(
    new TextEncoder().encode(text),
    MediaTypes.ociIndex,
    'index.json',
    { registry: dir },
  );
  if (!isImageIndex(manifest)) throw new LayoutError(dir, 'index.json is not an image index');
  return manifest;
}

/**
 * Writes (or adds to) an image layout in `dir`. Fails, writing nothing, when a manifest reaches a
 * blob that was not given. Returns the index.json written.
 */
export async function writeLayout(dir: string, options: WriteLayoutOptions): Promise<ImageIndex> {
  if (options.refName !== undefined && options.manifests.length !== 1) {
    throw new LayoutError(
      dir,
      `refName names one manifest, but ${options.manifests.length} were given`,
    );
  }
  const blobs = new Map<string, Uint8Array>();
  for (const blob of options.blobs) {
    const bytes = bytesOf(blob);
    blobs.set(computeDigest(bytes), bytes);
  }
  const entries = options.manifests.map((m) => {
    const refName = options.refName ?? m.refName;
    if (refName !== undefined && !REF_NAME.test(refName)) {
      throw new LayoutError(
        dir,
        `ref name "${refName}" is not allowed: letters and digits, separated by - . _ : @ + -- or /`,
      );
    }
    const annotations = refName
      ? { ...m.annotations, [REF_NAME_ANNOTATION]: refName }
      : m.annotations;
    return descriptorJson({ ...m, annotations });
  });
  for (const entry of entries) {
    const missing = missingBlobs(dir, entry, blobs);
    if (missing.length > 0) {
      throw new LayoutError(dir, `blobs missing from the layout: ${missing.join(', ')}`);
    }
  }

  await mkdir(dir, { recursive: true });
  const layoutFile = join(dir, 'oci-layout');
  if (!(await exists(layoutFile))) {
    await writeAtomically(layoutFile, JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
  }
  for (const [digest, bytes] of blobs) {
    const path = blobPath(dir, digest);
    if (await exists(path)) continue;
    await mkdir(join(path, '..'), { recursive: true });
    await writeAtomically(path, bytes);
  }
  const previous = (await readIndex(dir))?.manifests ?? [];
  const names = new Set(entries.map((e) => e.annotations?.[REF_NAME_ANNOTATION]));
  const kept = previous.filter((d) => {
    const name = d.annotations?.[REF_NAME_ANNOTATION];
    // A ref name given again moves; an unnamed entry given again is not listed twice.
    return name === undefined
      ? !entries.some((e) => e.digest === d.digest && !e.annotations?.[REF_NAME_ANNOTATION])
      : !names.has(name);
  });
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MediaTypes.ociIndex,
    manifests: [...kept, ...entries],
  };
  await writeAtomically(join(dir, 'index.json'), encodeJson(index));
  return index;
}

/** An image layout opened for reading. */
export class OciLayout {
  constructor(
    readonly dir: string,
    /** index.json. */
    readonly index: ImageIndex,
  ) {}

  /** The entry of index.json named `refName`; without one, the only entry. */
  find(refName?: string): Descriptor {
    const entries = this.index.manifests;
    const names = entries.map((d) => d.annotations?.[REF_NAME_ANNOTATION] ?? d.digest);
    const found =
      refName === undefined
        ? entries.length === 1
          ? entries[0]
          : undefined
        : entries.find((d) => d.annotations?.[REF_NAME_ANNOTATION] === refName);
    if (!found) {
      const wanted = refName === undefined ? 'a single entry (name one)' : `ref name "${refName}"`;
      throw new LayoutError(
        this.dir,
        `no ${wanted}; index.json has ${names.join(', ') || 'nothing'}`,
      );
    }
    return found;
  }

  /** A blob's bytes, checked against its digest. */
  async readBlob(digest: string): Promise<Uint8Array> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(blobPath(this.dir, digest)));
    } catch {
      throw new LayoutError(this.dir, `blob ${digest} is not in blobs/`);
    }
    const actual = digestOf(bytes, digest);
    if (actual !== digest) {
      throw new DigestMismatchError(`blob ${digest} of layout ${this.dir}`, digest, actual, {
        registry: this.dir,
      });
    }
    return bytes;
  }

  /** A manifest or index by digest. */
  async readManifest(digest: string): Promise<FetchedManifest> {
    const bytes = await this.readBlob(digest);
    const declared = this.index.manifests.find((d) => d.digest === digest)?.mediaType;
    const { mediaType, manifest } = parseManifestDocument(bytes, bareMediaType(declared), digest, {
      registry: this.dir,
    });
    return { digest, mediaType, bytes, manifest };
  }

  /** The layout as the source of a copy (RegistryClient.pushLayout). */
  source(): CopySource {
    return {
      getManifest: (digest) => this.readManifest(digest),
      getBlob: (digest) => this.readBlob(digest),
      mountFrom: () => undefined,
    };
  }
}

/** Opens the image layout in `dir`: checks `oci-layout` and reads `index.json`. */
export async function readLayout(dir: string): Promise<OciLayout> {
  let version: unknown;
  try {
    version = (
      JSON.parse(await readFile(join(dir, 'oci-layout'), 'utf8')) as {
        imageLayoutVersion?: unknown;
      }
    ).imageLayoutVersion;
  } catch {
    throw new LayoutError(dir, 'has no readable oci-layout file; it is not an OCI image layout');
  }
  if (version !== LAYOUT_VERSION) {
    throw new LayoutError(
      dir,
      `imageLayoutVersion is ${JSON.stringify(version)}, expected ${LAYOUT_VERSION}`,
    );
  }
  const index = await readIndex(dir);
  if (!index) throw new LayoutError(dir, 'has no index.json');
  return new OciLayout(dir, index);
}
