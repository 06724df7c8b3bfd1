/**
 * The image's own apt view: made from the base image's apt sources and keyrings (as the
 * official debian:<suite>-slim carries them), overridden by configuration, and, only when no
 * base can be read, from the machine's apt sources, where an Ubuntu runner's entries are never
 * taken for Debian's archive. (test/view.integration.test.ts reads real bases and archives.)
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AptRepository, ReleaseFile } from '@pgforge/apt';
import { parseRelease } from '@pgforge/apt';
import { ConfigError, parseConfig, PGDG_KEYRING, PGDG_MIRROR } from '@pgforge/config';
import {
  carriedDebianKeyring,
  DEBIAN_ARCHIVE_KEYRING_SHA256,
  distributionSources,
  imageAptSources,
  viewFromBase,
  viewWithoutBase,
  type BaseImageFiles,
} from '@pgforge/package-view';
import { createHash } from 'node:crypto';
import { runnerAptRoot } from '@pgforge/testkit';

const MAIN = 'http://main.invalid/debian';
const SECURITY = 'http://security.invalid/debian-security';
const KEY = new Uint8Array([0x99, 1, 2, 3]);
const OTHER_KEY = new Uint8Array([0x99, 4, 5, 6]);

/** debian.sources as the official trixie-slim image writes it. */
const OFFICIAL = [
  'Types: deb',
  `URIs: ${MAIN}`,
  'Suites: trixie trixie-updates',
  'Components: main',
  'Signed-By: /usr/share/keyrings/debian-archive-keyring.pgp',
  '',
  'Types: deb',
  `URIs: ${SECURITY}`,
  'Suites: trixie-security',
  'Components: main',
  'Signed-By: /usr/share/keyrings/debian-archive-keyring.pgp',
  '',
].join('\n');

function base(sources: { path: string; text: string }[], keyrings = {}): BaseImageFiles {
  return {
    origin: 'debian:trixie-slim@sha256:abc (linux/amd64)',
    store: 'registry',
    aptSources: sources,
    keyrings: { 'usr/share/keyrings/debian-archive-keyring.pgp': KEY, ...keyrings },
  };
}

const official = base([{ path: 'etc/apt/sources.list.d/debian.sources', text: OFFICIAL }]);

