/**
 * Writes blobs and manifests into a test registry with plain fetch (the distribution spec's
 * monolithic upload), so tests can lay out exact content: a deterministic stand-in for the
 * client's own push, which a later issue adds.
 */
import { createHash } from 'node:crypto';

export interface PushTarget {
  host: string;
  repository: string;
  /** `Basic …` for a registry with htpasswd auth. */
  authorization?: string;
}

export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

export function sha256(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function headers(target: PushTarget, extra: Record<string, string> = {}): Record<string, string> {
  return target.authorization ? { authorization: target.authorization, ...extra } : extra;
}

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status !== status) {
    throw new Error(`${what}: ${response.status} ${await response.text()}`);
  }
  await response.arrayBuffer();
}

/** Uploads a blob unless the repository has it already; returns its digest. */
export async function pushBlob(target: PushTarget, bytes: Uint8Array | string): Promise<string> {
  const digest = sha256(bytes);
  const base = `http://${target.host}`;
  const head = await fetch(`${base}/v2/${target.repository}/blobs/${digest}`, {
    method: 'HEAD',
    headers: headers(target),
  });
  if (head.status === 200) return digest;
  const started = await fetch(`${base}/v2/${target.repository}/blobs/uploads/`, {
    method: 'POST',
    headers: headers(target),
  });
  const location = started.headers.get('location');
  await expectStatus(started, 202, `starting an upload to ${target.repository}`);
  if (!location) throw new Error('the registry sent no upload Location');
  const url = new URL(location, base);
  url.searchParams.set('digest', digest);
  const put = await fetch(url, {
    method: 'PUT',
    headers: headers(target, { 'content-type': 'application/octet-stream' }),
    body: typeof bytes === 'string' ? bytes : Buffer.from(bytes),
  });
  await expectStatus(put, 201, `uploading ${digest} to ${target.repository}`);
  return digest;
}

export async function pushManifest(
  target: PushTarget,
  reference: string,
  bytes: string,
  mediaType: string,
): Promise<string> {
  const response = await fetch(
    `http://${target.host}/v2/${target.repository}/manifests/${reference}`,
    { method: 'PUT', headers: headers(target, { 'content-type': mediaType }), body: bytes },
  );
  await expectStatus(response, 201, `putting manifest ${reference} in ${target.repository}`);
  return sha256(bytes);
}

export interface PushedImage {
  digest: string;
  manifest: string;
  configDigest: string;
  layerDigest: string;
  layer: string;
}

/** A one-layer OCI image (the layer's bytes need not be a tar: the registry does not look). */
export async function pushTestImage(
  target: PushTarget,
  tag: string,
  options: { content?: string; annotations?: Record<string, string> } = {},
): Promise<PushedImage> {
  const layer = options.content ?? `layer of ${target.repository}:${tag}`;
  const layerDigest = await pushBlob(target, layer);
  const config = JSON.stringify({
    architecture: 'amd64',
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [layerDigest] },
  });
  const configDigest = await pushBlob(target, config);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: configDigest,
      size: Buffer.byteLength(config),
    },
    layers: [
      {
        mediaType: 'application/vnd.oci.image.layer.v1.tar',
        digest: layerDigest,
        size: Buffer.byteLength(layer),
      },
    ],
    ...(options.annotations ? { annotations: options.annotations } : {}),
  });
  const digest = await pushManifest(
    target,
    tag,
    manifest,
    'application/vnd.oci.image.manifest.v1+json',
  );
  return { digest, manifest, configDigest, layerDigest, layer };
}
