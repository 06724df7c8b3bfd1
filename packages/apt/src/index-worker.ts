/**
 * A worker thread's entry: one ReadJob in (its first message), its IndexReply out, then the
 * thread ends. Bundled on its own beside each bundle that reads indexes (scripts/bundle.mjs,
 * into INDEX_WORKER_FILE's directory); index-threads.ts starts it.
 */
import { parentPort } from 'node:worker_threads';
import { replyTo, type ReadJob } from './index-job.js';

parentPort?.once('message', (job: ReadJob) => {
  const { reply, transfer } = replyTo(job);
  parentPort?.postMessage(reply, transfer);
});
