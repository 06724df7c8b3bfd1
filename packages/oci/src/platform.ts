/**
 * Platforms (`linux/arm64`, `linux/arm/v7`) and choosing an index's manifest by platform.
 */
import { normalisePlatform } from '@pgforge/platform';
import { AnnotationKeys } from './media-types.js';
import type { Descriptor, ImageIndex, Platform } from './types.js';

export class InvalidPlatformError extends Error {
  constructor(readonly value: string) {
    super(`invalid platform "${value}": expected os/architecture[/variant], e.g. linux/arm64`);
    this.name = 'InvalidPlatformError';
  }
}

/** Parses `os/architecture[/variant]`. */
export function parsePlatform(value: string): Platform {
  const parts = value.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-zA-Z0-9_.-]+$/.test(p))) {
    throw new InvalidPlatformError(value);
  }
  const [os = '', architecture = '', variant] = parts;
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/**
 * True when `candidate` satisfies `wanted` (a variant only matters when `wanted` names one).
 * Both are normalised as containerd does (arm64 is v8 unless told, amd64 is v1, arm is v7;
 * `aarch64` is arm64), with the aliases of @pgforge/platform's one table.
 */
export function platformMatches(candidate: Platform | undefined, wanted: Platform): boolean {
  if (!candidate) return false;
  const c = normalisePlatform(candidate);
  const w = normalisePlatform(wanted);
  if (c.os !== w.os || c.architecture !== w.architecture) return false;
  return wanted.variant === undefined && w.architecture !== 'arm' ? true : c.variant === w.variant;
}

/**
 * True for index entries that are not runnable images: BuildKit's attestation manifests
 * (`vnd.docker.reference.type: attestation-manifest`) and anything with platform unknown/unknown.
 */
export function isAttestationManifest(descriptor: Descriptor): boolean {
  if (descriptor.annotations?.[AnnotationKeys.dockerReferenceType] === 'attestation-manifest') {
    return true;
  }
  return descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown';
}

/**
 * The index entry for `platform`, or without one the first entry that is an image (not an
 * attestation). Undefined when nothing matches.
 */
export function selectManifest(
  index: ImageIndex,
  platform?: Platform | string,
): Descriptor | undefined {
  const images = index.manifests.filter((d) => !isAttestationManifest(d));
  if (platform === undefined) return images[0];
  const wanted = typeof platform === 'string' ? parsePlatform(platform) : platform;
  return images.find((d) => platformMatches(d.platform, wanted));
}
