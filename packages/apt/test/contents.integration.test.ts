/**
 * Debian's real Contents indexes: who ships libgeos_c.so.1 on trixie amd64, what PROJ's
 * library package ships, and how long a cold (download + parse) and a warm (parsed cache)
 * read take. The mirror may be mid-sync when this runs (its Contents not what its InRelease
 * lists, seen here on 2026-12-02): the index is then still read, marked unverified, with a
 * warning, and is not cached; both states are asserted for what they must be.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AptClient } from '@pgforge/apt';
import type { AptRepository, ContentsIndex } from '@pgforge/apt';
import { packagesOf } from './helpers/packages-of.js';

const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
const repo: AptRepository = { mirror: inject('mirror'), suite: 'trixie', keyrings: [KEYRING] };
const LIB = 'usr/lib/x86_64-linux-gnu';

let cacheDir: string;
const warnings: string[] = [];
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'pgforge-contents-it-'));
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

/** contents() on a new client sharing the cache, timed without the InRelease fetch. */
async function timedContents(
  architecture: string,
  label: string,
): Promise<{ index: ContentsIndex; seconds: number }> {
  const client = new AptClient({ cacheDir, warn: (m) => warnings.push(m) });
  await client.release(repo);
  const start = performance.now();
  const index = await client.contents(repo, 'main', architecture);
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `trixie main Contents-${architecture} ${label}: ${seconds.toFixed(2)} s, ` +
      `${index.size} library paths kept, ${index.verified ? 'matches' : 'does NOT match'} the signed Release`,
  );
  return { index, seconds };
}

/** A matching file is cached (warm is faster) and warns nothing; another one warns, each time. */
function expectVerifiedOrWarned(
  architecture: string,
  cold: { index: ContentsIndex; seconds: number },
  warm: { index: ContentsIndex; seconds: number },
): void {
  const said = warnings.filter((w) => w.includes(`/main/Contents-${architecture}`));
  expect(warm.index.verified).toBe(cold.index.verified);
  if (cold.index.verified) {
    expect(said).toEqual([]);
    expect(warm.seconds).toBeLessThan(cold.seconds);
  } else {
    expect(said).toHaveLength(2);
    for (const w of said)
      expect(w).toMatch(/does not match the signed InRelease of trixie .* hint/);
  }
}

describe('Contents indexes of trixie', () => {
  it('amd64: libgeos_c.so.1 comes from libgeos-c1*, PROJ’s library package ships libproj.so.*; cold and warm', async () => {
    const cold = await timedContents('amd64', 'cold (download, verify, gunzip, scan)');
    const warm = await timedContents('amd64', 'warm (parsed cache)');
    expectVerifiedOrWarned('amd64', cold, warm);
    expect([...warm.index.paths()].sort()).toEqual([...cold.index.paths()].sort());

    const contents = warm.index;
    const geos = contents.packagesOf(`${LIB}/libgeos_c.so.1`);
    expect(geos).toHaveLength(1);
    expect(geos[0]).toMatch(/^libgeos-c1/);
    expect(contents.findLibrary('libgeos_c.so.1').map((m) => m.path)).toEqual([
      `${LIB}/libgeos_c.so.1`,
    ]);

    // PROJ's shared-library package: the binary of source "proj" named libproj<soversion>.
    const index = await packagesOf(new AptClient({ cacheDir }), repo, 'main', 'amd64');
    const projLibs = [...index.names()].filter(
      (n) => /^libproj\d+$/.test(n) && index.newest(n)?.source === 'proj',
    );
    expect(projLibs, 'one libproj<N> package built from proj').toHaveLength(1);
    const files = contents.filesOf(projLibs[0]!);
    console.log(`${projLibs[0]} ships (library scope): ${files.join(', ')}`);
    expect(files.some((f) => new RegExp(`^${LIB}/libproj\\.so\\.\\d+`).test(f))).toBe(true);
    // Files outside the library directories are not kept.
    expect(files.every((f) => f.startsWith(`${LIB}/`))).toBe(true);
  });

  it('Contents-all (architecture-independent packages) is listed and read too', async () => {
    const cold = await timedContents('all', 'cold (download, verify, gunzip, scan)');
    const warm = await timedContents('all', 'warm (parsed cache)');
    expectVerifiedOrWarned('all', cold, warm);
    expect(warm.index.size).toBe(cold.index.size);
    expect(cold.index.architecture).toBe('all');
    // Arch-independent packages seldom put files beside the shared libraries, but some do.
    expect(cold.index.size).toBeGreaterThan(0);
    for (const path of cold.index.paths()) expect(path).toMatch(/^(usr\/)?lib(64)?\//);
  });
});
