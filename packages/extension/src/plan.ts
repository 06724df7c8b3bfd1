/**
 * A plan: one image to make (a PostgreSQL major × distribution), with how each platform is
 * assembled and what its cache key is. package-plans.ts and directory-plans.ts make them;
 * the command makes an image of each.
 */
import type { AssembledPlatform } from './assemble.js';
import type { OperandCatalogue } from './metadata.js';

export interface Plan {
  major: number;
  distribution: string;
  postgresVersion?: string;
  platforms: { platform: string; assemble: () => Promise<AssembledPlatform> }[];
  /** The operand image's own extensions (contrib), read on first need. */
  operand?: () => Promise<OperandCatalogue>;
  /**
   * The image's cache key given what of the options reaches it (image-key.ts); absent where
   * nothing is cached (a directory, an APT reader without signed Releases).
   */
  key?: (options: Record<string, unknown>) => Promise<string>;
  /** Whether assembling used an index that did not match its Release: such an image is not kept. */
  usedHints?: () => boolean;
}
