/**
 * The SBOM command: what the sbom action, `pgforge sbom` and the build and extension actions
 * (in-line, `sbom: true`) all call. Reads each platform of an image from the registry, writes
 * SPDX and/or CycloneDX files, optionally attaches them to the image and diffs the packages
 * against a previous image.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  formatPlatform,
  formatReference,
  PlatformNotFoundError,
  registryClientFromEnvironment,
  toReference,
  type DockerEnvironment,
  type ImageReference,
  type RegistryClient,
} from '@pgforge/oci';
import {
  code,
  heading,
  join as joinInlines,
  renderMarkdown,
  table,
  type Block,
  type Code,
  type SummaryDocument,
} from '@pgforge/summary';
import type { ExtensionSourcePackage } from './analyze.js';
import { attachSbom } from './attach.js';
import type { AttachedSbom } from './attach.js';
import { CYCLONEDX_MEDIA_TYPE, writeCycloneDx } from './cyclonedx.js';
import { readPackagesArtifact, type ReleaseNotes } from '@pgforge/targets';
import { diffDocument, diffPackages, withNotes } from './diff.js';
import type { PackageDiff } from './diff.js';
import { documentInput } from './document.js';
import { UserError } from '@pgforge/errors';
import type { SbomContent, SbomDistro, SbomSubject, SbomTool } from './model.js';
import { readSbomContent, resolvePlatformImages } from './registry-image.js';
import { SPDX_MEDIA_TYPE, writeSpdx } from './spdx.js';

export const SBOM_FORMATS = ['spdx-json', 'cyclonedx-json'] as const;
export type SbomFormat = (typeof SBOM_FORMATS)[number];

/** `spdx-json`, `cyclonedx-json`, `both` or a list of the two: the formats to write. */
export function parseFormats(value: string | readonly string[]): SbomFormat[] {
  const items = (typeof value === 'string' ? value.split(/[\s,]+/) : [...value])
    .map((s) => s.trim())
    .filter(Boolean);
  const formats = new Set<SbomFormat>();
  for (const item of items) {
    if (item === 'both') {
      SBOM_FORMATS.forEach((f) => formats.add(f));
    } else if ((SBOM_FORMATS as readonly string[]).includes(item)) {
      formats.add(item as SbomFormat);
    } else {
      throw UserError.notAllowed('format', item, `${SBOM_FORMATS.join(', ')} or both`);
    }
  }
  if (formats.size === 0) {
    throw UserError.notAllowed('format', String(value), `${SBOM_FORMATS.join(', ')} or both`);
  }
  return SBOM_FORMATS.filter((f) => formats.has(f));
}

/** The registry calls the command makes; RegistryClient has them all. */
export type SbomRegistry = Pick<
  RegistryClient,
  'getManifest' | 'getImageManifest' | 'getBlob' | 'pushArtifact' | 'referrers'
>;

export interface SbomCommandOptions {
  /** The image: `registry/repository:tag` or `…@sha256:…`. */
  image: string;
  /** One platform (`linux/arm64`); undefined: every platform of an index. */
  platform?: string;
  formats: readonly SbomFormat[];
  /** Where the files go (created when missing). */
  outputDir: string;
  /** Push each SBOM to the registry as an artifact referring to its image. */
  attach: boolean;
  /** A previous image to diff the packages against (same platform). */
  compareTo?: string;
  /** The SBOMs' timestamp; default the image's `created`, else the epoch (never the clock). */
  created?: Date | string;
  tool?: SbomTool;
  /** Extension images: the packages they were assembled from, with versions. */
  extensionPackages?: readonly ExtensionSourcePackage[];
  /** Extension images: the distribution those packages came from. */
  distro?: SbomDistro;
  /** The registry client; default one with Docker's credentials (`docker`). */
  registry?: SbomRegistry;
  /** Docker's config.json location and environment, for registry credentials. */
  docker?: DockerEnvironment;
  log?: (message: string) => void;
  warn?: (message: string) => void;
}

