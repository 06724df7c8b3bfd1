/** The parts of the OCI image and distribution specs this package reads and writes. */

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: Platform;
  artifactType?: string;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
  subject?: Descriptor;
  artifactType?: string;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
  subject?: Descriptor;
}

export interface FetchedManifest {
  digest: string;
  /** From the document's own `mediaType`, else the response's Content-Type. */
  mediaType: string;
  /** The exact bytes the registry sent: their digest is `digest`. */
  bytes: Uint8Array;
  manifest: ImageManifest | ImageIndex;
}

/** A fetched manifest known to be an image manifest (not an index). */
export interface FetchedImageManifest extends FetchedManifest {
  manifest: ImageManifest;
}

/** A fetched manifest known to be an index. */
export interface FetchedIndex extends FetchedManifest {
  manifest: ImageIndex;
}

/** The image configuration (the fields this project reads; the rest are kept as they are). */
export interface ImageConfig {
  architecture: string;
  os: string;
  variant?: string;
  created?: string;
  config?: {
    User?: string;
    Env?: string[];
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    WorkingDir?: string;
    Labels?: Record<string, string> | null;
    [key: string]: unknown;
  };
  rootfs: { type: string; diff_ids: string[] };
  history?: { created?: string; created_by?: string; empty_layer?: boolean; comment?: string }[];
  [key: string]: unknown;
}

export function isImageIndex(manifest: ImageManifest | ImageIndex): manifest is ImageIndex {
  return Array.isArray((manifest as Partial<ImageIndex>).manifests);
}
