import type { ImageRecord, PromotePlan, ReleaseNotes, Target } from '@pgforge/targets';
import type { PlatformImage } from './image-graph.js';
import type { RegistryClient } from '@pgforge/oci';
import type { SummaryDocument } from '@pgforge/summary';

export type Provenance = false | 'min' | 'max';

/** Everything the build action and `pgforge build` take, already parsed. */
export interface BuildOptions {
  /** The matrix's `targets` (or `all-targets`) output. */
  targets: Target[];
  /** Parents of `targets` that were not kept (the matrix's `all-targets`). */
  allTargets?: Target[];
  /** Target ids, or a matrix group's major or distribution; all of `targets` when empty. */
  select?: string[];
  /** false: build and export a layout, publish nothing. */
  push: boolean;
  provenance: Provenance;
  /** A per-platform job: build this platform alone, push by digest, write no tag. */
  platform?: string;
  /** Where a per-platform job records its digests for `merge` (one JSON file per target). */
  digestsDir?: string;
  /** The project's Dockerfile (`docker/Dockerfile`). */
  dockerfile: string;
  /** Scratch space: bake files, metadata, OCI layouts. */
  workDir: string;
  /** The checkout: what relative key file paths of the targets (packages.keyring) are read from. */
  workspace?: string;
  /** Seconds since the epoch, from the commit time: reproducible timestamps. */
  sourceDateEpoch?: number;
  /**
   * Also have BuildKit clamp file times in the new layers to sourceDateEpoch (its
   * rewrite-timestamp; default false). The project's Dockerfile needs none of it: its steps
   * give what they write that time themselves (step-end), and BuildKit 0.13 rewrites on every
   * export, cached or not (about 20 s for PG 17 minimal here).
   */
  rewriteTimestamp?: boolean;
  /** Extra attempts after a transient failure. */
  retries: number;
  builder?: string;
  /**
   * SBOMs (SPDX and CycloneDX) of each pushed image, written here and attached to it in the
   * registry, with the package changes since the image its first alias points at now.
   */
  sbom?: { outputDir: string };
  /** Build every step again, ignoring BuildKit's cache (a reproducibility check). */
  noCache?: boolean;
  /** The environment docker runs with (credentials, DOCKER_HOST). */
  env: Record<string, string | undefined>;
  registry: RegistryClient;
  /** Build output, line by line. */
  log?: (line: string) => void;
  /** BuildKit's own output, line by line (`--progress plain`); default: log. */
  buildOutput?: (line: string) => void;
  /** Each step of each target as it begins and ends, for a front end to show. */
  progress?: (event: BuildProgress) => void;
  /** Wraps one target's work (a collapsible log group on a runner). */
  group?: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
  sleep?: (ms: number) => Promise<void>;
}

/** What one target's build is doing: BuildKit, the content check, pushing, SBOMs, tags. */
export type BuildStep = 'bake' | 'check' | 'push' | 'sbom' | 'tag';

export interface BuildProgress {
  target: string;
  /** The target's place in the run (from 1), and how many targets the run builds. */
  index: number;
  total: number;
  /** The step that begins; `done` or `failed` once the target has ended. */
  step: BuildStep | 'done' | 'failed';
  /** Since this target's build began. */
  elapsedMs: number;
  /** With `failed`, why; with `done`, the digest. */
  detail?: string;
}

/** One target's image: the record the next steps take (ImageRecord), and what its build did. */
export interface BuiltImage extends ImageRecord {
  target: string;
  repository: string;
  /** `sha256:…` of the index (or of the manifest, for a one-platform image without one). */
  digest: string;
  /** `<repository>@<digest>` */
  reference: string;
  /**
   * Full references of every tag written, in the testing repository (the immutable tag): none
   * for a per-platform job or without push.
   */
  tags: string[];
  /**
   * What promote writes once the image has passed its tests: the production repository and
   * the full references of its tags there, the immutable tag first and the aliases after it.
   */
  promote: PromotePlan;
  platforms: PlatformImage[];
  /** Compressed bytes of every platform's config and layers. */
  compressedSize: number;
  /** The packages it holds (checked against each platform's dpkg status) and its notes. */
  packages?: { total: number; fromSecurity: number; notes?: ReleaseNotes };
  pushed: boolean;
  attempts: number;
  durationMs: number;
  /** A per-platform job's platform. */
  platform?: string;
  /** Without push: the OCI image layout holding the image. */
  layout?: string;
  /** With the sbom option: the files written, and the package changes (Markdown). */
  sbom?: { files: string[]; changes?: string; comparedTo?: string };
}

export interface FailedTarget {
  target: string;
  reason: string;
  /** The last lines of its build output. */
  tail: string[];
}

export interface BuildResult {
  images: BuiltImage[];
  failed: FailedTarget[];
  /** Markdown for the step summary. */
  summary: string;
  /** The same summary as a document, for a terminal. */
  summaryDocument: SummaryDocument;
}

/** What a per-platform job leaves for `merge`: one file per target and platform. */
export interface PlatformRecord {
  target: string;
  platform: string;
  repository: string;
  digest: string;
  mediaType: string;
}
