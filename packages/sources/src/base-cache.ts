/**
 * What was read of a base image, kept on disk under a content address (a manifest digest, or a
 * local image ID with its platform): the same address always holds the same files, so a warm
 * run reads no layer and exports no container.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BaseImageFiles } from './base-image.js';

const STORE_VERSION = 1;

interface StoredBase {
  v: number;
  /** The address the entry was stored under, checked on reading. */
  digest: string;
  aptSources: { path: string; text: string }[];
  keyrings: Record<string, string>;
  dpkgStatus?: string;
  osRelease?: string;
  sha256: string;
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

function fileOf(cacheDir: string | undefined, key: string): string | undefined {
  return cacheDir === undefined
    ? undefined
    : join(cacheDir, 'base-images', `${key.replace(/[^A-Za-z0-9._-]/g, '-')}.json`);
}

/** The entry stored under `key`; undefined when there is none or it is damaged. */
export async function readCachedBase(
  cacheDir: string | undefined,
  key: string,
  origin: string,
  store: BaseImageFiles['store'],
  digest = key,
): Promise<BaseImageFiles | undefined> {
  const file = fileOf(cacheDir, key);
  if (!file) return undefined;
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as StoredBase;
    if (parsed.v !== STORE_VERSION || parsed.digest !== key) return undefined;
    // The entry carries the hash of its own content: a damaged file is read again.
    const { sha256, ...rest } = parsed;
    if (sha256 !== hashOf(rest)) return undefined;
    return {
      origin,
      store,
      digest,
      aptSources: rest.aptSources,
      keyrings: Object.fromEntries(
        Object.entries(rest.keyrings).map(([p, b]) => [
          p,
          new Uint8Array(Buffer.from(b, 'base64')),
        ]),
      ),
      ...(rest.dpkgStatus !== undefined ? { dpkgStatus: rest.dpkgStatus } : {}),
      ...(rest.osRelease !== undefined ? { osRelease: rest.osRelease } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Keeps `read` under `key`; a cache that cannot be written only costs the next run a read. */
export async function storeCachedBase(
  cacheDir: string | undefined,
  key: string,
  read: BaseImageFiles,
): Promise<void> {
  const file = fileOf(cacheDir, key);
  if (!file) return;
  const body: Omit<StoredBase, 'sha256'> = {
    v: STORE_VERSION,
    digest: key,
    aptSources: read.aptSources,
    keyrings: Object.fromEntries(
      Object.entries(read.keyrings).map(([p, b]) => [p, Buffer.from(b).toString('base64')]),
    ),
    ...(read.dpkgStatus !== undefined ? { dpkgStatus: read.dpkgStatus } : {}),
    ...(read.osRelease !== undefined ? { osRelease: read.osRelease } : {}),
  };
  try {
    await mkdir(dirname(file), { recursive: true });
    // Written whole and renamed: a concurrent reader never sees half a file.
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, JSON.stringify({ ...body, sha256: hashOf(body) }));
    await rename(temporary, file);
  } catch {
    // Nothing to do: the next run reads the image again.
  }
}
