/**
 * What promote hands back: each image promoted, each repair done, and what each tag write did.
 * Types alone, beside promote.ts, so that the errors, the repair and the summary read them
 * without importing the code that makes them.
 */

/**
 * What promote does to a tag: writes it, finds it naming the image already, moves an alias from
 * an older image, or leaves an alias that names a newer one (a rerun of an old promote must not
 * roll production back).
 */
export type TagChange = 'written' | 'unchanged' | 'moved' | 'newer';

export interface PromotedTag {
  /** `<repository>:<tag>` in production. */
  reference: string;
  change: TagChange;
  /** The digest the tag named before (moved), or names still (newer). */
  previous?: string;
}

export interface PromotedImage {
  label: string;
  /** The testing image, by digest. */
  source: string;
  /** The production image, by digest (the same digest). */
  destination: string;
  digest: string;
  /** Every production tag of the image, the immutable one first. */
  tags: string[];
  changes: PromotedTag[];
  /** cosign's tag-schema artifacts copied along (`sha256-<hex>.att`, `.sig`, `.sbom`). */
  artifacts: string[];
  /** The smoke report that let it through, when one was required. */
  smokeReport?: string;
  /** The verification command that passed, when one was required. */
  verified?: string;
}

/** A repair done (or, in a dry run, to do): the tags pointed at an image of production again. */
export interface RepairedImage {
  label: string;
  /** The matrix's target id, when the repair named one. */
  target?: string;
  /** The image, in production, by digest. */
  image: string;
  digest: string;
  /** Every tag of the repair and what was done to it (`written` and `moved` are the repairs). */
  changes: PromotedTag[];
  /** The verification command that passed, when one was required. */
  verified?: string;
}

export interface PromoteResult {
  promoted: PromotedImage[];
  repaired: RepairedImage[];
  dryRun: boolean;
  summary: string;
}
