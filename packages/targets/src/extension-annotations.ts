/**
 * The annotations of an extension image that other steps read back: CNPG's own keys (the
 * operand image it is built for, the SQL version CREATE EXTENSION gives) and pgforge's keys for
 * the metadata derived from the image (the fields of CNPG's `metadata.hcl`). The extension
 * action writes them; the smoke test and the catalog read them. One table, both sides.
 */
export const CNPG_ANNOTATIONS = {
  baseName: 'io.cloudnativepg.image.base.name',
  pgMajor: 'io.cloudnativepg.image.base.pgmajor',
  os: 'io.cloudnativepg.image.base.os',
  sqlVersion: 'io.cloudnativepg.image.sql.version',
} as const;

export const METADATA_ANNOTATIONS = {
  sqlNames: 'io.pgforge.extension.sql-names',
  createExtension: 'io.pgforge.extension.create-extension',
  sharedPreloadLibraries: 'io.pgforge.extension.shared-preload-libraries',
  requiredExtensions: 'io.pgforge.extension.required-extensions',
  ldLibraryPath: 'io.pgforge.extension.ld-library-path',
  binPath: 'io.pgforge.extension.bin-path',
  limitations: 'io.pgforge.extension.limitations',
} as const;

/** What an image's annotations say of it; a key that is absent gives undefined. */
export interface AnnotatedExtension {
  sqlVersion?: string;
  /** `false` only when the image says it has nothing to CREATE EXTENSION. */
  createExtension?: boolean;
  sharedPreloadLibraries?: string[];
  requiredExtensions?: string[];
}

const list = (value: string | undefined): string[] | undefined =>
  value === undefined
    ? undefined
    : value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);

export function readExtensionAnnotations(
  annotations: Readonly<Record<string, string>>,
): AnnotatedExtension {
  const sqlVersion = annotations[CNPG_ANNOTATIONS.sqlVersion];
  const create = annotations[METADATA_ANNOTATIONS.createExtension];
  const preload = list(annotations[METADATA_ANNOTATIONS.sharedPreloadLibraries]);
  const requires = list(annotations[METADATA_ANNOTATIONS.requiredExtensions]);
  return {
    ...(sqlVersion !== undefined ? { sqlVersion } : {}),
    ...(create !== undefined ? { createExtension: create !== 'false' } : {}),
    ...(preload ? { sharedPreloadLibraries: preload } : {}),
    ...(requires ? { requiredExtensions: requires } : {}),
  };
}
