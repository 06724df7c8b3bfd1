/**
 * Referrers (distribution spec 1.1): artifacts (SBOMs, signatures, attestations) pushed as image
 * manifests whose `subject` is the image they describe, and found again from the image's digest.
 * Registries with the referrers API index them (GET /v2/<name>/referrers/<digest>, and an
 * OCI-Subject header on the push); for the others (CNCF distribution 2.8) the client keeps the
 * referrers tag schema itself: an index tagged `sha256-<hex>` listing the artifacts.
 */
import { parseDigest } from './digest.js';
import { InvalidManifestError, ManifestNotFoundError } from './errors.js';
import type { RegistryErrorDetails } from './errors.js';
import { blobOf, buildIndex, buildManifest, descriptorOf } from './image.js';
import { encodeJson } from './json.js';
import { MAX_MANIFEST_BYTES, manifestBodyLimit } from './limit.js';
import { bareMediaType, parseManifestDocument } from './manifest.js';
import type { PutManifestResult } from './manifest-push.js';
import { MediaTypes } from './media-types.js';
import type { ImageReference, RepositoryReference } from './reference.js';
import { pullScope } from './scopes.js';
import type { RegistryHttp } from './registry-http.js';
import { responseFailure } from './responses.js';
import { isImageIndex } from './types.js';
import type { Descriptor, FetchedManifest } from './types.js';

/** The empty JSON blob `{}`, the config (and the one layer) of an artifact with no payload. */
export const EMPTY_JSON = blobOf(encodeJson({}), MediaTypes.ociEmpty);

export interface ArtifactBlob {
  bytes: Uint8Array | string;
  mediaType: string;
  /** `org.opencontainers.image.title` names a file for tools such as oras. */
  annotations?: Record<string, string>;
}

export interface PushArtifactOptions {
  /** Where the subject lives; the artifact goes to the same repository. */
  repository: RepositoryReference | string;
  /** The image (manifest or index) the artifact is about. */
  subject: Descriptor;
  /** What it is: `application/spdx+json`, `application/vnd.cyclonedx+json`, … */
  artifactType: string;
  /** The payload, one layer each. None: the empty descriptor is the one layer. */
  blobs?: ArtifactBlob[];
  annotations?: Record<string, string>;
}

export interface ReferrersOptions {
  /** Only artifacts of this type. */
  artifactType?: string;
}

/** What the referrer functions need of the client. */
export interface ReferrersPorts {
  http: RegistryHttp;
  /** The largest referrers list read (an index). Default MAX_MANIFEST_BYTES. */
  maxManifestBytes?: number;
  getManifest(ref: ImageReference): Promise<FetchedManifest>;
  putManifest(
    ref: ImageReference,
    bytes: Uint8Array,
    mediaType: string,
  ): Promise<PutManifestResult>;
  pushBlob(
    repository: RepositoryReference,
    bytes: Uint8Array,
    mediaType: string,
  ): Promise<Descriptor>;
}

// Another writer may update the referrers tag between our read and our write; each writer reads
// back until its own entry is there, so concurrent pushes converge.
const TAG_UPDATE_ROUNDS = 5;

/** The tag of the referrers tag schema: `sha256-<hex>` (the hex cut to 64 characters). */
export function referrersTag(digest: string): string {
  const { algorithm, hex } = parseDigest(digest);
  return `${algorithm}-${hex.slice(0, 64)}`;
}

function details(repository: RepositoryReference): RegistryErrorDetails {
  return { registry: repository.registry, repository: repository.repository };
}

function ofType(descriptors: Descriptor[], artifactType: string | undefined): Descriptor[] {
  return artifactType === undefined
    ? descriptors
    : descriptors.filter((d) => d.artifactType === artifactType);
}

/** The index behind the referrers tag, or no entries when there is none yet. */
async function tagEntries(
  ports: ReferrersPorts,
  repository: RepositoryReference,
  digest: string,
): Promise<Descriptor[]> {
  const ref = { ...repository, tag: referrersTag(digest) };
  let fetched: FetchedManifest;
  try {
    fetched = await ports.getManifest(ref);
  } catch (error) {
    if (error instanceof ManifestNotFoundError) return [];
    throw error;
  }
  if (!isImageIndex(fetched.manifest)) {
    throw new InvalidManifestError(
      `${repository.registry}/${repository.repository}:${ref.tag}`,
      'the referrers tag holds an image manifest, not an index',
      details(repository),
    );
  }
  return fetched.manifest.manifests;
}

