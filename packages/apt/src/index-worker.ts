/**
 * A worker thread's entry: one ReadJob in (its first message), its IndexReply out, then the
 * thread ends. Bundled on its own beside each bundle that reads indexes (scripts/bundle.mjs,
 * into INDEX_WORKER_FILE's directory); index-threads.ts starts it.
 */
import { parentPort } from 'node:worker_threads';
import { isReadJob, replyTo } from './index-read.js';

parentPort?.once('message', (job: unknown) => {
  if (!isReadJob(job)) {
    parentPort?.postMessage({ ok: false, unexpected: 'the worker was given no Packages text' });
    return;
  }
  const { reply, transfer } = replyTo(job);
  parentPort?.postMessage(reply, transfer);
});
