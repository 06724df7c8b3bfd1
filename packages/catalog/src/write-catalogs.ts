/**
 * `writeCatalogs`: CNPG's image catalogs of what production holds now. For each flavour ×
 * distribution it lists the production repository's tags once, picks the newest immutable tag
 * of each major (select.ts), pins it by the digest the registry answers for it, adds the
 * extension images promoted for that major and distribution, and writes the files and a
 * kustomization; optionally a cosign bundle beside each file. An extension's metadata, as its
 * image says it (metadata.ts), goes into the catalog's annotations and a comment above its
 * entry; a required extension that neither another entry of the catalog image nor contrib
 * provides is a warning.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Cosign, type CosignKey } from '@pgforge/attest';
import type { Config } from '@pgforge/config';
import { lowercaseName, parseReference, type RegistryClient } from '@pgforge/oci';
import type { ImageRecord } from '@pgforge/targets';
import {
  catalogDocument,
  catalogFileName,
  catalogYaml,
  kustomizationYaml,
  type CatalogImage,
  type CatalogKind,
  type WrittenCatalog,
} from './document.js';
import { CatalogError } from './errors.js';
import { extensionsOf, notesFor, placeExtensions, placedFor } from './extensions.js';
import { selectImages } from './select.js';
import { catalogSummary } from './summary.js';

export type CatalogRegistry = Pick<
  RegistryClient,
  'listTags' | 'resolveDigest' | 'imageAnnotations'
>;

export interface WriteCatalogsOptions {
  /** Its registry, name, selected flavours, distributions and immutable tag template. */
  config: Config;
  /** The production repository; default `<registry>/<name>` of the configuration. */
  repository?: string;
  /** The extension action's image records (or its cluster-extensions entries, read as records). */
  extensions?: readonly ImageRecord[];
  kind: CatalogKind;
  /** With ImageCatalog: its namespace. */
  namespace?: string;
  /** Include previews (19beta3). */
  previews: boolean;
  /** `images.cnpg.io/publisher`; default the configuration's vendor annotation, else the registry owner. */
  publisher?: string;
  outputDir: string;
  /** The generation time: `images.cnpg.io/date`. */
  now: Date;
  /** Sign each file: a cosign bundle beside it. */
  sign?: {
    key: CosignKey;
    password?: string;
    env: Record<string, string | undefined>;
    workDir: string;
  };
  registry: CatalogRegistry;
  log?: (line: string) => void;
  warn?: (line: string) => void;
}

export interface CatalogCommandResult {
  directory: string;
  /** Every file written: the catalogs, the kustomization, and bundles when signed. */
  files: string[];
  catalogs: WrittenCatalog[];
  /** flavour × distribution pairs with no promoted image, and so no file. */
  empty: string[];
  summary: string;
}

const VENDOR = 'org.opencontainers.image.vendor';

function defaultPublisher(config: Config, repository: string): string {
  const vendor = config.annotations[VENDOR];
  if (vendor) return vendor;
  const path = parseReference(repository).repository.split('/');
  return path.length > 1 ? (path[0] ?? 'pgforge') : parseReference(repository).registry;
}

const yyyymmdd = (d: Date): string => d.toISOString().slice(0, 10).replace(/-/g, '');

