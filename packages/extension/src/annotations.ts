/**
 * The annotations of an extension image, at index and manifest level and as labels: the OCI
 * standard keys (the base is `scratch`) and CNPG's own, which name the operand image the
 * extension is built for and the SQL version CREATE EXTENSION gives.
 */
import { CNPG_ANNOTATIONS, METADATA_ANNOTATIONS, type SourceInfo } from '@pgforge/targets';
import type { ExtensionMetadata } from './metadata.js';

export interface AnnotationInput {
  name: string;
  sqlVersion: string;
  major: number;
  distribution: string;
  /** RFC 3339, from SOURCE_DATE_EPOCH: the same inputs give the same digest. */
  created: string;
  /** The minimal operand image the extension is for. */
  baseImage: string;
  description?: string;
  source?: SourceInfo;
  /** The configuration's own `annotations`. */
  extra?: Record<string, string>;
  /** What CNPG needs to know to use the image (metadata.ts). */
  metadata?: ExtensionMetadata;
}

/** The metadata as annotations: lists comma-separated, `name=version` for SQL names. */
export function metadataAnnotations(metadata: ExtensionMetadata): Record<string, string> {
  const list = (key: string, values: readonly string[]): Record<string, string> =>
    values.length > 0 ? { [key]: values.join(',') } : {};
  const licenses = metadata.licenses.filter((l) => l !== 'NOASSERTION');
  return {
    ...list(
      METADATA_ANNOTATIONS.sqlNames,
      metadata.sqlNames.map((e) => (e.version ? `${e.name}=${e.version}` : e.name)),
    ),
    [METADATA_ANNOTATIONS.createExtension]: String(metadata.createExtension),
    ...list(METADATA_ANNOTATIONS.sharedPreloadLibraries, metadata.sharedPreloadLibraries),
    ...list(METADATA_ANNOTATIONS.requiredExtensions, metadata.requiredExtensions),
    ...list(
      METADATA_ANNOTATIONS.requiredFromOperand,
      metadata.requires.filter((r) => r.provider === 'operand').map((r) => r.name),
    ),
    ...(metadata.env.length > 0
      ? {
          [METADATA_ANNOTATIONS.env]: JSON.stringify(
            metadata.env.map((e) => ({ name: e.name, value: e.value })),
          ),
        }
      : {}),
    ...list(METADATA_ANNOTATIONS.ldLibraryPath, metadata.ldLibraryPath),
    ...list(METADATA_ANNOTATIONS.binPath, metadata.binPath),
    ...(metadata.limitations.length > 0
      ? { [METADATA_ANNOTATIONS.limitations]: metadata.limitations.join(' | ') }
      : {}),
    // OCI's own key takes an SPDX expression: every package's licence applies.
    ...(licenses.length > 0
      ? {
          'org.opencontainers.image.licenses': licenses
            .map((l) => (licenses.length > 1 && / (OR|AND) /.test(l) ? `(${l})` : l))
            .join(' AND '),
        }
      : {}),
  };
}

export function imageAnnotations(input: AnnotationInput): Record<string, string> {
  const { source } = input;
  return {
    'org.opencontainers.image.title': `${input.name} ${input.sqlVersion} for PostgreSQL ${input.major} (Debian ${input.distribution})`,
    'org.opencontainers.image.description':
      input.description ?? `PostgreSQL extension ${input.name} for CloudNativePG image volumes`,
    'org.opencontainers.image.vendor': source?.vendor ?? 'pgforge',
    ...(source?.url
      ? {
          'org.opencontainers.image.url': source.url,
          'org.opencontainers.image.source': source.url,
        }
      : {}),
    ...(source?.revision ? { 'org.opencontainers.image.revision': source.revision } : {}),
    ...input.extra,
    ...(input.metadata ? metadataAnnotations(input.metadata) : {}),
    'org.opencontainers.image.created': input.created,
    'org.opencontainers.image.version': input.sqlVersion,
    'org.opencontainers.image.base.name': 'scratch',
    [CNPG_ANNOTATIONS.baseName]: input.baseImage,
    [CNPG_ANNOTATIONS.pgMajor]: String(input.major),
    [CNPG_ANNOTATIONS.os]: input.distribution,
    [CNPG_ANNOTATIONS.sqlVersion]: input.sqlVersion,
  };
}
