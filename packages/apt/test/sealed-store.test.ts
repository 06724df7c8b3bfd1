import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SealedStore } from '@pgforge/apt';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pgforge-sealed-store-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SealedStore', () => {
  it('gives back what was put under a key, and nothing under another', async () => {
    const store = new SealedStore(dir, 'prediction', 'code-1');
    await store.put('key a', { minimal: [1, 2] });
    expect(await store.get('key a')).toEqual({ minimal: [1, 2] });
    expect(await store.get('key b')).toBeUndefined();
  });

  it("never gives another code version's or another kind's value", async () => {
    await new SealedStore(dir, 'prediction', 'code-1').put('shared', 'old');
    expect(await new SealedStore(dir, 'prediction', 'code-2').get('shared')).toBeUndefined();
    expect(await new SealedStore(dir, 'other', 'code-1').get('shared')).toBeUndefined();
  });

  it('reads a file changed on disk as absent', async () => {
    const own = await mkdtemp(join(dir, 'changed-'));
    const store = new SealedStore(own, 'prediction', 'code-1');
    await store.put('k', { packages: ['libc6'] });
    const [name] = await readdir(own);
    const path = join(own, name ?? '');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('libc6', 'libc7'));
    expect(await store.get('k')).toBeUndefined();
  });
});
