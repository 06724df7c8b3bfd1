/**
 * Extension images already made, kept under the cache directory by the exact inputs they were
 * made from (image-key.ts: the `.deb` SHA-256s the signed indexes vouch for, the indexes and
 * the minimal image system libraries were resolved against, the options, the code's digest).
 * A warm run then decompresses no `.deb` and gzips no layer: the layers are read back, checked
 * against their digests, and the configuration, manifests and index are built over them as a
 * fresh build builds them, so the digests are the same.
 *
 * `extension/images/<key>.json`: what the command reports of the image (metadata, packages,
 * annotations, the layers' descriptors), sealed with this machine's key (@pgforge/apt's sealed
 * files), since it is trusted as it is; `extension/blobs/<sha256>`: each layer, content-
 * addressed. Both are pruned with the rest of the cache when unused for two weeks.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  markUsed,
  readSealedJson,
  sha256Hex,
  writeAtomically,
  writeSealedJson,
} from '@pgforge/apt';
import type { BuiltBlob, BuiltLayer } from '@pgforge/oci';
import type { PackageRecord } from './assemble.js';
import type { EnvVar } from './data.js';
import type { ExtensionMetadata } from './metadata.js';
import { buildImageIndex, platformImageOf, type PlatformImage } from './oci-image.js';

/** One platform of a made image, as the command reports it. */
export interface MadePlatform {
  platform: string;
  packages: PackageRecord[];
  systemPackages: PackageRecord[];
  systemLibraries: number;
  systemBytes: number;
  files: number;
}

/** One image (a major × distribution, every platform), made or read back. */
export interface MadeImage {
  name: string;
  /** Where a derived name came from, for the log (image-name.ts). */
  nameFrom?: string;
  sqlVersion: string;
  extensions: string[];
  env: EnvVar[];
  metadata: ExtensionMetadata;
  annotations: Record<string, string>;
  created: string;
  platforms: MadePlatform[];
  platformImages: PlatformImage[];
  index: BuiltBlob;
}

// Bump when the record's shape changes: older records then fail their seal (the kind differs).
const KIND = 'extension-image.v1';

type StoredLayer = Omit<BuiltLayer, 'blob'>;

interface StoredImage extends Omit<MadeImage, 'platformImages' | 'index'> {
  layers: StoredLayer[][];
}

const DIGEST = /^sha256:([0-9a-f]{64})$/;

export class ImageCache {
  readonly #dir: string;

  /** `cacheDir`: the APT cache directory; records go under its `extension/`. */
  constructor(cacheDir: string) {
    this.#dir = join(cacheDir, 'extension');
  }

  #record(key: string): string {
    return join(this.#dir, 'images', `${key}.json`);
  }

  #blob(digest: string): string | undefined {
    const hex = DIGEST.exec(digest)?.[1];
    return hex === undefined ? undefined : join(this.#dir, 'blobs', hex);
  }

  /** The image stored under `key`, or undefined when absent, not sealed here, or damaged. */
  async get(key: string): Promise<MadeImage | undefined> {
    const stored = asStoredImage(await readSealedJson(this.#record(key), KIND));
    if (!stored || stored.layers.length !== stored.platforms.length) return undefined;
    const platformImages: PlatformImage[] = [];
    for (const [i, made] of stored.platforms.entries()) {
      const layers: BuiltLayer[] = [];
      for (const layer of stored.layers[i] ?? []) {
        const blob = await this.#readBlob(layer);
        if (!blob) return undefined;
        layers.push({ ...layer, blob });
      }
      platformImages.push(
        platformImageOf(made.platform, layers, {
          created: stored.created,
          annotations: stored.annotations,
        }),
      );
    }
    return {
      name: stored.name,
      ...(stored.nameFrom !== undefined ? { nameFrom: stored.nameFrom } : {}),
      sqlVersion: stored.sqlVersion,
      extensions: stored.extensions,
      env: stored.env,
      metadata: stored.metadata,
      annotations: stored.annotations,
      created: stored.created,
      platforms: stored.platforms,
      platformImages,
      index: buildImageIndex(platformImages, stored.annotations),
    };
  }

  /** A layer's bytes when the file holds exactly what its digest names. */
  async #readBlob(layer: StoredLayer): Promise<Uint8Array | undefined> {
    const path = this.#blob(layer.digest);
    if (!path) return undefined;
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes || bytes.length !== layer.size || `sha256:${sha256Hex(bytes)}` !== layer.digest) {
      return undefined;
    }
    await markUsed(path);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  }

  /** Stores `image` under `key`: the layers first, so a record never names a missing blob. */
  async put(key: string, image: MadeImage): Promise<void> {
    const layers: StoredLayer[][] = [];
    for (const { layers: built } of image.platformImages) {
      const descriptors: StoredLayer[] = [];
      for (const { blob, ...descriptor } of built) {
        const path = this.#blob(descriptor.digest);
        if (!path) return;
        await writeAtomically(path, blob);
        descriptors.push(descriptor);
      }
      layers.push(descriptors);
    }
    const stored: StoredImage = {
      name: image.name,
      ...(image.nameFrom !== undefined ? { nameFrom: image.nameFrom } : {}),
      sqlVersion: image.sqlVersion,
      extensions: image.extensions,
      env: image.env,
      metadata: image.metadata,
      annotations: image.annotations,
      created: image.created,
      platforms: image.platforms,
      layers,
    };
    await writeSealedJson(this.#record(key), KIND, stored);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The record's shape, checked where the code relies on it; the seal says this machine wrote
 * it, so its values are what a build gave.
 */
function asStoredImage(value: unknown): StoredImage | undefined {
  if (!isObject(value)) return undefined;
  const { name, sqlVersion, created, platforms, layers, metadata, annotations } = value;
  if (typeof name !== 'string' || typeof sqlVersion !== 'string' || typeof created !== 'string')
    return undefined;
  if (!Array.isArray(platforms) || !Array.isArray(layers) || !isObject(metadata)) return undefined;
  if (!isObject(annotations) || !Array.isArray(value.extensions) || !Array.isArray(value.env))
    return undefined;
  const layersOk = layers.every(
    (list) =>
      Array.isArray(list) &&
      list.every(
        (l) =>
          isObject(l) &&
          typeof l.digest === 'string' &&
          typeof l.diffId === 'string' &&
          typeof l.mediaType === 'string' &&
          typeof l.size === 'number',
      ),
  );
  const platformsOk = platforms.every((p) => isObject(p) && typeof p.platform === 'string');
  return layersOk && platformsOk ? (value as unknown as StoredImage) : undefined;
}
