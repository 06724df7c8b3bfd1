import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBody } from '../src/index.js';

function streamOf(chunks: number[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const n of chunks) controller.enqueue(new Uint8Array(n).fill(1));
      controller.close();
    },
  });
  return new Response(body);
}

describe('readBody', () => {
  it('reads a body whole without a limit, and within one', async () => {
    expect((await readBody(new Response('hello'))).length).toBe(5);
    expect((await readBody(streamOf([3, 4]), 7)).length).toBe(7);
  });

  it('refuses an announced length past the limit without reading', async () => {
    const response = new Response('x'.repeat(20), { headers: { 'content-length': '20' } });
    const error = await readBody(response, 10).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(error).toMatchObject({ limit: 10, bytes: 20, announced: true });
  });

  it('stops counting a stream past the limit', async () => {
    const error = await readBody(streamOf([6, 6, 6]), 10).catch((e: unknown) => e);
    expect(error).toMatchObject({ limit: 10, bytes: 12, announced: false });
  });

  it('shows each chunk as it arrives, in order, and none past the limit', async () => {
    const response = new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const n of [1, 2, 3]) controller.enqueue(new Uint8Array(n).fill(n));
          controller.close();
        },
      }),
    );
    const seen: number[][] = [];
    const body = await readBody(response, undefined, (c) => seen.push([...c]));
    expect(seen).toEqual([[1], [2, 2], [3, 3, 3]]);
    expect([...body]).toEqual(seen.flat());

    const over: number[] = [];
    await expect(readBody(streamOf([6, 6, 6]), 10, (c) => over.push(c.length))).rejects.toThrow(
      BodyTooLargeError,
    );
    expect(over).toEqual([6]);
    const whole: number[] = [];
    await readBody(new Response('hello'), undefined, (c) => whole.push(c.length));
    expect(whole).toEqual([5]);
  });

  it('cancels the body when what watches it fails, and passes that failure on', async () => {
    let cancelled = false;
    const response = new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(new Uint8Array(4));
        },
        cancel() {
          cancelled = true;
        },
      }),
    );
    const failing = () => {
      throw new Error('the tap broke');
    };
    await expect(readBody(response, undefined, failing)).rejects.toThrow('the tap broke');
    expect(cancelled).toBe(true);
  });
});
