import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AptClient } from '@pgforge/apt';
import type { AptRepository } from '@pgforge/apt';
import { SUITE, buildFixtureRepo, generateTestKey } from './helpers/pgdg-fixture.js';
import type { TestKey } from './helpers/pgdg-fixture.js';
import { startRepoServer } from './helpers/repo-server.js';
import type { RepoServer } from './helpers/repo-server.js';
import { packagesOf } from './helpers/packages-of.js';

// A shared CI cache restored onto this machine is played by a second copy of the cache module
// whose key lives in another state directory: the parsed index it writes is well formed, its
// block hashes and table check out, and it lies about a version.

let work: string;
let key: TestKey;
let server: RepoServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'pgforge-cache-seal-'));
  key = await generateTestKey(work);
  server = await startRepoServer(await buildFixtureRepo({ key }));
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

const repo = (): AptRepository => ({
  mirror: server.url,
  suite: SUITE,
  keyrings: [key.binaryKeyring],
});

describe('parsed indexes are sealed by the machine that parsed them', () => {
  it('one written under another key (a restored shared cache) is not used: rebuilt from the verified download', async () => {
    const cacheDir = join(work, 'cache');
    const honest = await packagesOf(new AptClient({ cacheDir }), repo(), 'main', 'amd64');
    const real = honest.newest('postgresql-17')?.version;
    expect(real).toBe('17.6-2.pgdg13+1');
    const [name] = readdirSync(join(cacheDir, 'parsed'));
    const path = join(cacheDir, 'parsed', name ?? '');
    const sha256 = (name ?? '').split('.')[0] ?? '';
    const stored = readFileSync(path);
    const body = stored.subarray(stored.indexOf('Package: '));
    const forged = Buffer.from(
      body.toString('latin1').replaceAll(real ?? '', '17.9-9.pgdg13+1'),
      'latin1',
    );

    // The other machine: same code, its own key.
    const previous = process.env.XDG_STATE_HOME;
    process.env.XDG_STATE_HOME = join(work, 'other-machine');
    vi.resetModules();
    try {
      const other = await import('../src/cache.js');
      const store = await import('../src/packages-store.js');
      const origin = { suite: SUITE, component: 'main', architecture: 'amd64', source: 'forged' };
      const { index, table } = store.indexPackagesText(origin, forged);
      expect(index.newest('postgresql-17')?.version).toBe('17.9-9.pgdg13+1');
      await new other.IndexCache(cacheDir).putStored(sha256, table, forged);
      // That machine trusts what it wrote itself.
      expect(await new other.IndexCache(cacheDir).getStored(sha256)).toBeDefined();
    } finally {
      if (previous === undefined) delete process.env.XDG_STATE_HOME;
      else process.env.XDG_STATE_HOME = previous;
    }
    expect(readFileSync(path).equals(stored)).toBe(false);

    const again = await packagesOf(new AptClient({ cacheDir }), repo(), 'main', 'amd64');
    expect(again.newest('postgresql-17')?.version).toBe(real);
    expect(readFileSync(path).equals(stored), 'rewritten under this machine’s key').toBe(true);
  });
});