export interface SbomImageResult {
  /** `linux/amd64` */
  platform: string;
  /** `registry/repository@sha256:…` of the platform's image manifest. */
  reference: string;
  digest: string;
  kind: SbomContent['kind'];
  /** How many Debian packages the SBOM lists. */
  packages: number;
  spdx?: string;
  cyclonedx?: string;
  /** Against `compareTo`'s image of the same platform, when there is one. */
  diff?: PackageDiff;
  /** `registry/repository@sha256:…` of the image compared to. */
  comparedTo?: string;
  attached: AttachedSbom[];
}

export interface SbomCommandResult {
  images: SbomImageResult[];
  /** Every file written, in order. */
  files: string[];
  /** Per platform, when `compareTo` was given. */
  diffs: Record<string, PackageDiff>;
  /** Markdown for a step summary. */
  summary: string;
  /** The same summary as a document, for a terminal. */
  summaryDocument: SummaryDocument;
}

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
}

/** `<repository name>[-<tag>]-<os>-<arch>[-<variant>]`: the base of the files' names. */
export function sbomFileBase(subject: SbomSubject): string {
  const name = subject.repository.split('/').pop() ?? 'image';
  const p = subject.platform;
  return slug(
    [name, subject.tag, p.os, p.architecture, p.variant].filter((s) => s !== undefined).join('-'),
  );
}

function defaultRegistry(options: SbomCommandOptions): SbomRegistry {
  return registryClientFromEnvironment(options.docker ?? { env: {} });
}

async function compare(
  registry: SbomRegistry,
  compareTo: string,
  subject: SbomSubject,
  content: SbomContent,
  options: SbomCommandOptions,
): Promise<{ diff: PackageDiff; reference: string } | undefined> {
  const platform = formatPlatform(subject.platform);
  let previous;
  try {
    [previous] = await resolvePlatformImages(registry, compareTo, platform);
  } catch (error) {
    if (error instanceof PlatformNotFoundError) {
      options.warn?.(`${compareTo} has no ${platform} image; no package diff for ${platform}`);
      return undefined;
    }
    throw error;
  }
  if (!previous) return undefined;
  const before = await readSbomContent(registry, previous, {
    ...(options.extensionPackages ? { extensionPackages: options.extensionPackages } : {}),
    ...(options.distro ? { distro: options.distro } : {}),
  });
  return {
    diff: diffPackages(before.packages, content.packages),
    reference: formatReference({
      registry: previous.subject.registry,
      repository: previous.subject.repository,
      digest: previous.subject.digest,
    }),
  };
}

/** The head of the step summary: a row per platform (the package changes follow it). */
export function sbomSummaryDocument(images: SbomImageResult[], image: string): Block[] {
  const short = (digest: string): Code => code(`${digest.slice(0, 19)}…`);
  return [
    heading(2, ['SBOM of ', code(image)]),
    table(
      ['platform', 'digest', 'packages', 'files', 'attached'],
      images.map((r) => [
        r.platform,
        short(r.digest),
        String(r.packages),
        joinInlines(
          [r.spdx, r.cyclonedx]
            .filter((f): f is string => f !== undefined)
            .map((f) => code(f.split('/').pop() ?? f)),
          ', ',
        ),
        r.attached.length > 0
          ? joinInlines(
              r.attached.map((a) => short(a.digest)),
              ', ',
            )
          : '—',
      ]),
    ),
  ];
}

async function releaseNotesOf(
  registry: SbomRegistry,
  ref: ImageReference,
  options: SbomCommandOptions,
): Promise<ReleaseNotes | undefined> {
  try {
    const { digest } = await registry.getManifest(ref);
    const repository = `${ref.registry}/${ref.repository}`;
    return (await readPackagesArtifact(registry, repository, digest))?.notes;
  } catch (error) {
    options.warn?.(
      `${formatReference(ref)}: its release notes could not be read: ${(error as Error).message}`,
    );
    return undefined;
  }
}

