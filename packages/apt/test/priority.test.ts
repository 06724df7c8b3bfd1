/**
 * Priority and Essential, which minbaseRoots and the choice among providers need: parsed from
 * the index and kept through the stored-index cache.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePackages } from '@pgforge/apt';
import { IndexCache } from '../src/cache.js';
import { indexPackagesText, storedPackageIndex } from '../src/packages-store.js';

const TEXT =
  `Package: dash\nVersion: 0.5.12-12\nArchitecture: amd64\nEssential: yes\n` +
  `Priority: required\nFilename: pool/d.deb\nSize: 1\nSHA256: ${'a'.repeat(64)}\n\n` +
  `Package: vim\nVersion: 2:9.1\nArchitecture: amd64\nPriority: optional\n` +
  `Filename: pool/v.deb\nSize: 1\nSHA256: ${'b'.repeat(64)}\n\n` +
  `Package: bare\nVersion: 1\nArchitecture: all\nEssential: no\n` +
  `Filename: pool/b.deb\nSize: 1\nSHA256: ${'c'.repeat(64)}\n`;

describe('Priority and Essential', () => {
  it('are parsed (Essential only when "yes") and survive the stored-index cache', async () => {
    const packages = parsePackages(TEXT, 'test');
    expect(packages.map((p) => [p.package, p.priority, p.essential])).toEqual([
      ['dash', 'required', true],
      ['vim', 'optional', undefined],
      ['bare', undefined, undefined],
    ]);
    expect('essential' in packages[2]!).toBe(false);
    const dir = await mkdtemp(join(tmpdir(), 'pgforge-priority-'));
    try {
      const cache = new IndexCache(dir);
      const origin = { suite: 'sid', component: 'main', architecture: 'amd64', source: 'test' };
      const text = Buffer.from(TEXT, 'utf8');
      const { index, table } = indexPackagesText(origin, text);
      expect(index.required()).toEqual(['dash']);
      await cache.putStored('d'.repeat(64), table, text);
      const stored = await cache.getStored('d'.repeat(64));
      expect(stored).toBeDefined();
      const again = storedPackageIndex(origin, stored!.table, stored!.read);
      expect(again.required()).toEqual(['dash']);
      expect(['dash', 'vim', 'bare'].map((n) => again.newest(n))).toEqual(packages);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