async function keyDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'pgforge-view-test-'));
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('the view of a base image', () => {
  it('is what its apt sources name: the suite, -updates and -security, with the image’s own key', async () => {
    const dir = await keyDir();
    const view = await viewFromBase(
      parseConfig('packages: { source: distribution }', 'images.yaml'),
      'trixie',
      official,
      { keyringDir: dir },
    );
    expect(view.map((r) => [r.repository.mirror, r.repository.suite, r.role])).toEqual([
      [MAIN, 'trixie', 'distribution'],
      [MAIN, 'trixie-updates', 'distribution'],
      [SECURITY, 'trixie-security', 'security'],
    ]);
    // The key apt inside the image trusts, written by content: not the host's keyring.
    const [file] = view[0]!.repository.keyrings;
    expect(file).toBe(join(dir, `${sha(KEY)}.gpg`));
    expect(new Uint8Array(await readFile(file!))).toEqual(KEY);
  });

  it('configuration overrides each archive: mirror (or debian-mirror), security-mirror, keys', async () => {
    const dir = await keyDir();
    const config = parseConfig(
      [
        'packages:',
        '  source: pgdg',
        '  debian-mirror: http://mirror.invalid/d',
        '  security-mirror: http://mirror.invalid/s',
        '  debian-keyring: [/k/mine.gpg]',
      ].join('\n'),
      'images.yaml',
    );
    const view = await viewFromBase(config, 'trixie', official, { keyringDir: dir });
    expect(
      view.map((r) => [r.repository.mirror, r.repository.suite, r.repository.keyrings]),
    ).toEqual([
      ['http://mirror.invalid/d', 'trixie', ['/k/mine.gpg']],
      ['http://mirror.invalid/d', 'trixie-updates', ['/k/mine.gpg']],
      ['http://mirror.invalid/s', 'trixie-security', ['/k/mine.gpg']],
    ]);
    expect(view[2]?.fields.mirror).toBe('packages.security-mirror');
    // PGDG first, with its own key, then the view.
    const sources = distributionSources(config, 'trixie', { view, previewMajors: [] });
    expect(
      sources.repositories.map((r) => [r.label, r.repository.mirror, r.repository.keyrings]),
    ).toEqual([
      ['PGDG trixie-pgdg', PGDG_MIRROR, [PGDG_KEYRING]],
      ...view.map((r) => [r.label, r.repository.mirror, r.repository.keyrings]),
    ]);
  });

  it('an entry without Signed-By trusts trusted.gpg.d, as apt does; a one-line sources.list is read too', async () => {
    const dir = await keyDir();
    const files = base([{ path: 'etc/apt/sources.list', text: `deb ${MAIN} sid main\n` }], {
      'etc/apt/trusted.gpg.d/debian-archive-sid.gpg': OTHER_KEY,
    });
    const view = await viewFromBase(parseConfig('{}', 'images.yaml'), 'sid', files, {
      keyringDir: dir,
    });
    expect(view.map((r) => [r.repository.suite, r.repository.keyrings])).toEqual([
      ['sid', [join(dir, `${sha(OTHER_KEY)}.gpg`)]],
    ]);
  });

  it('a Signed-By the image does not hold, or no archive at all, is an error naming the image', async () => {
    const dir = await keyDir();
    const missing = base([
      {
        path: 'etc/apt/sources.list.d/x.sources',
        text: OFFICIAL.replaceAll('debian-archive-keyring.pgp', 'gone.gpg'),
      },
    ]);
    await expect(
      viewFromBase(parseConfig('{}', 'images.yaml'), 'trixie', missing, { keyringDir: dir }),
    ).rejects.toThrow(
      /debian:trixie-slim@sha256:abc .*names the keyring \/usr\/share\/keyrings\/gone\.gpg/,
    );
    const error = await viewFromBase(parseConfig('{}', 'images.yaml'), 'trixie', base([]), {
      keyringDir: dir,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems[0]?.field).toBe('base.image');
  });
});

/** A Release reader that answers as the archives named in `archives` would (Origin), else 404. */
function releases(archives: Record<string, string>) {
  const asked: string[] = [];
  return {
    asked,
    async release(repo: AptRepository): Promise<ReleaseFile> {
      asked.push(`${repo.mirror} ${repo.suite}`);
      const origin = archives[`${repo.mirror} ${repo.suite}`];
      if (!origin) throw new Error(`404 ${repo.mirror}/dists/${repo.suite}/InRelease`);
      return parseRelease(`Origin: ${origin}\nSuite: ${repo.suite}\nSHA256:\n`, {
        mirror: repo.mirror,
        suite: repo.suite,
      });
    },
  };
}

describe('without a readable base (fallback)', () => {
  it('on an Ubuntu runner no host entry is taken for Debian: a clear error naming what to set', async () => {
    const root = await runnerAptRoot();
    const apt = releases({
      // Even an archive that answers for trixie is refused unless its Release says Debian.
      'https://packages.microsoft.invalid/ubuntu/24.04/prod trixie': 'microsoft-ubuntu-noble-prod',
    });
    const error = await viewWithoutBase(parseConfig('{}', 'images.yaml'), 'trixie', {
      keyringDir: join(root, 'keys'),
      hostRoot: root,
      apt,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const [p] = (error as ConfigError).problems;
    expect(p?.field).toBe('packages.debian-mirror');
    expect(p?.message).toContain('never taken as Debian');
    // mirror+file: is no archive this tool can read; Microsoft's was asked and refused.
    expect(apt.asked).toEqual(['https://packages.microsoft.invalid/ubuntu/24.04/prod trixie']);
  });

  it('on a Debian host, its archive for that codename, proven by the Release, with the carried key', async () => {
    const root = await keyDir();
    await mkdir(join(root, 'etc/apt/sources.list.d'), { recursive: true });
    await writeFile(
      join(root, 'etc/apt/sources.list.d/debian.sources'),
      OFFICIAL.replaceAll('trixie', 'bookworm'),
    );
    const apt = releases({
      [`${MAIN} trixie`]: 'Debian',
      [`${SECURITY} trixie-security`]: 'Debian',
    });
    const view = await viewWithoutBase(parseConfig('{}', 'images.yaml'), 'trixie', {
      keyringDir: join(root, 'keys'),
      hostRoot: root,
      apt,
    });
    expect(view.map((r) => [r.repository.mirror, r.repository.suite])).toEqual([
      [MAIN, 'trixie'],
      [MAIN, 'trixie-updates'],
      [SECURITY, 'trixie-security'],
    ]);
    const carried = await carriedDebianKeyring(join(root, 'keys'));
    expect(view[0]?.repository.keyrings).toEqual([carried]);
    expect(sha(new Uint8Array(await readFile(carried)))).toBe(DEBIAN_ARCHIVE_KEYRING_SHA256);
  });
});

describe('the view as the build’s apt is given it (APT_SOURCES)', () => {
  it('names each repository with the image’s own Signed-By, or the configured keys in the keyring context', async () => {
    const dir = await keyDir();
    const view = await viewFromBase(
      parseConfig('packages: { source: distribution }', 'images.yaml'),
      'trixie',
      official,
      { keyringDir: dir },
    );
    const own = await imageAptSources(parseConfig('{}', 'images.yaml'), view);
    expect(own.keyring).toEqual([]);
    expect(own.text).toBe(
      [
        ['trixie', MAIN],
        ['trixie-updates', MAIN],
        ['trixie-security', SECURITY],
      ]
        .map(
          ([suite, uri]) =>
            `Types: deb\nURIs: ${uri}\nSuites: ${suite}\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.pgp\n`,
        )
        .join('\n'),
    );

    const key = join(dir, 'mirror.asc');
    await writeFile(key, await readFile(await carriedDebianKeyring(dir)));
    const config = parseConfig(
      `packages: { source: distribution, mirror: "http://m.invalid/d", keyring: ["${key}"] }`,
      'images.yaml',
    );
    const mirrored = await imageAptSources(
      config,
      await viewFromBase(config, 'trixie', official, { keyringDir: dir }),
      dir,
    );
    expect(mirrored.keyring).toEqual([
      { path: 'mirror.asc', name: 'pgforge-apt-0.gpg', sha256: DEBIAN_ARCHIVE_KEYRING_SHA256 },
    ]);
    expect(mirrored.text).toContain(
      'URIs: http://m.invalid/d\nSuites: trixie\nComponents: main\nSigned-By: /run/pgforge-keyring/pgforge-apt-0.gpg\n',
    );
    // The security archive keeps its own URI (no security-mirror), and so its own keys.
    expect(mirrored.text).toContain(
      `URIs: ${SECURITY}\nSuites: trixie-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.pgp\n`,
    );
  });
});
