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
});
