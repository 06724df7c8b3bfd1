/**
 * A batch's images made a few at a time: while one waits on the network or on zlib's thread
 * pool, another reads its packages, so both cores work (a batch of a hundred images spent a
 * third of its time idle one at a time). Publishing stays one at a time (`serially`): a layout's
 * index.json is read and written whole.
 */

/**
 * `work` for each item, at most `limit` at once, results in the items' order. After a failure
 * no further item starts; the first failure is thrown once the running ones have ended.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const i = next++;
      try {
        results[i] = await work(items[i] as T);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
  return results;
}

/** Runs each given task after the one before it has ended (whether it failed or not). */
export function serially(): <R>(task: () => Promise<R>) => Promise<R> {
  let tail: Promise<unknown> = Promise.resolve();
  return <R>(task: () => Promise<R>): Promise<R> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
