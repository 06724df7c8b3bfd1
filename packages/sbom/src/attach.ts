/**
 * SBOMs attached to their image as OCI artifacts: one artifact manifest per document, whose
 * `subject` is the platform's image manifest and whose `artifactType` is the document's media
 * type, findable through the referrers API (or the referrers tag schema where the registry has
 * no such API, which the registry client keeps).
 */
import type { Descriptor, RegistryClient } from '@pgforge/oci';
import { AttachError } from './errors.js';
import type { SbomSubject } from './model.js';

/** The registry calls attaching needs; RegistryClient has them. */
export type ArtifactTarget = Pick<RegistryClient, 'pushArtifact' | 'referrers'>;

export interface SbomArtifact {
  /** `application/spdx+json` or `application/vnd.cyclonedx+json`: artifact and layer type. */
  mediaType: string;
  /** The document's bytes, exactly as written to the file. */
  text: string;
  /** The file's name, for `org.opencontainers.image.title` (oras pulls to that name). */
  fileName: string;
  /** The SBOM's own timestamp (never the wall clock). */
  created: string;
}

export interface AttachedSbom {
  mediaType: string;
  /** Digest of the artifact manifest. */
  digest: string;
  subject: string;
}

/** Pushes one SBOM as an artifact referring to `subject`; returns the artifact's digest. */
export async function attachSbom(
  registry: ArtifactTarget,
  subject: SbomSubject,
  artifact: SbomArtifact,
): Promise<AttachedSbom> {
  const subjectDescriptor: Descriptor = {
    mediaType: subject.mediaType,
    digest: subject.digest,
    size: subject.size,
  };
  const shown = `${subject.registry}/${subject.repository}@${subject.digest}`;
  let pushed: Descriptor;
  try {
    pushed = await registry.pushArtifact({
      repository: { registry: subject.registry, repository: subject.repository },
      subject: subjectDescriptor,
      artifactType: artifact.mediaType,
      blobs: [
        {
          bytes: artifact.text,
          mediaType: artifact.mediaType,
          annotations: { 'org.opencontainers.image.title': artifact.fileName },
        },
      ],
      annotations: { 'org.opencontainers.image.created': artifact.created },
    });
  } catch (error) {
    throw new AttachError(shown, (error as Error).message, { cause: error });
  }
  return { mediaType: artifact.mediaType, digest: pushed.digest, subject: subject.digest };
}

/** The SBOM artifacts already attached to `subject`, of `mediaType` when given. */
export async function findAttachedSboms(
  registry: ArtifactTarget,
  subject: Pick<SbomSubject, 'registry' | 'repository' | 'digest'>,
  mediaType?: string,
): Promise<Descriptor[]> {
  return registry.referrers(
    { registry: subject.registry, repository: subject.repository },
    subject.digest,
    mediaType ? { artifactType: mediaType } : {},
  );
}