/**
 * The artifacts whose subject is `digest`: from the referrers API when the registry has it, else
 * from the referrers tag.
 */
export async function listReferrers(
  ports: ReferrersPorts,
  repository: RepositoryReference,
  digest: string,
  options: ReferrersOptions = {},
): Promise<Descriptor[]> {
  parseDigest(digest);
  const query = options.artifactType
    ? `?${new URLSearchParams({ artifactType: options.artifactType }).toString()}`
    : '';
  const response = await ports.http.request({
    registry: repository.registry,
    repository: repository.repository,
    method: 'GET',
    path: `/v2/${repository.repository}/referrers/${digest}${query}`,
    headers: { accept: MediaTypes.ociIndex },
    scopes: [pullScope(repository.repository)],
    bodyLimit: manifestBodyLimit(
      `referrers list of ${repository.registry}/${repository.repository}@${digest}`,
      ports.maxManifestBytes ?? MAX_MANIFEST_BYTES,
    ),
  });
  // A registry without the API answers 404 (distribution 2.8: "404 page not found").
  if (response.status === 404) {
    return ofType(await tagEntries(ports, repository, digest), options.artifactType);
  }
  if (response.status !== 200) {
    throw responseFailure(response, details(repository), `listing referrers of ${digest}`);
  }
  const shown = `${repository.registry}/${repository.repository} referrers of ${digest}`;
  const { manifest } = parseManifestDocument(
    response.body,
    bareMediaType(response.headers.get('content-type')),
    shown,
    details(repository),
  );
  if (!isImageIndex(manifest)) {
    throw new InvalidManifestError(
      shown,
      'the referrers API answered with no index',
      details(repository),
    );
  }
  // Registries may ignore the filter; OCI-Filters-Applied says when they did not.
  return ofType(manifest.manifests, options.artifactType);
}

/** Adds `descriptor` to the referrers tag of `subject` (unless it is there already). */
export async function addToReferrersTag(
  ports: ReferrersPorts,
  repository: RepositoryReference,
  subject: string,
  descriptor: Descriptor,
): Promise<void> {
  const ref = { ...repository, tag: referrersTag(subject) };
  for (let round = 0; round < TAG_UPDATE_ROUNDS; round++) {
    const entries = await tagEntries(ports, repository, subject);
    if (entries.some((d) => d.digest === descriptor.digest)) return;
    const index = buildIndex({ manifests: [...entries, descriptor] });
    await ports.putManifest(ref, index.bytes, index.mediaType);
  }
  throw new InvalidManifestError(
    `${repository.registry}/${repository.repository}:${ref.tag}`,
    `${descriptor.digest} was still missing after ${TAG_UPDATE_ROUNDS} updates; another writer keeps replacing the index`,
    details(repository),
  );
}

/**
 * Pushes an artifact manifest (empty config, `artifactType`, `subject`) and its blobs, and makes
 * it findable from the subject. Returns its descriptor as referrers lists it.
 */
export async function pushArtifact(
  ports: ReferrersPorts,
  repository: RepositoryReference,
  options: Omit<PushArtifactOptions, 'repository'>,
): Promise<Descriptor> {
  const config = await ports.pushBlob(repository, EMPTY_JSON.bytes, EMPTY_JSON.mediaType);
  const layers: Descriptor[] = [];
  for (const blob of options.blobs ?? []) {
    const bytes =
      typeof blob.bytes === 'string' ? new TextEncoder().encode(blob.bytes) : blob.bytes;
    const pushed = await ports.pushBlob(repository, bytes, blob.mediaType);
    layers.push(blob.annotations ? { ...pushed, annotations: blob.annotations } : pushed);
  }
  const manifest = buildManifest({
    artifactType: options.artifactType,
    config,
    layers: layers.length > 0 ? layers : [config],
    subject: descriptorOf(options.subject),
    annotations: options.annotations,
  });
  const put = await ports.putManifest(
    { ...repository, digest: manifest.digest },
    manifest.bytes,
    manifest.mediaType,
  );
  const descriptor = descriptorOf(manifest, {
    artifactType: options.artifactType,
    annotations: options.annotations,
  });
  if (put.subject !== options.subject.digest) {
    await addToReferrersTag(ports, repository, options.subject.digest, descriptor);
  }
  return descriptor;
}
