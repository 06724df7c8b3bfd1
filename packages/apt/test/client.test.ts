import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AptCacheError,
  AptClient,
  HttpError,
  IndexNotListedError,
  KeyringError,
  MirrorOutOfSyncError,
  ReleaseExpiredError,
  ReleaseParseError,
  SignatureError,
  UnknownSuiteError,
} from '@pgforge/apt';
import type { AptRepository, PackageIndex } from '@pgforge/apt';
import { SUITE, buildFixtureRepo, generateTestKey } from './helpers/pgdg-fixture.js';
import type { FixtureRepoOptions, TestKey } from './helpers/pgdg-fixture.js';
import { startRepoServer } from './helpers/repo-server.js';
import type { RepoServer } from './helpers/repo-server.js';
import { packagesOf } from './helpers/packages-of.js';

let dir: string;
let key: TestKey;
let otherKey: TestKey;
const servers: RepoServer[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pgforge-apt-client-'));
  [key, otherKey] = await Promise.all([generateTestKey(dir), generateTestKey(dir, 'someone else')]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(options: Partial<FixtureRepoOptions> = {}): Promise<RepoServer> {
  const server = await startRepoServer(await buildFixtureRepo({ key, ...options }));
  servers.push(server);
  return server;
}

function repoAt(server: RepoServer, extra: Partial<AptRepository> = {}): AptRepository {
  return { mirror: server.url, suite: SUITE, keyrings: [key.binaryKeyring], ...extra };
}

/** A fetch that counts requests per path suffix (to see what was downloaded). */
function countingFetch() {
  const urls: string[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    urls.push(String(input));
    return globalThis.fetch(input, init);
  };
  return { fetch, urls };
}

const indexDownloads = (urls: string[]): string[] => urls.filter((u) => !u.endsWith('/InRelease'));

/** The one stored index a client wrote into cacheDir. */
function storedFile(cacheDir: string): string {
  const [name] = readdirSync(join(cacheDir, 'parsed'));
  if (name === undefined) throw new Error(`no stored index under ${cacheDir}`);
  return join(cacheDir, 'parsed', name);
}

function snapshot(index: PackageIndex): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of [...index.names()].sort()) {
    out[name] = index.versions(name).map((p) => `${p.version} ${p.architecture} ${p.sha256}`);
  }
  return out;
}

