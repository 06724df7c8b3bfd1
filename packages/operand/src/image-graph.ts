/**
 * The content graph of a built image, read from where it is (an OCI layout on disk, or a
 * registry): the top descriptor, every manifest beneath it, and what each platform weighs.
 */
import {
  formatPlatform,
  isAttestationManifest,
  isImageIndex,
  isIndexMediaType,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
} from '@pgforge/oci';

export interface ContentSource {
  /** The bytes of a manifest or index. */
  manifest(descriptor: Descriptor): Promise<Uint8Array>;
}

export interface GraphNode {
  descriptor: Descriptor;
  bytes: Uint8Array;
  manifest: ImageManifest | ImageIndex;
}

export interface PlatformImage {
  /** `linux/amd64` */
  platform: string;
  digest: string;
  /** Config and layers as stored (compressed), in bytes. */
  compressedSize: number;
}

export interface ImageGraph {
  top: GraphNode;
  /** Every manifest beneath `top` (image and attestation manifests), children first. */
  children: GraphNode[];
  platforms: PlatformImage[];
  /** Sum over the platform images (attestations not counted). */
  compressedSize: number;
}

const decoder = new TextDecoder();

async function node(source: ContentSource, descriptor: Descriptor): Promise<GraphNode> {
  const bytes = await source.manifest(descriptor);
  return {
    descriptor,
    bytes,
    manifest: JSON.parse(decoder.decode(bytes)) as GraphNode['manifest'],
  };
}

const weight = (m: ImageManifest): number =>
  m.config.size + m.layers.reduce((sum, l) => sum + l.size, 0);

export async function readImageGraph(source: ContentSource, top: Descriptor): Promise<ImageGraph> {
  const root = await node(source, top);
  const children: GraphNode[] = [];
  const platforms: PlatformImage[] = [];
  if (isImageIndex(root.manifest)) {
    for (const d of root.manifest.manifests) {
      if (isIndexMediaType(d.mediaType)) {
        throw new Error(`${top.digest}: nested index ${d.digest} is not supported`);
      }
      const child = await node(source, d);
      children.push(child);
      if (!isAttestationManifest(d) && d.platform) {
        platforms.push({
          platform: formatPlatform(d.platform),
          digest: d.digest,
          compressedSize: weight(child.manifest as ImageManifest),
        });
      }
    }
  } else {
    platforms.push({
      platform: 'unknown',
      digest: top.digest,
      compressedSize: weight(root.manifest),
    });
  }
  return {
    top: root,
    children,
    platforms,
    compressedSize: platforms.reduce((s, p) => s + p.compressedSize, 0),
  };
}
