/**
 * Decompression caps: a `.deb` (control.tar and data.tar through gzip, xz or zstd), a Packages
 * index (gzip, xz through the system's xz and the WebAssembly decoder) and a Contents index
 * (streamed) stop at their limit with one error naming the file, the limit and what came out,
 * having held no more than the limit. The bombs are real: concatenated gzip members and xz
 * streams of many MiB of zeros each (readers must read them all), zstd RLE blocks.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AptClient, DebFormatError, readDeb } from '@pgforge/apt';
import type { AptRepository } from '@pgforge/apt';
import { decompress, systemXz, wasmXz } from '../src/decompress.js';
import { decompressChunks } from '../src/decompress-stream.js';
import { parseContents } from '../src/contents.js';
import { ContentsIndexError, DecompressionLimitError, HttpError } from '../src/errors.js';
import { MAX_CONTENTS_BYTES, MAX_DEB_BYTES, MAX_PACKAGES_INDEX_BYTES } from '../src/limits.js';
import { CONTROL, makeAr, makeTar } from './helpers/hand-made-deb.js';
import { generateTestKey } from './helpers/pgdg-fixture.js';
import type { TestKey } from './helpers/pgdg-fixture.js';
import { startRepoServer } from './helpers/repo-server.js';
import type { RepoServer } from './helpers/repo-server.js';
import { buildSignedRepo, debStanza } from './helpers/signed-repo.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** `total` bytes (at least) of `unit` repeated, as concatenated gzip members of 64 MiB each. */
function gzipBomb(total: number, unit = Buffer.alloc(1), head = Buffer.alloc(0)): Buffer {
  const plain = Buffer.alloc(64 * MiB, unit);
  const member = gzipSync(plain, { level: 9 });
  const parts = head.length > 0 ? [gzipSync(head)] : [];
  for (let made = 0; made < total; made += plain.length) parts.push(member);
  return Buffer.concat(parts);
}

/** `total` bytes of zeros as concatenated xz streams of 64 MiB each. */
function xzBomb(total: number): Buffer {
  const stream = execFileSync('xz', ['--compress', '--stdout', '-0'], {
    input: Buffer.alloc(64 * MiB),
    maxBuffer: 64 * MiB,
  });
  const parts: Buffer[] = [];
  for (let made = 0; made < total; made += 64 * MiB) parts.push(stream);
  return Buffer.concat(parts);
}

/** A zstd frame of RLE blocks: 4 bytes on the wire make 128 KiB of zeros. */
function zstdBomb(total: number): Buffer {
  const BLOCK = 128 * 1024;
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 7 << 3])];
  const blocks = Math.ceil(total / BLOCK);
  for (let i = 0; i < blocks; i++) {
    const h = (BLOCK << 3) | (1 << 1) | (i === blocks - 1 ? 1 : 0);
    parts.push(Buffer.from([h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff, 0]));
  }
  return Buffer.concat(parts);
}

/** A .deb whose data member is `data` under `name`, with a real control.tar.gz. */
async function debWith(name: string, data: Uint8Array): Promise<Uint8Array> {
  const control = gzipSync(await makeTar([{ name: './control', data: CONTROL }]));
  return makeAr([
    { name: 'debian-binary', data: '2.0\n' },
    { name: 'control.tar.gz', data: control },
    { name, data },
  ]);
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** Runs `task` while sampling the resident set; the most it grew, in bytes. */
async function peakGrowth(
  task: () => Promise<unknown>,
): Promise<{ result: unknown; grew: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await task();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, grew: peak - start };
  } finally {
    clearInterval(timer);
  }
}

describe('the limits', () => {
  it('are named once, with the documented defaults', () => {
    expect(MAX_DEB_BYTES).toBe(GiB);
    expect(MAX_PACKAGES_INDEX_BYTES).toBe(512 * MiB);
    expect(MAX_CONTENTS_BYTES).toBe(2 * GiB);
  });
});

