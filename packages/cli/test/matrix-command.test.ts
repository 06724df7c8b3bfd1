/**
 * What `pgforge matrix` prints of its bake file (where the file is) and of repairs (those
 * --repair asks for). The matrix itself is replaced by a stand-in that hands back the path it
 * was given, as the real one does, so the test needs no archive or registry.
 */
import { join, resolve } from 'node:path';
import type * as Matrix from '@pgforge/matrix';
import { afterEach, describe, expect, it, vi } from 'vitest';

const REPAIR = {
  target: '17-minimal-trixie',
  image: `ghcr.io/example/postgresql@sha256:${'a'.repeat(64)}`,
  tags: ['ghcr.io/example/postgresql:17-minimal-trixie'],
};

vi.mock('@pgforge/matrix', async (original) => ({
  ...(await original<typeof Matrix>()),
  matrixCommand: vi.fn((options: { bakeFile: string; repair?: boolean }) =>
    Promise.resolve({
      matrix: { include: [] },
      targets: [],
      kept: [],
      skipped: [],
      // As the matrix does: a repair is asked for only when the caller will make it.
      repairs: options.repair ? [REPAIR] : [],
      refused: [],
      summary: '',
      timestamp: '202612031200',
      bakeFile: options.bakeFile,
    }),
  ),
}));

const { runCli } = await import('../src/cli.js');

async function printed(...args: string[]): Promise<Record<string, unknown>> {
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
  return JSON.parse(out) as Record<string, unknown>;
}

const bakeFileOf = async (...args: string[]): Promise<unknown> => (await printed(...args)).bakeFile;

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

describe('pgforge matrix --repair', () => {
  afterEach(() => vi.clearAllMocks());

  it('asks the matrix for repairs, and prints them with the result', async () => {
    const { matrixCommand } = await import('@pgforge/matrix');
    expect((await printed('--repair')).repairs).toEqual([REPAIR]);
    expect(vi.mocked(matrixCommand).mock.calls[0]?.[0]).toMatchObject({ repair: true });
  });

  it('without it, asks for none: such a target is built, and repairs is empty', async () => {
    const { matrixCommand } = await import('@pgforge/matrix');
    expect((await printed()).repairs).toEqual([]);
    expect(vi.mocked(matrixCommand).mock.calls[0]?.[0]).not.toHaveProperty('repair');
  });
});
