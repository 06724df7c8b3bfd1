/**
 * Image documents as bytes: the image configuration, the image manifest and the index, written
 * deterministically (json.ts) so that the same inputs always give the same digests.
 */
import { computeDigest, parseDigest } from './digest.js';
import { compact, descriptorJson, encodeJson, platformJson, sortedRecord } from './json.js';
import { MediaTypes } from './media-types.js';
import { parsePlatform } from './platform.js';
import type { Descriptor, Platform } from './types.js';

/** Bytes with what a descriptor needs: the unit pushed as a blob or a manifest. */
export interface BuiltBlob {
  mediaType: string;
  digest: string;
  size: number;
  bytes: Uint8Array;
}

/** A layer as a manifest lists it, with the digest of its uncompressed tar (`diff_ids`). */
export interface LayerDescriptor {
  mediaType: string;
  digest: string;
  size: number;
  diffId: string;
  annotations?: Record<string, string>;
}

/** The runtime configuration (the `config` member of the image configuration). */
export interface ImageRuntimeConfig {
  user?: string;
  /** `KEY=value` strings in order, or a map written sorted by key. */
  env?: string[] | Record<string, string>;
  entrypoint?: string[];
  cmd?: string[];
  workingDir?: string;
  labels?: Record<string, string>;
}

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  comment?: string;
  /** True for entries that made no layer; the others pair up with the layers in order. */
  empty_layer?: boolean;
}

export interface BuildImageOptions {
  /** `linux/arm64` or a Platform. */
  platform: Platform | string;
  /** In order, base first. */
  layers: LayerDescriptor[];
  config?: ImageRuntimeConfig;
  /** Manifest annotations. */
  annotations?: Record<string, string>;
  /** The config's `created`; absent unless given (a clock would break reproducibility). */
  created?: Date | string;
  history?: HistoryEntry[];
}

export interface BuiltImage {
  platform: Platform;
  config: BuiltBlob;
  manifest: BuiltBlob;
}

export interface BuildManifestOptions {
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
  subject?: Descriptor;
  artifactType?: string;
}

/** An index entry: a descriptor (with its platform), or an image built by buildImage. */
export type IndexEntry = Descriptor | BuiltImage;

export interface BuildIndexOptions {
  /** In the order given: the first one is what a client without a platform preference takes. */
  manifests: IndexEntry[];
  annotations?: Record<string, string>;
  subject?: Descriptor;
  artifactType?: string;
}

export class ImageBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageBuildError';
  }
}

/** Bytes as a blob of `mediaType`, with their sha256 digest. */
export function blobOf(bytes: Uint8Array, mediaType: string): BuiltBlob {
  return { mediaType, digest: computeDigest(bytes), size: bytes.length, bytes };
}

/** The descriptor of a blob (its bytes left out), with extra members such as a platform. */
export function descriptorOf(
  blob: Pick<Descriptor, 'mediaType' | 'digest' | 'size'>,
  extra: Pick<Descriptor, 'annotations' | 'platform' | 'artifactType'> = {},
): Descriptor {
  return descriptorJson({
    mediaType: blob.mediaType,
    digest: blob.digest,
    size: blob.size,
    ...extra,
  });
}

function rfc3339(created: Date | string): string {
  if (typeof created === 'string') {
    if (Number.isNaN(Date.parse(created))) {
      throw new ImageBuildError(`created "${created}" is not an RFC 3339 date-time`);
    }
    return created;
  }
  if (Number.isNaN(created.getTime())) throw new ImageBuildError('created is an invalid Date');
  return created.toISOString().replace('.000Z', 'Z');
}

function envList(env: ImageRuntimeConfig['env']): string[] | undefined {
  if (env === undefined) return undefined;
  if (Array.isArray(env)) return env;
  return Object.keys(env)
    .sort()
    .map((key) => `${key}=${env[key] ?? ''}`);
}

function runtimeConfig(config: ImageRuntimeConfig = {}): Record<string, unknown> | undefined {
  const out = compact({
    User: config.user,
    Env: envList(config.env),
    Entrypoint: config.entrypoint,
    Cmd: config.cmd,
    WorkingDir: config.workingDir,
    Labels: sortedRecord(config.labels),
  });
  return Object.keys(out).length > 0 ? out : undefined;
}

function checkHistory(history: HistoryEntry[] | undefined, layers: number): void {
  if (history === undefined) return;
  const withLayers = history.filter((h) => h.empty_layer !== true).length;
  if (withLayers !== layers) {
    throw new ImageBuildError(
      `history has ${withLayers} entries that made a layer, but the image has ${layers} layers; ` +
        'mark the others empty_layer: true',
    );
  }
}

/** The image manifest (OCI), optionally an artifact (`artifactType`) referring to `subject`. */
export function buildManifest(options: BuildManifestOptions): BuiltBlob {
  const manifest = compact({
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    artifactType: options.artifactType,
    config: descriptorJson(options.config),
    layers: options.layers.map(descriptorJson),
    subject: options.subject ? descriptorJson(options.subject) : undefined,
    annotations: sortedRecord(options.annotations),
  });
  return blobOf(encodeJson(manifest), MediaTypes.ociManifest);
}

/**
 * The configuration and manifest of a single-platform image over already built layers. The
 * manifest's bytes and digest depend on nothing but the options.
 */
export function buildImage(options: BuildImageOptions): BuiltImage {
  const platform = platformJson(
    typeof options.platform === 'string' ? parsePlatform(options.platform) : options.platform,
  );
  for (const layer of options.layers) {
    parseDigest(layer.digest);
    parseDigest(layer.diffId);
  }
  checkHistory(options.history, options.layers.length);
  const configJson = compact({
    created: options.created === undefined ? undefined : rfc3339(options.created),
    architecture: platform.architecture,
    os: platform.os,
    variant: platform.variant,
    config: runtimeConfig(options.config),
    rootfs: { type: 'layers', diff_ids: options.layers.map((l) => l.diffId) },
    history: options.history?.map((h) =>
      compact({
        created: h.created,
        created_by: h.created_by,
        comment: h.comment,
        empty_layer: h.empty_layer === true ? true : undefined,
      }),
    ),
  });
  const config = blobOf(encodeJson(configJson), MediaTypes.ociConfig);
  const manifest = buildManifest({
    config,
    layers: options.layers,
    annotations: options.annotations,
  });
  return { platform, config, manifest };
}

function entryDescriptor(entry: IndexEntry): Descriptor {
  if ('manifest' in entry && 'config' in entry) {
    return descriptorOf(entry.manifest, { platform: entry.platform });
  }
  return descriptorJson(entry);
}

/** An OCI image index over image manifests (or other indexes). */
export function buildIndex(options: BuildIndexOptions): BuiltBlob {
  const index = compact({
    schemaVersion: 2,
    mediaType: MediaTypes.ociIndex,
    artifactType: options.artifactType,
    manifests: options.manifests.map(entryDescriptor),
    subject: options.subject ? descriptorJson(options.subject) : undefined,
    annotations: sortedRecord(options.annotations),
  });
  return blobOf(encodeJson(index), MediaTypes.ociIndex);
}