describe('a .deb decompresses to at most its limit', () => {
  it('gzip: data.tar.gz bomb fails with one error naming the package, the member, the limit and the bytes so far', async () => {
    const deb = await debWith('data.tar.gz', gzipBomb(GiB));
    const { result, grew } = await peakGrowth(() =>
      failure(readDeb(deb, { source: 'bomb.deb', maxBytes: 16 * MiB })),
    );
    expect(result).toBeInstanceOf(DebFormatError);
    const message = (result as Error).message;
    expect(message).toMatch(
      /^bomb\.deb: data\.tar\.gz decompresses to more than 16 MiB \(16777216 bytes, the limit per \.deb, control\.tar and data\.tar together\); decompression stopped after \d+ bytes$/,
    );
    expect(grew).toBeLessThan(200 * MiB);
  });

  it('xz: data.tar.xz bomb stops at the limit', { timeout: 30_000 }, async () => {
    const deb = await debWith('data.tar.xz', xzBomb(256 * MiB));
    const error = await failure(readDeb(deb, { source: 'bomb.deb', maxBytes: 8 * MiB }));
    expect(error).toBeInstanceOf(DebFormatError);
    expect((error as Error).message).toContain(
      'bomb.deb: data.tar.xz decompresses to more than 8 MiB',
    );
  });

  it('zstd: a data.tar.zst of RLE blocks stops near the limit, without decoding it all at once', async () => {
    const deb = await debWith('data.tar.zst', zstdBomb(4 * GiB));
    const { result, grew } = await peakGrowth(() =>
      failure(readDeb(deb, { source: 'bomb.deb', maxBytes: 16 * MiB })),
    );
    expect(result).toBeInstanceOf(DebFormatError);
    expect((result as Error).message).toContain('data.tar.zst decompresses to more than 16 MiB');
    expect(grew).toBeLessThan(200 * MiB);
  });

  it('control.tar counts against the same limit', async () => {
    const control = gzipBomb(64 * MiB);
    const deb = makeAr([
      { name: 'debian-binary', data: '2.0\n' },
      { name: 'control.tar.gz', data: control },
      { name: 'data.tar', data: await makeTar([]) },
    ]);
    const error = await failure(readDeb(deb, { source: 'bomb.deb', maxBytes: MiB }));
    expect((error as Error).message).toContain(
      'bomb.deb: control.tar.gz decompresses to more than 1 MiB',
    );
  });

  it('a package under the limit reads as before', async () => {
    const data = gzipSync(await makeTar([{ name: './usr/share/x', data: 'x'.repeat(1000) }]));
    const deb = await debWith('data.tar.gz', data);
    const read = await readDeb(deb, { maxBytes: 64 * 1024 });
    expect(read.entries.map((e) => e.path)).toContain('usr/share/x');
  });
});

