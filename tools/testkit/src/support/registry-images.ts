/**
 * "Published images" without a build: a minimal valid OCI image index (one image manifest, the
 * empty config, one tiny layer) carrying chosen annotations at index level, written with the
 * project's own image model and registry client (@pgforge/oci). Tests and the bench use it to
 * stand up images carrying a fingerprint.
 */
import { EMPTY_JSON, MediaTypes, blobOf, buildIndex, buildManifest } from '@pgforge/oci';
import { clientFor, type PushTarget } from './push.js';

export interface AnnotatedIndexOptions {
  /** `127.0.0.1:<port>`: spoken to over plain http. */
  host: string;
  /** The repository path under the host, e.g. `postgresql`. */
  repository: string;
  tag: string;
  /** Set on the index (what the matrix reads); the image manifest gets none. */
  annotations: Record<string, string>;
  /** `Basic …` for a registry with auth. */
  authorization?: string;
  /** The image manifest's platform; default linux/amd64. */
  platform?: { os: string; architecture: string; variant?: string };
  /** Several platforms (one manifest each, told apart by an annotation); overrides `platform`. */
  platforms?: { os: string; architecture: string; variant?: string }[];
}

export interface PushedIndex {
  /** `sha256:…` of the index. */
  digest: string;
  manifestDigest: string;
  /** `<host>/<repository>:<tag>` */
  reference: string;
}

// An empty tar archive is two 512-byte zero blocks: a real, if empty, layer.
const EMPTY_TAR = blobOf(new Uint8Array(1024), MediaTypes.ociLayer);

/** Pushes the index under `tag` and returns its digest. */
export async function pushAnnotatedIndex(options: AnnotatedIndexOptions): Promise<PushedIndex> {
  const target: PushTarget = options;
  const client = clientFor(target);
  const repository = { registry: options.host, repository: options.repository };
  for (const blob of [EMPTY_JSON, EMPTY_TAR]) {
    await client.pushBlob(repository, blob.bytes, { mediaType: blob.mediaType });
  }
  const platforms = options.platforms ?? [
    options.platform ?? { os: 'linux', architecture: 'amd64' },
  ];
  const manifests = [];
  for (const platform of platforms) {
    // One manifest per platform: identical bytes would give every platform the same digest.
    const manifest = buildManifest({
      config: EMPTY_JSON,
      layers: [EMPTY_TAR],
      ...(platforms.length > 1
        ? { annotations: { 'io.pgforge.test.platform': JSON.stringify(platform) } }
        : {}),
    });
    await client.pushManifest(
      { ...repository, digest: manifest.digest },
      manifest.bytes,
      manifest.mediaType,
    );
    manifests.push({ ...manifest, platform });
  }
  const manifestDigest = manifests[0]?.digest ?? '';
  const index = buildIndex({ manifests, annotations: options.annotations });
  const digest = await client.pushManifest(
    { ...repository, tag: options.tag },
    index.bytes,
    index.mediaType,
  );
  return {
    digest,
    manifestDigest,
    reference: `${options.host}/${options.repository}:${options.tag}`,
  };
}
