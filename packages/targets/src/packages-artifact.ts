/**
 * The package list the build attaches to each image (PACKAGES_ARTIFACT_TYPE), read back: by
 * the matrix as "what the published image holds", by the SBOM step for its diff's notes.
 * Typed structurally, so that this package needs no registry client of its own.
 */
import { PACKAGES_ARTIFACT_TYPE, type PackagesArtifact } from './model.js';

/** What reading the artifact needs of a registry client (oci's RegistryClient has it). */
export interface ArtifactReader {
  referrers(
    repository: string,
    digest: string,
    options: { artifactType?: string },
  ): Promise<{ digest: string }[]>;
  getManifest(reference: string): Promise<{ manifest: object }>;
  getBlob(repository: string, digest: string, size?: number): Promise<Uint8Array>;
}

function isArtifact(value: unknown): value is PackagesArtifact {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as PackagesArtifact).packages) &&
    (value as PackagesArtifact).packages.every(
      (p) => typeof p?.name === 'string' && typeof p.version === 'string',
    )
  );
}

/**
 * The package list attached to `repository@digest`, or undefined when it has none (an image
 * built otherwise, or before the build attached one). A listed artifact that is not one is
 * passed over.
 */
export async function readPackagesArtifact(
  registry: ArtifactReader,
  repository: string,
  digest: string,
): Promise<PackagesArtifact | undefined> {
  const listed = await registry.referrers(repository, digest, {
    artifactType: PACKAGES_ARTIFACT_TYPE,
  });
  for (const descriptor of listed) {
    const { manifest } = await registry.getManifest(`${repository}@${descriptor.digest}`);
    const layers = (manifest as { layers?: { digest?: unknown; size?: unknown }[] }).layers;
    const layer = layers?.[0]?.digest;
    if (typeof layer !== 'string') continue;
    const size = layers?.[0]?.size;
    let body: unknown;
    try {
      body = JSON.parse(
        new TextDecoder().decode(
          await registry.getBlob(repository, layer, typeof size === 'number' ? size : undefined),
        ),
      );
    } catch {
      continue;
    }
    if (isArtifact(body)) return body;
  }
  return undefined;
}
