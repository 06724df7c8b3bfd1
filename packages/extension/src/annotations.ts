/**
 * The annotations of an extension image, at index and manifest level and as labels: the OCI
 * standard keys (the base is `scratch`) and CNPG's own, which name the operand image the
 * extension is built for and the SQL version CREATE EXTENSION gives.
 */
import type { SourceInfo } from '@pgforge/targets';

export const CNPG_ANNOTATIONS = {
  baseName: 'io.cloudnativepg.image.base.name',
  pgMajor: 'io.cloudnativepg.image.base.pgmajor',
  os: 'io.cloudnativepg.image.base.os',
  sqlVersion: 'io.cloudnativepg.image.sql.version',
} as const;

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
    'org.opencontainers.image.created': input.created,
    'org.opencontainers.image.version': input.sqlVersion,
    'org.opencontainers.image.base.name': 'scratch',
    [CNPG_ANNOTATIONS.baseName]: input.baseImage,
    [CNPG_ANNOTATIONS.pgMajor]: String(input.major),
    [CNPG_ANNOTATIONS.os]: input.distribution,
    [CNPG_ANNOTATIONS.sqlVersion]: input.sqlVersion,
  };
}
