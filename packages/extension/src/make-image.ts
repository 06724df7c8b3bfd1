/**
 * One extension image made from its platforms' assembled trees: the name (given, or derived
 * from the first platform), the one version every platform must carry, the environment and
 * metadata, the annotations, each platform's layers, configuration and manifest, and the
 * index over them. What comes out is all the command reports and publishes of the image, and
 * what image-cache.ts keeps.
 */
import { resolve as resolvePath } from 'node:path';
import type { SourceInfo } from '@pgforge/targets';
import { imageAnnotations } from './annotations.js';
import { hasSystemDir, type AssembledPlatform } from './assemble.js';
import { ExtensionError, ExtensionOptionsError } from './errors.js';
import type { MadeImage, MadePlatform } from './image-cache.js';
import { deriveImageName } from './image-name.js';
import { deriveMetadata, type OperandCatalogue } from './metadata.js';
import { buildImageIndex, buildPlatformImage, type PlatformImage } from './oci-image.js';

export interface ImageSubject {
  /** The name given; else derived (image-name.ts). */
  name?: string;
  packages?: string[];
  directory?: string;
}

export interface MakeImageOptions {
  major: number;
  distribution: string;
  /** SOURCE_DATE_EPOCH, and the same instant as RFC 3339 (`created`). */
  epoch: number;
  created: string;
  /** The operand image the extension is for (`<registry>/<name>`, without a tag). */
  baseRepository: string;
  annotations: Record<string, string>;
  source?: SourceInfo;
  /** The operand image's own extensions (contrib), when the image requires any. */
  operand?: OperandCatalogue;
}

const bytesUnder = (a: AssembledPlatform, prefix: string): number =>
  a.tree
    .files()
    .filter((f) => f.path.startsWith(prefix))
    .reduce((n, f) => n + (f.data?.length ?? 0), 0);

/** The name of an image none was given for, from its first platform, and where it came from. */
function derivedName(
  subject: ImageSubject,
  first: AssembledPlatform,
): { name: string; from: string } {
  const source =
    subject.directory !== undefined
      ? { directory: resolvePath(subject.directory) }
      : { package: subject.packages?.[0] ?? '' };
  const derived = deriveImageName(first.contract, source);
  if (!derived) {
    throw new ExtensionOptionsError(
      'name',
      `required: no name CNPG accepts can be made from ${'package' in source ? source.package : source.directory}`,
    );
  }
  return derived;
}

/** The image of `assembled` (one per platform, the first names it); undefined without any. */
export async function makeImage(
  subject: ImageSubject,
  assembled: AssembledPlatform[],
  options: MakeImageOptions,
): Promise<MadeImage | undefined> {
  const [first] = assembled;
  if (!first) return undefined;
  const derived = subject.name === undefined ? derivedName(subject, first) : undefined;
  const name = subject.name ?? derived?.name ?? '';
  // An image of several extensions, or of none, carries its package's version.
  const versionOf = (a: AssembledPlatform): string | undefined =>
    a.contract.sqlVersion ?? a.version;
  const sqlVersion = versionOf(first);
  if (sqlVersion === undefined) {
    throw new ExtensionError(
      `${subject.directory ?? subject.packages?.join(', ') ?? 'the image'} holds ${first.contract.extensions.length === 0 ? 'no control file' : `the extensions ${first.contract.extensions.join(', ')}`} and no package version; name it after one of its control files (name), whose default_version it then carries`,
    );
  }
  for (const a of assembled) {
    if (versionOf(a) !== sqlVersion) {
      throw new ExtensionError(
        `PostgreSQL ${options.major} on ${options.distribution}: ${a.platform} has ${name} ${versionOf(a) ?? '(no version)'}, ${first.platform} has ${sqlVersion}; one image holds one version`,
      );
    }
  }
  // One environment for the image: every platform's libraries need the same data.
  const env = [...new Map(assembled.flatMap((a) => a.env).map((e) => [e.name, e])).values()];
  const metadata = deriveMetadata({
    name,
    tree: first.tree,
    contract: first.contract,
    env,
    system: assembled.some((a) => hasSystemDir(a.tree)),
    ...(options.operand ? { operand: options.operand } : {}),
    // Recommends are the same on every architecture: the first platform's say it.
    recommends: first.recommends,
  });
  const annotations = imageAnnotations({
    name,
    sqlVersion,
    major: options.major,
    distribution: options.distribution,
    created: options.created,
    baseImage: `${options.baseRepository}:${options.major}-minimal-${options.distribution}`,
    ...(first.description ? { description: first.description } : {}),
    ...(options.source ? { source: options.source } : {}),
    extra: options.annotations,
    metadata,
  });
  const platformImages: PlatformImage[] = [];
  for (const a of assembled) {
    platformImages.push(
      await buildPlatformImage(a.platform, a.tree, {
        mtime: options.epoch,
        created: options.created,
        annotations,
      }),
    );
  }
  const platforms: MadePlatform[] = assembled.map((a) => ({
    platform: a.platform,
    packages: a.packages,
    systemPackages: a.systemPackages,
    systemLibraries: a.systemLibraries.length,
    systemBytes: bytesUnder(a, 'system/'),
    files: a.tree.files().length,
  }));
  return {
    name,
    ...(derived ? { nameFrom: derived.from } : {}),
    sqlVersion,
    extensions: first.contract.extensions,
    env,
    metadata,
    annotations,
    created: options.created,
    platforms,
    platformImages,
    index: buildImageIndex(platformImages, annotations),
  };
}
