/**
 * The worker threads' bundles (scripts/bundle.mjs): each bundle whose code starts a worker
 * carries its file, and the bundled index worker answers as the main thread does. Runs on the
 * committed dist/, which check-dist holds equal to a fresh bundle.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  INDEX_WORKER_FILE,
  IndexThreads,
  PackagesIndexError,
  bundledIndexWorker,
  prepareIndex,
  type IndexJob,
} from '@pgforge/apt';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const bundles = readdirSync(DIST).filter((d) => existsSync(join(DIST, d, 'index.js')));

function code(bundle: string): string {
  return readdirSync(join(DIST, bundle))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(DIST, bundle, f), 'utf8'))
    .join('\n');
}

const text = Array.from(
  { length: 400 },
  (_, i) =>
    `Package: p${i % 90}\nVersion: ${i}.0\nArchitecture: amd64\n` +
    `${i % 4 === 0 ? `Provides: v${i % 9}\n` : ''}${i % 50 === 0 ? 'Priority: required\n' : ''}` +
    `Filename: pool/p${i}.deb\nSize: ${i}\nSHA256: ${String(i).padStart(64, '0')}\n`,
).join('\n');
const job = (body: string): IndexJob => ({
  bytes: gzipSync(Buffer.from(body)),
  compression: 'gz',
  url: 'http://mirror.test/dists/sid/main/binary-amd64/Packages.gz',
});

describe('bundled workers', () => {
  it('every bundle that reads Packages indexes carries the index worker, and only those', () => {
    const starting = bundles.filter((b) => code(b).includes(INDEX_WORKER_FILE));
    // The CLI and the actions that read indexes: a list that came out empty would prove nothing.
    expect(starting).toEqual(expect.arrayContaining(['cli', 'extension']));
    for (const bundle of bundles) {
      expect(existsSync(join(DIST, bundle, INDEX_WORKER_FILE)), bundle).toBe(
        starting.includes(bundle),
      );
    }
  });

  it('the bundled index worker answers as the main thread does', async () => {
    const start = bundledIndexWorker(pathToFileURL(join(DIST, 'cli', 'index.js')).href);
    expect(start).toBeDefined();
    const threads = new IndexThreads({ start });
    const there = await threads.prepare(job(text));
    const here = await prepareIndex(job(text));
    expect(there.table.size).toBe(400);
    expect(there.text.equals(here.text)).toBe(true);
    expect(there.table.names.equals(here.table.names)).toBe(true);
    expect(there.table.providers.equals(here.table.providers)).toBe(true);
    expect(there.table.required).toEqual(here.table.required);
    expect(there.blocks).toEqual(here.blocks);
    const broken = await threads.prepare(job(`${text}\nPackage: x\n`)).catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(PackagesIndexError);
    expect((broken as Error).message).toMatch(/stanza of x at line \d+ has no version field/);
  });
});
