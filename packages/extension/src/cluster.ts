/**
 * The `.spec.postgresql.extensions` entry CNPG needs for an image (the Cluster CRD's
 * ExtensionConfiguration): the name it is mounted under (/extensions/<name>), the image by
 * digest, `ld_library_path: [system]` when the image carries system libraries, `bin_path:
 * [bin]` when it carries programs, and the
 * environment its libraries need (values may use `${image_root}`, the mount path). The
 * default `extension_control_path` (`share`) and `dynamic_library_path` (`lib`) are the
 * image's layout, so they are left out.
 */
import type { ClusterExtensionEntry } from '@pgforge/targets';
import { stringify } from 'yaml';
import type { ExtensionMetadata } from './metadata.js';
import { describeRequirement } from './requirements.js';

/** The one entry type: the image record carries it, and the catalog reads it back. */
export type { ClusterExtensionEntry };

/** The CRD's pattern and length for `name` (it becomes part of a volume name). */
export const EXTENSION_NAME = /^[a-z0-9]([-a-z0-9_]*[a-z0-9])?$/;
export const EXTENSION_NAME_MAX = 59;

export function clusterEntry(
  name: string,
  reference: string,
  metadata: Pick<ExtensionMetadata, 'ldLibraryPath' | 'binPath' | 'env'>,
): ClusterExtensionEntry {
  return {
    name,
    image: { reference },
    ...(metadata.ldLibraryPath.length > 0 ? { ld_library_path: [...metadata.ldLibraryPath] } : {}),
    ...(metadata.binPath.length > 0 ? { bin_path: [...metadata.binPath] } : {}),
    ...(metadata.env.length > 0 ? { env: metadata.env.map((e) => ({ ...e })) } : {}),
  };
}

/**
 * What the Cluster needs beside the entry, as YAML comments: the entry holds only what the
 * CRD's ExtensionConfiguration accepts.
 */
function notes(metadata: ExtensionMetadata | undefined): string[] {
  if (!metadata) return [];
  const lines: string[] = [];
  if (metadata.sharedPreloadLibraries.length > 0) {
    lines.push(
      `# postgresql.shared_preload_libraries needs: ${metadata.sharedPreloadLibraries.join(', ')}`,
    );
  }
  if (metadata.requires.length > 0) {
    lines.push(
      `# CREATE EXTENSION needs first: ${metadata.requires.map(describeRequirement).join(', ')}`,
    );
    const missing = metadata.requires.filter((r) => r.provider === 'none').map((r) => r.name);
    if (missing.length > 0) {
      lines.push(
        `# add the image that provides ${missing.join(', ')} to the Cluster's extensions too`,
      );
    }
  }
  if (!metadata.createExtension) {
    lines.push('# no CREATE EXTENSION: PostgreSQL loads its module or runs its programs by name');
  }
  for (const limitation of metadata.limitations) lines.push(`# limitation: ${limitation}`);
  return lines;
}

/**
 * A YAML list of entries. With several images (majors or distributions) each entry is
 * preceded by a comment naming its major and distribution: a Cluster takes the one for its own.
 */
export function clusterExtensionsYaml(
  items: { entry: ClusterExtensionEntry; comment: string; metadata?: ExtensionMetadata }[],
): string {
  return items
    .map(({ entry, comment, metadata }) => {
      const head = [...(items.length > 1 ? [`# ${comment}`] : []), ...notes(metadata)];
      return `${head.map((l) => `${l}\n`).join('')}${stringify([entry])}`;
    })
    .join('');
}
