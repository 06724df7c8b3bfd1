/**
 * Writes blobs and manifests into a test registry so tests can lay out exact content, through
 * the project's own registry client (@pgforge/oci), which the oci package's integration tests
 * check against the real registry.
 */
import { createHash } from 'node:crypto';
import { RegistryClient, isDigest, staticCredentials } from '@pgforge/oci';
import type { ImageReference } from '@pgforge/oci';

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

/** A client for the target: the Basic authorization becomes its credentials. */
export function clientFor(target: PushTarget): RegistryClient {
  const basic = /^Basic\s+(.+)$/i.exec(target.authorization ?? '')?.[1];
  if (!basic) return new RegistryClient();
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return new RegistryClient({
    credentials: staticCredentials({
      [target.host]: { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) },
    }),
  });
}

/** Uploads a blob unless the repository has it already; returns its digest. */
export async function pushBlob(target: PushTarget, bytes: Uint8Array | string): Promise<string> {
  const repository = { registry: target.host, repository: target.repository };
  return (await clientFor(target).pushBlob(repository, bytes)).digest;
}

/** PUTs a manifest under `reference` (a tag or a digest); returns its digest. */
export async function pushManifest(
  target: PushTarget,
  reference: string,
  bytes: string,
  mediaType: string,
): Promise<string> {
  const ref: ImageReference = { registry: target.host, repository: target.repository };
  if (isDigest(reference)) ref.digest = reference;
  else ref.tag = reference;
  return clientFor(target).pushManifest(ref, bytes, mediaType);
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
