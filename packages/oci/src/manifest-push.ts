/**
 * PUT of a manifest or index (distribution spec, "Pushing manifests"), by tag or by digest, with
 * the digest the registry computed checked against the bytes sent.
 */
import { computeDigest, digestOf, isDigest } from './digest.js';
import { DigestMismatchError, InvalidManifestError } from './errors.js';
import type { RegistryErrorDetails } from './errors.js';
import { formatReference } from './reference.js';
import type { ImageReference } from './reference.js';
import { pushScope } from './scopes.js';
import type { RegistryHttp } from './registry-http.js';
import { responseFailure } from './responses.js';

export interface PutManifestResult {
  digest: string;
  /**
   * The registry's OCI-Subject header: set by registries that index referrers themselves
   * (distribution spec 1.1), absent from those that need the referrers tag schema.
   */
  subject?: string;
}

function declaredMediaType(bytes: Uint8Array): string | undefined {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const mediaType = (parsed as { mediaType?: unknown } | null)?.mediaType;
    return typeof mediaType === 'string' ? mediaType : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PUTs `bytes` under the reference's tag, else its digest, else the digest of the bytes. A
 * reference with a digest must be the digest of the bytes.
 */
export async function putManifest(
  http: RegistryHttp,
  ref: ImageReference,
  bytes: Uint8Array,
  mediaType: string,
): Promise<PutManifestResult> {
  const details: RegistryErrorDetails = { registry: ref.registry, repository: ref.repository };
  const digest = ref.digest ? digestOf(bytes, ref.digest) : computeDigest(bytes);
  const shown = formatReference(ref.tag || ref.digest ? ref : { ...ref, digest });
  if (ref.digest && digest !== ref.digest) {
    throw new DigestMismatchError(`manifest for ${shown}`, ref.digest, digest, details);
  }
  const declared = declaredMediaType(bytes);
  if (declared !== undefined && declared !== mediaType) {
    throw new InvalidManifestError(
      shown,
      `its mediaType is ${declared} but it is being pushed as ${mediaType}`,
      details,
    );
  }
  const response = await http.request({
    registry: ref.registry,
    repository: ref.repository,
    method: 'PUT',
    path: `/v2/${ref.repository}/manifests/${ref.tag ?? digest}`,
    headers: { 'content-type': mediaType },
    body: bytes,
    scopes: [pushScope(ref.repository)],
  });
  if (response.status !== 201) {
    throw responseFailure(response, details, `pushing manifest ${shown}`);
  }
  const stored = response.headers.get('docker-content-digest');
  if (stored && isDigest(stored) && stored !== digestOf(bytes, stored)) {
    throw new DigestMismatchError(
      `the digest ${ref.registry} stored for manifest ${shown}`,
      digestOf(bytes, stored),
      stored,
      details,
    );
  }
  const subject = response.headers.get('oci-subject');
  return subject ? { digest, subject } : { digest };
}
