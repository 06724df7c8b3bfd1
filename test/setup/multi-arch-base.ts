/**
 * A multi-platform `debian:<suite>-slim` in a registry: one image per debootstrapped tarball
 * (base-images.ts), written with the project's own image model and registry client
 * (@pgforge/oci), and an OCI index over them. `FROM <registry>/debian:<suite>-slim` with
 * `--platform linux/amd64,linux/arm64` then builds each platform on its own base; an
 * amd64-only base would have BuildKit build arm64 on amd64 binaries (TEST-ENVIRONMENT.md).
 *
 * Why not `docker import` + `docker push` + `imagetools create`: the images written here have
 * no clock in them, so the same tarballs give the same digests on every run, and BuildKit's
 * cache of the emulated steps (minutes each) survives the per-run registry.
 */
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import {
  buildImage,
  buildIndex,
  blobOf,
  computeDigest,
  MediaTypes,
  RegistryClient,
  type BuiltImage,
} from '@pgforge/oci';
import { byDebianArchitecture } from '@pgforge/platform';
import type { BaseTarball, Suite } from './base-images.js';
import { run } from './docker.js';
import { emulationProblem } from './emulation.js';
import { TestEnvironmentError } from './errors.js';

const gzipAsync = promisify(gzip);

export interface MultiArchBaseOptions {
  /** `127.0.0.1:<port>`: a registry spoken to over plain HTTP. */
  host: string;
  suite: Suite;
  /** One per architecture, in the order the index lists them. */
  tarballs: BaseTarball[];
  client?: RegistryClient;
  log?: (line: string) => void;
}

export interface MultiArchBase {
  /** `<host>/debian:<suite>-slim`, the index. */
  reference: string;
  digest: string;
  /** Each platform's image, also tagged `<suite>-slim-<arch>`. */
  platforms: { platform: string; arch: string; reference: string; digest: string }[];
  ms: number;
}

/** The repository path and tags the bases get in a registry. */
export const multiArchBaseName = (host: string, suite: Suite, arch?: string): string =>
  `${host}/debian:${suite}-slim${arch ? `-${arch}` : ''}`;

async function pushImage(
  client: RegistryClient,
  host: string,
  tarball: BaseTarball,
): Promise<BuiltImage> {
  const repository = { registry: host, repository: 'debian' };
  const tar = await readFile(tarball.path);
  // gzip as the official images are; zlib is deterministic for the same bytes and level.
  const layer = blobOf(await gzipAsync(tar, { level: 6 }), MediaTypes.ociLayerGzip);
  await client.pushBlob(repository, layer.bytes, { mediaType: layer.mediaType });
  const image = buildImage({
    platform: byDebianArchitecture(tarball.arch).platform,
    layers: [{ ...layer, diffId: computeDigest(tar) }],
    // What `docker import --change 'CMD ["bash"]'` gives the host's base, and the official
    // images have.
    config: { cmd: ['bash'] },
  });
  await client.pushBlob(repository, image.config.bytes, { mediaType: image.config.mediaType });
  await client.pushManifest(
    { ...repository, tag: `${tarball.suite}-slim-${tarball.arch}` },
    image.manifest.bytes,
    image.manifest.mediaType,
  );
  return image;
}

/**
 * Pushes each tarball as the image of its platform, and the index over them as
 * `<host>/debian:<suite>-slim`. Cheap (seconds): a registry started per run needs it each run.
 */
export async function pushMultiArchBase(opts: MultiArchBaseOptions): Promise<MultiArchBase> {
  const started = Date.now();
  const client = opts.client ?? new RegistryClient({ retries: 2 });
  for (const t of opts.tarballs) {
    if (t.suite !== opts.suite) {
      throw new TestEnvironmentError(`${t.path} is a ${t.suite} tarball, not ${opts.suite}`);
    }
  }
  const images = await Promise.all(opts.tarballs.map((t) => pushImage(client, opts.host, t)));
  const index = buildIndex({ manifests: images });
  const reference = multiArchBaseName(opts.host, opts.suite);
  const digest = await client.pushManifest(reference, index.bytes, index.mediaType);
  const base: MultiArchBase = {
    reference,
    digest,
    platforms: opts.tarballs.map((t, i) => ({
      platform: byDebianArchitecture(t.arch).platform,
      arch: t.arch,
      reference: multiArchBaseName(opts.host, opts.suite, t.arch),
      digest: images[i]!.manifest.digest,
    })),
    ms: Date.now() - started,
  };
  opts.log?.(
    `pushed ${reference} (${base.platforms.map((p) => p.platform).join(', ')}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return base;
}

/**
 * Puts the multi-platform base into the local image store as `name` (e.g. `debian:trixie-slim`)
 * with every platform's content, so that `FROM name` builds each platform on its own base
 * without the registry; then checks that each platform runs and its dpkg says its architecture.
 */
export async function loadMultiArchBase(base: MultiArchBase, name: string): Promise<void> {
  for (const p of base.platforms) {
    const problem = await emulationProblem(p.arch);
    if (problem) throw new TestEnvironmentError(`cannot load ${p.platform} of ${name}: ${problem}`);
    await run('docker', ['pull', '--quiet', '--platform', p.platform, base.reference]);
  }
  await run('docker', ['tag', base.reference, name]);
  await run('docker', ['image', 'rm', base.reference], { allowFailure: true });
  for (const p of base.platforms) {
    const { stdout } = await run('docker', [
      'run',
      '--rm',
      '--pull',
      'never',
      '--platform',
      p.platform,
      '--network',
      'none',
      '--entrypoint',
      'dpkg',
      name,
      '--print-architecture',
    ]);
    if (stdout.trim() !== p.arch) {
      throw new TestEnvironmentError(
        `${name} for ${p.platform} has dpkg architecture ${stdout.trim()}, not ${p.arch}`,
      );
    }
  }
}
