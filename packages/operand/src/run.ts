/**
 * The build from its settings as the build action and `pgforge build` both take them: a
 * per-platform build or a merge of per-platform digests, the source date defaulting to the
 * commit time of the checkout. One function, so that the two front ends cannot drift apart.
 */
import type { RegistryClient } from '@pgforge/oci';
import type { Target } from '@pgforge/targets';
import { buildImages } from './build-images.js';
import { mergePlatforms } from './merge.js';
import { commitTime } from './source-date.js';
import type { BuildOptions, BuildResult, Provenance } from './types.js';

export interface BuildCommandOptions {
  mode: 'build' | 'merge';
  targets: Target[];
  allTargets?: Target[];
  select?: string[];
  push: boolean;
  provenance: Provenance;
  platform?: string;
  digestsDir: string;
  /** Default: the commit time of `workspace`'s HEAD. */
  sourceDateEpoch?: number;
  /** The checkout whose commit time is the default source date. */
  workspace: string;
  rewriteTimestamp: boolean;
  retries: number;
  builder?: string;
  /** Write and attach SBOMs here. */
  sbomDir?: string;
  dockerfile: string;
  workDir: string;
  env: Record<string, string | undefined>;
  registry: RegistryClient;
  log: (line: string) => void;
  warn: (line: string) => void;
  /** BuildKit's output; default: log. */
  buildOutput?: BuildOptions['buildOutput'];
  progress?: BuildOptions['progress'];
  group?: BuildOptions['group'];
}

export async function buildCommand(s: BuildCommandOptions): Promise<BuildResult> {
  const common = {
    targets: s.targets,
    ...(s.allTargets ? { allTargets: s.allTargets } : {}),
    ...(s.select ? { select: s.select } : {}),
    registry: s.registry,
    log: s.log,
  };
  if (s.mode === 'merge') return mergePlatforms({ ...common, digestsDir: s.digestsDir });
  const sourceDateEpoch = s.sourceDateEpoch ?? (await commitTime(s.workspace, s.env));
  if (sourceDateEpoch === undefined) {
    s.warn('no commit time (not a git checkout?): timestamps are not reproducible');
  }
  return buildImages({
    ...common,
    push: s.push,
    provenance: s.provenance,
    ...(s.platform ? { platform: s.platform } : {}),
    digestsDir: s.digestsDir,
    dockerfile: s.dockerfile,
    workDir: s.workDir,
    workspace: s.workspace,
    ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
    rewriteTimestamp: s.rewriteTimestamp,
    retries: s.retries,
    ...(s.builder ? { builder: s.builder } : {}),
    ...(s.sbomDir ? { sbom: { outputDir: s.sbomDir } } : {}),
    env: s.env,
    ...(s.buildOutput ? { buildOutput: s.buildOutput } : {}),
    ...(s.progress ? { progress: s.progress } : {}),
    ...(s.group ? { group: s.group } : {}),
  });
}
