/**
 * The client against the machine's real Debian mirror, with the real apt as the oracle.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AptClient,
  ReleaseExpiredError,
  SignatureError,
  readSystemAptSources,
  systemMirror,
} from '@pgforge/apt';
import type { AptRepository, PackageIndex } from '@pgforge/apt';
import { aptOracle } from './helpers/apt-oracle.js';
import { packagesOf } from './helpers/packages-of.js';

const DEBIAN_KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
const PGDG_KEYRING = '/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc';

function mirror(): string {
  const found = systemMirror();
  if (!found) {
    throw new Error(
      'no Debian archive in the machine apt sources (/etc/apt/sources.list, ' +
        '/etc/apt/sources.list.d/*.{list,sources}): these tests need the mirror named there',
    );
  }
  return found;
}

function debian(suite: string, extra: Partial<AptRepository> = {}): AptRepository {
  return { mirror: mirror(), suite, keyrings: [DEBIAN_KEYRING], ...extra };
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
}

/** Compares our newest (and the whole version list) with apt's Candidate and madison. */
async function expectSameAsApt(
  index: PackageIndex,
  repo: AptRepository,
  name: string,
): Promise<void> {
  const oracle = await aptOracle({
    mirror: repo.mirror,
    suite: repo.suite,
    component: index.component,
    architecture: index.architecture,
    keyring: DEBIAN_KEYRING,
    allowExpiredRelease: repo.allowExpiredRelease === true,
  });
  try {
    const candidate = await oracle.candidate(name);
    expect(candidate, `apt has no candidate for ${name} in ${repo.suite}`).toBeDefined();
    expect(index.newest(name)?.version).toBe(candidate);
    expect(index.versions(name).map((p) => p.version)).toEqual(await oracle.madison(name));
  } finally {
    await oracle.dispose();
  }
}

describe('the machine apt sources', () => {
  it('name a Debian mirror', () => {
    expect(readSystemAptSources().length).toBeGreaterThan(0);
    expect(mirror()).toMatch(/^https?:\/\/\S+[^/]$/);
  });
});

describe('Debian InRelease', () => {
  it('trixie verifies against debian-archive-keyring.gpg', async () => {
    const client = new AptClient();
    const release = await timed('trixie InRelease fetch + verify + parse', () =>
      client.release(debian('trixie')),
    );
    expect(release.codename).toBe('trixie');
    expect(release.components).toContain('main');
    expect(release.architectures).toEqual(expect.arrayContaining(['amd64', 'arm64']));
    expect(release.sha256.get('main/binary-amd64/Packages.xz')?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('trixie does not verify against a keyring without Debian keys (PGDG key)', async () => {
    const error = await new AptClient()
      .release(debian('trixie', { keyrings: [PGDG_KEYRING] }))
      .catch((e) => e);
    expect(error).toBeInstanceOf(SignatureError);
    expect(error.message).toContain(
      `which none of the keyrings hold; keyrings tried: ${PGDG_KEYRING}`,
    );
  });

  it('sid: refused when past Valid-Until unless allowExpiredRelease, accepted with it', async () => {
    const now = new Date();
    const release = await new AptClient({ now: () => now }).release(
      debian('sid', { allowExpiredRelease: true }),
    );
    expect(release.codename).toBe('sid');
    expect(release.validUntil, 'sid Release has a Valid-Until').toBeInstanceOf(Date);
    const expired = (release.validUntil as Date).getTime() < now.getTime();
    console.log(`sid Valid-Until ${release.validUntil?.toISOString()}: expired=${expired}`);
    const strict = new AptClient({ now: () => now }).release(debian('sid'));
    if (expired) {
      const error = await strict.catch((e) => e);
      expect(error).toBeInstanceOf(ReleaseExpiredError);
      expect(error.message).toContain(
        `Release of sid at ${mirror()} expired on ${release.validUntil?.toISOString()}`,
      );
      expect(error.message).toContain('allow-expired-release accepts it');
    } else {
      expect((await strict).codename).toBe('sid');
    }
  });
});

describe('Debian Packages indexes, compared with apt', () => {
  it('trixie main amd64: newest postgresql-17 is apt’s candidate', async () => {
    const client = new AptClient();
    const repo = debian('trixie');
    await client.release(repo);
    const index = await timed('trixie main amd64 Packages download + decompress + parse', () =>
      client.packages(repo, 'main', 'amd64'),
    );
    expect(index.size).toBeGreaterThan(50_000);
    expect(index.newest('postgresql-17')?.architecture).toBe('amd64');
    expect(index.newest('postgresql-common')?.architecture).toBe('all');
    await expectSameAsApt(index, repo, 'postgresql-17');
  });

  it('sid main amd64 (allowExpiredRelease): newest postgresql-18 is apt’s candidate', async () => {
    const repo = debian('sid', { allowExpiredRelease: true });
    const index = await timed('sid main amd64 Packages', () =>
      new AptClient().packages(repo, 'main', 'amd64'),
    );
    await expectSameAsApt(index, repo, 'postgresql-18');
  });

  it('trixie main arm64: newest postgresql-17 is apt’s candidate', async () => {
    const repo = debian('trixie');
    const index = await timed('trixie main arm64 Packages', () =>
      new AptClient().packages(repo, 'main', 'arm64'),
    );
    expect(index.architecture).toBe('arm64');
    expect(index.newest('postgresql-17')?.architecture).toBe('arm64');
    expect(index.newest('postgresql-17')?.filename).toMatch(/_arm64\.deb$/);
    await expectSameAsApt(index, repo, 'postgresql-17');
  });
});

describe('the index cache', () => {
  it('a second client with the same cacheDir fetches only InRelease and gets the same index', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'pgforge-apt-cache-'));
    try {
      const repo = debian('trixie');
      const counted = () => {
        const urls: string[] = [];
        const fetch: typeof globalThis.fetch = (input, init) => {
          urls.push(String(input));
          return globalThis.fetch(input, init);
        };
        return { urls, fetch };
      };
      const cold = counted();
      const a = await timed('cold cache: InRelease + Packages index + parse + cache write', () =>
        packagesOf(new AptClient({ cacheDir, fetch: cold.fetch }), repo, 'main', 'amd64'),
      );
      expect(cold.urls.filter((u) => !u.endsWith('/InRelease'))).toHaveLength(1);

      const warm = counted();
      const b = await timed('warm cache (parsed entry): InRelease + read', () =>
        packagesOf(new AptClient({ cacheDir, fetch: warm.fetch }), repo, 'main', 'amd64'),
      );
      expect(warm.urls).toEqual([`${mirror()}/dists/trixie/InRelease`]);
      expect(b.size).toBe(a.size);
      for (const name of a.names()) {
        expect(b.versions(name)).toEqual(a.versions(name));
      }

      rmSync(join(cacheDir, 'parsed'), { recursive: true });
      const byHash = counted();
      const c = await timed('warm cache (by-hash file only): InRelease + decompress + parse', () =>
        packagesOf(new AptClient({ cacheDir, fetch: byHash.fetch }), repo, 'main', 'amd64'),
      );
      expect(byHash.urls).toEqual([`${mirror()}/dists/trixie/InRelease`]);
      expect(c.newest('postgresql-17')).toEqual(a.newest('postgresql-17'));
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
