/**
 * Where cold Packages files are read (index-job.ts): on worker threads, at most one per core,
 * when the bundle carries the worker (INDEX_WORKER_FILE beside it); else on this thread. Two
 * architectures of a suite then take the time of one on a machine with two cores, and this
 * thread stays free for the downloads and the base image meanwhile. The worker is started
 * while zlib decompresses the file (in libuv's pool, from here; a .gz since its first bytes
 * came, gunzipTap), so that its start costs no time; it is then handed the text.
 *
 * From the TypeScript sources (tests run them through vite, which Node's workers do not), the
 * default is this thread; the test kit starts the worker from its source to test that path, and
 * a test runs the bundled worker itself.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { errorText } from './errors.js';
import { decompressIndex, prepareIndex, type IndexJob } from './index-job.js';
import { isIndexReply, owned, preparedOf, type PreparedIndex, type ReadJob } from './index-read.js';

/** The worker's file beside the bundle: scripts/bundle.mjs puts it where this name appears. */
export const INDEX_WORKER_FILE = 'apt-index-worker/index.js';

/** Starts a thread running index-worker.ts, which waits for its ReadJob. */
export type StartIndexWorker = () => Worker;

export interface IndexThreadsOptions {
  /** How a worker is started; `false`: on this thread. Default: bundledIndexWorker(). */
  start?: StartIndexWorker | false;
  /** The most jobs on worker threads at once. Default: the cores Node may use. */
  concurrency?: number;
}

export class IndexThreads {
  static #shared: IndexThreads | undefined;
  readonly #start: StartIndexWorker | undefined;
  readonly #limit: number;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(options: IndexThreadsOptions = {}) {
    this.#start = options.start === false ? undefined : (options.start ?? bundledIndexWorker());
    this.#limit = Math.max(1, options.concurrency ?? availableParallelism());
  }

  /** One for the process: its limit holds across the clients that share it. */
  static shared(): IndexThreads {
    IndexThreads.#shared ??= new IndexThreads();
    return IndexThreads.#shared;
  }

  /** Whether jobs run on worker threads. */
  get threaded(): boolean {
    return this.#start !== undefined;
  }

  /** The job's prepared index; its failures are those of prepareIndex. */
  async prepare(job: IndexJob): Promise<PreparedIndex> {
    const start = this.#start;
    if (!start) return prepareIndex(job);
    if (this.#running >= this.#limit) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running++;
    }
    const { answer, ended } = onWorker(start, job);
    // The slot is the thread's, until it has ended (its heap is freed then), not only until
    // it has answered: then it passes to the next job waiting, or is given back.
    void ended.then(() => {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    });
    return answer;
  }
}

/** The worker's answer, and when its thread has ended (never rejects). */
function onWorker(
  start: StartIndexWorker,
  job: IndexJob,
): { answer: Promise<PreparedIndex>; ended: Promise<void> } {
  let worker: Worker;
  try {
    worker = start();
  } catch (error) {
    return { answer: Promise.reject(error as Error), ended: Promise.resolve() };
  }
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const answer = new Promise<PreparedIndex>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      finish();
    };
    worker.once('message', (reply: unknown) =>
      settle(() => {
        try {
          if (!isIndexReply(reply))
            throw new Error(`reading ${job.url}: the worker's answer is malformed`);
          resolve(preparedOf(reply, job.url));
        } catch (error) {
          reject(error as Error);
        }
      }),
    );
    worker.once('error', (error) =>
      settle(() =>
        reject(
          new Error(`reading ${job.url} on a worker thread failed: ${errorText(error)}`, {
            cause: error,
          }),
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() =>
        reject(
          new Error(`the worker thread reading ${job.url} ended (code ${code}) without an answer`),
        ),
      ),
    );
    // Anything that fails before the worker has its text ends the worker too: it would wait
    // for a message forever, holding its slot.
    const fail = (error: unknown): void =>
      settle(() => {
        void worker.terminate();
        reject(error as Error);
      });
    // Decompressed here (zlib works in libuv's pool) while the thread starts, then handed over.
    decompressIndex(job).then((text) => {
      try {
        // An uncompressed file's text is the caller's bytes: a copy is what goes.
        const own =
          text.buffer === job.bytes.buffer
            ? (Uint8Array.prototype.slice.call(text) as Uint8Array<ArrayBuffer>)
            : owned(text);
        const read: ReadJob = { text: own, url: job.url };
        worker.postMessage(read, [own.buffer]);
      } catch (error) {
        fail(error);
      }
    }, fail);
  });
  return { answer, ended };
}

/**
 * Starts the worker bundled beside this module, or undefined when there is none (the sources,
 * not a bundle). `from` is a parameter so that ncc does not take the URL for an asset to copy.
 */
export function bundledIndexWorker(from: string = import.meta.url): StartIndexWorker | undefined {
  const url = new URL(INDEX_WORKER_FILE, from);
  if (url.protocol !== 'file:' || !existsSync(url)) return undefined;
  return () => new Worker(url);
}
