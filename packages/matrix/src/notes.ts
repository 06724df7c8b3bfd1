/**
 * Release notes per image: every package that changed since the image published under the
 * target's tags (added, removed, another version), with the suite it comes from, security
 * updates marked, and the Debian changelog entries between the two versions (CVE identifiers
 * among them). The published image's packages come from the list the build attached to it
 * (checked against its dpkg status when it was built), else from its dpkg status itself.
 */
import type { ChangelogEntry } from '@pgforge/apt';
import { byPlatform } from '@pgforge/platform';
import type { PackageNote, ReleaseNotes, Target } from '@pgforge/targets';
import { compareDebianVersions } from '@pgforge/versions';

export interface NotesReader {
  /** name → version of the published image (`repo@sha256:…`) on one platform; undefined: unknown. */
  publishedPackages(reference: string, platform: string): Promise<Map<string, string> | undefined>;
  /** The changelog entries of `name` after `from` up to `version`, for the target's view. */
  changelog(
    target: Target,
    architecture: string,
    name: string,
    version: string,
    from: string | undefined,
  ): Promise<ChangelogEntry[]>;
}

const SECURITY = /-security$/;

/** The target's own versions on one architecture. */
function versionsOn(
  target: Target,
  architecture: string,
): Map<string, { version: string; suite?: string }> {
  const out = new Map<string, { version: string; suite?: string }>();
  for (const p of target.contents) {
    const version = p.byArchitecture ? p.byArchitecture[architecture] : p.version;
    if (version !== undefined) out.set(p.name, { version, ...(p.suite ? { suite: p.suite } : {}) });
  }
  return out;
}

function counts(target: Target): { total: number; fromSecurity: number } {
  return {
    total: target.contents.length,
    fromSecurity: target.contents.filter((p) => p.suite !== undefined && SECURITY.test(p.suite))
      .length,
  };
}

/**
 * The notes of one target against the image published as `published` (by digest); a target
 * with none published gets its counts alone.
 */
export async function releaseNotes(
  target: Target,
  published: string | undefined,
  reader: NotesReader,
): Promise<ReleaseNotes> {
  const platform = target.platforms[0] ?? 'linux/amd64';
  const architecture = byPlatform(platform).debianArchitecture;
  const before = published ? await reader.publishedPackages(published, platform) : undefined;
  if (!published || !before) return { packages: [], ...counts(target) };
  const after = versionsOn(target, architecture);
  const notes: PackageNote[] = [];
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const name of names) {
    const from = before.get(name);
    const now = after.get(name);
    if (from !== undefined && now !== undefined && compareDebianVersions(from, now.version) === 0) {
      continue;
    }
    const note: PackageNote = {
      name,
      ...(from !== undefined ? { from } : {}),
      ...(now ? { to: now.version } : {}),
      ...(now?.suite ? { suite: now.suite } : {}),
      security: now?.suite !== undefined && SECURITY.test(now.suite),
      entries: [],
      cves: [],
    };
    // A new version's changelog says what changed; a package that came or went says it itself.
    if (now && from !== undefined) {
      const entries = await reader.changelog(target, architecture, name, now.version, from);
      note.entries = entries.map((e) => ({
        version: e.version,
        distribution: e.distribution,
        lines: e.lines,
      }));
      note.cves = [...new Set(entries.flatMap((e) => e.cves))];
    }
    notes.push(note);
  }
  return { since: published, packages: notes, ...counts(target) };
}
