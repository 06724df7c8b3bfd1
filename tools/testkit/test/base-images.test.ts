// The apt sources of the debootstrapped bases (src/setup/base-images.ts, used by
// scripts/base-images.ts and the test set-up): what they write, what a cached tarball or a
// present image must carry to be kept, and where the security archive comes from.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  debianSources,
  hasSecuritySuite,
  namesArchives,
  sourcesName,
  type BaseImageOptions,
  TestEnvironmentError,
  testSecurityMirror,
} from '@pgforge/testkit';

const MIRROR = 'http://archive.example/debian';
const SECURITY = 'http://archive.example/debian-security';
const log = (): void => undefined;

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A root whose /etc/apt holds these files. */
async function aptRoot(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'pgforge-apt-root-'));
  temps.push(root);
  await mkdir(join(root, 'etc/apt/sources.list.d'), { recursive: true });
  for (const [path, text] of Object.entries(files)) await writeFile(join(root, path), text);
  return root;
}

describe('debianSources', () => {
  it("writes trixie's as the official image does: main and updates, then security", () => {
    expect(debianSources('trixie', MIRROR, SECURITY)).toBe(
      [
        'Types: deb',
        `URIs: ${MIRROR}`,
        'Suites: trixie trixie-updates',
        'Components: main',
        'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
        '',
        'Types: deb',
        `URIs: ${SECURITY}`,
        'Suites: trixie-security',
        'Components: main',
        'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
        '',
      ].join('\n'),
    );
  });

  it("writes sid's with sid alone, and needs no security archive for it", () => {
    expect(debianSources('sid', MIRROR)).toBe(
      [
        'Types: deb',
        `URIs: ${MIRROR}`,
        'Suites: sid',
        'Components: main',
        'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
        '',
      ].join('\n'),
    );
    expect(hasSecuritySuite('sid')).toBe(false);
    expect(hasSecuritySuite('unstable')).toBe(false);
    expect(hasSecuritySuite('trixie')).toBe(true);
  });

  it('refuses to write a security-less trixie', () => {
    expect(() => debianSources('trixie', MIRROR)).toThrow(TestEnvironmentError);
  });
});

describe('namesArchives', () => {
  const trixie: BaseImageOptions = {
    suite: 'trixie',
    mirror: MIRROR,
    securityMirror: SECURITY,
    cacheDir: '',
    log,
  };
  const sid: BaseImageOptions = { suite: 'sid', mirror: MIRROR, cacheDir: '', log };

  it('accepts what debianSources writes', () => {
    expect(namesArchives(debianSources('trixie', MIRROR, SECURITY), trixie)).toBe(true);
    expect(namesArchives(debianSources('sid', MIRROR), sid)).toBe(true);
  });

  it("rejects an old base's one-line sources.list and an empty file", () => {
    expect(namesArchives(`deb ${MIRROR} trixie main\n`, trixie)).toBe(false);
    expect(namesArchives(`deb ${MIRROR} sid main\n`, sid)).toBe(false);
    expect(namesArchives('', sid)).toBe(false);
  });

  it('rejects other archives, a missing security entry and another suite', () => {
    const other = debianSources('trixie', 'http://elsewhere.example/debian', SECURITY);
    expect(namesArchives(other, trixie)).toBe(false);
    const otherSecurity = debianSources('trixie', MIRROR, 'http://elsewhere.example/security');
    expect(namesArchives(otherSecurity, trixie)).toBe(false);
    const mainOnly = debianSources('trixie', MIRROR, SECURITY).split('\n\n')[0]!;
    expect(namesArchives(mainOnly, trixie)).toBe(false);
    expect(namesArchives(debianSources('sid', MIRROR), trixie)).toBe(false);
  });

  it('reads URIs with a trailing slash and comment lines, as apt does', () => {
    const text = debianSources('trixie', `${MIRROR}/`, `${SECURITY}/`).replace(
      'Types: deb\n',
      'Types: deb\n# http://snapshot.example/archive/debian/20250101T000000Z\n',
    );
    expect(sourcesName(text, MIRROR, 'trixie-updates')).toBe(true);
    expect(namesArchives(text, trixie)).toBe(true);
  });
});

describe('testSecurityMirror', () => {
  it("takes the URI of the machine's entry whose suites are all <codename>-security", async () => {
    const root = await aptRoot({
      'etc/apt/sources.list.d/debian.sources': [
        'Types: deb',
        `URIs: ${MIRROR}`,
        'Suites: bookworm bookworm-updates bookworm-security',
        'Components: main',
        '',
        'Types: deb',
        `URIs: ${SECURITY}/`,
        'Suites: bookworm-security',
        'Components: main',
        '',
      ].join('\n'),
    });
    expect(testSecurityMirror({}, root)).toBe(SECURITY);
  });

  it('reads one-line sources.list too, skipping deb-src', async () => {
    const root = await aptRoot({
      'etc/apt/sources.list': [
        `deb ${MIRROR} bookworm main`,
        'deb-src http://src.example/debian-security bookworm-security main',
        `deb ${SECURITY} bookworm-security main`,
        '',
      ].join('\n'),
    });
    expect(testSecurityMirror({}, root)).toBe(SECURITY);
  });

  it('says so when there is none, and takes PGFORGE_TEST_SECURITY_MIRROR first', async () => {
    const root = await aptRoot({
      'etc/apt/sources.list.d/ubuntu.sources': [
        'Types: deb',
        'URIs: mirror+file:/etc/apt/apt-mirrors.txt',
        'Suites: noble noble-updates noble-backports noble-security',
        'Components: main',
        '',
      ].join('\n'),
    });
    expect(() => testSecurityMirror({}, root)).toThrow(TestEnvironmentError);
    expect(() => testSecurityMirror({}, root)).toThrow(/no Debian security archive/);
    expect(testSecurityMirror({ PGFORGE_TEST_SECURITY_MIRROR: ` ${SECURITY}/ ` }, root)).toBe(
      SECURITY,
    );
  });
});
