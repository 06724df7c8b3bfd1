import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AptClient, ReleaseFutureError, ReleaseReplayError } from '@pgforge/apt';
import type { AptRepository } from '@pgforge/apt';
import { RELEASE_DATE, SUITE, buildFixtureRepo, generateTestKey } from './helpers/pgdg-fixture.js';
import type { TestKey } from './helpers/pgdg-fixture.js';
import { startRepoServer } from './helpers/repo-server.js';
import type { RepoServer } from './helpers/repo-server.js';

// A local HTTP mirror serving a validly signed fixture repository; what changes between
// requests is only which (validly signed) InRelease it answers with.

let key: TestKey;
let work: string;
const servers: RepoServer[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'pgforge-release-dates-'));
  key = await generateTestKey(work);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(work, { recursive: true, force: true });
});

const rfc2822 = (date: Date): string => date.toUTCString().replace('GMT', 'UTC');

/** The repository's files with the Release dated `date` (signed as the fixture signs). */
function dated(date: Date): Promise<Map<string, Uint8Array>> {
  return buildFixtureRepo({
    key,
    editRelease: (text) => text.replace(/^Date: .*$/m, `Date: ${rfc2822(date)}`),
  });
}

const repoAt = (server: RepoServer): AptRepository => ({
  mirror: server.url,
  suite: SUITE,
  keyrings: [key.binaryKeyring],
});

const NEWER = new Date(RELEASE_DATE.getTime() + 86_400_000);
const now = (): Date => new Date(RELEASE_DATE.getTime() + 2 * 86_400_000);

describe('Release dates: replay and freeze', () => {
  it('refuses a validly signed Release older than one seen before, naming mirror, suite and both dates', async () => {
    const files = await dated(NEWER);
    const server = await startRepoServer(files);
    servers.push(server);
    const cacheDir = join(work, 'replay');
    const first = await new AptClient({ cacheDir, now }).release(repoAt(server));
    expect(first.date).toEqual(NEWER);

    // The mirror (or someone between) now answers with the older, still validly signed index.
    const old = await dated(RELEASE_DATE);
    files.set(`dists/${SUITE}/InRelease`, old.get(`dists/${SUITE}/InRelease`) as Uint8Array);
    const error = await new AptClient({ cacheDir, now })
      .release(repoAt(server))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReleaseReplayError);
    expect((error as Error).message).toBe(
      `Release of ${SUITE} at ${server.url} is dated ${RELEASE_DATE.toISOString()}, older than ` +
        `the one seen before (${NEWER.toISOString()}); refusing an old index that may be ` +
        'replayed to hide updates. If the mirror is still syncing, run again once it has caught up',
    );
    // The same Release again, or a newer one, is fine; a client without memory has none.
    files.set(
      `dists/${SUITE}/InRelease`,
      (await dated(NEWER)).get(`dists/${SUITE}/InRelease`) as Uint8Array,
    );
    await expect(new AptClient({ cacheDir, now }).release(repoAt(server))).resolves.toBeDefined();
  });

  it('refuses a Release dated in the future beyond the skew', async () => {
    const future = new Date(now().getTime() + 2 * 3_600_000);
    const server = await startRepoServer(await dated(future));
    servers.push(server);
    const error = await new AptClient({ now }).release(repoAt(server)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReleaseFutureError);
    expect((error as Error).message).toBe(
      `Release of ${SUITE} at ${server.url} is dated ${future.toISOString()}, more than 60 ` +
        `minutes after now (${now().toISOString()}); check this machine's clock`,
    );
    const skewed = await startRepoServer(await dated(new Date(now().getTime() + 600_000)));
    servers.push(skewed);
    await expect(new AptClient({ now }).release(repoAt(skewed))).resolves.toBeDefined();
  });

  it('does not believe a recorded date in the future (a planted file stops nothing)', async () => {
    const server = await startRepoServer(await dated(NEWER));
    servers.push(server);
    const cacheDir = join(work, 'planted');
    const file = join(cacheDir, 'release-dates.json');
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, JSON.stringify({ [`${server.url} ${SUITE}`]: '2999-01-01T00:00:00.000Z' }));
    await expect(new AptClient({ cacheDir, now }).release(repoAt(server))).resolves.toBeDefined();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      [`${server.url} ${SUITE}`]: NEWER.toISOString(),
    });
  });
});
