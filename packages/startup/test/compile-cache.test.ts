import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCacheDir } from '../src/index.js';

const SOURCE = new URL('../src/compile-cache.ts', import.meta.url).pathname;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('compileCacheDir', () => {
  it.each([
    [{ XDG_CACHE_HOME: '/x/cache' }, '/home/u', '/x/cache/pgforge/node-compile-cache'],
    [{}, '/home/u', '/home/u/.cache/pgforge/node-compile-cache'],
    [{ XDG_CACHE_HOME: '' }, '/home/u', '/home/u/.cache/pgforge/node-compile-cache'],
  ])('%j with home %s: %s', (env, home, expected) => {
    expect(compileCacheDir(env, home)).toBe(expected);
  });
});

describe('enableCompileCache', () => {
  // In a Node of its own: the cache is per process, and vitest's is not to be touched.
  const start = (env: Record<string, string>): { on: boolean; entries: string[] } => {
    const home = mkdtempSync(join(tmpdir(), 'pgforge-startup-'));
    dirs.push(home);
    const script = join(home, 'start.mjs');
    writeFileSync(
      script,
      `const { enableCompileCache } = await import(${JSON.stringify(pathToFileURL(SOURCE).href)});\n` +
        `const on = enableCompileCache(process.env);\n` +
        // Something compiled after the call, as an entry's own code is.
        `await import(${JSON.stringify(`data:text/javascript,export const x = ${'1+'.repeat(50)}1;`)});\n` +
        `console.log(JSON.stringify({ on }));\n`,
    );
    // tsx (from the repository, the working directory) loads the TypeScript source.
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], {
      env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: join(home, 'cache'), ...env },
      cwd: new URL('../../..', import.meta.url).pathname,
      encoding: 'utf8',
    });
    const cache = join(home, 'cache', 'pgforge', 'node-compile-cache');
    let entries: string[] = [];
    try {
      entries = readdirSync(cache);
    } catch {
      entries = [];
    }
    return { on: (JSON.parse(out) as { on: boolean }).on, entries };
  };

  const hasCache =
    typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

  // On Node 24 (the actions' runtime), the extension action's integration test sees it on.
  it(`is ${hasCache ? 'on, writing into pgforge’s cache directory' : 'off on this Node (no compile cache before 22.1)'}`, () => {
    const { on, entries } = start({});
    expect(on).toBe(hasCache);
    expect(entries.length > 0).toBe(hasCache);
  });

  it('stays off with PGFORGE_COMPILE_CACHE=0', () => {
    const { on, entries } = start({ PGFORGE_COMPILE_CACHE: '0' });
    expect(on).toBe(false);
    expect(entries).toEqual([]);
  });
});
