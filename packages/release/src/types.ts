import type { BuildProgress } from '@pgforge/operand';
import type { ReleaseNotes } from '@pgforge/targets';
import type { LocalRunContext } from '@pgforge/attest';
import type { ConfigOverrides } from '@pgforge/config';
import type { RegistryClient } from '@pgforge/oci';

export const RELEASE_STEPS = [
  'matrix',
  'repair',
  'build',
  'smoke-test',
  'sbom',
  'attest',
  'promote',
  'catalog',
] as const;
export type ReleaseStep = (typeof RELEASE_STEPS)[number];

export interface ReleaseCommandOptions {
  /** images.yaml; undefined: `images.yaml` if present, else the defaults. */
  configFile?: string;
  overrides: ConfigOverrides;
  /** Build every target, changed or not. */
  force: boolean;
  /** The run's time: the immutable tags' minute. */
  now: Date;
  /** The project's Dockerfile. */
  dockerfile: string;
  /** reports/, sbom/, attestations/ and catalogs/ go here. */
  outputDir: string;
  /** Scratch space: the bake file, build metadata, unpacked images. */
  workDir: string;
  /** APT index cache. */
  cacheDir?: string;
  /** The machine's apt configuration root, read only when no base image can be read. */
  hostRoot?: string;
  sourceDateEpoch?: number;
  /** Sign provenance with this key, and have promote verify it; none: no attestation. */
  cosign?: { keyFile: string; password?: string };
  /** What the provenance says of this run. */
  run: LocalRunContext;
  /** `builder.version` of the provenance. */
  version: string;
  /** The budget of each smoke-test level. */
  smokeTimeoutMs: number;
  registry: RegistryClient;
  env: Record<string, string | undefined>;
  homeDir?: string;
  /** One line per step, as it ends. */
  progress: (line: string) => void;
  /** Each target's build as its steps begin and end (the build step takes the longest). */
  buildProgress?: (event: BuildProgress) => void;
  /** Everything else the steps say. */
  log: (line: string) => void;
  warn: (line: string) => void;
}

export interface ReleasedImage {
  target: string;
  /** The testing image, by digest. */
  reference: string;
  digest: string;
  /**
   * How many packages it holds, how many from a -security suite, and its release notes: what
   * changed since the published image, with each change's suite and changelog CVEs.
   */
  packages?: { total: number; fromSecurity: number; notes?: ReleaseNotes };
}

export interface ReleaseFailure {
  /** The target; none when the step failed as a whole. */
  target?: string;
  step: ReleaseStep;
  reason: string;
}

export interface StepTime {
  step: ReleaseStep;
  seconds: number;
  /** What the step did, in a few words. */
  note: string;
}

export interface ReleaseResult {
  built: ReleasedImage[];
  skipped: { target: string; reason: string }[];
  failed: ReleaseFailure[];
  /** Targets left unbuilt whose tags were pointed at their image in production again. */
  repaired: { target: string; image: string; tags: string[] }[];
  /** Each image promote wrote: the production image by digest, and every tag naming it. */
  promoted: { target: string; reference: string; tags: string[] }[];
  /** Files written by the catalog step. */
  catalogs: string[];
  steps: StepTime[];
}
