/**
 * Debian changelogs: entries, their CVE identifiers, and the entries between two versions
 * in dpkg's order (epochs, tildes, +debNuM security revisions).
 */
import { describe, expect, it } from 'vitest';
import { entriesBetween, parseChangelog } from '@pgforge/apt';

const TEXT = [
  'krb5 (1.21.3-5+deb13u2) trixie-security; urgency=medium',
  '',
  '  * Non-maintainer upload by the Security Team.',
  '  * Fix CVE-2026-107364: a crafted ticket reads out of bounds.',
  '  * Fix CVE-2026-107884 and CVE-2026-112314 (closes: #1099999)',
  '',
  ' -- Security Team <team@security.invalid>  Thu, 03 Dec 2026 10:00:00 +0000',
  '',
  'krb5 (1.21.3-5+deb13u1) trixie; urgency=medium',
  '',
  '  * Fix CVE-2025-3576, mentioned twice: CVE-2025-3576.',
  '',
  ' -- Maintainer <m@x.invalid>  Sat, 01 Nov 2025 10:00:00 +0000',
  '',
  'krb5 (1.21.3-5) unstable; urgency=medium',
  '',
  '  * Rebuild.',
  '',
  ' -- Maintainer <m@x.invalid>  Sat, 01 Mar 2025 10:00:00 +0000',
  '',
].join('\n');

describe('parseChangelog', () => {
  it('reads each entry: source, version, distribution, lines, CVEs once each', () => {
    const entries = parseChangelog(TEXT);
    expect(entries.map((e) => [e.source, e.version, e.distribution])).toEqual([
      ['krb5', '1.21.3-5+deb13u2', 'trixie-security'],
      ['krb5', '1.21.3-5+deb13u1', 'trixie'],
      ['krb5', '1.21.3-5', 'unstable'],
    ]);
    expect(entries[0]?.lines).toEqual([
      '* Non-maintainer upload by the Security Team.',
      '* Fix CVE-2026-107364: a crafted ticket reads out of bounds.',
      '* Fix CVE-2026-107884 and CVE-2026-112314 (closes: #1099999)',
    ]);
    expect(entries[0]?.cves).toEqual(['CVE-2026-107364', 'CVE-2026-107884', 'CVE-2026-112314']);
    expect(entries[1]?.cves).toEqual(['CVE-2025-3576']);
  });

  it('entriesBetween: after `from`, up to `to`, in dpkg order', () => {
    const entries = parseChangelog(TEXT);
    expect(
      entriesBetween(entries, '1.21.3-5+deb13u1', '1.21.3-5+deb13u2').map((e) => e.version),
    ).toEqual(['1.21.3-5+deb13u2']);
    expect(entriesBetween(entries, '1.21.3-5', '1.21.3-5+deb13u2').map((e) => e.version)).toEqual([
      '1.21.3-5+deb13u2',
      '1.21.3-5+deb13u1',
    ]);
    expect(entriesBetween(entries, undefined, '1.21.3-5+deb13u1')).toHaveLength(2);
    expect(entriesBetween(entries, '1.21.3-5+deb13u2', '1.21.3-5+deb13u2')).toEqual([]);
  });
});
