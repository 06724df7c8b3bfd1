/**
 * What was read of a base image, kept between runs under the cache directory
 * (`base-images/`), by what makes it immutable: the platform image's manifest digest from a
 * registry, or the local image's ID (a content digest) and the platform. Reading a local base
 * means creating a container and exporting its whole file system (0.5 s of a 1.5 s warm
 * extension build), a registry one downloading its layers.
 *
 * The record holds the keyrings the package view then trusts to verify the archive's
 * InRelease, so it is sealed with this machine's key (@pgforge/apt's sealed files): one
 * restored from a shared CI cache, or edited, reads as absent and the base is read again.
 */
import { join } from 'node:path';
import { readSealedJson, writeSealedJson } from '@pgforge/apt';
import type { BaseImageFiles } from './base-image-files.js';

// Bump when the record's shape changes: older records then fail their seal (the kind differs).
const KIND = 'base-image-files.v2';

interface StoredBase {
  store: BaseImageFiles['store'];
  digest?: string;
  aptSources: { path: string; text: string }[];
  keyrings: Record<string, string>;
  dpkgStatus?: string;
  osRelease?: string;
}

/** The file a base's record lives in; `key` names it uniquely (a digest, an ID and platform). */
export function baseRecordPath(cacheDir: string, key: string): string {
  return join(cacheDir, 'base-images', `${key.replace(/[^A-Za-z0-9_.-]/g, '-')}.json`);
}

const isString = (v: unknown): v is string => typeof v === 'string';

function decode(value: unknown, origin: string): BaseImageFiles | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const stored = value as Partial<StoredBase>;
  if (stored.store !== 'registry' && stored.store !== 'local') return undefined;
  if (!Array.isArray(stored.aptSources) || typeof stored.keyrings !== 'object') return undefined;
  if (!stored.aptSources.every((s) => isString(s.path) && isString(s.text))) return undefined;
  const keyrings = Object.entries(stored.keyrings ?? {});
  if (!keyrings.every(([, b]) => isString(b))) return undefined;
  return {
    origin,
    store: stored.store,
    ...(isString(stored.digest) ? { digest: stored.digest } : {}),
    aptSources: stored.aptSources,
    keyrings: Object.fromEntries(
      keyrings.map(([p, b]) => [p, new Uint8Array(Buffer.from(b, 'base64'))]),
    ),
    ...(isString(stored.dpkgStatus) ? { dpkgStatus: stored.dpkgStatus } : {}),
    ...(isString(stored.osRelease) ? { osRelease: stored.osRelease } : {}),
  };
}

/** The record stored for `key`, with `origin` as this run names it; undefined if none holds. */
export async function readBaseRecord(
  cacheDir: string | undefined,
  key: string,
  origin: string,
): Promise<BaseImageFiles | undefined> {
  if (cacheDir === undefined) return undefined;
  return decode(await readSealedJson(baseRecordPath(cacheDir, key), KIND), origin);
}

/** Stores what was read; a cache that cannot be written only costs the next run a read. */
export async function writeBaseRecord(
  cacheDir: string | undefined,
  key: string,
  read: BaseImageFiles,
): Promise<void> {
  if (cacheDir === undefined) return;
  const stored: StoredBase = {
    store: read.store,
    ...(read.digest ? { digest: read.digest } : {}),
    aptSources: read.aptSources,
    keyrings: Object.fromEntries(
      Object.entries(read.keyrings).map(([p, b]) => [p, Buffer.from(b).toString('base64')]),
    ),
    ...(read.dpkgStatus !== undefined ? { dpkgStatus: read.dpkgStatus } : {}),
    ...(read.osRelease !== undefined ? { osRelease: read.osRelease } : {}),
  };
  await writeSealedJson(baseRecordPath(cacheDir, key), KIND, stored).catch(() => undefined);
}
