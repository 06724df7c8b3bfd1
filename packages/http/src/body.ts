/**
 * An answer's body read no further than a limit: a server (or whatever answers in its place)
 * cannot make a client hold more than it expects of a manifest, an index or a Release.
 */

/** The body was longer than the limit; nothing more than the limit was held. */
export class BodyTooLargeError extends Error {
  constructor(
    /** The limit, in bytes. */
    readonly limit: number,
    /** The announced Content-Length, or the bytes read when reading stopped. */
    readonly bytes: number,
    /** True when Content-Length announced it and no byte was read. */
    readonly announced: boolean,
  ) {
    super(
      announced
        ? `the answer announced ${bytes} bytes, more than ${limit}, and none were read`
        : `the answer is longer than ${limit} bytes: reading stopped after ${bytes}`,
    );
    this.name = 'BodyTooLargeError';
  }
}

/**
 * The body of `response`, whole when `limit` is undefined. A body past the limit (announced by
 * Content-Length, or counted as it streams) is cancelled and BodyTooLargeError thrown; an error
 * of the connection while reading passes unchanged (the caller's retry policy decides).
 * `onChunk` sees each chunk as it arrives, in order, once it is within the limit: work on the
 * body (decompressing it) can start before the last byte is in.
 */
export async function readBody(
  response: Response,
  limit?: number,
  onChunk?: (chunk: Uint8Array) => void,
): Promise<Uint8Array> {
  if (!response.body || (limit === undefined && !onChunk)) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onChunk?.(bytes);
    return bytes;
  }
  limit ??= Number.POSITIVE_INFINITY;
  const announced = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(announced) && announced > limit) {
    await response.body.cancel().catch(() => undefined);
    throw new BodyTooLargeError(limit, announced, true);
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit, total, false);
    }
    chunks.push(value);
    try {
      onChunk?.(value);
    } catch (error) {
      // The connection is not left open behind a failure of what watches the body.
      await reader.cancel().catch(() => undefined);
      throw error;
    }
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
