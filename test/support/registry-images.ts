/**
 * "Published images" without a build: a minimal valid OCI image index (one image manifest, the
 * empty config, one tiny layer) carrying chosen annotations at index level, pushed with plain
 * fetch through the distribution API (monolithic POST + PUT blob uploads, PUT manifest). A test
 * support until the project's registry client can push; tests and the bench use it to stand up
 * images carrying a fingerprint.
 */
import { MediaTypes } from '@pgforge/oci';
import { pushBlob, pushManifest, sha256, type PushTarget } from './push.js';

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
}

export interface PushedIndex {
  /** `sha256:…` of the index. */
  digest: string;
  manifestDigest: string;
  /** `<host>/<repository>:<tag>` */
  reference: string;
}

// An empty tar archive is two 512-byte zero blocks: a real, if empty, layer.
const EMPTY_TAR = new Uint8Array(1024);
const EMPTY_CONFIG = '{}';

/** Pushes the index under `tag` and returns its digest. */
export async function pushAnnotatedIndex(options: AnnotatedIndexOptions): Promise<PushedIndex> {
  const target: PushTarget = options;
  const blob = async (bytes: Uint8Array | string) => ({
    digest: await pushBlob(target, bytes),
    size: Buffer.byteLength(bytes),
  });
  const config = await blob(EMPTY_CONFIG);
  const layer = await blob(EMPTY_TAR);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    config: { mediaType: MediaTypes.ociEmpty, ...config },
    layers: [{ mediaType: MediaTypes.ociLayer, ...layer }],
  });
  const manifestDigest = await pushManifest(
    target,
    sha256(manifest),
    manifest,
    MediaTypes.ociManifest,
  );
  const index = JSON.stringify({
    schemaVersion: 2,
    mediaType: MediaTypes.ociIndex,
    manifests: [
      {
        mediaType: MediaTypes.ociManifest,
        digest: manifestDigest,
        size: Buffer.byteLength(manifest),
        platform: options.platform ?? { os: 'linux', architecture: 'amd64' },
      },
    ],
    annotations: options.annotations,
  });
  const digest = await pushManifest(target, options.tag, index, MediaTypes.ociIndex);
  return {
    digest,
    manifestDigest,
    reference: `${options.host}/${options.repository}:${options.tag}`,
  };
}
