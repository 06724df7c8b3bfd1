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
  /**
   * Those of the required extensions the operand image itself ships (contrib), read from its
   * server package when the image was built: a catalog, reading the image later, has no APT.
   */
  requiredFromOperand: 'io.pgforge.extension.required-from-operand',
  /** The environment, a JSON array of `{name, value}` (values may hold commas). */
  env: 'io.pgforge.extension.env',
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
  /** The extensions to create, each with the version CREATE EXTENSION gives (or must be told). */
  sqlNames?: { name: string; version?: string }[];
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
  // `name=version` or `name`, as the extension action writes them.
  const sqlNames = list(annotations[METADATA_ANNOTATIONS.sqlNames])?.map((entry) => {
    const at = entry.indexOf('=');
    return at < 0 ? { name: entry } : { name: entry.slice(0, at), version: entry.slice(at + 1) };
  });
  return {
    ...(sqlVersion !== undefined ? { sqlVersion } : {}),
    ...(create !== undefined ? { createExtension: create !== 'false' } : {}),
    ...(preload ? { sharedPreloadLibraries: preload } : {}),
    ...(requires ? { requiredExtensions: requires } : {}),
    ...(sqlNames ? { sqlNames } : {}),
  };
}
