/**
 * The package list of a built image, attached to it as a referrer (PACKAGES_ARTIFACT_TYPE):
 * every package it holds, as the matrix predicted them and the build checked each platform's
 * dpkg status against, with the release notes (what changed since the published image, from
 * which suite, with the changelog's CVEs). Promote copies referrers, so the list travels with
 * the image into production, where the next matrix reads it as "what the published image holds".
 */
import type { Descriptor, RegistryClient } from '@pgforge/oci';
import { PACKAGES_ARTIFACT_TYPE, type PackagesArtifact, type Target } from '@pgforge/targets';
import type { BuiltImage } from './types.js';

export async function attachPackages(
  registry: Pick<RegistryClient, 'pushArtifact'>,
  repository: string,
  subject: Descriptor,
  target: Target,
): Promise<Descriptor> {
  const artifact: PackagesArtifact = {
    target: target.id,
    packages: target.contents,
    ...(target.notes ? { notes: target.notes } : {}),
  };
  return registry.pushArtifact({
    repository,
    subject,
    artifactType: PACKAGES_ARTIFACT_TYPE,
    blobs: [
      {
        mediaType: 'application/json',
        bytes: `${JSON.stringify(artifact)}\n`,
        annotations: { 'org.opencontainers.image.title': `${target.id}.packages.json` },
      },
    ],
  });
}

/** How many packages the image holds, and how many come from a -security suite. */
export function packageCounts(t: Target): NonNullable<BuiltImage['packages']> {
  return {
    total: t.contents.length,
    fromSecurity: t.contents.filter((p) => p.suite?.endsWith('-security')).length,
    ...(t.notes ? { notes: t.notes } : {}),
  };
}
