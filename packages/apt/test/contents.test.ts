/**
 * Contents indexes: the line format (blanks in paths, several packages, component-qualified
 * sections), the library scope, chunked input, and the client's download, checks and cache.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AptClient,
  ContentsIndexError,
  IndexNotListedError,
  createContentsIndex,
  parseContents,
} from '@pgforge/apt';
import type { ContentsScope } from '@pgforge/apt';
import { generateTestKey } from './helpers/pgdg-fixture.js';
import type { TestKey } from './helpers/pgdg-fixture.js';
import { startRepoServer } from './helpers/repo-server.js';
import type { RepoServer } from './helpers/repo-server.js';
import { buildSignedRepo } from './helpers/signed-repo.js';

const LIB = 'usr/lib/x86_64-linux-gnu';

const CONTENTS = [
  `bin                                                     admin/base-files`,
  `etc/ld.so.conf.d/x86_64-linux-gnu.conf                  libs/libc6`,
  `lib/x86_64-linux-gnu/libold.so.1                        libs/libold1`,
  `lib64/ld-linux-x86-64.so.2                              libs/libc6`,
  `${LIB}/libc.so.6                                        libs/libc6`,
  `${LIB}/libgeos_c.so.1                                   libs/libgeos-c1t64`,
  `${LIB}/libgeos_c.so.1.19.2                              libs/libgeos-c1t64`,
  `${LIB}/libgeos_c.so                                     libdevel/libgeos-dev`,
  `${LIB}/libproj.so.25\tlibs/libproj25`,
  `${LIB}/libproj.so.25.9.6.0                              libs/libproj25`,
  `${LIB}/libshared.so.3                                   libs/liba3,non-free/libs/libb3`,
  `${LIB}/name with blanks.so                              contrib/libs/libblank`,
  `${LIB}/blas/libblas.so.3                                libs/libblas3`,
  `${LIB}/perl5/5.40/Foo.so                                perl/libfoo-perl`,
  `usr/lib/libplain.so.2                                   libs/libplain2`,
  `usr/lib/python3/dist-packages/x.so                      python/python3-x`,
  `usr/lib/postgresql/17/lib/vector.so                     database/postgresql-17-pgvector`,
  `usr/share/doc/libproj25/copyright                       libs/libproj25`,
  `usr/share/postgresql/17/extension/vector.control        database/postgresql-17-pgvector`,
  `libexec/odd                                             misc/odd`,
].join('\n');

const ORIGIN = { suite: 'trixie', component: 'main', architecture: 'amd64', source: 'test' };

async function index(text: string, scope: ContentsScope = 'libraries') {
  return createContentsIndex(ORIGIN, scope, await parseContents(Buffer.from(text), scope, 'test'));
}

describe('parseContents, library scope', () => {
  it('keeps the files directly in the linker’s default directories, nothing deeper', async () => {
    const contents = await index(CONTENTS);
    expect([...contents.paths()].sort()).toEqual([
      'lib/x86_64-linux-gnu/libold.so.1',
      'lib64/ld-linux-x86-64.so.2',
      'usr/lib/libplain.so.2',
      `${LIB}/libc.so.6`,
      `${LIB}/libgeos_c.so`,
      `${LIB}/libgeos_c.so.1`,
      `${LIB}/libgeos_c.so.1.19.2`,
      `${LIB}/libproj.so.25`,
      `${LIB}/libproj.so.25.9.6.0`,
      `${LIB}/libshared.so.3`,
      `${LIB}/name with blanks.so`,
    ]);
    expect(contents.size).toBe(11);
  });

  it('answers who ships a path (leading slash or not) and what a package ships', async () => {
    const contents = await index(CONTENTS);
    expect(contents.packagesOf(`${LIB}/libgeos_c.so.1`)).toEqual(['libgeos-c1t64']);
    expect(contents.packagesOf(`/${LIB}/libgeos_c.so.1`)).toEqual(['libgeos-c1t64']);
    expect(contents.packagesOf(`${LIB}/libshared.so.3`)).toEqual(['liba3', 'libb3']);
    expect(contents.packagesOf(`${LIB}/name with blanks.so`)).toEqual(['libblank']);
    expect(contents.packagesOf('usr/share/doc/libproj25/copyright')).toEqual([]);
    expect(contents.filesOf('libproj25')).toEqual([
      `${LIB}/libproj.so.25`,
      `${LIB}/libproj.so.25.9.6.0`,
    ]);
    expect(contents.filesOf('no-such-package')).toEqual([]);
  });

  it('findLibrary searches lib/<triplet>, usr/lib/<triplet>, lib, usr/lib in that order', async () => {
    const contents = await index(
      `${CONTENTS}\nlib/libgeos_c.so.1  libs/other\nusr/lib/libgeos_c.so.1  libs/another`,
    );
    expect(contents.findLibrary('libgeos_c.so.1')).toEqual([
      { path: `${LIB}/libgeos_c.so.1`, packages: ['libgeos-c1t64'] },
      { path: 'lib/libgeos_c.so.1', packages: ['other'] },
      { path: 'usr/lib/libgeos_c.so.1', packages: ['another'] },
    ]);
    expect(contents.findLibrary('libold.so.1')).toEqual([
      { path: 'lib/x86_64-linux-gnu/libold.so.1', packages: ['libold1'] },
    ]);
    expect(contents.findLibrary('libnothing.so.9')).toEqual([]);
  });

  it('CRLF line ends, a missing final newline, blank lines and repeated paths', async () => {
    const contents = await index(
      `${LIB}/liba.so.1   libs/liba1\r\n\r\n${LIB}/liba.so.1   libs/liba1-other\n${LIB}/libz.so.1 libs/zlib1g`,
    );
    expect(contents.packagesOf(`${LIB}/liba.so.1`)).toEqual(['liba1', 'liba1-other']);
    expect(contents.packagesOf(`${LIB}/libz.so.1`)).toEqual(['zlib1g']);
  });

  it('an in-scope line without a package list is an error naming the line', async () => {
    const error = await parseContents(
      Buffer.from(`usr/share/x  doc/x\n${LIB}/libbroken.so.1\n`),
      'libraries',
      'Contents-amd64.gz',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentsIndexError);
    expect((error as Error).message).toBe(
      `Contents index Contents-amd64.gz: line 2: expected "<path> <section>/<package>[,...]", ` +
        `got "${LIB}/libbroken.so.1"`,
    );
  });

  it('any chunking of the bytes gives the same index (lines and UTF-8 split anywhere)', async () => {
    const text = Buffer.from(`${CONTENTS}\n${LIB}/libcafé.so.1   libs/libcafé1\n`);
    const whole = await parseContents(text, 'libraries', 'test');
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 40 }),
        async (cuts) => {
          const points = [0, ...cuts.sort((a, b) => a - b), text.length];
          async function* chunks() {
            for (let i = 0; i + 1 < points.length; i++)
              yield text.subarray(points[i], points[i + 1]);
          }
          expect(await parseContents(chunks(), 'libraries', 'test')).toEqual(whole);
        },
      ),
      { numRuns: 200 },
    );
    expect(whole.get(`${LIB}/libcafé.so.1`)).toEqual(['libcafé1']);
  });
});

describe('parseContents, prefix scope', () => {
  it('keeps every path under the prefixes, at any depth', async () => {
    const contents = await index(CONTENTS, {
      prefixes: ['usr/share/postgresql/', 'usr/lib/postgresql/'],
    });
    expect([...contents.paths()].sort()).toEqual([
      'usr/lib/postgresql/17/lib/vector.so',
      'usr/share/postgresql/17/extension/vector.control',
    ]);
    expect(contents.filesOf('postgresql-17-pgvector')).toHaveLength(2);
  });

  it('refuses an empty list and absolute prefixes', async () => {
    for (const prefixes of [[], ['/usr/share'], ['']]) {
      const error = await parseContents(Buffer.from(CONTENTS), { prefixes }, 'test').catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ContentsIndexError);
    }
  });
});

describe('AptClient.contents', () => {
  let dir: string;
  let key: TestKey;
  const servers: RepoServer[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pgforge-contents-'));
    key = await generateTestKey(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function serve(indexes: Record<string, Uint8Array>): Promise<RepoServer> {
    const files = await buildSignedRepo({ key, suite: 'test', indexes });
    const server = await startRepoServer(files, '/debian');
    servers.push(server);
    return server;
  }

  const repoAt = (server: RepoServer) => ({
    mirror: server.url,
    suite: 'test',
    keyrings: [key.binaryKeyring],
  });
  const contentsRequests = (server: RepoServer) =>
    server.requests.filter((r) => r.includes('Contents'));

  it('reads Contents-<arch>.gz and Contents-all.gz as the signed Release lists them', async () => {
    const server = await serve({
      'main/Contents-amd64.gz': gzipSync(CONTENTS),
      'main/Contents-all.gz': gzipSync('usr/lib/libperlish.so.1   perl/libperlish\n'),
    });
    const client = new AptClient();
    const amd64 = await client.contents(repoAt(server), 'main', 'amd64');
    expect([amd64.suite, amd64.component, amd64.architecture]).toEqual(['test', 'main', 'amd64']);
    expect(amd64.packagesOf(`${LIB}/libgeos_c.so.1`)).toEqual(['libgeos-c1t64']);
    const all = await client.contents(repoAt(server), 'main', 'all');
    expect(all.findLibrary('libperlish.so.1')).toEqual([
      { path: 'usr/lib/libperlish.so.1', packages: ['libperlish'] },
    ]);
    // Memoized per client.
    expect(await client.contents(repoAt(server), 'main', 'amd64')).toBe(amd64);
    expect(contentsRequests(server)).toEqual([
      'dists/test/main/Contents-amd64.gz',
      'dists/test/main/Contents-all.gz',
    ]);
  });

  it('caches the download and the parsed scope; a corrupt parsed file is parsed again', async () => {
    const server = await serve({ 'main/Contents-amd64.gz': gzipSync(CONTENTS) });
    const cacheDir = join(dir, 'cache');
    const first = await new AptClient({ cacheDir }).contents(repoAt(server), 'main', 'amd64');
    const parsedDir = join(cacheDir, 'parsed');
    const parsed = readdirSync(parsedDir).filter((f) => f.includes('.contents-libraries.'));
    expect(parsed).toHaveLength(1);

    const second = await new AptClient({ cacheDir }).contents(repoAt(server), 'main', 'amd64');
    expect(contentsRequests(server)).toHaveLength(1);
    expect([...second.paths()].sort()).toEqual([...first.paths()].sort());
    expect(second.packagesOf(`${LIB}/libshared.so.3`)).toEqual(['liba3', 'libb3']);

    writeFileSync(join(parsedDir, parsed[0]!), 'garbage');
    const third = await new AptClient({ cacheDir }).contents(repoAt(server), 'main', 'amd64');
    expect([...third.paths()].sort()).toEqual([...first.paths()].sort());
    // Parsed again from the cached download: still one request.
    expect(contentsRequests(server)).toHaveLength(1);

    const prefixed = await new AptClient({ cacheDir }).contents(repoAt(server), 'main', 'amd64', {
      scope: { prefixes: ['usr/share/'] },
    });
    expect(prefixed.packagesOf('usr/share/doc/libproj25/copyright')).toEqual(['libproj25']);
    expect(readdirSync(parsedDir).filter((f) => f.includes('.contents-prefixes-'))).toHaveLength(1);
  });

  it('an architecture without Contents: IndexNotListedError', async () => {
    const server = await serve({ 'main/Contents-amd64.gz': gzipSync(CONTENTS) });
    const error = await new AptClient()
      .contents(repoAt(server), 'main', 'riscv64')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexNotListedError);
    expect((error as Error).message).toContain('main/Contents-riscv64{.xz,.gz,} is not listed');
  });

  it('bytes that are listed but are not gzip: ContentsIndexError', async () => {
    const server = await serve({ 'main/Contents-amd64.gz': Buffer.from('not gzip') });
    const error = await new AptClient()
      .contents(repoAt(server), 'main', 'amd64')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentsIndexError);
    expect((error as Error).message).toMatch(/Contents-amd64\.gz: cannot be decompressed: /);
  });
});