/** Writes the SBOMs of every platform of `options.image` (see SbomCommandOptions). */
export async function sbomCommand(options: SbomCommandOptions): Promise<SbomCommandResult> {
  if (options.formats.length === 0) {
    throw UserError.notAllowed('format', '', `${SBOM_FORMATS.join(', ')} or both`);
  }
  const ref = toReference(options.image);
  const registry = options.registry ?? defaultRegistry(options);
  const log = options.log ?? (() => undefined);
  const platforms = await resolvePlatformImages(registry, ref, options.platform);
  await mkdir(options.outputDir, { recursive: true });

  // The build's release notes (suite and CVEs of each change), when the image carries them.
  const notes = options.compareTo ? await releaseNotesOf(registry, ref, options) : undefined;
  const images: SbomImageResult[] = [];
  const files: string[] = [];
  const diffs: Record<string, PackageDiff> = {};
  const changes: Block[] = [];
  for (const platformImage of platforms) {
    const { subject } = platformImage;
    const platform = formatPlatform(subject.platform);
    const started = Date.now();
    const content = await readSbomContent(registry, platformImage, {
      ...(options.extensionPackages ? { extensionPackages: options.extensionPackages } : {}),
      ...(options.distro ? { distro: options.distro } : {}),
    });
    const input = documentInput(subject, content, { created: options.created, tool: options.tool });
    const reference = formatReference({
      registry: subject.registry,
      repository: subject.repository,
      digest: subject.digest,
    });
    log(
      `${platform}: ${content.packages.length} packages read from ${reference} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const result: SbomImageResult = {
      platform,
      reference,
      digest: subject.digest,
      kind: content.kind,
      packages: content.packages.length,
      attached: [],
    };
    const base = join(options.outputDir, sbomFileBase(subject));
    const documents: { format: SbomFormat; path: string; mediaType: string; text: string }[] = [];
    if (options.formats.includes('spdx-json')) {
      documents.push({
        format: 'spdx-json',
        path: `${base}.spdx.json`,
        mediaType: SPDX_MEDIA_TYPE,
        text: writeSpdx(input),
      });
    }
    if (options.formats.includes('cyclonedx-json')) {
      documents.push({
        format: 'cyclonedx-json',
        path: `${base}.cdx.json`,
        mediaType: CYCLONEDX_MEDIA_TYPE,
        text: writeCycloneDx(input),
      });
    }
    for (const doc of documents) {
      await writeFile(doc.path, doc.text);
      files.push(doc.path);
      if (doc.format === 'spdx-json') result.spdx = doc.path;
      else result.cyclonedx = doc.path;
      log(`${platform}: wrote ${doc.path}`);
    }
    if (options.compareTo) {
      const compared = await compare(registry, options.compareTo, subject, content, options);
      if (compared) {
        const diff = withNotes(compared.diff, notes);
        result.diff = diff;
        result.comparedTo = compared.reference;
        diffs[platform] = diff;
        changes.push(
          ...diffDocument(diff, [`${platform}: package changes since `, code(compared.reference)]),
        );
      }
    }
    if (options.attach) {
      for (const doc of documents) {
        const attached = await attachSbom(registry, subject, {
          mediaType: doc.mediaType,
          text: doc.text,
          fileName: doc.path.split('/').pop() ?? doc.path,
          created: input.created,
        });
        result.attached.push(attached);
        log(`${platform}: attached ${doc.format} to ${reference} as ${attached.digest}`);
      }
    }
    images.push(result);
  }
  const document = [...sbomSummaryDocument(images, formatReference(ref)), ...changes];
  return {
    images,
    files,
    diffs,
    summary: renderMarkdown(document),
    summaryDocument: document,
  };
}
