/**
 * What to check of each extension image: which extensions its control files declare (and so
 * which `CREATE EXTENSION` to run), and the SQL version its annotation promises.
 */
import { posix } from 'node:path';
import { CNPG_ANNOTATIONS, readExtensionAnnotations } from '@pgforge/targets';
import { controlDirectories, type ExtensionEntry } from './extensions.js';
import type { UnpackedImage } from './unpack.js';

/** CNPG's extension images state the SQL version `CREATE EXTENSION` gives under this key. */
export const SQL_VERSION_ANNOTATION = CNPG_ANNOTATIONS.sqlVersion;

export interface ExtensionPlan {
  entry: ExtensionEntry;
  /** Where the image is unpacked on this machine (container level), if it was. */
  dir?: string;
  /** Every file of the image, relative (for messages). */
  files: string[];
  /** `<dir>/extension/<name>.control` files found under the entry's control paths. */
  controlFiles: string[];
  /** The extensions to create: the one named like the entry if there is one, else all. */
  sqlNames: string[];
  /**
   * The version to create each with, where the image's annotation names one: CREATE EXTENSION
   * takes it as VERSION (needed by a control file without default_version, pg_proctab's).
   */
  versions: ReadonlyMap<string, string>;
  /** The one whose version must equal the annotation (undefined: any created one may). */
  primary?: string;
  sqlVersion?: string;
  /**
   * False when the image says it has nothing to CREATE EXTENSION (a module PostgreSQL loads
   * by name, programs): its modules are loaded instead.
   */
  createExtension: boolean;
  /** The image's modules (`lib/<name>.so`), which LOAD takes by name. */
  modules: string[];
  /** What the image says must be in shared_preload_libraries. */
  preload: string[];
  /** Extensions its control files require that it does not provide (its annotation). */
  requires: string[];
}

/**
 * shared_preload_libraries of a server started with these images mounted: the flavour's, then
 * what each image says it needs (pgaudit, pg_cron), each once, as a Cluster would be started.
 */
export function serverPreloadLibraries(
  flavour: readonly string[],
  plans: readonly ExtensionPlan[],
): string[] {
  return [...new Set([...flavour, ...plans.flatMap((p) => p.preload)])];
}

/**
 * The requirements of `plan` that none of the mounted images declares: the operand may still
 * have them (contrib); if not, the Cluster must mount the image that does, and so must the
 * smoke test. Said when CREATE EXTENSION fails, so the failure names what to add.
 */
export function unmountedRequirements(plan: ExtensionPlan, mounted: ExtensionPlan[]): string[] {
  const declared = new Set(
    mounted.flatMap((p) => p.controlFiles.map((f) => posix.basename(f, '.control'))),
  );
  return plan.requires.filter((r) => !declared.has(r));
}

export function planExtension(entry: ExtensionEntry, image: UnpackedImage): ExtensionPlan {
  const dirs = controlDirectories(entry).map((d) => posix.normalize(d).replace(/^\/+/, ''));
  const controlFiles = image.files.filter(
    (f) => f.endsWith('.control') && dirs.includes(posix.dirname(f)),
  );
  const annotated = readExtensionAnnotations(image.annotations);
  // `<name>--<version>.control` is a secondary control file, not an extension; and where the
  // image lists its SQL names, a control file it leaves out is not one to create (decoderbufs's,
  // which no script goes with).
  const listed = annotated.sqlNames ? new Set(annotated.sqlNames.map((n) => n.name)) : undefined;
  const declared = [
    ...new Set(
      controlFiles
        .map((f) => posix.basename(f, '.control'))
        .filter((n) => !n.includes('--') && (listed === undefined || listed.has(n))),
    ),
  ].sort();
  const named = declared.find((n) => n === entry.name || n === entry.name.replaceAll('-', '_'));
  const primary = named ?? (declared.length === 1 ? declared[0] : undefined);
  const sqlVersion = annotated.sqlVersion;
  const modules = image.files
    .filter((f) => posix.dirname(f) === 'lib' && f.endsWith('.so'))
    .map((f) => posix.basename(f, '.so'))
    .sort();
  return {
    entry,
    dir: image.dir,
    files: image.files,
    controlFiles,
    sqlNames: primary ? [primary] : declared,
    // The primary is created without VERSION: its default_version is what the image's
    // sql.version annotation is checked against, so naming it would check nothing.
    versions: new Map(
      (annotated.sqlNames ?? []).flatMap((n): [string, string][] =>
        n.version && n.name !== primary ? [[n.name, n.version]] : [],
      ),
    ),
    ...(primary ? { primary } : {}),
    ...(sqlVersion ? { sqlVersion } : {}),
    createExtension: annotated.createExtension ?? true,
    modules,
    preload: annotated.sharedPreloadLibraries ?? [],
    requires: annotated.requiredExtensions ?? [],
  };
}
