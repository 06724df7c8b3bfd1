/**
 * AptClient.fetchDeb against a local signed repository serving a package dpkg-deb built: the
 * bytes are checked against the signed index entry, cached by SHA256, re-verified on a hit.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AptClient,
  ChecksumMismatchError,
  HttpError,
  PackagesIndexError,
  readDeb,
} from '@pgforge/apt';
import type { AptRepository, BinaryPackage } from '@pgforge/apt';
import { buildDeb } from './helpers/dpkg-deb.js';
import { generateTestKey } from './helpers/pgdg-fixture.js';
import type { TestKey } from './helpers/pgdg-fixture.js';
import { startRepoServer } from './helpers/repo-server.js';
import type { RepoServer } from './helpers/repo-server.js';
import { buildSignedRepo, debStanza } from './helpers/signed-repo.js';
import { packagesOf } from './helpers/packages-of.js';

const SUITE = 'pgforge-test';
const FILENAME = 'pool/main/p/pgforge-test/pgforge-test_1.0-1_amd64.deb';

let dir: string;
let key: TestKey;
let deb: Uint8Array;
const servers: RepoServer[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pgforge-fetch-deb-'));
  key = await generateTestKey(dir);
  deb = await buildDeb({
    compression: 'xz',
    control: {
      Package: 'pgforge-test',
      Version: '1.0-1',
      Architecture: 'amd64',
      Maintainer: 'Test <test@example.invalid>',
      Description: 'test',
    },
    tree: { 'usr/share/pgforge-test/file': { type: 'file', data: 'content\n' } },
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Serves the signed index; the pool serves `served` (default: the real .deb). */
async function serve(served: Uint8Array = deb, filename = FILENAME): Promise<RepoServer> {
  const packages = debStanza(
    { package: 'pgforge-test', version: '1.0-1', architecture: 'amd64' },
    filename,
    deb,
  );
  const files = await buildSignedRepo({
    key,
    suite: SUITE,
    indexes: { 'main/binary-amd64/Packages': Buffer.from(packages) },
    pool: { [FILENAME]: served },
  });
  const server = await startRepoServer(files, '/debian');
  servers.push(server);
  return server;
}

function repoAt(server: RepoServer): AptRepository {
  return { mirror: server.url, suite: SUITE, keyrings: [key.binaryKeyring] };
}

async function stanza(client: AptClient, repo: AptRepository): Promise<BinaryPackage> {
  const pkg = (await packagesOf(client, repo, 'main', 'amd64')).newest('pgforge-test');
  expect(pkg, 'the index lists pgforge-test').toBeDefined();
  return pkg!;
}

const poolRequests = (server: RepoServer): string[] =>
  server.requests.filter((r) => r.startsWith('pool/'));

