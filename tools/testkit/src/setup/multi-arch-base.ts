/**
 * A multi-platform `debian:<suite>-slim` in a registry: one image per debootstrapped tarball
 * (base-images.ts), written with the project's own image model and registry client
 * (@pgforge/oci), and an OCI index over them. `FROM <registry>/debian:<suite>-slim` with
 * `--platform linux/amd64,linux/arm64` then builds each platform on its own base; an
 * amd64-only base would have BuildKit (0.13, docker driver) build arm64 on amd64 binaries
 * without a word, and label the result arm64.
 *
 * Why not `docker import` + `docker push` + `imagetools create`: the images written here have
 * no clock in them, so the same tarballs give the same digests on every run, and BuildKit's
 * cache of the emulated steps (minutes each) survives the per-run registry.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import {
  buildImage,
  buildIndex,
  blobOf,
  computeDigest,
  MediaTypes,
  formatReference,
  parseReference,
  RegistryClient,
  writeLayout,
  type BuiltImage,
} from '@pgforge/oci';
import { byDebianArchitecture } from '@pgforge/platform';
import type { BaseTarball, Suite } from './base-images.js';
import { localImageId, run } from './docker.js';
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

/** One platform's image, built from its tarball, with the bytes of every blob. */
interface PlatformBase {
  tarball: BaseTarball;
  image: BuiltImage;
  layer: { bytes: Uint8Array; mediaType: string };
}

async function platformBase(tarball: BaseTarball): Promise<PlatformBase> {
  const tar = await readFile(tarball.path);
  // gzip as the official images are; zlib is deterministic for the same bytes and level.
  const layer = blobOf(await gzipAsync(tar, { level: 6 }), MediaTypes.ociLayerGzip);
  const image = buildImage({
    platform: byDebianArchitecture(tarball.arch).platform,
    layers: [{ ...layer, diffId: computeDigest(tar) }],
    // What `docker import --change 'CMD ["bash"]'` gives the host's base, and the official
    // images have.
    config: { cmd: ['bash'] },
  });
  return { tarball, image, layer };
}

async function platformBases(suite: Suite, tarballs: BaseTarball[]): Promise<PlatformBase[]> {
  for (const t of tarballs) {
    if (t.suite !== suite) {
      throw new TestEnvironmentError(`${t.path} is a ${t.suite} tarball, not ${suite}`);
    }
  }
  return Promise.all(tarballs.map((t) => platformBase(t)));
}

async function pushPlatform(client: RegistryClient, host: string, p: PlatformBase): Promise<void> {
  const repository = { registry: host, repository: 'debian' };
  await client.pushBlob(repository, p.layer.bytes, { mediaType: p.layer.mediaType });
  await client.pushBlob(repository, p.image.config.bytes, {
    mediaType: p.image.config.mediaType,
  });
  await client.pushManifest(
    { ...repository, tag: `${p.tarball.suite}-slim-${p.tarball.arch}` },
    p.image.manifest.bytes,
    p.image.manifest.mediaType,
  );
}

/**
 * Pushes each tarball as the image of its platform, and the index over them as
 * `<host>/debian:<suite>-slim`. Cheap (seconds): a registry started per run needs it each run.
 */
export async function pushMultiArchBase(opts: MultiArchBaseOptions): Promise<MultiArchBase> {
  const started = Date.now();
  const client = opts.client ?? new RegistryClient({ retries: 2 });
  const platforms = await platformBases(opts.suite, opts.tarballs);
  await Promise.all(platforms.map((p) => pushPlatform(client, opts.host, p)));
  const images = platforms.map((p) => p.image);
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
 * without a registry; then checks that each platform runs and its dpkg says its architecture.
 *
 * Loaded from an OCI archive, not pulled: a pull skips downloading a layer whose unpacked
 * snapshot the store has already (the host's base, imported from the same tarball), and
 * BuildKit, exporting an image on that base, then reaches for the missing compressed blob in
 * the image's origin registry (docker.io here, out of reach). `docker load` writes every blob.
 */
export async function loadMultiArchBase(opts: {
  suite: Suite;
  tarballs: BaseTarball[];
  name: string;
  log?: (line: string) => void;
}): Promise<{ digest: string }> {
  const started = Date.now();
  const platforms = await platformBases(opts.suite, opts.tarballs);
  for (const p of platforms) {
    const problem = await emulationProblem(p.tarball.arch);
    if (problem) {
      throw new TestEnvironmentError(
        `cannot load ${byDebianArchitecture(p.tarball.arch).platform} of ${opts.name}: ${problem}`,
      );
    }
  }
  const index = buildIndex({ manifests: platforms.map((p) => p.image) });
  // docker load names the image exactly as the archive does: `debian:trixie-slim` would be an
  // image of its own, beside the `docker.io/library/debian:trixie-slim` that FROM and docker run
  // resolve that name to.
  const fullName = formatReference(parseReference(opts.name));
  const dir = await mkdtemp(join(tmpdir(), 'pgforge-base-layout-'));
  try {
    await writeLayout(join(dir, 'layout'), {
      manifests: [
        {
          mediaType: index.mediaType,
          digest: index.digest,
          size: index.bytes.length,
          refName: fullName,
        },
      ],
      blobs: [
        index.bytes,
        ...platforms.flatMap((p) => [p.layer.bytes, p.image.config.bytes, p.image.manifest.bytes]),
      ],
    });
    await run('tar', ['-C', join(dir, 'layout'), '-cf', join(dir, 'base.tar'), '.']);
    await run('docker', ['load', '--quiet', '-i', join(dir, 'base.tar')], { timeoutMs: 600_000 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  // What the name resolves to now is the index just loaded (the containerd store's image ID is
  // the digest of its index), not an older image of that name.
  const id = await localImageId(opts.name);
  if (id !== index.digest) {
    throw new TestEnvironmentError(
      `${opts.name} is ${id ?? 'missing'} in the local image store after loading ${index.digest}; ` +
        'a multi-platform image needs the containerd image store (scripts/test-env.sh sets it)',
    );
  }
  for (const p of platforms) {
    const { stdout } = await run('docker', [
      'run',
      '--rm',
      '--pull',
      'never',
      '--platform',
      byDebianArchitecture(p.tarball.arch).platform,
      '--network',
      'none',
      '--entrypoint',
      'dpkg',
      opts.name,
      '--print-architecture',
    ]);
    if (stdout.trim() !== p.tarball.arch) {
      throw new TestEnvironmentError(
        `${opts.name} for ${byDebianArchitecture(p.tarball.arch).platform} has dpkg architecture ${stdout.trim()}, not ${p.tarball.arch} ` +
          '(a multi-platform image needs the containerd image store: scripts/test-env.sh sets it)',
      );
    }
  }
  opts.log?.(
    `loaded ${opts.name} (${platforms.map((p) => byDebianArchitecture(p.tarball.arch).platform).join(', ')}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { digest: index.digest };
}
