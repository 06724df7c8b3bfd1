/**
 * `merge`: the second half of one-platform-per-job builds (native arm64 runners). Each job
 * pushed its platform by digest and left a record; this assembles every target's index from
 * those digests, with the target's annotations, pushes it by digest and only then tags it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  computeDigest,
  isImageIndex,
  MediaTypes,
  parsePlatform,
  type Descriptor,
  type ImageIndex,
  type RegistryClient,
} from '@pgforge/oci';
import { productionReferences, testingReferences, type Target } from '@pgforge/targets';
import { readImageGraph, type ContentSource } from './image-graph.js';
import { attachPackages, packageCounts } from './packages-artifact.js';
import { checkPlatformContent, serverBinary } from './platform-check.js';
import { writeTags } from './publish.js';
import { selectTargets } from './select.js';
import { renderMarkdown } from '@pgforge/summary';
import { buildSummaryDocument } from './summary.js';
import type { BuildResult, BuiltImage, FailedTarget, PlatformRecord } from './types.js';

export interface MergeOptions {
  targets: Target[];
  allTargets?: Target[];
  select?: string[];
  /** Where the per-platform jobs' records were gathered (download-artifact, merge-multiple). */
  digestsDir: string;
  registry: RegistryClient;
  log?: (line: string) => void;
}

async function records(dir: string): Promise<PlatformRecord[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
  return Promise.all(
    names
      .sort()
      .map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as PlatformRecord),
  );
}

function registrySource(registry: RegistryClient, repository: string): ContentSource {
  return { manifest: async (d) => (await registry.getManifest(`${repository}@${d.digest}`)).bytes };
}

const encoder = new TextEncoder();

export async function mergePlatforms(options: MergeOptions): Promise<BuildResult> {
  const { build } = selectTargets(options.targets, {
    ...(options.allTargets ? { allTargets: options.allTargets } : {}),
    ...(options.select ? { select: options.select } : {}),
  });
  const all = await records(options.digestsDir);
  const images: BuiltImage[] = [];
  const failed: FailedTarget[] = [];
  for (const t of build) {
    const started = Date.now();
    try {
      images.push(
        await mergeOne(
          t,
          all.filter((r) => r.target === t.id),
          options,
          started,
        ),
      );
    } catch (e) {
      failed.push({ target: t.id, reason: (e as Error).message, tail: [] });
      options.log?.(`pgforge: ${t.id} failed: ${(e as Error).message}`);
    }
  }
  const summaryDocument = buildSummaryDocument('Merge', images, failed);
  return { images, failed, summary: renderMarkdown(summaryDocument), summaryDocument };
}

async function mergeOne(
  t: Target,
  mine: PlatformRecord[],
  options: MergeOptions,
  started: number,
): Promise<BuiltImage> {
  const missing = t.platforms.filter((p) => !mine.some((r) => r.platform === p));
  if (missing.length > 0) {
    throw new Error(
      `no digest for ${missing.join(', ')} in ${options.digestsDir} (found: ${mine.map((r) => r.platform).join(', ') || 'none'}); did every per-platform job succeed?`,
    );
  }
  const repository = t.testingRepository;
  const manifests: Descriptor[] = [];
  for (const platform of t.platforms) {
    const r = mine.find((x) => x.platform === platform);
    if (!r) continue; // checked above: every platform has a record
    if (r.repository !== repository) {
      throw new Error(`${platform} was pushed to ${r.repository}, not to ${repository}`);
    }
    const fetched = await options.registry.getManifest(`${repository}@${r.digest}`);
    if (isImageIndex(fetched.manifest)) {
      manifests.push(...fetched.manifest.manifests);
    } else {
      manifests.push({
        mediaType: fetched.mediaType,
        digest: fetched.digest,
        size: fetched.bytes.length,
        platform: parsePlatform(platform),
      });
    }
  }
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MediaTypes.ociIndex,
    manifests,
    annotations: t.annotations,
  };
  const bytes = encoder.encode(JSON.stringify(index));
  // Each job checked its own platform; the index is checked whole before it exists, since
  // a record could name an image another job (or another recipe) pushed.
  const pending = {
    mediaType: MediaTypes.ociIndex,
    digest: computeDigest(bytes),
    size: bytes.length,
  };
  await checkPlatformContent(
    {
      manifest: async (d) =>
        d.digest === pending.digest
          ? bytes
          : (await options.registry.getManifest(`${repository}@${d.digest}`)).bytes,
      blob: (digest, size) => options.registry.getBlob(repository, digest, size),
    },
    pending,
    {
      platforms: t.platforms,
      binary: serverBinary(t.postgres.major),
      image: t.id,
      ...(t.base.estimated ? {} : { packages: t.contents }),
    },
  );
  const digest = await options.registry.pushManifest(
    `${repository}@${computeDigest(bytes)}`,
    bytes,
    MediaTypes.ociIndex,
  );
  const descriptor = { mediaType: MediaTypes.ociIndex, digest, size: bytes.length };
  await attachPackages(options.registry, repository, descriptor, t);
  const tags = testingReferences(t);
  await writeTags(options.registry, { descriptor, bytes, mediaType: MediaTypes.ociIndex }, tags);
  const graph = await readImageGraph(registrySource(options.registry, repository), descriptor);
  return {
    target: t.id,
    repository,
    digest,
    reference: `${repository}@${digest}`,
    tags,
    promote: { repository: t.repository, tags: productionReferences(t), immutable: 1 },
    platforms: graph.platforms,
    compressedSize: graph.compressedSize,
    packages: packageCounts(t),
    pushed: true,
    attempts: 1,
    durationMs: Date.now() - started,
  };
}
