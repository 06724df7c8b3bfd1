/**
 * What a base image is read for, and the reader's shape: types alone, which the readers
 * (base-image.ts) and the record kept between runs (base-image-cache.ts) both use.
 */

/** The files of one platform image of a base that the package view is made from. */
export interface BaseImageFiles {
  /** What was read, for messages: `debian:trixie-slim@sha256:… (linux/amd64)`. */
  origin: string;
  /** Where from: the registry (by digest) or the local image store. */
  store: 'registry' | 'local';
  /** The platform image's manifest digest (registry) or the local image's ID, when known. */
  digest?: string;
  /** Each apt source file, root-relative path and text, in apt's order (sources.list first). */
  aptSources: { path: string; text: string }[];
  /** Every keyring file apt may be told to trust, by root-relative path. */
  keyrings: Record<string, Uint8Array>;
  /** `var/lib/dpkg/status`; undefined when the image has none. */
  dpkgStatus?: string;
  /** `etc/os-release` (or `usr/lib/os-release`) text. */
  osRelease?: string;
}

/** Reads a base image's files for one platform; undefined when it has no such platform. */
export interface BaseImageReader {
  read(image: string, platform: string, digest?: string): Promise<BaseImageFiles | undefined>;
}
