/**
 * What `extensionCommand` returns: each image made (the record the next steps take, and what
 * it holds), the packages of a batch that became none, the Cluster entries and the summary.
 */
import type { SummaryDocument } from '@pgforge/summary';
import type { ImageRecord, PromotePlan } from '@pgforge/targets';
import type { PackageRecord } from './assemble.js';
import { clusterEntry, type ClusterExtensionEntry } from './cluster.js';
import type { EnvVar } from './data.js';
import type { MadeImage } from './image-cache.js';
import type { ExtensionMetadata } from './metadata.js';
import type { Plan } from './plan.js';
import type { ImageDestination } from './tag-policy.js';

export interface PlatformOutput {
  platform: string;
  /** The platform manifest's digest. */
  digest: string;
  /** Compressed size of its layers. */
  size: number;
  packages: PackageRecord[];
  systemPackages: PackageRecord[];
  systemLibraries: number;
  /** Bytes of the files under system/. */
  systemBytes: number;
  files: number;
}

/** One image made: the record the next steps take (ImageRecord), and what it holds. */
export interface ExtensionImageOutput extends ImageRecord {
  /** `<repository>@<index digest>`. */
  reference: string;
  digest: string;
  /** Where it was pushed: `<image>-testing` (or, without push, `image` itself). */
  repository: string;
  /** The tags written there: the immutable one(s) when pushing; every tag in a layout. */
  tags: string[];
  /**
   * What promote writes once the image has passed its smoke test: `image` (the production
   * repository) and the full references of its tags there, the immutable first.
   */
  promote: PromotePlan;
  major: number;
  distribution: string;
  /** The Debian version of the PostgreSQL server the packages were resolved with. */
  postgresVersion?: string;
  sqlVersion: string;
  extensions: string[];
  platforms: PlatformOutput[];
  env: EnvVar[];
  /** What a CNPG user must know to use it (metadata.ts). */
  metadata: ExtensionMetadata;
  clusterExtension: ClusterExtensionEntry;
  annotations: Record<string, string>;
}

/** A package of a batch that became no image, and why (one line). */
export interface RefusedPackage {
  package: string;
  reason: string;
}

export interface ExtensionCommandResult {
  /** The image's name, given or derived ('' for a batch: each image has its own). */
  name: string;
  images: ExtensionImageOutput[];
  /** Packages of a batch that became no image, each with the reason. */
  refused: RefusedPackage[];
  /** YAML list of `.spec.postgresql.extensions` entries. */
  clusterExtensions: string;
  entries: ClusterExtensionEntry[];
  /** The OCI image layout written (when not pushing). */
  layout?: string;
  pushed: boolean;
  /** Markdown for the step summary. */
  summary: string;
  /** The same summary as a document, for a terminal. */
  summaryDocument: SummaryDocument;
}
/** The record of an image `plan` made, written where `destination` says. */
export function imageOutput(
  made: MadeImage,
  plan: Plan,
  destination: ImageDestination,
): ExtensionImageOutput {
  const { reference, repository, tags, promote } = destination;
  const { platformImages } = made;
  return {
    reference,
    digest: made.index.digest,
    repository,
    tags,
    promote,
    major: plan.major,
    distribution: plan.distribution,
    ...(plan.postgresVersion ? { postgresVersion: plan.postgresVersion } : {}),
    sqlVersion: made.sqlVersion,
    extensions: made.extensions,
    platforms: made.platforms.map((p, i) => ({
      ...p,
      digest: platformImages[i]?.image.manifest.digest ?? '',
      size: (platformImages[i]?.layers ?? []).reduce((n, l) => n + l.size, 0),
    })),
    env: made.env,
    metadata: made.metadata,
    clusterExtension: clusterEntry(made.name, reference, made.metadata),
    annotations: made.annotations,
  };
}
