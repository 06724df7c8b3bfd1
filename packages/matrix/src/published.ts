/**
 * The packages of a published image, for its release notes: the package list the build
 * attached to it (PACKAGES_ARTIFACT_TYPE, written from the prediction the build checked the
 * image's dpkg status against), else the dpkg status read from its layers.
 */
import { parseDpkgStatus } from '@pgforge/apt';
import { parseReference, readImageFiles, type RegistryClient } from '@pgforge/oci';
import { byPlatform } from '@pgforge/platform';
import { readPackagesArtifact } from '@pgforge/targets';

export type PublishedRegistry = Pick<
  RegistryClient,
  'referrers' | 'getManifest' | 'getBlob' | 'getImageManifest'
>;

const STATUS = 'var/lib/dpkg/status';
const decoder = new TextDecoder();

/** name → version of `reference` (by digest) on `platform`; undefined when it cannot be read. */
export async function publishedPackages(
  registry: PublishedRegistry,
  reference: string,
  platform: string,
): Promise<Map<string, string> | undefined> {
  const ref = parseReference(reference);
  if (!ref.digest) return undefined;
  const repository = `${ref.registry}/${ref.repository}`;
  const architecture = byPlatform(platform).debianArchitecture;
  const artifact = await readPackagesArtifact(registry, repository, ref.digest);
  if (artifact) {
    const out = new Map<string, string>();
    for (const p of artifact.packages) {
      const version = p.byArchitecture ? p.byArchitecture[architecture] : p.version;
      if (version !== undefined) out.set(p.name, version);
    }
    return out;
  }
  // An image built otherwise (or before the build attached its list): its dpkg status.
  const { manifest } = await registry.getImageManifest(reference, platform);
  const files = await readImageFiles({
    image: `${reference} (${platform})`,
    layers: manifest.manifest.layers,
    fetchBlob: (digest, size) => registry.getBlob(repository, digest, size),
    select: { list: (p) => p === STATUS, content: (p) => p === STATUS, hash: () => false },
  });
  const status = files.get(STATUS)?.content;
  if (!status) return undefined;
  return new Map(
    parseDpkgStatus(decoder.decode(status), `${reference}: /${STATUS}`).map((p) => [
      p.package,
      p.version,
    ]),
  );
}
