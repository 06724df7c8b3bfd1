/**
 * Real pgvector packages from the Debian mirror: downloaded through the signed indexes,
 * read without dpkg, and compared with `dpkg-deb -c` of the same bytes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AptClient, readDeb } from '@pgforge/apt';
import type { AptRepository } from '@pgforge/apt';
import { asListed, dpkgDebList } from './helpers/dpkg-deb.js';
import { packagesOf } from './helpers/packages-of.js';

const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
const mirror = inject('mirror');

const byPath = <T extends { path: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

let cacheDir: string;
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'pgforge-deb-it-'));
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

const cases: { suite: string; major: number; architecture: string }[] = [
  { suite: 'sid', major: 18, architecture: 'amd64' },
  { suite: 'sid', major: 18, architecture: 'arm64' },
  { suite: 'trixie', major: 17, architecture: 'amd64' },
];

describe('real .deb files from the mirror', () => {
  for (const { suite, major, architecture } of cases) {
    const name = `postgresql-${major}-pgvector`;
    it(`${name} ${suite} ${architecture}: read without dpkg, same files as dpkg-deb -c`, async () => {
      const repo: AptRepository = {
        mirror,
        suite,
        keyrings: [KEYRING],
        allowExpiredRelease: suite === 'sid',
      };
      const client = new AptClient({ cacheDir });
      const pkg = (await packagesOf(client, repo, 'main', architecture)).newest(name);
      expect(pkg, `${name} in ${suite} main ${architecture}`).toBeDefined();

      let start = performance.now();
      const bytes = await client.fetchDeb(repo, pkg!);
      const fetchMs = performance.now() - start;
      start = performance.now();
      const deb = await readDeb(bytes, { source: pkg!.filename });
      const readMs = performance.now() - start;

      start = performance.now();
      const again = await new AptClient({ cacheDir }).fetchDeb(repo, pkg!);
      const cachedMs = performance.now() - start;
      expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
      console.log(
        `${name} ${pkg!.version} ${architecture}: ${bytes.length} bytes, download+verify ` +
          `${fetchMs.toFixed(0)} ms, from cache (re-hashed) ${cachedMs.toFixed(0)} ms, ` +
          `readDeb ${readMs.toFixed(0)} ms (${deb.compression.data}, ${deb.entries.length} entries)`,
      );

      expect(deb.control.get('Package')).toBe(pkg!.package);
      expect(deb.control.get('Version')).toBe(pkg!.version);
      expect(deb.control.get('Architecture')).toBe(pkg!.architecture);
      const paths = new Set(deb.entries.map((e) => e.path));
      for (const path of [
        `usr/lib/postgresql/${major}/lib/vector.so`,
        `usr/share/postgresql/${major}/extension/vector.control`,
      ]) {
        expect(paths.has(path), `${path} in ${pkg!.filename}`).toBe(true);
      }
      const control = deb.entries.find(
        (e) => e.path === `usr/share/postgresql/${major}/extension/vector.control`,
      );
      expect(Buffer.from(control!.data!).toString()).toMatch(
        /module_pathname = '\$libdir\/vector'/,
      );
      expect(byPath(deb.entries.map(asListed))).toEqual(byPath(await dpkgDebList(bytes)));
    });
  }
});
