/**
 * The image record: one image pushed to the testing repository by digest, as build and extension
 * hand it on in their `images` output, and as promote, attest and catalog take it. Between jobs it
 * travels as JSON and `parseImageRecords` reads it back; in one process (`pgforge release`) the
 * records are passed as they are.
 */

/** Where promote puts an image once it has passed its tests. */
export interface PromotePlan {
  /** The production repository, `<registry>/<name>`. */
  repository: string;
  /** Its tags there, full references (or tag names): the immutable ones first, then the aliases. */
  tags: string[];
  /** How many of `tags` are immutable: never moved once written. */
  immutable: number;
}

export interface ExtensionEnvVar {
  name: string;
  value: string;
}

/**
 * CNPG's ExtensionConfiguration: an entry of a Cluster's `.spec.postgresql.extensions`, and of a
 * catalog image's `extensions`.
 */
export interface ClusterExtensionEntry {
  name: string;
  image: { reference: string };
  ld_library_path?: string[];
  extension_control_path?: string[];
  dynamic_library_path?: string[];
  bin_path?: string[];
  env?: ExtensionEnvVar[];
}

export interface ImageRecord {
  /** `<testing repository>@sha256:…`: what was tested is what is promoted, byte for byte. */
  reference: string;
  /** The digest of `reference`. */
  digest: string;
  /** Tags written in the testing repository (full references). */
  tags?: string[];
  /**
   * Where promote puts it. Without one, production is the testing repository without its
   * `-testing` suffix, and the tags are `tags`.
   */
  promote?: PromotePlan;
  /** The build target an operand image was built for. */
  target?: string;
  /** An extension image: its name, the PostgreSQL major and the distribution it is for. */
  name?: string;
  major?: number;
  distribution?: string;
  /** An extension image's entry, naming it in the testing repository. */
  clusterExtension?: ClusterExtensionEntry;
}
