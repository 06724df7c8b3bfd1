/**
 * "Published images" without a build: a minimal valid OCI image index (one image manifest, the
 * empty config, one tiny layer) carrying chosen annotations at index level, pushed with plain
 * fetch through the distribution API (monolithic POST + PUT blob uploads, PUT manifest). A test
 * support until the project's registry client can push; tests and the bench use it to stand up
 * images carrying a fingerprint.
 */
import { createHash } from 'node:crypto';

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
export const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar';

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

const digestOf = (bytes: Uint8Array | string): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

// An empty tar archive is two 512-byte zero blocks: a real, if empty, layer.
const EMPTY_TAR = new Uint8Array(1024);
const EMPTY_CONFIG = '{}';

class PushError extends Error {
  constructor(what: string, response: Response, body: string) {
    super(`${what}: the registry answered HTTP ${response.status}: ${body.slice(0, 500)}`);
    this.name = 'PushError';
  }
}

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  const body = await response.text();
  if (response.status !== status) throw new PushError(what, response, body);
}

async function pushBlob(
  options: AnnotatedIndexOptions,
  bytes: Uint8Array | string,
): Promise<{ digest: string; size: number }> {
  const digest = digestOf(bytes);
  const base = `http://${options.host}`;
  const auth: Record<string, string> = options.authorization
    ? { authorization: options.authorization }
    : {};
  const what = `uploading ${digest} to ${options.host}/${options.repository}`;
  const head = await fetch(`${base}/v2/${options.repository}/blobs/${digest}`, {
    method: 'HEAD',
    headers: auth,
  });
  if (head.status === 200) return { digest, size: Buffer.byteLength(bytes) };
  const started = await fetch(`${base}/v2/${options.repository}/blobs/uploads/`, {
    method: 'POST',
    headers: auth,
  });
  const location = started.headers.get('location');
  await expectStatus(started, 202, what);
  if (!location) throw new Error(`${what}: the registry sent no upload Location`);
  const url = new URL(location, base);
  url.searchParams.set('digest', digest);
  const put = await fetch(url, {
    method: 'PUT',
    headers: { ...auth, 'content-type': 'application/octet-stream' },
    body: typeof bytes === 'string' ? bytes : Buffer.from(bytes),
  });
  await expectStatus(put, 201, what);
  return { digest, size: Buffer.byteLength(bytes) };
}

async function putManifest(
  options: AnnotatedIndexOptions,
  reference: string,
  body: string,
  mediaType: string,
): Promise<string> {
  const response = await fetch(
    `http://${options.host}/v2/${options.repository}/manifests/${reference}`,
    {
      method: 'PUT',
      headers: {
        ...(options.authorization ? { authorization: options.authorization } : {}),
        'content-type': mediaType,
      },
      body,
    },
  );
  await expectStatus(
    response,
    201,
    `putting manifest ${reference} in ${options.host}/${options.repository}`,
  );
  return digestOf(body);
}

/** Pushes the index under `tag` and returns its digest. */
export async function pushAnnotatedIndex(options: AnnotatedIndexOptions): Promise<PushedIndex> {
  const config = await pushBlob(options, EMPTY_CONFIG);
  const layer = await pushBlob(options, EMPTY_TAR);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: OCI_EMPTY, ...config },
    layers: [{ mediaType: OCI_LAYER, ...layer }],
  });
  const manifestDigest = await putManifest(options, digestOf(manifest), manifest, OCI_MANIFEST);
  const index = JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [
      {
        mediaType: OCI_MANIFEST,
        digest: manifestDigest,
        size: Buffer.byteLength(manifest),
        platform: options.platform ?? { os: 'linux', architecture: 'amd64' },
      },
    ],
    annotations: options.annotations,
  });
  const digest = await putManifest(options, options.tag, index, OCI_INDEX);
  return {
    digest,
    manifestDigest,
    reference: `${options.host}/${options.repository}:${options.tag}`,
  };
}
