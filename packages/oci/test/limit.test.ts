import { describe, expect, it } from 'vitest';
import { Limiter } from '../src/limit.js';
import { scopeCovers } from '../src/index.js';

describe('Limiter', () => {
  it('runs at most `concurrency` tasks at once and all of them in the end', async () => {
    const limiter = new Limiter(3);
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limiter.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((resolve) => setTimeout(resolve, (i * 7) % 5));
          running--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('frees the slot of a task that fails', async () => {
    const limiter = new Limiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(async () => 'next')).toBe('next');
    expect(() => new Limiter(0)).toThrow(RangeError);
  });
});

describe('scopeCovers', () => {
  it('lets pull,push cover pull on the same repository only', () => {
    expect(scopeCovers('repository:a/b:pull,push', 'repository:a/b:pull')).toBe(true);
    expect(scopeCovers('repository:a/b:pull', 'repository:a/b:pull,push')).toBe(false);
    expect(scopeCovers('repository:a/b:pull,push', 'repository:a/c:pull')).toBe(false);
    expect(scopeCovers('registry:catalog:*', 'registry:catalog:search')).toBe(true);
  });
});
