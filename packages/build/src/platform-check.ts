/**
 * What is labelled is what is inside: every platform image of a built (or merged) image is
 * checked before anything is pushed or tagged. Its label (the index entry's platform), its
 * configuration (`architecture`, `variant`) and the ELF machine of the PostgreSQL server binary
 * in its layers must all name the same platform.
 *
 * Why the binary, and not only the config: BuildKit 0.13 with the docker driver builds
 * `--platform linux/arm64` on an amd64-only base without a word when no emulation is there,
 * and labels the result arm64 in the index and in the config alike. Only the binaries tell.
 */
import { readElf } from '@pgforge/elf';
import {
  formatPlatform,
  isAttestationManifest,
  isImageIndex,
  parsePlatform,
  platformMatches,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type Platform,
} from '@pgforge/oci';
import { byPlatform } from '@pgforge/platform';
import { readImageFiles, resolveFile, type BlobFetcher } from '@pgforge/sbom';

/** Where an image's manifests and blobs are read from (an OCI layout, or a registry). */
export interface PlatformContentSource {
  manifest(descriptor: Descriptor): Promise<Uint8Array>;
  blob: BlobFetcher;
}

export interface PlatformCheckOptions {
  /** The platforms the target was built for, `linux/arm64` …; each must be there. */
  platforms: readonly string[];
  /** The binary whose ELF machine is read, relative to the root: the server. */
  binary: string;
  /** Names the image in messages. */
  image: string;
}

/** What each platform image turned out to be. */
export interface PlatformFinding {
  platform: string;
  digest: string;
  /** The config's os/architecture[/variant]. */
  config: string;
  /** readElf's machine of the binary. */
  machine: string;
}

/** One or more platform images whose content is not what their label says. */
export class PlatformMismatchError extends Error {
  constructor(
    readonly image: string,
    readonly problems: readonly string[],
  ) {
    super(`${image}: ${problems.join('; ')}`);
    this.name = 'PlatformMismatchError';
  }
}

const decoder = new TextDecoder();

function parseJson<T>(bytes: Uint8Array): T {
  return JSON.parse(decoder.decode(bytes)) as T;
}

/** The server binary of a PostgreSQL major, where Debian's packages put it. */
export const serverBinary = (major: number): string => `usr/lib/postgresql/${major}/bin/postgres`;

/**
 * Checks every platform image beneath `top` (an index, or a single manifest labelled with the
 * one platform asked for). Throws PlatformMismatchError naming each platform and what was
 * found; returns the findings when all agree.
 */
export async function checkPlatformContent(
  source: PlatformContentSource,
  top: Descriptor,
  options: PlatformCheckOptions,
): Promise<PlatformFinding[]> {
  const topManifest = parseJson<ImageManifest | ImageIndex>(await source.manifest(top));
  const images: { label: Platform; descriptor: Descriptor }[] = [];
  if (isImageIndex(topManifest)) {
    for (const d of topManifest.manifests) {
      if (isAttestationManifest(d)) continue;
      if (!d.platform) {
        throw new PlatformMismatchError(options.image, [`index entry ${d.digest} has no platform`]);
      }
      images.push({ label: d.platform, descriptor: d });
    }
  } else {
    const [only] = options.platforms;
    if (options.platforms.length !== 1 || only === undefined) {
      throw new PlatformMismatchError(options.image, [
        `one image manifest for ${options.platforms.length} platforms (${options.platforms.join(', ')})`,
      ]);
    }
    images.push({ label: parsePlatform(only), descriptor: top });
  }

  const problems: string[] = [];
  for (const wanted of options.platforms) {
    if (!images.some((i) => platformMatches(i.label, parsePlatform(wanted)))) {
      problems.push(
        `${wanted} is missing (the image has ${images.map((i) => formatPlatform(i.label)).join(', ') || 'none'})`,
      );
    }
  }
  const findings: PlatformFinding[] = [];
  for (const { label, descriptor } of images) {
    const platform = formatPlatform(label);
    const manifest =
      descriptor === top
        ? (topManifest as ImageManifest)
        : parseJson<ImageManifest>(await source.manifest(descriptor));
    const config = parseJson<{ os?: string; architecture?: string; variant?: string }>(
      await collect(await source.blob(manifest.config.digest)),
    );
    const configPlatform: Platform = {
      os: config.os ?? '',
      architecture: config.architecture ?? '',
      ...(config.variant ? { variant: config.variant } : {}),
    };
    const said = formatPlatform(configPlatform);
    if (!platformMatches(configPlatform, label) || !platformMatches(label, configPlatform)) {
      problems.push(`${platform}: the image config says ${said}`);
      continue;
    }
    const read = (wanted: string) =>
      readImageFiles({
        image: `${options.image} (${platform})`,
        layers: manifest.layers,
        fetchBlob: source.blob,
        select: {
          // Every path is listed (no content: cheap) so that a symlinked binary resolves.
          list: () => true,
          content: (path) => path === wanted,
          hash: () => false,
        },
      });
    let binary = resolveFile(await read(options.binary), options.binary);
    // A symlink to the real binary: read again for the content of its target.
    if (binary && !binary.content && binary.kind === 'file') {
      binary = (await read(binary.path)).get(binary.path);
    }
    if (!binary?.content) {
      problems.push(`${platform}: /${options.binary} is not in the image`);
      continue;
    }
    const machine = readElf(binary.content, { source: options.binary }).machine;
    const expected = byPlatform(label).elfMachine;
    if (machine !== expected) {
      problems.push(
        `${platform}: /${options.binary} is built for ${machine}, not ${expected} (the config says ${said}): ` +
          `it was built on another platform's base. Give the platform a base image of its own ` +
          '(a multi-platform base) with emulation (QEMU, binfmt_misc) or a native runner, or drop it',
      );
      continue;
    }
    findings.push({ platform, digest: descriptor.digest, config: said, machine });
  }
  if (problems.length > 0) throw new PlatformMismatchError(options.image, problems);
  return findings;
}

async function collect(blob: Uint8Array | AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  if (blob instanceof Uint8Array) return blob;
  const chunks: Uint8Array[] = [];
  for await (const chunk of blob) chunks.push(chunk);
  return Buffer.concat(chunks);
}
