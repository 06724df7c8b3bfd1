/**
 * Test images built and pushed by the real docker CLI (`docker buildx build --output
 * type=registry`), multi-platform with index- and manifest-level annotations.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface BuildxImage {
  reference: string;
  platforms: string[];
  indexAnnotations: Record<string, string>;
  manifestAnnotations: Record<string, string>;
  /** The file the image holds at /hello.txt. */
  content: string;
}

export function requireDocker(): void {
  const probe = spawnSync('docker', ['buildx', 'version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'docker with buildx is needed by the oci integration tests and does not work here; run scripts/test-env.sh',
    );
  }
}

/** `FROM scratch` + one file, for each platform, pushed to `reference` (no emulation needed). */
export async function buildxPush(image: BuildxImage): Promise<void> {
  requireDocker();
  const context = await mkdtemp(join(tmpdir(), 'pgforge-oci-buildx-'));
  try {
    await writeFile(join(context, 'hello.txt'), image.content);
    await writeFile(join(context, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
    const args = ['buildx', 'build', '--platform', image.platforms.join(',')];
    for (const [key, value] of Object.entries(image.indexAnnotations)) {
      args.push('--annotation', `index:${key}=${value}`);
    }
    for (const [key, value] of Object.entries(image.manifestAnnotations)) {
      args.push('--annotation', `manifest:${key}=${value}`);
    }
    args.push('--tag', image.reference, '--output', 'type=registry', context);
    // The docker driver pushes twice (BuildKit, then the engine's own push). The test registry's
    // filesystem driver rewrites a link file in place, so a read racing a write can answer 500
    // "invalid checksum digest format" (seen once in CI). That is the registry under test set-up,
    // not the client under test: one more push, and only for a 5xx.
    for (let attempt = 1; ; attempt++) {
      try {
        await run('docker', args, { maxBuffer: 16 * 1024 * 1024 });
        return;
      } catch (error) {
        const stderr = (error as { stderr?: string }).stderr ?? '';
        if (attempt < 2 && /: 5\d\d [A-Z]/.test(stderr)) {
          process.stderr.write(`[oci test] buildx push met a registry 5xx; pushing once more\n`);
          continue;
        }
        throw new Error(`docker ${args.join(' ')} failed:\n${stderr.slice(-4000)}`);
      }
    }
  } finally {
    await rm(context, { recursive: true, force: true });
  }
}

/** The docker driver also keeps what it pushed in the local image store: remove it. */
export async function removeLocalImage(reference: string): Promise<void> {
  await run('docker', ['image', 'rm', '--force', reference]).catch(() => undefined);
}
