/** xz through the system's `xz` and through the WebAssembly decoder: the same bytes. */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decompress, systemXz, wasmXz } from '../src/decompress.js';

// Several blocks, as Debian's indexes have: `xz --threads` decodes them in parallel.
const text = Buffer.concat(
  Array.from({ length: 2000 }, (_, i) => Buffer.from(`Package: p${i}\nVersion: 1.${i}\n\n`)),
);
const xz = execFileSync('xz', ['--compress', '--stdout', '--block-size=8KiB'], { input: text });

describe('xz', () => {
  it('the system xz, the WebAssembly decoder and decompress() agree', async () => {
    expect((await systemXz(xz))?.equals(text)).toBe(true);
    expect((await wasmXz(xz)).equals(text)).toBe(true);
    expect((await decompress(xz, 'xz')).equals(text)).toBe(true);
  });

  it('damaged input: the system xz gives up and the WebAssembly decoder says why', async () => {
    const damaged = Buffer.concat([xz.subarray(0, 64), randomBytes(64), xz.subarray(128)]);
    expect(await systemXz(damaged)).toBeUndefined();
    await expect(decompress(damaged, 'xz')).rejects.toThrow();
  });
});
