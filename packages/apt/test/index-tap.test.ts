/**
 * A Packages .gz is gunzipped while it downloads (gunzipTap): what the client does with each
 * tap, seen by wrapping gunzipTap. The text of bytes that match the signed Release is used; a
 * tap whose bytes do not match is aborted, so nothing goes on decompressing what was refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AptClient, MirrorOutOfSyncError } from '@pgforge/apt';
import type * as Stream from '../src/decompress-stream.js';
import { SUITE, buildFixtureRepo, generateTestKey } from './helpers/pgdg-fixture.js';
import type { TestKey } from './helpers/pgdg-fixture.js';
import { startRepoServer } from './helpers/repo-server.js';
import type { RepoServer } from './helpers/repo-server.js';

interface Seen {
  listedBytes: number | undefined;
  written: number;
  ended: boolean;
  aborted: boolean;
}
const taps: Seen[] = [];

vi.mock('../src/decompress-stream.js', async (original) => {
  const real = await original<typeof Stream>();
  return {
    ...real,
    gunzipTap: (options: Stream.GunzipTapOptions = {}) => {
      const tap = real.gunzipTap(options);
      const seen: Seen = {
        listedBytes: options.listedBytes,
        written: 0,
        ended: false,
        aborted: false,
      };
      taps.push(seen);
      return {
        write: (chunk: Uint8Array) => {
          seen.written += chunk.length;
          tap.write(chunk);
        },
        end: () => {
          seen.ended = true;
          return tap.end();
        },
        abort: () => {
          seen.aborted = true;
          tap.abort();
        },
      };
    },
  };
});

let dir: string;
let key: TestKey;
const servers: RepoServer[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pgforge-apt-tap-'));
  key = await generateTestKey(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => void taps.splice(0));
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(edit?: (text: string) => string) {
  const server = await startRepoServer(
    await buildFixtureRepo({ key, ...(edit ? { editArm64Packages: edit } : {}) }),
  );
  servers.push(server);
  return { server, repo: { mirror: server.url, suite: SUITE, keyrings: [key.binaryKeyring] } };
}

describe('a Packages .gz decompressed while it downloads', () => {
  it('one tap, fed the whole file and ended; its text is the index', async () => {
    const { server, repo } = await serve();
    const index = await new AptClient().packages(repo, 'main', 'arm64');
    expect(index.newest('postgresql-common')?.version).toBe('284.pgdg13+1');
    const gz = server.files.get(`dists/${SUITE}/main/binary-arm64/Packages.gz`);
    expect(taps).toEqual([
      { listedBytes: gz?.length, written: gz?.length, ended: true, aborted: false },
    ]);
  });

  it('bytes that do not match the signed Release: each attempt’s tap aborted', async () => {
    const { server, repo } = await serve();
    // The next sync's arm64 index served under the old InRelease, on both attempts.
    const next = await buildFixtureRepo({
      key,
      editArm64Packages: (t) => t.replace(/284\.pgdg13\+1/g, '285.pgdg13+1'),
    });
    for (const path of [...server.files.keys()]) {
      if (path.includes('binary-arm64/')) server.files.delete(path);
    }
    for (const [path, bytes] of next) {
      if (path.includes('binary-arm64/')) server.files.set(path, bytes);
    }
    const error = await new AptClient().packages(repo, 'main', 'arm64').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MirrorOutOfSyncError);
    expect(taps).toHaveLength(2);
    for (const tap of taps) expect(tap).toMatchObject({ ended: true, aborted: true });
  });
});
