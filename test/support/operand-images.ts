/**
 * Good operand images for the smoke tests, built the way the project builds them: the matrix
 * (from an images.yaml with the distribution's archive as package source) writes the bake
 * file from docker/Dockerfile, and `docker buildx bake` pushes the images to the test
 * registry. Only what a test asks for is built; BuildKit's cache makes a second call quick.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { BakeDefinition } from '@pgforge/bake';
import { defaultCacheDir, matrixCommand, projectDockerfile } from '@pgforge/matrix';
import type { Target } from '@pgforge/targets';
import { run } from '../setup/docker.js';

export type Flavour = 'minimal' | 'standard' | 'full';

export interface OperandImageRequest {
  postgres: number;
  distribution: 'trixie' | 'sid';
  flavours: Flavour[];
}

export interface OperandImage {
  /** The matrix's target id, `17-standard-trixie`. */
  id: string;
  /** `<registry>/smoke/postgresql-testing:<version>-<timestamp>-<flavour>-<distribution>` */
  reference: string;
  /** The pushed index's digest. */
  digest: string;
  target: Target;
}

export interface OperandImageOptions {
  /** The test registry, `127.0.0.1:<port>`. */
  registry: string;
  /** The Debian archive (inject('mirror')). */
  mirror: string;
  /** Where images.yaml, the bake file and its metadata are written. */
  workDir: string;
  log?: (line: string) => void;
}

// One minute for every build: the same tags each time, so a rebuild is a cache hit.
const NOW = new Date('2026-01-01T00:00:00Z');
const built = new Map<string, Promise<OperandImage[]>>();

function config(request: OperandImageRequest, options: OperandImageOptions): string {
  return [
    `registry: ${options.registry}/smoke`,
    `postgres: [${request.postgres}]`,
    `distributions: [${request.distribution}]`,
    'platforms: [linux/amd64]',
    `packages: { source: distribution, mirror: ${options.mirror}, allow-expired-release: ${request.distribution === 'sid'} }`,
    'base: { resolve-digest: false }',
    '',
  ].join('\n');
}

async function build(
  request: OperandImageRequest,
  options: OperandImageOptions,
): Promise<OperandImage[]> {
  const dir = join(
    options.workDir,
    `${request.postgres}-${request.distribution}-${request.flavours.join('-')}`,
  );
  await mkdir(dir, { recursive: true });
  const configFile = join(dir, 'images.yaml');
  await writeFile(configFile, config(request, options));
  const result = await matrixCommand({
    configFile,
    overrides: { flavours: request.flavours },
    skipUnchanged: false,
    force: true,
    groupBy: 'target',
    bakeFile: join(dir, 'bake.json'),
    dockerfile: projectDockerfile(),
    now: NOW,
    cacheDir: defaultCacheDir(process.env, homedir()),
    docker: { env: { ...process.env } },
    log: options.log,
  });
  // Provenance is the attest action's business and costs a build minute; the bake file is
  // edited rather than given `--set '*.attest='`, which this machine's buildx panics on.
  const bake = JSON.parse(await readFile(result.bakeFile, 'utf8')) as BakeDefinition;
  for (const target of Object.values(bake.target)) target.attest = [];
  await writeFile(result.bakeFile, JSON.stringify(bake, null, 2));

  const metadataFile = join(dir, 'metadata.json');
  const started = Date.now();
  try {
    await run(
      'docker',
      [
        'buildx',
        'bake',
        '-f',
        result.bakeFile,
        '--metadata-file',
        metadataFile,
        '--progress',
        'plain',
      ],
      { timeoutMs: 20 * 60_000 },
    );
  } catch (error) {
    throw new Error(
      `building ${result.kept.map((t) => t.id).join(', ')} failed: ${(error as Error).message}`,
    );
  }
  options.log?.(
    `built ${result.kept.map((t) => t.id).join(', ')} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  const metadata = JSON.parse(await readFile(metadataFile, 'utf8')) as Record<
    string,
    { 'containerimage.digest'?: string }
  >;
  return result.kept.map((target) => {
    const digest = metadata[target.id]?.['containerimage.digest'];
    if (!digest)
      throw new Error(
        `bake metadata names no digest for ${target.id}: ${JSON.stringify(metadata)}`,
      );
    return {
      id: target.id,
      reference: `${target.testingRepository}:${target.tags.immutable}`,
      digest,
      target,
    };
  });
}

/**
 * The images of `request`, by flavour, built and pushed to the test registry (once per
 * process and request; BuildKit's cache serves later processes).
 */
export async function operandImages(
  request: OperandImageRequest,
  options: OperandImageOptions,
): Promise<Record<Flavour, OperandImage>> {
  const key = JSON.stringify([request, options.registry, options.mirror]);
  let promise = built.get(key);
  if (!promise) {
    promise = build(request, options);
    built.set(key, promise);
    promise.catch(() => built.delete(key));
  }
  const images = await promise;
  return Object.fromEntries(images.map((i) => [i.target.flavour, i])) as Record<
    Flavour,
    OperandImage
  >;
}
