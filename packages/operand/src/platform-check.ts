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
import { parseDpkgStatus } from '@pgforge/apt';
import { readImageFiles, resolveFile, type BlobFetcher } from '@pgforge/sbom';
import type { ImagePackage } from '@pgforge/targets';

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
  /**
   * The matrix's prediction of every package the image holds (the target's `contents`): each
   * platform's dpkg status must list exactly these, at these versions. Undefined: not checked.
   */
  packages?: readonly ImagePackage[];
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
      await collect(await source.blob(manifest.config.digest, manifest.config.size)),
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
          content: (path) => path === wanted || (options.packages !== undefined && path === STATUS),
          hash: () => false,
        },
      });
    const files = await read(options.binary);
    if (options.packages) {
      const status = files.get(STATUS)?.content;
      const problem = status
        ? packageProblem(
            platform,
            options.packages,
            byPlatform(label).debianArchitecture,
            parseDpkgStatus(new TextDecoder().decode(status), `/${STATUS}`),
          )
        : `${platform}: the image has no /${STATUS}, so its packages cannot be compared with the prediction`;
      if (problem) problems.push(problem);
    }
    let binary = resolveFile(files, options.binary);
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

const STATUS = 'var/lib/dpkg/status';
const SHOWN = 12;

/**
 * What the image holds against what the matrix predicted, on one architecture: undefined when
 * equal, else one line naming each package apt added, dropped or chose another version of.
 */
export function packageProblem(
  platform: string,
  predicted: readonly ImagePackage[],
  architecture: string,
  installed: readonly { package: string; version: string }[],
): string | undefined {
  const want = new Map<string, string>();
  for (const p of predicted) {
    const version = p.byArchitecture ? p.byArchitecture[architecture] : p.version;
    if (version !== undefined) want.set(p.name, version);
  }
  const have = new Map(installed.map((p) => [p.package, p.version]));
  const added: string[] = [];
  const dropped: string[] = [];
  const other: string[] = [];
  for (const [name, version] of have) {
    const predictedVersion = want.get(name);
    if (predictedVersion === undefined) added.push(`${name} ${version}`);
    else if (predictedVersion !== version) {
      other.push(`${name} ${version} (predicted ${predictedVersion})`);
    }
  }
  for (const [name, version] of want) if (!have.has(name)) dropped.push(`${name} ${version}`);
  if (added.length + dropped.length + other.length === 0) return undefined;
  const list = (what: string, items: string[]): string[] =>
    items.length === 0
      ? []
      : [
          `${what} ${items.sort().slice(0, SHOWN).join(', ')}${items.length > SHOWN ? ` and ${items.length - SHOWN} more` : ''}`,
        ];
  return (
    `${platform}: the installed packages are not the predicted ones (${have.size} installed, ${want.size} predicted): ` +
    [
      ...list('apt added', added),
      ...list('apt left out', dropped),
      ...list('apt chose another version of', other),
    ].join('; ') +
    '. The matrix predicts every package from the base and its apt sources; a difference means the archive changed between the matrix and the build (run the matrix again), or a dependency apt resolves otherwise'
  );
}

async function collect(blob: Uint8Array | AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  if (blob instanceof Uint8Array) return blob;
  const chunks: Uint8Array[] = [];
  for await (const chunk of blob) chunks.push(chunk);
  return Buffer.concat(chunks);
}