describe('AptClient.fetchDeb', () => {
  it('downloads <mirror>/<Filename> and returns the bytes the signed index vouches for', async () => {
    const server = await serve();
    const client = new AptClient();
    const repo = repoAt(server);
    const bytes = await client.fetchDeb(repo, await stanza(client, repo));
    expect(Buffer.from(bytes).equals(Buffer.from(deb))).toBe(true);
    expect(poolRequests(server)).toEqual([FILENAME]);
    expect((await readDeb(bytes)).control.get('Package')).toBe('pgforge-test');
  });

  it('concurrent calls for one package share one download', async () => {
    const server = await serve();
    const client = new AptClient();
    const repo = repoAt(server);
    const pkg = await stanza(client, repo);
    const [a, b] = await Promise.all([client.fetchDeb(repo, pkg), client.fetchDeb(repo, pkg)]);
    expect(a).toBe(b);
    expect(poolRequests(server)).toHaveLength(1);
  });

  it('caches by SHA256; a hit is hashed again and a corrupt copy is downloaded anew', async () => {
    const server = await serve();
    const repo = repoAt(server);
    const cacheDir = join(dir, 'cache-hit');
    const first = new AptClient({ cacheDir });
    const pkg = await stanza(first, repo);
    await first.fetchDeb(repo, pkg);
    const cached = join(cacheDir, 'by-hash', pkg.sha256);
    expect(readFileSync(cached).equals(Buffer.from(deb))).toBe(true);

    const second = await new AptClient({ cacheDir }).fetchDeb(repo, pkg);
    expect(Buffer.from(second).equals(Buffer.from(deb))).toBe(true);
    expect(poolRequests(server)).toHaveLength(1);

    // Same size, one byte different: only hashing can tell.
    const corrupt = Buffer.from(deb);
    corrupt[corrupt.length - 1]! ^= 0xff;
    writeFileSync(cached, corrupt);
    const third = await new AptClient({ cacheDir }).fetchDeb(repo, pkg);
    expect(Buffer.from(third).equals(Buffer.from(deb))).toBe(true);
    expect(poolRequests(server)).toHaveLength(2);
    expect(readFileSync(cached).equals(Buffer.from(deb))).toBe(true);
  });

  it('a changed byte: ChecksumMismatchError naming package, version, architecture, hashes; nothing cached', async () => {
    const changed = Buffer.from(deb);
    changed[100]! ^= 0x01;
    const server = await serve(changed);
    const repo = repoAt(server);
    const cacheDir = join(dir, 'cache-mismatch');
    const client = new AptClient({ cacheDir });
    const pkg = await stanza(client, repo);
    const error = await client.fetchDeb(repo, pkg).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChecksumMismatchError);
    const { createHash } = await import('node:crypto');
    const actual = createHash('sha256').update(changed).digest('hex');
    expect((error as Error).message).toBe(
      `pgforge-test 1.0-1 (amd64) from ${server.url}/${FILENAME}: checksum mismatch against ` +
        `the signed Packages index: expected SHA256 ${pkg.sha256} (${deb.length} bytes), ` +
        `got ${actual} (${deb.length} bytes)`,
    );
    expect((error as ChecksumMismatchError).pkg).toEqual({
      package: 'pgforge-test',
      version: '1.0-1',
      architecture: 'amd64',
    });
    expect(() => readFileSync(join(cacheDir, 'by-hash', pkg.sha256))).toThrow();
  });

  it('a short body is a mismatch too, with both sizes', async () => {
    const server = await serve(deb.subarray(0, deb.length - 100));
    const client = new AptClient();
    const repo = repoAt(server);
    const error = await client.fetchDeb(repo, await stanza(client, repo)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChecksumMismatchError);
    expect((error as Error).message).toMatch(
      new RegExp(`\\(${deb.length} bytes\\), got [0-9a-f]{64} \\(${deb.length - 100} bytes\\)$`),
    );
  });

  it('retries a 503, then succeeds', async () => {
    const server = await serve();
    server.failures.set(FILENAME, [{ status: 503 }]);
    const client = new AptClient({ retries: 1 });
    const repo = repoAt(server);
    const bytes = await client.fetchDeb(repo, await stanza(client, repo));
    expect(bytes.length).toBe(deb.length);
    expect(poolRequests(server)).toEqual([FILENAME, FILENAME]);
  });

  it('404: HttpError that says the index lists the file', async () => {
    const server = await serve(deb, 'pool/main/p/pgforge-test/missing.deb');
    const client = new AptClient();
    const repo = repoAt(server);
    const error = await client.fetchDeb(repo, await stanza(client, repo)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as Error).message).toBe(
      `GET ${server.url}/pool/main/p/pgforge-test/missing.deb failed: HTTP 404 (the signed ` +
        `Packages index lists pgforge-test 1.0-1 there; the mirror's pool may not match its index)`,
    );
  });

  it('a Filename outside the mirror is refused before any request', async () => {
    const server = await serve();
    const client = new AptClient();
    const repo = repoAt(server);
    const pkg = await stanza(client, repo);
    for (const filename of ['../../etc/passwd', '/etc/passwd', 'https://elsewhere.invalid/x.deb']) {
      const error = await client.fetchDeb(repo, { ...pkg, filename }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PackagesIndexError);
      expect((error as Error).message).toContain(
        `pgforge-test 1.0-1: Filename "${filename}" is not a path inside the mirror`,
      );
    }
    expect(poolRequests(server)).toEqual([]);
  });
});
