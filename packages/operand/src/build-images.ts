/**
 * The build: one `docker buildx bake` per target, parents first, each exported as an OCI
 * layout, pushed by digest, then tagged. One target failing neither stops the others nor
 * moves a tag; it fails the whole run at the end, named with its reason.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  bakeDefinition,
  keyringFiles,
  unreachableMirror,
  writeKeyringContext,
} from '@pgforge/bake';
import { exec } from '@pgforge/exec';
import { formatPlatform, parsePlatform, readLayout } from '@pgforge/oci';
import { SBOM_FORMATS, sbomCommand } from '@pgforge/sbom';
import { productionReferences, testingReferences, type Target } from '@pgforge/targets';
import { parseBuildxVersion, runBake, type BuildxVersion } from './buildx.js';
import { readImageGraph } from './image-graph.js';
import { attachPackages, packageCounts } from './packages-artifact.js';
import { checkPlatformContent, PlatformMismatchError, serverBinary } from './platform-check.js';
import { mediaTypeOf, writeTags } from './publish.js';
import { lineageIds, selectTargets, TargetSelectionError } from './select.js';
import { renderMarkdown, type SummaryDocument } from '@pgforge/summary';
import { buildSummaryDocument } from './summary.js';
import type {
  BuildOptions,
  BuildProgress,
  BuildStep,
  BuildResult,
  BuiltImage,
  FailedTarget,
  PlatformRecord,
} from './types.js';

export async function buildxVersion(
  env: Record<string, string | undefined>,
): Promise<BuildxVersion | undefined> {
  const r = await exec('docker', ['buildx', 'version'], { env }).catch(() => undefined);
  return r?.code === 0 ? parseBuildxVersion(r.stdout) : undefined;
}

/** `linux/arm64/v8` → `linux-arm64-v8`: a file-name-safe platform. */
export const platformSlug = (platform: string): string => platform.replaceAll('/', '-');

export async function buildImages(options: BuildOptions): Promise<BuildResult> {
  const { build, all } = selectTargets(options.targets, {
    ...(options.allTargets ? { allTargets: options.allTargets } : {}),
    ...(options.select ? { select: options.select } : {}),
  });
  const platform =
    options.platform !== undefined ? formatPlatform(parsePlatform(options.platform)) : undefined;
  if (platform !== undefined) {
    for (const t of build) {
      if (!t.platforms.includes(platform)) {
        throw new TargetSelectionError(
          `platform: ${platform} is not one of target ${t.id}'s platforms (${t.platforms.join(', ')})`,
        );
      }
    }
  }
  const unreachable = build.map(unreachableMirror).filter((m): m is string => m !== undefined);
  if (unreachable.length > 0) throw new TargetSelectionError(unreachable.join('; '));
  const group = options.group ?? (<T>(_: string, fn: () => Promise<T>) => fn());
  const context = dirname(options.dockerfile);
  const layouts = join(options.workDir, 'layouts');
  await mkdir(layouts, { recursive: true });
  const buildx = await buildxVersion(options.env);
  // PGDG's keys as configured: checked against the hashes the matrix fingerprinted, then one
  // context directory for every target of the run.
  const keys = keyringFiles(all);
  const keyringContext = keys.length > 0 ? join(options.workDir, 'keyring') : undefined;
  if (keyringContext !== undefined) {
    await writeKeyringContext(keys, keyringContext, options.workspace);
  }
  const env = {
    ...options.env,
    ...(options.sourceDateEpoch !== undefined
      ? { SOURCE_DATE_EPOCH: String(options.sourceDateEpoch) }
      : {}),
  };

  const images: BuiltImage[] = [];
  const failed: FailedTarget[] = [];
  const logs = new Map<string, string[]>();
  const changes = new Map<string, SummaryDocument>();
  const failedIds = new Set<string>();
  const byId = new Map(all.map((x) => [x.id, x]));

  for (const [i, t] of build.entries()) {
    const started = Date.now();
    const progress = (step: BuildProgress['step'], detail?: string): void =>
      options.progress?.({
        target: t.id,
        index: i + 1,
        total: build.length,
        step,
        elapsedMs: Date.now() - started,
        ...(detail !== undefined ? { detail } : {}),
      });
    const brokenParent = lineageIds(t, byId).find((id) => failedIds.has(id));
    if (brokenParent !== undefined) {
      failedIds.add(t.id);
      const reason = `its parent ${brokenParent} failed`;
      failed.push({ target: t.id, reason, tail: [] });
      progress('failed', reason);
      continue;
    }
    await group(`Build ${t.id}`, async () => {
      try {
        const image = await buildOne(
          t,
          all,
          { ...options, env },
          { context, layouts, buildx, platform, logs, changes, keyringContext, step: progress },
        );
        images.push(image);
        progress('done', image.digest);
      } catch (e) {
        failedIds.add(t.id);
        const f =
          e instanceof TargetFailure
            ? e.failure
            : { target: t.id, reason: (e as Error).message, tail: [] };
        failed.push(f);
        options.log?.(`pgforge: ${t.id} failed: ${f.reason}`);
        progress('failed', f.reason);
      }
    });
  }

  const title = platform ? `Build (${platform})` : 'Build';
  const summaryDocument = buildSummaryDocument(title, images, failed, { logs, changes });
  return { images, failed, summary: renderMarkdown(summaryDocument), summaryDocument };
}

