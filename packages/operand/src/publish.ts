/**
 * Tags are written last, and only for a target whose whole image is in the registry (pushed by
 * digest first), so a failed target moves no tag.
 */
import type { Descriptor, RegistryClient } from '@pgforge/oci';
import type { GraphNode } from './image-graph.js';

export const mediaTypeOf = (n: GraphNode): string =>
  n.descriptor.mediaType || (n.manifest.mediaType ?? '');

/** Points each `repository:tag` reference at the manifest `top` (already pushed). */
export async function writeTags(
  registry: RegistryClient,
  top: { descriptor: Descriptor; bytes: Uint8Array; mediaType: string },
  references: string[],
): Promise<void> {
  for (const reference of references) {
    const digest = await registry.pushManifest(reference, top.bytes, top.mediaType);
    if (digest !== top.descriptor.digest) {
      throw new Error(`${reference}: tagged ${digest}, expected ${top.descriptor.digest}`);
    }
  }
}
