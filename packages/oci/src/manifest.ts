/**
 * Reading manifest documents: shape checks, media type, and the digest of the exact bytes.
 */
import { InvalidManifestError } from './errors.js';
import type { RegistryErrorDetails } from './errors.js';
import { MediaTypes, isIndexMediaType } from './media-types.js';
import type { ImageIndex, ImageManifest } from './types.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkDescriptor(value: unknown, where: string): string | undefined {
  if (!isRecord(value)) return `${where} is not an object`;
  if (typeof value.mediaType !== 'string') return `${where} has no mediaType`;
  if (typeof value.digest !== 'string') return `${where} has no digest`;
  if (typeof value.size !== 'number') return `${where} has no size`;
  return undefined;
}

/** The media type without parameters (`; charset=utf-8`). */
export function bareMediaType(contentType: string | null | undefined): string | undefined {
  const bare = contentType?.split(';')[0]?.trim();
  return bare ? bare : undefined;
}

/**
 * Parses a manifest or index. The media type is the document's own, else the Content-Type, else
 * inferred from the shape (an index has `manifests`).
 */
export function parseManifestDocument(
  bytes: Uint8Array,
  contentType: string | undefined,
  reference: string,
  details: RegistryErrorDetails,
): { mediaType: string; manifest: ImageManifest | ImageIndex } {
  const fail = (reason: string) => new InvalidManifestError(reference, reason, details);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw fail('it is not JSON');
  }
  if (!isRecord(parsed)) throw fail('it is not a JSON object');
  if (parsed.schemaVersion === 1) {
    throw fail(
      'Docker image manifest schema 1 is not supported (push it again with a current client)',
    );
  }
  if (parsed.schemaVersion !== 2) {
    throw fail(`schemaVersion is ${JSON.stringify(parsed.schemaVersion)}, expected 2`);
  }
  const declared = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
  const isIndex = declared
    ? isIndexMediaType(declared)
    : contentType
      ? isIndexMediaType(contentType)
      : Array.isArray(parsed.manifests);
  const mediaType =
    declared ?? contentType ?? (isIndex ? MediaTypes.ociIndex : MediaTypes.ociManifest);

  if (isIndex || Array.isArray(parsed.manifests)) {
    if (!Array.isArray(parsed.manifests)) throw fail(`an index (${mediaType}) needs "manifests"`);
    for (const [i, entry] of parsed.manifests.entries()) {
      const problem = checkDescriptor(entry, `manifests[${i}]`);
      if (problem) throw fail(problem);
    }
    return { mediaType, manifest: parsed as unknown as ImageIndex };
  }
  const configProblem = checkDescriptor(parsed.config, 'config');
  if (configProblem) throw fail(configProblem);
  if (!Array.isArray(parsed.layers)) throw fail('"layers" is missing');
  for (const [i, layer] of (parsed.layers as unknown[]).entries()) {
    const problem = checkDescriptor(layer, `layers[${i}]`);
    if (problem) throw fail(problem);
  }
  return { mediaType, manifest: parsed as unknown as ImageManifest };
}