class TargetFailure extends Error {
  constructor(readonly failure: FailedTarget) {
    super(failure.reason);
  }
}

interface Shared {
  context: string;
  layouts: string;
  buildx: BuildxVersion | undefined;
  platform: string | undefined;
  logs: Map<string, string[]>;
  /** Each target's package changes (the SBOMs' diff), for the summary. */
  changes: Map<string, SummaryDocument>;
  keyringContext: string | undefined;
  /** Tells the front end which step of this target begins. */
  step: (step: BuildStep) => void;
}

async function buildOne(
  t: Target,
  all: Target[],
  options: BuildOptions,
  shared: Shared,
): Promise<BuiltImage> {
  const started = Date.now();
  const dir = join(shared.layouts, t.id);
  await rm(dir, { recursive: true, force: true });
  const bakeFile = join(options.workDir, `${t.id}.bake.json`);
  const metadataFile = join(options.workDir, `${t.id}.metadata.json`);
  const bake = bakeDefinition([t], all, {
    context: shared.context,
    dockerfile: 'Dockerfile',
    provenance: options.provenance,
    layoutDir: shared.layouts,
    rewriteTimestamp: options.sourceDateEpoch !== undefined && options.rewriteTimestamp === true,
    ...(shared.platform ? { platform: shared.platform } : {}),
    ...(shared.keyringContext ? { keyringContext: shared.keyringContext } : {}),
  });
  await writeFile(bakeFile, `${JSON.stringify(bake, null, 2)}\n`);
  shared.step('bake');
  const buildOutput = options.buildOutput ?? options.log;
  const run = await runBake({
    bakeFile,
    target: t.id,
    metadataFile,
    reads: shared.keyringContext ? [shared.context, shared.keyringContext] : [shared.context],
    writes: [shared.layouts],
    env: options.env,
    retries: options.retries,
    ...(options.builder ? { builder: options.builder } : {}),
    ...(options.noCache ? { noCache: true } : {}),
    ...(shared.buildx ? { buildx: shared.buildx } : {}),
    ...(buildOutput ? { onLine: buildOutput } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  shared.logs.set(t.id, run.tail.slice(-40));
  if (!run.ok) {
    throw new TargetFailure({
      target: t.id,
      reason: `${run.reason ?? 'build failed'}${run.attempts > 1 ? ` (after ${run.attempts} attempts)` : ''}`,
      tail: run.tail,
    });
  }
  const layout = await readLayout(dir);
  // The layout's own annotations (ref.name `latest`) are not the image's.
  const found = layout.find();
  const top = { mediaType: found.mediaType, digest: found.digest, size: found.size };
  if (run.metadata && run.metadata.digest !== top.digest) {
    throw new Error(`buildx reported ${run.metadata.digest} but the layout holds ${top.digest}`);
  }
  const graph = await readImageGraph(
    { manifest: async (d) => (await layout.readManifest(d.digest)).bytes },
    top,
  );
  // Before the image leaves this machine (pushed, or handed over as a layout): each platform
  // is what it says it is.
  shared.step('check');
  if (t.base.estimated) {
    options.log?.(
      `${t.id}: its packages are not compared with the prediction: the matrix could not read the base image ${t.base.image}, so it estimated the base's packages`,
    );
  }
  try {
    await checkPlatformContent(
      {
        manifest: async (d) => (await layout.readManifest(d.digest)).bytes,
        blob: (digest) => layout.readBlob(digest),
      },
      top,
      {
        platforms: shared.platform ? [shared.platform] : t.platforms,
        binary: serverBinary(t.postgres.major),
        image: t.id,
        // A base the matrix could not read has estimated packages: nothing to hold it to.
        ...(t.base.estimated ? {} : { packages: t.contents }),
      },
    );
  } catch (e) {
    if (!(e instanceof PlatformMismatchError)) throw e;
    await rm(dir, { recursive: true, force: true });
    throw new TargetFailure({ target: t.id, reason: e.problems.join('; '), tail: run.tail });
  }
  const repository = t.testingRepository;
  const base = {
    target: t.id,
    repository,
    digest: top.digest,
    reference: `${repository}@${top.digest}`,
    promote: { repository: t.repository, tags: productionReferences(t), immutable: 1 },
    platforms: graph.platforms,
    compressedSize: graph.compressedSize,
    attempts: run.attempts,
    packages: packageCounts(t),
    ...(shared.platform ? { platform: shared.platform } : {}),
  };
  if (!options.push) {
    return { ...base, tags: [], pushed: false, layout: dir, durationMs: Date.now() - started };
  }
  shared.step('push');
  await options.registry.pushLayout(layout, `${repository}@${top.digest}`);
  // The whole image's package list and notes, before any tag names it (a per-platform job's
  // image is one platform of the index the merge attaches them to).
  if (shared.platform === undefined) await attachPackages(options.registry, repository, top, t);
  // Before any tag moves: the alias still names the previous image, the one to compare with.
  if (options.sbom) shared.step('sbom');
  const sbom = options.sbom
    ? await imageSbom(t, `${repository}@${top.digest}`, options.sbom.outputDir, options)
    : undefined;
  if (sbom?.changes) shared.changes.set(t.id, sbom.changes);
  let tags: string[] = [];
  if (shared.platform === undefined) {
    shared.step('tag');
    tags = testingReferences(t);
    await writeTags(
      options.registry,
      { descriptor: top, bytes: graph.top.bytes, mediaType: mediaTypeOf(graph.top) },
      tags,
    );
  } else if (options.digestsDir !== undefined) {
    const record: PlatformRecord = {
      target: t.id,
      platform: shared.platform,
      repository,
      digest: top.digest,
      mediaType: mediaTypeOf(graph.top),
    };
    await mkdir(options.digestsDir, { recursive: true });
    await writeFile(
      join(options.digestsDir, `${t.id}@${platformSlug(shared.platform)}.json`),
      `${JSON.stringify(record)}\n`,
    );
  }
  await rm(dir, { recursive: true, force: true });
  return {
    ...base,
    tags,
    pushed: true,
    ...(sbom ? { sbom: sbom.image } : {}),
    durationMs: Date.now() - started,
  };
}

async function imageSbom(
  t: Target,
  reference: string,
  outputDir: string,
  options: BuildOptions,
): Promise<{ image: NonNullable<BuiltImage['sbom']>; changes?: SummaryDocument }> {
  const alias = t.tags.aliases[0];
  const previous = alias ? `${t.repository}:${alias}` : undefined;
  const exists = previous ? await options.registry.headManifest(previous) : undefined;
  const result = await sbomCommand({
    image: reference,
    formats: SBOM_FORMATS,
    outputDir: join(outputDir, t.id),
    attach: true,
    ...(exists && previous ? { compareTo: previous } : {}),
    registry: options.registry,
    ...(options.log ? { log: options.log, warn: options.log } : {}),
  });
  return {
    image: {
      files: result.files,
      ...(exists && previous ? { comparedTo: previous, changes: result.summary } : {}),
    },
    ...(exists && previous ? { changes: result.summaryDocument } : {}),
  };
}
