/**
 * Good operand images for the smoke, sbom and extension tests, built the way the project builds
 * them: the matrix's targets (the distribution's archive as package source), then the build
 * package, which pushes them to the test registry. Only what a test asks for is built;
 * BuildKit's cache makes a second call quick.
 */
import { join } from 'node:path';
import { buildImages } from '@pgforge/operand';
import { projectDockerfile } from '@pgforge/bake';
import { RegistryClient } from '@pgforge/oci';
import type { Target } from '@pgforge/targets';
import { matrixTargets } from './targets.js';

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

const built = new Map<string, Promise<OperandImage[]>>();

async function build(
  request: OperandImageRequest,
  options: OperandImageOptions,
): Promise<OperandImage[]> {
  const matrix = await matrixTargets({
    registry: `${options.registry}/smoke`,
    mirror: options.mirror,
    postgres: request.postgres,
    distribution: request.distribution,
    flavours: request.flavours,
  });
  const started = Date.now();
  // Provenance is the attest action's business and costs a build minute.
  const result = await buildImages({
    targets: matrix.kept,
    allTargets: matrix.targets,
    push: true,
    provenance: false,
    dockerfile: projectDockerfile(),
    workDir: join(options.workDir, `${request.postgres}-${request.distribution}`),
    retries: 1,
    env: { ...process.env },
    registry: new RegistryClient(),
    ...(options.log ? { log: options.log } : {}),
  });
  if (result.failed.length > 0) {
    throw new Error(
      `building ${result.failed.map((f) => `${f.target} (${f.reason})`).join(', ')} failed`,
    );
  }
  options.log?.(
    `built ${result.images.map((i) => i.target).join(', ')} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return result.images.map((image) => {
    const target = matrix.kept.find((t) => t.id === image.target)!;
    return {
      id: target.id,
      reference: `${target.testingRepository}:${target.tags.immutable}`,
      digest: image.digest,
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
