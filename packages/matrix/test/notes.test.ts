/**
 * Release notes: what changed against the published image's packages, security updates
 * marked, changelog entries only for packages that changed version.
 */
import { describe, expect, it } from 'vitest';
import type { ChangelogEntry } from '@pgforge/apt';
import { releaseNotes, type NotesReader } from '@pgforge/matrix';
import { noteLines, type Target } from '@pgforge/targets';

const target = {
  id: '17-minimal-trixie',
  platforms: ['linux/amd64', 'linux/arm64'],
  distribution: 'trixie',
  contents: [
    { name: 'libc6', version: '2.41-12' },
    {
      name: 'libkrb5-3',
      version: '1.21.3-5+deb13u2',
      suite: 'trixie-security',
      change: 'upgraded',
      from: '1.21.3-5+deb13u1',
    },
    { name: 'libnew', version: '1.0', suite: 'trixie', change: 'installed' },
    {
      name: 'postgresql-17',
      version: '17.7-1',
      byArchitecture: { amd64: '17.7-1', arm64: '17.7-1+b1' },
      suite: 'trixie',
      change: 'installed',
    },
  ],
} as unknown as Target;

function reader(published: Record<string, string> | undefined): NotesReader & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    publishedPackages: async () => (published ? new Map(Object.entries(published)) : undefined),
    changelog: async (_t, architecture, name, version, from): Promise<ChangelogEntry[]> => {
      asked.push(`${architecture} ${name} ${from} → ${version}`);
      return name === 'libkrb5-3'
        ? [
            {
              source: 'krb5',
              version,
              distribution: 'trixie-security',
              lines: ['* Fix CVE-2026-107364.'],
              cves: ['CVE-2026-107364'],
            },
          ]
        : [];
    },
  };
}

describe('releaseNotes', () => {
  it('lists every package added, removed or changed, with the suite and the changelog’s CVEs', async () => {
    const r = reader({
      libc6: '2.41-12',
      'libkrb5-3': '1.21.3-5+deb13u1',
      'postgresql-17': '17.6-1',
      libold: '0.9',
    });
    const notes = await releaseNotes(target, 'reg/pg@sha256:abc', r);
    expect(notes.since).toBe('reg/pg@sha256:abc');
    expect(notes.total).toBe(4);
    expect(notes.fromSecurity).toBe(1);
    expect(notes.packages.map((p) => [p.name, p.from, p.to, p.security])).toEqual([
      ['libkrb5-3', '1.21.3-5+deb13u1', '1.21.3-5+deb13u2', true],
      ['libnew', undefined, '1.0', false],
      ['libold', '0.9', undefined, false],
      ['postgresql-17', '17.6-1', '17.7-1', false],
    ]);
    expect(notes.packages[0]?.cves).toEqual(['CVE-2026-107364']);
    // Changelogs only for a new version of a package the image held; on the first platform.
    expect(r.asked).toEqual([
      'amd64 libkrb5-3 1.21.3-5+deb13u1 → 1.21.3-5+deb13u2',
      'amd64 postgresql-17 17.6-1 → 17.7-1',
    ]);
    expect(noteLines(notes)[0]).toBe(
      '**security** `libkrb5-3` 1.21.3-5+deb13u1 → 1.21.3-5+deb13u2 (trixie-security; CVE-2026-107364)',
    );
  });

  it('a first image, or one whose packages cannot be read, carries its counts alone', async () => {
    for (const notes of [
      await releaseNotes(target, undefined, reader({})),
      await releaseNotes(target, 'reg/pg@sha256:abc', reader(undefined)),
    ]) {
      expect(notes).toEqual({ packages: [], total: 4, fromSecurity: 1 });
    }
  });
});
