/**
 * What `pgforge matrix` prints of its bake file: where the file is. The matrix itself is
 * replaced by a stand-in that hands back the path it was given, as the real one does, so the
 * test needs no archive or registry.
 */
import { join, resolve } from 'node:path';
import type * as Matrix from '@pgforge/matrix';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('@pgforge/matrix', async (original) => ({
  ...(await original<typeof Matrix>()),
  matrixCommand: vi.fn((options: { bakeFile: string }) =>
    Promise.resolve({
      matrix: { include: [] },
      targets: [],
      kept: [],
      skipped: [],
      summary: '',
      timestamp: '202612031200',
      bakeFile: options.bakeFile,
    }),
  ),
}));

const { runCli } = await import('../src/cli.js');

async function bakeFileOf(...args: string[]): Promise<unknown> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    const code = await runCli(['matrix', ...args], {
      stdout: () => undefined,
      stderr: () => undefined,
    });
    expect(code).toBe(0);
  } finally {
    spy.mockRestore();
  }
  return (JSON.parse(out) as { bakeFile: unknown }).bakeFile;
}

describe('pgforge matrix --bake-file', () => {
  afterEach(() => vi.clearAllMocks());

  it('reports an absolute path as given, not under the working directory', async () => {
    const absolute = join('/', 'abs', 'path', 'bake.json');
    expect(await bakeFileOf('--bake-file', absolute)).toBe(absolute);
  });

  it('reports a relative path, and the default, from the working directory', async () => {
    expect(await bakeFileOf('--bake-file', 'out/bake.json')).toBe(resolve('out/bake.json'));
    expect(await bakeFileOf()).toBe(resolve('pgforge-bake.json'));
  });
});
