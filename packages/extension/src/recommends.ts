/**
 * What a package recommends that its image does not hold. An image carries what a package
 * depends on (and the system libraries its modules load), never what it recommends: apt
 * installs Recommends by default, so a package may rely on them at run time. pg_snakeoil
 * recommends ClamAV's virus databases (`clamav-freshclam | clamav-data`) and fails at CREATE
 * EXTENSION without them; mimeo's programs recommend python3. Saying so is the difference
 * between an image that fails for a stated reason and one that fails unexplained.
 *
 * Documentation packages are left out (nothing runs them), and so is a group one of whose
 * alternatives the image or the minimal operand image already holds.
 */
import { parseRelations } from '@pgforge/apt';

export interface UnmetRecommends {
  /** The package that recommends. */
  package: string;
  /** Each group as the field spells it, alternatives joined by ` | `. */
  groups: string[];
}

export function unmetRecommends(
  pkg: string,
  field: string | undefined,
  present: (name: string) => boolean,
): UnmetRecommends | undefined {
  if (!field) return undefined;
  const groups = parseRelations(field)
    .filter((group) => !group.some((r) => r.name.endsWith('-doc') || present(r.name)))
    .map((group) => group.map((r) => r.name).join(' | '));
  return groups.length > 0 ? { package: pkg, groups } : undefined;
}

/** One sentence per recommending package, for the image's limitations. */
export function recommendsLimitations(unmet: readonly UnmetRecommends[]): string[] {
  return unmet.map(
    (u) =>
      `${u.package} recommends ${u.groups.join(', ')}, which the image does not hold (an image ` +
      'carries what a package depends on, not what it recommends): what needs them fails ' +
      'until the operand image or the cluster provides them',
  );
}
