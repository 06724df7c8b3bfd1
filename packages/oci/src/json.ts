/**
 * JSON for content-addressed documents: the same value gives the same bytes. Objects are built
 * in a fixed key order by their writers; maps whose order is the caller's (annotations, labels)
 * are sorted here, so that `{a, b}` and `{b, a}` give one digest.
 */
import type { Descriptor, Platform } from './types.js';

/** Compact UTF-8 JSON of `value` (no whitespace, keys in insertion order). */
export function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

/** The record with its keys in code-unit order, or undefined when it is absent or empty. */
export function sortedRecord(
  record: Record<string, string> | undefined,
): Record<string, string> | undefined {
  if (!record) return undefined;
  const keys = Object.keys(record).sort();
  if (keys.length === 0) return undefined;
  const sorted: Record<string, string> = {};
  for (const key of keys) sorted[key] = record[key] as string;
  return sorted;
}

/** Drops undefined members, so absent fields are absent from the JSON rather than `null`. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) if (member !== undefined) out[key] = member;
  return out as T;
}

export function platformJson(platform: Platform): Platform {
  return compact({
    architecture: platform.architecture,
    os: platform.os,
    variant: platform.variant,
  });
}

/**
 * A descriptor with only the spec's fields, in the order the OCI spec's examples use; extra
 * members a caller's object carries (a built layer's bytes, its diffId) are left out.
 */
export function descriptorJson(descriptor: Descriptor & { urls?: string[] }): Descriptor {
  return compact({
    mediaType: descriptor.mediaType,
    artifactType: descriptor.artifactType,
    digest: descriptor.digest,
    size: descriptor.size,
    urls: descriptor.urls,
    annotations: sortedRecord(descriptor.annotations),
    platform: descriptor.platform ? platformJson(descriptor.platform) : undefined,
  });
}
