/**
 * Targets as the matrix makes them, from an images.yaml with the distribution's own archive as
 * package source, for one major on one distribution: the start of every test (and bench) that
 * builds operand images.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { matrixCommand, type MatrixCommandResult } from '@pgforge/matrix';
import { defaultCacheDir } from '@pgforge/apt';
import { projectDockerfile } from '@pgforge/bake';

export interface TargetRequest {
  /** `<host>/<path>`: images go to `<registry>/postgresql(-testing)`. */
  registry: string;
  /** The Debian archive (inject('mirror')). */
  mirror: string;
  postgres: number;
  distribution: 'trixie' | 'sid';
  /** Default: every flavour. */
  flavours?: string[];
  platforms?: string[];
  /** The run's time (tags); default a fixed minute, so that rebuilds name the same tags. */
  now?: Date;
  /** Drop targets whose published image has the same fingerprint (default false: keep all). */
  skipUnchanged?: boolean;
  source?: { revision?: string; url?: string };
  /**
   * The configuration's base image (e.g. inject('baseImages').multiArch's index); its digest is
   * then resolved from its registry, as a release does. Default `debian:<distribution>-slim`
   * from the local image store, by name only.
   */
  baseImage?: string;
}

export const FIXED_NOW = new Date('2026-11-21T13:15:00Z');

export async function matrixTargets(request: TargetRequest): Promise<MatrixCommandResult> {
  const dir = await mkdtemp(join(tmpdir(), 'pgforge-targets-'));
  const file = join(dir, 'images.yaml');
  const sid = request.distribution === 'sid';
  await writeFile(
    file,
    [
      `registry: ${request.registry}`,
      `postgres: [${request.postgres}]`,
      `distributions: [${request.distribution}]`,
      `platforms: [${(request.platforms ?? ['linux/amd64']).join(', ')}]`,
      `packages: { source: distribution, mirror: "${request.mirror}", allow-expired-release: ${sid} }`,
      request.baseImage
        ? `base: { image: "${request.baseImage}", resolve-digest: true }`
        : 'base: { resolve-digest: false }',
    ].join('\n'),
  );
  return matrixCommand({
    configFile: file,
    overrides: request.flavours ? { flavours: request.flavours } : {},
    skipUnchanged: request.skipUnchanged ?? false,
    force: !(request.skipUnchanged ?? false),
    groupBy: 'target',
    bakeFile: join(dir, 'bake.json'),
    dockerfile: projectDockerfile(),
    now: request.now ?? FIXED_NOW,
    ...(request.source ? { source: request.source } : {}),
    cacheDir: defaultCacheDir(process.env, homedir()),
    docker: { env: { ...process.env } },
  });
}
