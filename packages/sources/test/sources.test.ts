import { describe, expect, it } from 'vitest';
import { DEBIAN_KEYRING, parseConfig, PGDG_KEYRING, PGDG_MIRROR } from '@pgforge/config';
import { distributionSources } from '@pgforge/sources';

const keys = (yaml: string) =>
  distributionSources(parseConfig(yaml, 'images.yaml'), 'trixie', {
    systemMirror: 'http://machine.invalid/debian',
    previewMajors: [],
  }).repositories.map((r) => [r.label, r.repository.mirror, r.repository.keyrings]);

describe('distributionSources', () => {
  it('pgdg: PGDG with its key, the Debian archive with Debian’s, never one key for both', () => {
    expect(keys('packages: { source: pgdg }')).toEqual([
      ['PGDG trixie-pgdg', PGDG_MIRROR, [PGDG_KEYRING]],
      ['Debian trixie', 'http://machine.invalid/debian', [DEBIAN_KEYRING]],
    ]);
    expect(keys('packages: { source: pgdg, keyring: [/k/pgdg.asc] }')[1]?.[2]).toEqual([
      DEBIAN_KEYRING,
    ]);
    expect(
      keys('packages: { source: pgdg, keyring: [/k/pgdg.asc], debian-keyring: [/k/deb.gpg] }'),
    ).toEqual([
      ['PGDG trixie-pgdg', PGDG_MIRROR, ['/k/pgdg.asc']],
      ['Debian trixie', 'http://machine.invalid/debian', ['/k/deb.gpg']],
    ]);
  });
  it('distribution: one archive, `keyring` replaces Debian’s', () => {
    expect(
      keys('packages: { source: distribution, mirror: "http://m.invalid/d", keyring: [/k/x.gpg] }'),
    ).toEqual([['Debian trixie', 'http://m.invalid/d', ['/k/x.gpg']]]);
  });
  it('names the setting to add when no Debian archive is known', () => {
    expect(() =>
      distributionSources(parseConfig('packages: { source: pgdg }', 'images.yaml'), 'trixie', {
        previewMajors: [],
      }),
    ).toThrow('images.yaml: packages.debian-mirror: no Debian archive URI');
  });
});
