import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level, so that the same value always gives the same
 * bytes whatever order it was built in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Everything that determines an image's content, and nothing that changes between runs. */
export interface FingerprintInputs {
  base: { image: string; digest?: string; estimated?: boolean };
  platforms: string[];
  packageSource: string;
  /** Every package the image holds (`arch:name` where architectures differ), pinned. */
  packages: { name: string; version: string }[];
  /** The flavour definitions of the lineage, as configured (rules, not resolved versions). */
  flavours: unknown;
  /** SHA-256 of the Dockerfile's bytes. */
  dockerfile: string;
  buildArgs: Record<string, string>;
  /** Annotations that are the same every run (vendor, licences, …): they become labels. */
  staticAnnotations: Record<string, string>;
}

/** Bumped when the meaning of the inputs changes, so that old fingerprints never match. */
// 2: the whole predicted package set, not only the packages the flavours name.
const FINGERPRINT_VERSION = 2;

export function fingerprint(inputs: FingerprintInputs): string {
  const normalised = {
    v: FINGERPRINT_VERSION,
    ...inputs,
    platforms: [...inputs.platforms].sort(),
    packages: [...inputs.packages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
  return `sha256:${sha256Hex(canonicalJson(normalised))}`;
}
