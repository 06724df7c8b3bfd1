/**
 * What `--summary` puts on stdout: text by default (columns; colour only on a terminal, never
 * with NO_COLOR), the step summary's own Markdown with `--summary markdown`. The matrix is a
 * stand-in that returns the real summary of sample targets, so the test needs no archive.
 */
import type * as Matrix from '@pgforge/matrix';
import { renderMarkdown } from '@pgforge/summary';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleTargets } from '../../targets/test/sample.js';

const { all } = sampleTargets();

vi.mock('@pgforge/matrix', async (original) => {
  const real = await original<typeof Matrix>();
  return {
    ...real,
    matrixCommand: vi.fn((options: { bakeFile: string }) => {
      const decisions = all.map((t) => ({ id: t.id, kept: true, reason: 'new' }));
      return Promise.resolve({
        matrix: { include: [] },
        targets: all,
        kept: all,
        skipped: [],
        summary: '',
        summaryDocument: real.summaryDocument(all, decisions, '202611211315'),
        timestamp: '202611211315',
        bakeFile: options.bakeFile,
      });
    }),
  };
});

const { runCli } = await import('../src/cli.js');
const { summaryDocument } = await import('@pgforge/matrix');

/** `pgforge matrix …` with stdout a terminal or not, in the given environment. */
async function matrix(args: string[], tty: boolean, env: Record<string, string> = {}) {
  vi.stubEnv('NO_COLOR', env.NO_COLOR ?? '');
  vi.stubEnv('FORCE_COLOR', env.FORCE_COLOR ?? '');
  vi.stubEnv('TERM', 'xterm-256color');
  const before = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
  Object.defineProperty(process.stdout, 'isTTY', { value: tty, configurable: true });
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
    if (before) Object.defineProperty(process.stdout, 'isTTY', before);
    else delete (process.stdout as { isTTY?: boolean }).isTTY;
  }
  return out;
}

const ESC = '\x1b';

describe('pgforge matrix --summary', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.clearAllMocks();
  });

  it('markdown: the step summary itself', async () => {
    const out = await matrix(['--summary', 'markdown'], true);
    const decisions = all.map((t) => ({ id: t.id, kept: true, reason: 'new' }));
    expect(out).toBe(renderMarkdown(summaryDocument(all, decisions, '202611211315')));
    expect(out).toContain('| `17-minimal-trixie` | `17.1-1` |');
    expect(out).toContain('<details><summary>1 (0)</summary>');
  });

  it('alone, or text: aligned columns, no Markdown', async () => {
    const out = await matrix(['--summary'], false);
    expect(out).toBe(await matrix(['--summary', 'text'], false));
    expect(out).toMatch(
      /^17-minimal-trixie +17\.1-1 +1 \(0\) +17\.1-202611211315-minimal-trixie +build: new$/m,
    );
    expect(out).not.toMatch(/[|`<]|\*\*/);
  });

  it('colour on a terminal only, and never with NO_COLOR', async () => {
    expect(await matrix(['--summary'], true)).toContain(`${ESC}[1mMatrix: 6 of 6 targets to build`);
    expect(await matrix(['--summary'], false)).not.toContain(ESC);
    expect(await matrix(['--summary'], true, { NO_COLOR: '1' })).not.toContain(ESC);
    // FORCE_COLOR asks for it where no terminal is (a pager that shows colour).
    expect(await matrix(['--summary'], false, { FORCE_COLOR: '1' })).toContain(ESC);
  });

  it('without it, JSON as before', async () => {
    const out = await matrix([], true);
    expect(JSON.parse(out)).toMatchObject({ timestamp: '202611211315' });
  });
});
