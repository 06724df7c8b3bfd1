/**
 * A cold Packages file read on worker threads (index-threads.ts) answers exactly as on this
 * thread: the same text, table and block hashes, the same errors, at most `concurrency` at once.
 * The worker runs from its TypeScript source here (tsx loads it inside the thread); the bundled
 * one is run by scripts/test/bundled-workers.test.ts.
 */
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '../src/cache-blocks.js';
import { PackagesIndexError } from '../src/errors.js';
import { prepareIndex, type IndexJob } from '../src/index-job.js';
import { IndexThreads, bundledIndexWorker, type StartIndexWorker } from '../src/index-threads.js';
import { indexPackagesText } from '../src/packages-store.js';

const WORKER_SOURCE = new URL('../src/index-worker.ts', import.meta.url).href;

/** Starts the worker from its source: Node's workers load no TypeScript, tsx does. */
function startFromSource(wrap?: (worker: Worker) => void): StartIndexWorker {
  return () => {
    const code = `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(
      WORKER_SOURCE,
    )}, ${JSON.stringify(import.meta.url)}))`;
    const worker = new Worker(code, { eval: true });
    wrap?.(worker);
    return worker;
  };
}

/** A Packages text with what a table holds: versions of one name, Provides, required ones. */
function packagesText(count: number): string {
  const stanzas: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `pkg-${i % 700}`;
    const lines = [
      `Package: ${name}`,
      `Source: src-${i % 50} (${i}.0-1)`,
      `Version: ${Math.floor(i / 700) + 1}.${i % 7}-1`,
      `Architecture: ${i % 5 === 0 ? 'all' : 'amd64'}`,
      i % 3 === 0 ? `Provides: virtual-${i % 11}, other-${i % 13} (= 1)` : '',
      i % 97 === 0 ? 'Priority: required' : 'Priority: optional',
      i % 211 === 0 ? 'Essential: yes' : '',
      `Depends: libc6 (>= 2.36), pkg-${(i + 1) % 700}`,
      `Description: package number ${i}`,
      ` with a continuation line`,
      `Filename: pool/main/p/${name}/${name}_${i}_amd64.deb`,
      `Size: ${1000 + i}`,
      `SHA256: ${i.toString(16).padStart(64, '0')}`,
    ];
    stanzas.push(`${lines.filter((l) => l !== '').join('\n')}\n`);
  }
  return stanzas.join('\n');
}

const URL_OF = 'http://mirror.test/debian/dists/sid/main/binary-amd64/Packages.gz';

function job(text: string, compression: IndexJob['compression'] = 'gz'): IndexJob {
  const raw = Buffer.from(text, 'utf8');
  return { bytes: compression === 'gz' ? gzipSync(raw) : raw, compression, url: URL_OF };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as Error,
  );
}

