/**
 * The `.spec.postgresql.extensions` entry CNPG needs for an image (the Cluster CRD's
 * ExtensionConfiguration): the name it is mounted under (/extensions/<name>), the image by
 * digest, `ld_library_path: [system]` when the image carries system libraries, and the
 * environment its libraries need (values may use `${image_root}`, the mount path). The
 * default `extension_control_path` (`share`) and `dynamic_library_path` (`lib`) are the
 * image's layout, so they are left out.
 */
import { stringify } from 'yaml';
import type { EnvVar } from './data.js';

export interface ClusterExtensionEntry {
  name: string;
  image: { reference: string };
  ld_library_path?: string[];
  env?: EnvVar[];
}

/** The CRD's pattern and length for `name` (it becomes part of a volume name). */
export const EXTENSION_NAME = /^[a-z0-9]([-a-z0-9_]*[a-z0-9])?$/;
export const EXTENSION_NAME_MAX = 59;

export function clusterEntry(
  name: string,
  reference: string,
  options: { system: boolean; env: EnvVar[] },
): ClusterExtensionEntry {
  return {
    name,
    image: { reference },
    ...(options.system ? { ld_library_path: ['system'] } : {}),
    ...(options.env.length > 0 ? { env: options.env.map((e) => ({ ...e })) } : {}),
  };
}

/**
 * A YAML list of entries. With several images (majors or distributions) each entry is
 * preceded by a comment naming its major and distribution: a Cluster takes the one for its own.
 */
export function clusterExtensionsYaml(
  items: { entry: ClusterExtensionEntry; comment: string }[],
): string {
  return items
    .map(({ entry, comment }) => `${items.length > 1 ? `# ${comment}\n` : ''}${stringify([entry])}`)
    .join('');
}
