/**
 * A worker thread's entry: one IndexJob in (workerData), its IndexReply out, then the thread
 * ends. Bundled on its own beside each bundle that reads indexes (scripts/bundle.mjs, into
 * INDEX_WORKER_FILE's directory); index-threads.ts starts it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { replyTo, type IndexJob } from './index-job.js';

const { reply, transfer } = await replyTo(workerData as IndexJob);
parentPort?.postMessage(reply, transfer);