describe('AptClient.release', () => {
  it('recorded PGDG fixture: InRelease verifies against a binary and an armored keyring', async () => {
    const server = await serve();
    for (const keyring of [key.binaryKeyring, key.armoredKeyring]) {
      const release = await new AptClient().release(repoAt(server, { keyrings: [keyring] }));
      expect(release.suite).toBe('trixie-pgdg');
      expect(release.codename).toBe('trixie-pgdg');
      expect(release.components).toEqual(['main', '19']);
      expect(release.architectures).toEqual(['amd64', 'arm64', 'ppc64el']);
      expect(release.date?.toISOString()).toBe('2025-11-18T10:22:51.000Z');
      expect(release.validUntil).toBeUndefined();
      expect([...release.sha256.keys()]).toContain('main/binary-amd64/Packages.xz');
    }
  });

  it('accepts the key when it is one of several keyrings, and a mirror with a trailing slash', async () => {
    const server = await serve();
    const release = await new AptClient().release({
      mirror: `${server.url}/`,
      suite: SUITE,
      keyrings: [otherKey.armoredKeyring, key.binaryKeyring],
    });
    expect(release.suite).toBe(SUITE);
  });

  it('is memoized per repository within one client', async () => {
    const server = await serve();
    const client = new AptClient();
    const [a, b] = await Promise.all([
      client.release(repoAt(server)),
      client.release(repoAt(server)),
    ]);
    expect(a).toBe(b);
    expect(await client.release(repoAt(server))).toBe(a);
    expect(server.requests.filter((r) => r.endsWith('InRelease'))).toHaveLength(1);
  });

  it('refuses an InRelease signed by a key no keyring holds, naming its fingerprint and the keyrings', async () => {
    const server = await serve();
    const repo = repoAt(server, { keyrings: [otherKey.binaryKeyring, otherKey.armoredKeyring] });
    const error = await new AptClient().release(repo).catch((e) => e);
    expect(error).toBeInstanceOf(SignatureError);
    expect(error.message).toBe(
      `InRelease of ${SUITE} at ${server.url} is signed only by key(s) ${key.signingFingerprint}, ` +
        `which none of the keyrings hold; keyrings tried: ${otherKey.binaryKeyring}, ` +
        `${otherKey.armoredKeyring}`,
    );
  });

  it('refuses an InRelease whose text was changed after signing', async () => {
    const server = await serve();
    const path = `dists/${SUITE}/InRelease`;
    const text = Buffer.from(server.files.get(path) as Uint8Array).toString('utf8');
    server.files.set(path, Buffer.from(text.replace('Components: main 19', 'Components: main 20')));
    const error = await new AptClient().release(repoAt(server)).catch((e) => e);
    expect(error).toBeInstanceOf(SignatureError);
    expect(error.message).toMatch(
      new RegExp(
        `^InRelease of ${SUITE} at .* has no valid signature: invalid signature by ${key.signingFingerprint}`,
      ),
    );
    expect(error.message).toContain(`keyrings tried: ${key.binaryKeyring}`);
  });

  it('refuses an unsigned InRelease', async () => {
    const server = await serve();
    server.files.set(`dists/${SUITE}/InRelease`, Buffer.from('Suite: trixie-pgdg\nSHA256:\n'));
    await expect(new AptClient().release(repoAt(server))).rejects.toThrow(
      /is not an OpenPGP cleartext signed message/,
    );
  });

  it('names a keyring file that cannot be read, and refuses a repository without keyrings', async () => {
    const server = await serve();
    const missing = join(dir, 'missing.gpg');
    const error = await new AptClient()
      .release(repoAt(server, { keyrings: [missing] }))
      .catch((e) => e);
    expect(error).toBeInstanceOf(KeyringError);
    expect(error.message).toMatch(new RegExp(`^keyring ${missing}: cannot be read: .*ENOENT`));
    await expect(new AptClient().release(repoAt(server, { keyrings: [] }))).rejects.toThrow(
      `InRelease of ${SUITE} at ${server.url} cannot be checked: no keyrings given`,
    );
  });

  it('checks Valid-Until against the now option, and accepts expiry when allowed', async () => {
    const validUntil = new Date('2025-11-25T10:22:51Z');
    const server = await serve({ validUntil });
    const before = new AptClient({ now: () => new Date('2025-11-20T00:00:00Z') });
    expect((await before.release(repoAt(server))).validUntil).toEqual(validUntil);

    const after = new AptClient({ now: () => new Date('2025-12-01T00:00:00Z') });
    const error = await after.release(repoAt(server)).catch((e) => e);
    expect(error).toBeInstanceOf(ReleaseExpiredError);
    expect(error.message).toContain(
      `Release of ${SUITE} at ${server.url} expired on 2025-11-25T10:22:51.000Z (Valid-Until`,
    );
    expect(error.message).toContain('allow-expired-release accepts it');
    const allowed = await after.release(repoAt(server, { allowExpiredRelease: true }));
    expect(allowed.validUntil).toEqual(validUntil);
  });

  it('says which suite is not found at which mirror (404 on InRelease)', async () => {
    const server = await serve();
    const error = await new AptClient()
      .release(repoAt(server, { suite: 'bookworm-pgdg' }))
      .catch((e) => e);
    expect(error).toBeInstanceOf(UnknownSuiteError);
    expect(error.message).toBe(
      `suite bookworm-pgdg not found at ${server.url} ` +
        `(GET ${server.url}/dists/bookworm-pgdg/InRelease: HTTP 404)`,
    );
  });

  it("refuses another suite's InRelease served under this suite's name", async () => {
    const server = await serve();
    server.files.set(
      'dists/bookworm-pgdg/InRelease',
      server.files.get(`dists/${SUITE}/InRelease`) as Uint8Array,
    );
    const error = await new AptClient()
      .release(repoAt(server, { suite: 'bookworm-pgdg' }))
      .catch((e) => e);
    expect(error).toBeInstanceOf(ReleaseParseError);
    expect(error.message).toMatch(/neither of which is the suite asked for/);
  });

  it('retries a 503 (Retry-After: 0) and fails with URL and status on a lasting 500', async () => {
    const server = await serve();
    const path = `dists/${SUITE}/InRelease`;
    server.failures.set(path, [{ status: 503, headers: { 'retry-after': '0' } }]);
    expect((await new AptClient().release(repoAt(server))).suite).toBe(SUITE);

    server.failures.set(path, [{ status: 500 }, { status: 500 }]);
    const client = new AptClient({ retries: 1 });
    const error = await client.release(repoAt(server)).catch((e) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toBe(
      `GET ${server.url}/${path} failed: HTTP 500 Internal Server Error (after 2 attempts)`,
    );
    // The failure is not memoized: the next call tries again (and the server now answers).
    expect((await client.release(repoAt(server))).suite).toBe(SUITE);
  });
});

describe('AptClient.packages', () => {
  it('recorded PGDG fixture: trixie-pgdg main amd64 from Packages.gz, newest first', async () => {
    const server = await serve();
    const index = await new AptClient().packages(repoAt(server), 'main', 'amd64');
    expect([index.suite, index.component, index.architecture]).toEqual([SUITE, 'main', 'amd64']);
    expect(index.size).toBe(17);
    expect(index.versions('postgresql-17').map((p) => p.version)).toEqual([
      '17.6-2.pgdg13+1',
      '17.6-1.pgdg13+1',
      '17.5-1.pgdg13+1',
    ]);
    expect(index.newest('postgresql-17')?.version).toBe('17.6-2.pgdg13+1');
    expect(index.newest('postgresql-17', (p) => p.version.startsWith('17.5'))?.version).toBe(
      '17.5-1.pgdg13+1',
    );
    expect(index.newest('postgresql-18')?.version).toBe('18.1-1.pgdg13+1');
    expect(index.newest('postgresql-19')).toBeUndefined();
    const vector = index.newest('postgresql-17-pgvector');
    expect(vector).toMatchObject({
      version: '0.8.1-1.pgdg13+2',
      source: 'pgvector',
      sourceVersion: '0.8.1-1.pgdg13+1',
      filename: 'pool/main/p/pgvector/postgresql-17-pgvector_0.8.1-1.pgdg13+2_amd64.deb',
      depends: 'postgresql-17, libc6 (>= 2.14)',
    });
    expect(index.newest('postgresql-18-pgvector')?.version).toBe('0.8.1-1.pgdg13+1');
    expect(index.newest('postgresql-17-pgaudit')?.version).toBe('17.1-1.pgdg13+1');
    expect(index.newest('postgresql-common')?.architecture).toBe('all');
    expect(index.newest('libpq5')?.source).toBe('postgresql-18');
    // Downloaded by hash, the .gz (quickest to decode) of the three the Release lists.
    const indexRequests = server.requests.filter((r) => !r.endsWith('InRelease'));
    expect(indexRequests).toHaveLength(1);
    expect(indexRequests[0]).toMatch(
      /^dists\/trixie-pgdg\/main\/binary-amd64\/by-hash\/SHA256\/[0-9a-f]{64}$/,
    );
    expect(server.files.get(indexRequests[0] as string)).toBe(
      server.files.get(`dists/${SUITE}/main/binary-amd64/Packages.gz`),
    );
  });

  it('recorded PGDG fixture: Packages.xz when the Release lists no .gz', async () => {
    const server = await serve({
      editRelease: (text) => text.replace(/^.*main\/binary-amd64\/Packages\.gz\n/m, ''),
    });
    const index = await new AptClient().packages(repoAt(server), 'main', 'amd64');
    expect(index.newest('postgresql-17')?.version).toBe('17.6-2.pgdg13+1');
    const indexRequests = server.requests.filter((r) => !r.endsWith('InRelease'));
    expect(indexRequests).toHaveLength(1);
    expect(server.files.get(indexRequests[0] as string)).toBe(
      server.files.get(`dists/${SUITE}/main/binary-amd64/Packages.xz`),
    );
  });

  it('recorded PGDG fixture: the preview component 19 from an uncompressed Packages', async () => {
    const server = await serve();
    const index = await new AptClient().packages(repoAt(server), '19', 'amd64');
    expect(index.newest('postgresql-19')?.version).toBe('19~beta3-1.pgdg13+1');
    expect(index.versions('postgresql-19').map((p) => p.version)).toEqual([
      '19~beta3-1.pgdg13+1',
      '19~beta2-1.pgdg13+1',
    ]);
    expect(index.newest('libpq5')?.version).toBe('19~beta3-1.pgdg13+1');
    expect(index.newest('postgresql-19-pgvector')?.source).toBe('pgvector');
  });

  it('recorded PGDG fixture: arm64 from Packages.gz, falling back from by-hash to the file name', async () => {
    const server = await serve();
    for (const path of [...server.files.keys()]) {
      if (path.includes('/by-hash/')) server.files.delete(path);
    }
    const index = await new AptClient().packages(repoAt(server), 'main', 'arm64');
    expect(index.newest('postgresql-18')).toMatchObject({
      version: '18.1-1.pgdg13+1',
      architecture: 'arm64',
    });
    expect(index.newest('postgresql-17')?.version).toBe('17.6-2.pgdg13+1');
    expect(server.requests.filter((r) => !r.endsWith('InRelease'))).toEqual([
      expect.stringMatching(/^dists\/trixie-pgdg\/main\/binary-arm64\/by-hash\/SHA256\//),
      'dists/trixie-pgdg/main/binary-arm64/Packages.gz',
    ]);
  });

  it('names the path, components and architectures of an index the Release does not list', async () => {
    const server = await serve();
    const client = new AptClient();
    const error = await client.packages(repoAt(server), 'main', 's390x').catch((e) => e);
    expect(error).toBeInstanceOf(IndexNotListedError);
    expect(error.message).toBe(
      `main/binary-s390x/Packages{.xz,.gz,} is not listed in the Release of ${SUITE} at ` +
        `${server.url} (its components: main 19; architectures: amd64 arm64 ppc64el)`,
    );
    await expect(client.packages(repoAt(server), 'contrib', 'amd64')).rejects.toThrow(
      IndexNotListedError,
    );
  });

  it('refuses an index whose bytes differ from the Release, also after InRelease is fetched again', async () => {
    const server = await serve();
    const tampered = Buffer.from('Package: evil\n');
    for (const path of server.files.keys()) {
      if (path.includes('binary-amd64/')) server.files.set(path, tampered);
    }
    const error = await new AptClient().packages(repoAt(server), 'main', 'amd64').catch((e) => e);
    expect(error).toBeInstanceOf(MirrorOutOfSyncError);
    expect(error.message).toMatch(
      new RegExp(
        `^${server.url.replace(/\./g, '\\.')}/dists/trixie-pgdg/main/binary-amd64/by-hash/SHA256/[0-9a-f]{64} ` +
          `does not match the signed InRelease of trixie-pgdg at ${server.url.replace(/\./g, '\\.')}, ` +
          'also after InRelease was fetched again: expected SHA256 [0-9a-f]{64} \\(\\d+ bytes\\), ' +
          `got ${error.actual.sha256} \\(14 bytes\\)\\. The mirror is probably in the middle of a sync: ` +
          'retry in a while, or point the configuration .* at another mirror\\.',
      ),
    );
    expect(error.expected.sha256).not.toBe(error.actual.sha256);
    expect(server.requests.filter((r) => r.endsWith('/InRelease'))).toHaveLength(2);
  });

  it('retries an index download cut off by a connection reset', async () => {
    const server = await serve();
    const client = new AptClient();
    const release = await client.release(repoAt(server));
    const xz = release.sha256.get('main/binary-amd64/Packages.xz')?.sha256;
    server.failures.set(`dists/${SUITE}/main/binary-amd64/by-hash/SHA256/${xz}`, ['reset']);
    const index = await client.packages(repoAt(server), 'main', 'amd64');
    expect(index.newest('postgresql-17')?.version).toBe('17.6-2.pgdg13+1');
  });

  it('downloads each index once per client', async () => {
    const server = await serve();
    const client = new AptClient();
    const [a, b] = await Promise.all([
      client.packages(repoAt(server), 'main', 'amd64'),
      client.packages(repoAt(server), 'main', 'amd64'),
    ]);
    expect(a).toBe(b);
    expect(await client.packages(repoAt(server), 'main', 'amd64')).toBe(a);
    expect(server.requests).toHaveLength(2);
  });
});

describe('AptClient cache', () => {
  it('recorded PGDG fixture: a second client with the same cacheDir downloads only InRelease', async () => {
    const server = await serve();
    const cacheDir = mkdtempSync(join(dir, 'cache-'));
    const first = countingFetch();
    const a = await packagesOf(
      new AptClient({ cacheDir, fetch: first.fetch }),
      repoAt(server),
      'main',
      'amd64',
    );
    expect(indexDownloads(first.urls)).toHaveLength(1);
    expect(readdirSync(join(cacheDir, 'by-hash'))).toHaveLength(1);
    expect(readdirSync(join(cacheDir, 'parsed'))).toHaveLength(1);

    const second = countingFetch();
    const b = await packagesOf(
      new AptClient({ cacheDir, fetch: second.fetch }),
      repoAt(server),
      'main',
      'amd64',
    );
    expect(second.urls).toEqual([`${server.url}/dists/${SUITE}/InRelease`]);
    expect(snapshot(b)).toEqual(snapshot(a));
    expect(b.newest('postgresql-17-pgvector')).toEqual(a.newest('postgresql-17-pgvector'));
    expect(b.size).toBe(a.size);
  });

  it('stores a cold index while the run goes on: settled() waits for it, a failed store only warns', async () => {
    const server = await serve();
    const cacheDir = mkdtempSync(join(dir, 'cache-'));
    const client = new AptClient({ cacheDir });
    const index = await client.packages(repoAt(server), 'main', 'amd64');
    await client.settled();
    // The stored file itself, in place: no temporary file left mid-write.
    expect(readdirSync(join(cacheDir, 'parsed'))).toEqual([
      expect.stringMatching(/^[0-9a-f]{64}\.v\d+$/),
    ]);
    expect(index.newest('postgresql-17')).toBeDefined();

    // parsed/ is a file: nothing can be stored under it, and the run still has its index.
    const blocked = mkdtempSync(join(dir, 'cache-'));
    writeFileSync(join(blocked, 'parsed'), 'not a directory');
    const warnings: string[] = [];
    const other = new AptClient({ cacheDir: blocked, warn: (m) => warnings.push(m) });
    const same = await other.packages(repoAt(server), 'main', 'amd64');
    await other.settled();
    expect(same.newest('postgresql-17')).toEqual(index.newest('postgresql-17'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^http:\/\/\S+\/Packages\S* could not be stored for the next run: APT cache \S*parsed\/[0-9a-f]{64}\.v\d+: cannot be written: /,
    );
  });

  it('re-downloads a corrupted by-hash entry and repairs it', async () => {
    const server = await serve();
    const cacheDir = mkdtempSync(join(dir, 'cache-'));
    const a = await packagesOf(new AptClient({ cacheDir }), repoAt(server), '19', 'amd64');
    const [hash] = readdirSync(join(cacheDir, 'by-hash'));
    const cached = join(cacheDir, 'by-hash', hash as string);
    const good = readFileSync(cached);
    writeFileSync(cached, Buffer.concat([good.subarray(0, 100), Buffer.from('garbage')]));
    for (const name of readdirSync(join(cacheDir, 'parsed'))) {
      writeFileSync(join(cacheDir, 'parsed', name), 'not what was written');
    }
    const again = countingFetch();
    const b = await packagesOf(
      new AptClient({ cacheDir, fetch: again.fetch }),
      repoAt(server),
      '19',
      'amd64',
    );
    expect(indexDownloads(again.urls)).toHaveLength(1);
    expect(snapshot(b)).toEqual(snapshot(a));
    expect(readFileSync(cached).equals(good)).toBe(true);
  });

  it('rebuilds a stored index whose table is damaged from the by-hash file without downloading', async () => {
    const server = await serve();
    const cacheDir = mkdtempSync(join(dir, 'cache-'));
    const a = await packagesOf(new AptClient({ cacheDir }), repoAt(server), 'main', 'amd64');
    const path = storedFile(cacheDir);
    const good = readFileSync(path);
    // The table line of postgresql-17 (a name, a tab, its stanzas' byte ranges) comes before
    // the Packages text, where the name is followed by a newline.
    const at = good.indexOf('postgresql-17\t');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(good.indexOf('Package: '));
    const damaged = Buffer.from(good);
    damaged[at + 'postgresql-17\t'.length] = '9'.charCodeAt(0);
    writeFileSync(path, damaged);
    const again = countingFetch();
    const b = await packagesOf(
      new AptClient({ cacheDir, fetch: again.fetch }),
      repoAt(server),
      'main',
      'amd64',
    );
    expect(indexDownloads(again.urls)).toEqual([]);
    expect(b.newest('postgresql-17')?.version).toBe('17.6-2.pgdg13+1');
    expect(snapshot(b)).toEqual(snapshot(a));
    expect(readFileSync(path).equals(good)).toBe(true);
  });
});

describe('cache housekeeping', () => {
  it('a read marks the stored index used; files unused for two weeks go before the next client reads', async () => {
    const server = await serve();
    const cacheDir = mkdtempSync(join(dir, 'cache-'));
    await packagesOf(new AptClient({ cacheDir }), repoAt(server), 'main', 'amd64');
    const stored = storedFile(cacheDir);
    const [compressed] = readdirSync(join(cacheDir, 'by-hash'));
    const day = 24 * 60 * 60 * 1000;
    const ago = (days: number) => new Date(Date.now() - days * day);
    utimesSync(stored, ago(10), ago(10));
    utimesSync(join(cacheDir, 'by-hash', compressed as string), ago(20), ago(20));
    const unrelated = join(cacheDir, 'by-hash', '0'.repeat(64));
    writeFileSync(unrelated, 'an index of a suite no longer read');
    utimesSync(unrelated, ago(20), ago(20));
    // The first client pruned already today; make it due again.
    utimesSync(join(cacheDir, '.pruned'), ago(2), ago(2));

    const again = countingFetch();
    const b = await packagesOf(
      new AptClient({ cacheDir, fetch: again.fetch }),
      repoAt(server),
      'main',
      'amd64',
    );
    expect([...b.names()].length).toBeGreaterThan(0);
    expect(indexDownloads(again.urls)).toEqual([]);
    // The stored copy answered and is marked; the compressed file it was made from, unread for
    // twenty days, went with the unrelated one.
    expect(Date.now() - statSync(stored).mtimeMs).toBeLessThan(60_000);
    expect(readdirSync(join(cacheDir, 'by-hash'))).toEqual([]);
  });
});

describe('the stored index', () => {
  it('answers from the table without reading the Packages text, then reads only the blocks it needs', async () => {
    const server = await serve();
    const cacheDir = mkdtempSync(join(dir, 'cache-'));
    const a = await packagesOf(new AptClient({ cacheDir }), repoAt(server), 'main', 'amd64');
    const b = await packagesOf(new AptClient({ cacheDir }), repoAt(server), 'main', 'amd64');
    expect(b).not.toBe(a);
    expect([...b.names()].sort()).toEqual([...a.names()].sort());
    for (const name of a.names()) {
      expect(b.versions(name)).toEqual(a.versions(name));
      expect(b.required()).toEqual(a.required());
    }
    const virtuals = new Set(
      [...a.names()]
        .flatMap((n) => a.versions(n))
        .flatMap((p) =>
          p.provides
            .split(',')
            .map((v) => v.trim().split(/[\s(]/)[0] ?? '')
            .filter(Boolean),
        ),
    );
    for (const v of [...virtuals, 'no-such-virtual']) {
      expect([...b.providers(v)].sort()).toEqual([...a.providers(v)].sort());
    }
    expect(b.newest('no-such-package')).toBeUndefined();
  });

  it('a damaged block of the stored text fails naming the file, which is removed; the next run rebuilds it offline', async () => {
    const server = await serve();
    const cacheDir = mkdtempSync(join(dir, 'cache-'));
    const a = await packagesOf(new AptClient({ cacheDir }), repoAt(server), 'main', 'amd64');
    const path = storedFile(cacheDir);
    const good = readFileSync(path);
    const at = good.indexOf('Version: 17.6-2.pgdg13+1');
    expect(at).toBeGreaterThan(0);
    const damaged = Buffer.from(good);
    damaged.write('9', at + 'Version: '.length, 'latin1');
    writeFileSync(path, damaged);

    const b = await packagesOf(new AptClient({ cacheDir }), repoAt(server), 'main', 'amd64');
    const error = (() => {
      try {
        b.newest('postgresql-17');
        return undefined;
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(AptCacheError);
    expect(error?.message).toContain(path);
    expect(error?.message).toMatch(/does not match its hash\); it was removed/);
    expect(existsSync(path)).toBe(false);

    const again = countingFetch();
    const c = await packagesOf(
      new AptClient({ cacheDir, fetch: again.fetch }),
      repoAt(server),
      'main',
      'amd64',
    );
    expect(indexDownloads(again.urls)).toEqual([]);
    expect(c.newest('postgresql-17')).toEqual(a.newest('postgresql-17'));
  });
});

describe('the stored index, damaged or replaced', () => {
  it.each(['-1', '99999999999', '3', 'x'])(
    'a header whose table length is %j counts as absent: rebuilt from the by-hash file',
    async (length) => {
      const server = await serve();
      const cacheDir = mkdtempSync(join(dir, 'cache-'));
      const a = await packagesOf(new AptClient({ cacheDir }), repoAt(server), 'main', 'amd64');
      const path = storedFile(cacheDir);
      const good = readFileSync(path);
      const newline = good.indexOf(0x0a);
      const fields = good.toString('latin1', 0, newline).split(' ');
      fields[2] = length;
      writeFileSync(
        path,
        Buffer.concat([Buffer.from(fields.join(' '), 'latin1'), good.subarray(newline)]),
      );
      const again = countingFetch();
      const b = await packagesOf(
        new AptClient({ cacheDir, fetch: again.fetch }),
        repoAt(server),
        'main',
        'amd64',
      );
      expect(indexDownloads(again.urls)).toEqual([]);
      expect(b.newest('postgresql-17')).toEqual(a.newest('postgresql-17'));
      expect(readFileSync(path).equals(good)).toBe(true);
    },
  );

  it('a file removed after its table was read fails naming it, and is not blamed as damaged', async () => {
    const server = await serve();
    const cacheDir = mkdtempSync(join(dir, 'cache-'));
    await packagesOf(new AptClient({ cacheDir }), repoAt(server), 'main', 'amd64');
    const path = storedFile(cacheDir);
    const b = await packagesOf(new AptClient({ cacheDir }), repoAt(server), 'main', 'amd64');
    rmSync(path);
    expect(() => b.newest('postgresql-17')).toThrow(AptCacheError);
    expect(() => b.newest('postgresql-17')).toThrow(
      /was removed or replaced while this run read it/,
    );
  });
});

describe('a mirror caught mid-sync', () => {
  // The next sync's arm64 index: one version newer, as a mirror serves it while its InRelease
  // is still the previous one.
  const bump = (text: string): string => text.replace(/284\.pgdg13\+1/g, '285.pgdg13+1');
  const arm64Gz = `dists/${SUITE}/main/binary-arm64/Packages.gz`;

  /** A fetch that records each request's URL and its Cache-Control header. */
  function recordingFetch(onRequest?: (url: string) => void) {
    const seen: { url: string; cacheControl: string | null }[] = [];
    const fetch: typeof globalThis.fetch = (input, init) => {
      const url = String(input);
      seen.push({ url, cacheControl: new Headers(init?.headers).get('cache-control') });
      onRequest?.(url);
      return globalThis.fetch(input, init);
    };
    return { fetch, seen };
  }

  /** Serves `old`'s InRelease with `next`'s arm64 index, and no by-hash copy of the old one. */
  function midSync(old: RepoServer, next: Map<string, Uint8Array>): void {
    for (const path of [...old.files.keys()]) {
      if (path.includes('binary-arm64/')) old.files.delete(path);
    }
    for (const [path, bytes] of next)
      if (path.includes('binary-arm64/')) old.files.set(path, bytes);
  }

  it('fetches InRelease again past the caches on a mismatch, and goes on when the sync has finished', async () => {
    const server = await serve();
    const next = await buildFixtureRepo({ key, editArm64Packages: bump });
    midSync(server, next);
    let finished = false;
    const { fetch, seen } = recordingFetch((url) => {
      // The sync finishes while the client downloads the index of the previous one.
      if (url.includes('binary-arm64') && !finished) {
        finished = true;
        server.files.set(`dists/${SUITE}/InRelease`, next.get(`dists/${SUITE}/InRelease`)!);
      }
    });
    const index = await new AptClient({ fetch }).packages(repoAt(server), 'main', 'arm64');
    expect(index.newest('postgresql-common')?.version).toBe('285.pgdg13+1');
    const releases = seen.filter((r) => r.url.endsWith('/InRelease'));
    expect(releases.map((r) => r.cacheControl)).toEqual([null, 'no-cache']);
    // The retry of the index itself also goes past the caches.
    expect(seen.at(-1)?.cacheControl).toBe('no-cache');
  });

  it('stops with one error naming the file and the mirror when the index stays out of sync', async () => {
    const server = await serve();
    midSync(server, await buildFixtureRepo({ key, editArm64Packages: bump }));
    const error = await new AptClient().packages(repoAt(server), 'main', 'arm64').catch((e) => e);
    expect(error).toBeInstanceOf(MirrorOutOfSyncError);
    expect(error.url).toBe(`${server.url}/${arm64Gz}`);
    expect(error.message).toContain(`at ${server.url}`);
    expect(error.message).toContain('mid');
  });

  it('uses a Contents index that does not match, with a warning, marked unverified', async () => {
    const listed = gzipSync('usr/lib/aarch64-linux-gnu/libfoo.so.1  libs/libfoo1\n');
    const served = gzipSync('usr/lib/aarch64-linux-gnu/libfoo.so.2  libs/libfoo2\n');
    const path = 'main/Contents-arm64.gz';
    const server = await serve({ extraIndexes: [{ path, bytes: listed }] });
    const warnings: string[] = [];
    const client = (): AptClient =>
      new AptClient({ cacheDir: join(dir, 'contents-cache'), warn: (m) => warnings.push(m) });

    const good = await client().contents(repoAt(server), 'main', 'arm64');
    expect(good.verified).toBe(true);
    expect(good.findLibrary('libfoo.so.1')[0]?.packages).toEqual(['libfoo1']);
    expect(warnings).toEqual([]);

    rmSync(join(dir, 'contents-cache'), { recursive: true, force: true });
    // Neither the name nor the by-hash path serves the listed file any more.
    for (const [p, bytes] of [...server.files]) {
      if (Buffer.from(bytes).equals(listed)) server.files.delete(p);
    }
    server.files.set(`dists/${SUITE}/${path}`, served);
    const hint = await client().contents(repoAt(server), 'main', 'arm64');
    expect(hint.verified).toBe(false);
    expect(hint.findLibrary('libfoo.so.2')[0]?.packages).toEqual(['libfoo2']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${server.url}/dists/${SUITE}/${path} does not match`);
    expect(warnings[0]).toContain('hint');
  });

  it('reads binary-all only when the Release lists `all` and does not say its stanzas are in binary-<arch>', async () => {
    const all = Buffer.from(
      [
        'Package: only-in-binary-all',
        'Version: 1.0-1',
        'Architecture: all',
        'Filename: pool/main/o/only/only-in-binary-all_1.0-1_all.deb',
        'Size: 100',
        `SHA256: ${'a'.repeat(64)}`,
        '',
      ].join('\n'),
    );
    const extraIndexes = [{ path: 'main/binary-all/Packages.gz', bytes: gzipSync(all) }];
    // apt reads binary-all where the Release's Architectures names `all`.
    const withAll = (text: string): string => text.replace(/^(Architectures: .*)$/m, '$1 all');
    const merged = await serve({ extraIndexes, editRelease: withAll });
    const index = await new AptClient().packages(repoAt(merged), 'main', 'arm64');
    expect(index.newest('only-in-binary-all')?.version).toBe('1.0-1');
    expect(index.newest('postgresql-common')?.version).toBe('284.pgdg13+1');

    const debian = await serve({
      extraIndexes,
      editRelease: (text) =>
        withAll(text).replace(
          'Acquire-By-Hash: yes',
          'Acquire-By-Hash: yes\nNo-Support-for-Architecture-all: Packages',
        ),
    });
    const own = await new AptClient().packages(repoAt(debian), 'main', 'arm64');
    expect(own.newest('only-in-binary-all')).toBeUndefined();
    // Asked for `all`, it answers from binary-amd64's architecture-all stanzas.
    const all2 = await new AptClient().packages(repoAt(debian), 'main', 'all');
    expect(all2.newest('only-in-binary-all')).toBeUndefined();
    expect(all2.newest('postgresql-common')?.architecture).toBe('all');
    expect([...all2.names()].every((n) => all2.newest(n)?.architecture === 'all')).toBe(true);
    expect(debian.requests.some((r) => r.includes('binary-all'))).toBe(false);

    // Debian's security archive lists a binary-all index but not `all` among its
    // Architectures: apt never reads it, so a stale one mid-sync must not stop the run.
    const security = await serve({ extraIndexes });
    const fixes = await new AptClient().packages(repoAt(security), 'main', 'arm64');
    expect(fixes.newest('only-in-binary-all')).toBeUndefined();
    expect(security.requests.some((r) => r.includes('binary-all'))).toBe(false);
  });
});