describe('IndexThreads', () => {
  it('answers on a worker exactly as on this thread: text, table, block hashes', async () => {
    const text = packagesText(5000);
    const here = await prepareIndex(job(text));
    const threads = new IndexThreads({ start: startFromSource() });
    expect(threads.threaded).toBe(true);
    const there = await threads.prepare(job(text));
    expect(there.text.equals(here.text)).toBe(true);
    expect(there.table.size).toBe(5000);
    expect(there.table.size).toBe(here.table.size);
    expect(there.table.required).toEqual(here.table.required);
    expect(there.table.required.length).toBeGreaterThan(0);
    expect(Buffer.isBuffer(there.table.names)).toBe(true);
    expect(there.table.names.equals(here.table.names)).toBe(true);
    expect(there.table.providers.equals(here.table.providers)).toBe(true);
    expect(there.table.providers.length).toBeGreaterThan(0);
    expect(there.blocks).toEqual(bodyBlocks(here.text));
    // The table is the one the whole-text index builds.
    const whole = indexPackagesText(
      { suite: 'sid', component: 'main', architecture: 'amd64', source: URL_OF },
      Buffer.from(text),
    ).table;
    expect(there.table.names.equals(whole.names)).toBe(true);
  });

  it('reads an uncompressed file too, and leaves the caller its bytes', async () => {
    const text = packagesText(300);
    const mine = job(text, 'none');
    const before = Buffer.from(mine.bytes);
    const threads = new IndexThreads({ start: startFromSource() });
    const there = await threads.prepare(mine);
    expect(there.text.toString('utf8')).toBe(text);
    // Transferred is a copy: the caller's bytes are neither detached nor changed.
    expect(Buffer.from(mine.bytes).equals(before)).toBe(true);
  });

  it.each([
    [
      'a stanza without a field',
      () => job(`${packagesText(3)}\nPackage: broken\nVersion: 1\nSize: 1\n`),
      /Packages index http:\/\/mirror\.test\/.*: stanza of broken at line \d+ has no architecture field/,
    ],
    [
      'bytes that are not gzip',
      () => ({ bytes: Buffer.from('not gzip at all'), compression: 'gz' as const, url: URL_OF }),
      /Packages index http:\/\/mirror\.test\/.*: cannot be decompressed: /,
    ],
    [
      'a Size that is no number',
      () => job(packagesText(2).replace('Size: 1000', 'Size: many')),
      /pkg-0 1\.0-1: Size "many" is not a number/,
    ],
  ])('fails on %s as this thread does', async (_, make, message) => {
    const here = await failure(prepareIndex(make()));
    const there = await failure(new IndexThreads({ start: startFromSource() }).prepare(make()));
    expect(here).toBeInstanceOf(PackagesIndexError);
    expect(there).toBeInstanceOf(PackagesIndexError);
    expect(there.message).toMatch(message);
    expect(there.message).toBe(here.message);
    expect((there as PackagesIndexError).url).toBe(URL_OF);
  });

  it('runs at most `concurrency` workers at once, and every job', async () => {
    let alive = 0;
    let most = 0;
    const start = startFromSource((worker) => {
      alive++;
      most = Math.max(most, alive);
      worker.once('exit', () => alive--);
    });
    const threads = new IndexThreads({ start, concurrency: 2 });
    const texts = [1, 2, 3, 4, 5].map((n) => packagesText(200 * n));
    const answers = await Promise.all(texts.map((t) => threads.prepare(job(t))));
    expect(answers.map((a) => a.table.size)).toEqual([200, 400, 600, 800, 1000]);
    expect(most).toBe(2);
  });

  it('names the file when the worker dies without an answer', async () => {
    const start: StartIndexWorker = () =>
      new Worker('throw new Error("the thread broke")', { eval: true });
    const error = await failure(new IndexThreads({ start }).prepare(job(packagesText(2))));
    expect(error.message).toMatch(
      /^reading http:\/\/mirror\.test\/\S+ on a worker thread failed: .*the thread broke/,
    );
    const silent: StartIndexWorker = () => new Worker('process.exit(3)', { eval: true });
    const quiet = await failure(new IndexThreads({ start: silent }).prepare(job(packagesText(2))));
    expect(quiet.message).toMatch(/ended \(code 3\) without an answer/);
  });

  it('ends the worker and gives its slot back when the text cannot be handed over', async () => {
    let ended = 0;
    const start: StartIndexWorker = () => {
      const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
      worker.once('exit', () => ended++);
      worker.postMessage = () => {
        throw new Error('cannot be sent');
      };
      return worker;
    };
    const threads = new IndexThreads({ start, concurrency: 1 });
    const error = await failure(threads.prepare(job(packagesText(2))));
    expect(error.message).toBe('cannot be sent');
    // The one slot is free again: the next job gets a worker (and fails the same way).
    const again = await failure(threads.prepare(job(packagesText(2))));
    expect(again.message).toBe('cannot be sent');
    await new Promise((r) => setTimeout(r, 200));
    expect(ended).toBe(2);
  });

  it('names the file in one line when the worker meets something unexpected', async () => {
    // What a worker answers for an error that is not a person's: its stack goes as the cause.
    const unexpected = 'TypeError: x is not a function\n    at read (index-read.ts:1:1)';
    const start: StartIndexWorker = () =>
      new Worker(
        `const { parentPort } = require('node:worker_threads');
         parentPort.once('message', () => parentPort.postMessage({ ok: false, unexpected: ${JSON.stringify(unexpected)} }));`,
        { eval: true },
      );
    const error = await failure(new IndexThreads({ start }).prepare(job(packagesText(2))));
    expect(error.message).toBe(
      `reading ${URL_OF} on a worker thread failed: TypeError: x is not a function`,
    );
    expect(String((error.cause as Error).message)).toMatch(/at read \(index-read\.ts/);
    const malformed: StartIndexWorker = () =>
      new Worker(
        `require('node:worker_threads').parentPort.once('message', () => require('node:worker_threads').parentPort.postMessage({ ok: true }));`,
        { eval: true },
      );
    const bad = await failure(new IndexThreads({ start: malformed }).prepare(job(packagesText(2))));
    expect(bad.message).toBe(`reading ${URL_OF}: the worker's answer is malformed`);
  });

  it('runs on this thread from the sources, where no bundled worker lies beside it', async () => {
    expect(bundledIndexWorker()).toBeUndefined();
    expect(new IndexThreads().threaded).toBe(false);
    expect(new IndexThreads({ start: false }).threaded).toBe(false);
    const text = packagesText(50);
    expect((await new IndexThreads().prepare(job(text))).table.size).toBe(50);
  });
});
