/**
 * What `extensionCommand` takes: the options the edge fills from inputs or flags and the
 * environment, and the checks made on them before anything is read or downloaded.
 */
import type { PackageSource } from '@pgforge/config';
import type { BaseImageReader } from '@pgforge/package-view';
import { parsePlatform } from '@pgforge/oci';
import type { SourceInfo } from '@pgforge/targets';
import { machineOf } from './assemble.js';
import { isBatch } from './batch.js';
import { EXTENSION_NAME, EXTENSION_NAME_MAX } from './cluster.js';
import { ExtensionOptionsError } from './errors.js';
import type { ImagePusher } from './publish.js';
import type { AptReader } from './sources.js';
import { checkTagTemplates, DEFAULT_EXTENSION_TAGS } from './tags.js';

export type SystemLibrariesMode = 'auto' | 'none';
export const SYSTEM_LIBRARIES_MODES: readonly SystemLibrariesMode[] = ['auto', 'none'];

export interface ExtensionCommandOptions {
  /**
   * The image's name: where CNPG mounts it (/extensions/<name>) and the repository's last
   * component. Default: its only control file's name, else its package's (image-name.ts).
   */
  name?: string;
  /**
   * Debian package name templates (`postgresql-{major}-pgvector`); or `directory`. A `*`
   * (`postgresql-{major}-*`) makes a batch: one image per matching package.
   */
  packages?: string[];
  /** One image per template of `packages` (a list the front end read from a file). */
  batch?: boolean;
  /** A `make install DESTDIR=` tree, or a tree in the image layout; or `packages`. */
  directory?: string;
  /** PostgreSQL majors (`18`; `17.6` pins a release); default the configuration's. */
  postgres?: string[];
  distributions?: string[];
  /** Default the configuration's, or for a directory the platform of its modules. */
  platforms?: string[];
  packageSource?: PackageSource;
  mirror?: string;
  /** Accept a Release past its Valid-Until (sid); default the configuration's. */
  allowExpiredRelease?: boolean;
  /** The repository to push to; default `<registry>/<name>` of the configuration. */
  image?: string;
  push: boolean;
  /** Where the OCI image layout is written when not pushing. */
  output?: string;
  /** Tag templates; default the two of docs/contracts.md (DEFAULT_EXTENSION_TAGS). */
  tags?: string[];
  systemLibraries: SystemLibrariesMode;
  /** images.yaml; undefined: `images.yaml` if present, else the defaults. */
  configFile?: string;
  /** The run's clock, for the tags' timestamp. */
  now: Date;
  /** mtime of every file and the images' `created`: SOURCE_DATE_EPOCH. Default 0. */
  sourceDateEpoch?: number;
  source?: SourceInfo;
  /** APT cache directory; undefined: no cache. */
  cacheDir?: string;
  /**
   * Where the operand base's files come from (its apt sources, keyrings and dpkg status):
   * default its registry by digest, then the local image store (Docker).
   */
  bases?: { registry?: BaseImageReader; local?: BaseImageReader };
  /** The machine's apt configuration root, read only when no base can be read ('/'). */
  hostRoot?: string;
  /** Repositories of the same registry to mount blobs from before uploading them. */
  mountFrom?: string[];
  /** Docker's config.json location and environment, for registry credentials. */
  docker?: { env: Record<string, string | undefined>; homeDir?: string };
  apt?: AptReader;
  registry?: ImagePusher;
  log?: (message: string) => void;
  warn?: (message: string) => void;
}

export function checkOptions(options: ExtensionCommandOptions): void {
  if (
    options.name !== undefined &&
    (!EXTENSION_NAME.test(options.name) || options.name.length > EXTENSION_NAME_MAX)
  ) {
    throw new ExtensionOptionsError(
      'name',
      `"${options.name}" is not an extension name CNPG accepts: lowercase letters, digits, - ` +
        `and _, starting and ending with a letter or digit, at most ${EXTENSION_NAME_MAX} characters`,
    );
  }
  const hasPackages = (options.packages?.length ?? 0) > 0;
  if (hasPackages === (options.directory !== undefined)) {
    throw new ExtensionOptionsError(
      hasPackages ? 'directory' : 'package',
      hasPackages
        ? 'give either package or directory, not both'
        : 'give package (a Debian package name template, e.g. postgresql-{major}-pgvector) or directory',
    );
  }
  for (const template of options.packages ?? []) {
    if (!/^[a-z0-9][a-z0-9+.{}*-]*$/.test(template) || /\{(?!major\})/.test(template)) {
      throw new ExtensionOptionsError(
        'package',
        `"${template}" is not a Debian package name template (lowercase letters, digits, + - . ` +
          '{major}, and * for any run of them)',
      );
    }
  }
  for (const platform of options.platforms ?? []) {
    try {
      parsePlatform(platform);
      machineOf(platform);
    } catch (error) {
      throw new ExtensionOptionsError('platforms', (error as Error).message);
    }
  }
  checkTagTemplates(options.tags ?? DEFAULT_EXTENSION_TAGS);
  if (isBatch(options)) {
    // Each image of a batch is named from what it holds, in a repository of its own name.
    for (const [field, given] of [
      ['name', options.name],
      ['image', options.image],
    ] as const) {
      if (given !== undefined) {
        throw new ExtensionOptionsError(
          field,
          `"${given}" cannot name the images of a batch (${(options.packages ?? []).join(', ')}): each is named after what it holds, under the configuration's registry`,
        );
      }
    }
  }
  if (!options.push && !options.output) {
    throw new ExtensionOptionsError(
      'output',
      'required when not pushing (the OCI image layout to write)',
    );
  }
  const epoch = options.sourceDateEpoch ?? 0;
  if (!Number.isInteger(epoch) || epoch < 0) {
    throw new ExtensionOptionsError(
      'source-date-epoch',
      `${epoch} is not whole seconds since 1970`,
    );
  }
}
