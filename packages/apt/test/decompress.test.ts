/** xz through the system's `xz` and through the WebAssembly decoder: the same bytes. */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decompress, systemXz, systemXzPays, wasmXz } from '../src/decompress.js';

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

describe('systemXzPays', () => {
  const MB = 1024 * 1024;
  it.each([
    // A .deb's data member while the process is small: xz, side by side, 3× faster.
    [270 * 1024, 180 * MB, true],
    // The same in a batch holding gigabytes: starting a process costs more than decoding here.
    [270 * 1024, 2048 * MB, false],
    // Tiny members (control.tar.xz): never worth a process.
    [2 * 1024, 100 * MB, false],
    // A suite's index: always.
    [12 * MB, 4096 * MB, true],
    [4 * MB, 3000 * MB, true],
    [4 * MB - 1, 769 * MB, false],
  ])('%d bytes at %d bytes held: %s', (size, rss, expected) => {
    expect(systemXzPays(size, rss)).toBe(expected);
  });
});
