/**
 * Which image of each major a catalog names: among the immutable tags the production repository
 * holds for one flavour and distribution, the newest by PostgreSQL version, then by timestamp.
 * Previews (19beta3) only when asked for; at most the eight newest majors (CNPG's limit), sorted.
 */
import { matchTemplate } from '@pgforge/config';
import { compareDebianVersions } from '@pgforge/versions';

export const MAX_CATALOG_MAJORS = 8;

export interface CatalogCandidate {
  tag: string;
  major: number;
  /** As the tag spells it: `17.6`, `19beta3`. */
  version: string;
  timestamp: string;
  preview: boolean;
}

export interface SelectOptions {
  /** The configuration's immutable tag template. */
  template: string;
  flavour: string;
  distribution: string;
  previews: boolean;
  maxMajors?: number;
}

/** `19beta3` → `19~beta3`: Debian's order then puts a preview before its release. */
const debianOrder = (version: string): string => version.replace(/(alpha|beta|rc)/, '~$1');

/** The tag's parts, when it is an immutable tag of this flavour and distribution. */
export function candidateOf(tag: string, options: SelectOptions): CatalogCandidate | undefined {
  const values = matchTemplate(options.template, tag, {
    flavour: options.flavour,
    distribution: options.distribution,
  });
  // A template may name the major alone: its images then differ by timestamp only.
  const version = values?.version ?? values?.major;
  if (!values || !version || !values.timestamp) return undefined;
  const major = Number(values.major ?? /^\d+/.exec(version)?.[0]);
  if (!Number.isInteger(major) || major < 10) return undefined;
  if (values.major !== undefined && !version.startsWith(values.major)) return undefined;
  return {
    tag,
    major,
    version,
    timestamp: values.timestamp,
    preview: /(alpha|beta|rc)\d+$/.test(version),
  };
}

function newer(a: CatalogCandidate, b: CatalogCandidate): number {
  const byVersion = compareDebianVersions(debianOrder(a.version), debianOrder(b.version));
  if (byVersion !== 0) return byVersion;
  return a.timestamp.localeCompare(b.timestamp);
}

export function selectImages(tags: readonly string[], options: SelectOptions): CatalogCandidate[] {
  const best = new Map<number, CatalogCandidate>();
  for (const tag of tags) {
    const c = candidateOf(tag, options);
    if (!c || (c.preview && !options.previews)) continue;
    const held = best.get(c.major);
    if (!held || newer(c, held) > 0) best.set(c.major, c);
  }
  return [...best.values()]
    .sort((a, b) => a.major - b.major)
    .slice(-(options.maxMajors ?? MAX_CATALOG_MAJORS));
}