export async function writeCatalogs(options: WriteCatalogsOptions): Promise<CatalogCommandResult> {
  const { config } = options;
  if (options.kind === 'ImageCatalog' && !options.namespace) {
    throw CatalogError.notAllowed(
      'namespace',
      '',
      'the namespace of the ImageCatalog (kind: ImageCatalog is namespaced)',
    );
  }
  const repository = lowercaseName(options.repository ?? `${config.registry}/${config.name}`);
  try {
    const ref = parseReference(repository);
    if (ref.tag !== undefined || ref.digest !== undefined)
      throw new Error('it names a tag or digest');
  } catch (error) {
    throw CatalogError.notAllowed(
      'repository',
      repository,
      `a repository, without tag or digest (${(error as Error).message})`,
    );
  }
  // The configuration's, after any override of the flavours and distributions (loadConfig
  // checks that each flavour named is defined).
  const flavours = config.selectedFlavours;
  const distributions = config.distributions;
  // The configuration's name (CNPG's "postgresql"), whatever repository is read.
  const family = config.name.split('/').at(-1) ?? config.name;
  const publisher = options.publisher ?? defaultPublisher(config, repository);
  const date = yyyymmdd(options.now);

  const placed = await placeExtensions(
    extensionsOf(options.extensions ?? []),
    options.registry,
    options.log,
  );
  const tags = await options.registry.listTags(parseReference(repository));
  options.log?.(`${repository}: ${tags.length} tags`);

  await mkdir(options.outputDir, { recursive: true });
  const catalogs: WrittenCatalog[] = [];
  const empty: string[] = [];
  const files: string[] = [];
  let cosign: Cosign | undefined;
  try {
    for (const flavour of flavours) {
      for (const distribution of distributions) {
        const chosen = selectImages(tags, {
          template: config.tags.immutable,
          flavour,
          distribution,
          previews: options.previews,
        });
        if (chosen.length === 0) {
          empty.push(`${flavour}-${distribution}`);
          options.warn?.(
            `no promoted ${flavour} image on ${distribution} in ${repository}: no catalog-${flavour}-${distribution}.yaml`,
          );
          continue;
        }
        const images: CatalogImage[] = [];
        for (const c of chosen) {
          const digest = await options.registry.resolveDigest(`${repository}:${c.tag}`);
          if (digest === undefined) {
            throw new CatalogError(
              `${repository}:${c.tag} was listed but does not resolve; run again`,
            );
          }
          const chosenExtensions = placedFor(placed, c.major, distribution);
          const extensions = chosenExtensions.map((p) => p.entry);
          const notes = notesFor(chosenExtensions);
          for (const [name, note] of notes) {
            const missing = note.required_extensions.filter((r) => r.from === 'missing');
            if (missing.length === 0) continue;
            options.warn?.(
              `${catalogFileName(flavour, distribution)}: extension ${name} (PostgreSQL ${c.major}) requires ` +
                `${missing.map((r) => r.name).join(', ')}, which this catalog does not provide (no other extension entry ` +
                `of PostgreSQL ${c.major} on ${distribution} holds it, and it is not PostgreSQL contrib): CREATE EXTENSION ` +
                `fails unless the ${flavour} operand image has it; add its extension image to the extensions input`,
            );
          }
          images.push({
            major: c.major,
            image: `${repository}:${c.tag}@${digest}`,
            ...(extensions.length > 0 ? { extensions } : {}),
            ...(notes.size > 0 ? { notes: Object.fromEntries(notes) } : {}),
          });
        }
        const doc = catalogDocument(
          {
            kind: options.kind,
            ...(options.namespace ? { namespace: options.namespace } : {}),
            family,
            flavour,
            distribution,
            date,
            publisher,
          },
          images,
        );
        const file = join(options.outputDir, catalogFileName(flavour, distribution));
        await writeFile(file, catalogYaml(doc));
        files.push(file);
        const written: WrittenCatalog = {
          file,
          name: doc.metadata.name,
          flavour,
          distribution,
          images,
        };
        if (options.sign) {
          cosign ??= new Cosign({
            key: options.sign.key,
            ...(options.sign.password !== undefined ? { password: options.sign.password } : {}),
            env: options.sign.env,
            workDir: options.sign.workDir,
          });
          const bundle = `${file}.bundle`;
          await cosign.signBlob(file, bundle);
          files.push(bundle);
          written.bundle = bundle;
        }
        catalogs.push(written);
      }
    }
  } finally {
    await cosign?.dispose();
  }
  if (catalogs.length === 0) {
    throw new CatalogError(
      `${repository} holds no promoted image for ${flavours.join(', ')} on ${distributions.join(', ')} (tags of the form ${config.tags.immutable}); promote images first`,
    );
  }
  const kustomization = join(options.outputDir, 'kustomization.yaml');
  await writeFile(
    kustomization,
    kustomizationYaml(catalogs.map((c) => catalogFileName(c.flavour, c.distribution))),
  );
  files.push(kustomization);
  return {
    directory: options.outputDir,
    files,
    catalogs,
    empty,
    summary: catalogSummary(catalogs, empty),
  };
}