describe('index files decompress to at most their limit', () => {
  it('gzip: names the limit and what came out', async () => {
    const error = await failure(
      decompress(gzipBomb(256 * MiB), 'gz', {
        maxBytes: 4 * MiB,
        limitName: 'the limit for a Packages index',
      }),
    );
    expect(error).toBeInstanceOf(DecompressionLimitError);
    expect((error as Error).message).toMatch(
      /^decompresses to more than 4 MiB \(4194304 bytes, the limit for a Packages index\); decompression stopped after \d+ bytes$/,
    );
  });

  it('xz: the system xz and the WebAssembly decoder both stop', { timeout: 30_000 }, async () => {
    const bomb = xzBomb(128 * MiB);
    expect(await failure(systemXz(bomb, { maxBytes: 2 * MiB }))).toBeInstanceOf(
      DecompressionLimitError,
    );
    expect(await failure(wasmXz(bomb, { maxBytes: 2 * MiB }))).toBeInstanceOf(
      DecompressionLimitError,
    );
    expect(await failure(decompress(bomb, 'xz', { maxBytes: 2 * MiB }))).toBeInstanceOf(
      DecompressionLimitError,
    );
  });

  it('uncompressed: counted too', async () => {
    expect(
      await failure(decompress(Buffer.alloc(2 * MiB), 'none', { maxBytes: MiB })),
    ).toBeInstanceOf(DecompressionLimitError);
  });

  it('a Contents line without end stops at the line limit, not the index limit', async () => {
    const error = await failure(
      parseContents(decompressChunks(gzipBomb(512 * MiB), 'gz'), 'libraries', 'Contents-amd64.gz'),
    );
    expect(error).toBeInstanceOf(ContentsIndexError);
    expect((error as Error).message).toContain(
      'Contents index Contents-amd64.gz: line 1 is longer than 1 MiB',
    );
  });

  it(
    'a Contents bomb with the default limit (2 GiB) fails within seconds, holding little',
    { timeout: 60_000 },
    async () => {
      // Lines outside the scope: scanned and dropped, as a real index's are.
      const line = Buffer.from(`${'usr/share/doc/x/'.padEnd(1000, 'y')} doc/x\n`);
      const bomb = gzipBomb(3 * GiB, line);
      expect(bomb.length).toBeLessThan(16 * MiB);
      const started = Date.now();
      const { result, grew } = await peakGrowth(() =>
        failure(parseContents(decompressChunks(bomb, 'gz'), 'libraries', 'Contents-all.gz')),
      );
      expect(result).toBeInstanceOf(DecompressionLimitError);
      expect((result as Error).message).toContain('more than 2 GiB (2147483648 bytes');
      expect(grew).toBeLessThan(256 * MiB);
      expect(Date.now() - started).toBeLessThan(40_000);
    },
  );
});

describe('AptClient (local signed repository)', () => {
  let dir: string;
  let key: TestKey;
  const servers: RepoServer[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pgforge-size-limits-'));
    key = await generateTestKey(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function serve(
    indexes: Record<string, Uint8Array>,
    pool: Record<string, Uint8Array> = {},
  ): Promise<{ server: RepoServer; repo: AptRepository }> {
    const files = await buildSignedRepo({ key, suite: 'test', indexes, pool });
    const server = await startRepoServer(files, '/debian');
    servers.push(server);
    return { server, repo: { mirror: server.url, suite: 'test', keyrings: [key.binaryKeyring] } };
  }

  it('a .deb longer than the Size its signed index gives is refused without reading it all', async () => {
    const deb = await debWith('data.tar', await makeTar([]));
    const filename = 'pool/main/b/bomb/bomb_1_amd64.deb';
    const stanza = debStanza(
      { package: 'bomb', version: '1', architecture: 'amd64' },
      filename,
      deb,
    );
    const { server, repo } = await serve(
      { 'main/binary-amd64/Packages': Buffer.from(stanza) },
      { [filename]: deb },
    );
    // The mirror now serves 64 MiB more than the index vouches for.
    server.files.set(filename, Buffer.concat([deb, Buffer.alloc(64 * MiB)]));
    const client = new AptClient({ retries: 0 });
    const pkg = (await client.packages(repo, 'main', 'amd64')).newest('bomb');
    const error = await failure(client.fetchDeb(repo, pkg!));
    expect(error).toBeInstanceOf(HttpError);
    expect((error as Error).message).toContain(
      `GET ${server.url}/${filename} failed: the answer is longer than ${deb.length} bytes ` +
        '(the size the signed Packages index gives)',
    );
  });

  it(
    'a Packages.gz that decompresses past the limit names the index',
    { timeout: 30_000 },
    async () => {
      // The signed Release vouches for the bytes, not for what they decompress to.
      const bomb = gzipBomb(MAX_PACKAGES_INDEX_BYTES + 64 * MiB);
      const { repo } = await serve({ 'main/binary-amd64/Packages.gz': bomb });
      const error = await failure(new AptClient({ retries: 0 }).packages(repo, 'main', 'amd64'));
      expect((error as Error).message).toMatch(
        /^Packages index http:\/\/127\.0\.0\.1:\d+\/debian\/dists\/test\/main\/binary-amd64\/Packages\.gz: decompresses to more than 512 MiB \(536870912 bytes, the limit for a Packages index\); decompression stopped after \d+ bytes$/,
      );
    },
  );
});
