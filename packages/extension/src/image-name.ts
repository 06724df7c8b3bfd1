/**
 * The image's name when none is given: CNPG mounts the image at /extensions/<name>, and the
 * name is also the repository's last component. An image of one extension is named after it
 * (`vector`); one of several extensions, or of a module or programs without a control file, after
 * its package (`postgresql-{major}-postgis-3` → `postgis-3`, `postgresql-18-wal2json` →
 * `wal2json`), as CNPG's own images are (wal2json, pg-crash).
 */
import { posix } from 'node:path';
import { EXTENSION_NAME, EXTENSION_NAME_MAX } from './cluster.js';
import type { ContractResult } from './contract.js';

/** A package or directory name made into one CNPG accepts: lowercase, `-` for what it refuses. */
function sanitize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, EXTENSION_NAME_MAX)
    .replace(/[-_]+$/, '');
}

/** `postgresql-{major}-pgvector` or `postgresql-18-pgvector` → `pgvector`. */
export function packageStem(template: string): string {
  return template.replace(/^postgresql-(?:\{major\}|\d+)-/, '');
}

export interface DerivedName {
  name: string;
  /** Why this name, for the log: `its only control file`, `its package`. */
  from: string;
}

/** The name for an image with `contract`, made from `source` (package template, or directory). */
export function deriveImageName(
  contract: Pick<ContractResult, 'extensions'>,
  source: { package: string } | { directory: string },
): DerivedName | undefined {
  const [only, ...more] = contract.extensions;
  if (only !== undefined && more.length === 0 && EXTENSION_NAME.test(only)) {
    return { name: only, from: `its only control file, ${only}.control` };
  }
  const stem = 'package' in source ? packageStem(source.package) : posix.basename(source.directory);
  const name = sanitize(stem);
  if (!EXTENSION_NAME.test(name)) return undefined;
  const what = contract.extensions.length === 0 ? 'no control file' : 'several control files';
  return {
    name,
    from: `${'package' in source ? `its package ${source.package}` : `its directory ${stem}`} (${what})`,
  };
}
