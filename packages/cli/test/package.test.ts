/**
 * The package as a user installs it: `npm pack` of the repository, installed into an empty
 * project, run with npx. The bundle carries every dependency, so the install fetches nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

let dir = '';
let files: string[] = [];

const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pgforge-pack-'));
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  files = packed[0]?.files.map((f) => f.path) ?? [];
  const project = join(dir, 'project');
  execFileSync('mkdir', ['-p', project]);
  await writeFile(join(project, 'package.json'), '{ "name": "user", "private": true }\n');
  npm(
    [
      'install',
      '--no-audit',
      '--offline',
      '--ignore-scripts',
      join(dir, packed[0]?.filename ?? ''),
    ],
    project,
  );
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the pgforge package', () => {
  it('is public, and its tarball holds the CLI bundle, the Dockerfile, the schema and the licence', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
      private?: boolean;
      dependencies?: Record<string, string>;
    };
    expect(pkg.private).toBeUndefined();
    // Everything runs from bundles: an installed pgforge needs no dependency of its own.
    expect(pkg.dependencies ?? {}).toEqual({});
    for (const f of [
      'dist/cli/index.js',
      'docker/Dockerfile',
      'schema/images.schema.json',
      'LICENSE',
      'package.json',
    ]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith('packages/') || f.startsWith('test/'))).toEqual([]);
  });

  it("README's links reach their files: inside the tarball, or by URL in the repository", async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
    const repository = 'https://github.com/pgforge/pgforge/blob/main/';
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      const path = link.split('#')[0] ?? '';
      if (path === '' || link.startsWith('mailto:')) continue;
      if (path.startsWith(repository)) {
        // A link into the repository names a file this checkout has.
        expect(existsSync(join(ROOT, path.slice(repository.length))), link).toBe(true);
      } else if (!/^https?:\/\//.test(path)) {
        // A relative link must name a file the tarball holds: the rest are not installed.
        expect(
          files.some((f) => f === path || f.startsWith(path.endsWith('/') ? path : `${path}/`)),
          `${link}: not in the tarball; link to it by URL`,
        ).toBe(true);
      }
    }
  });

  it('runs with npx once installed: --help, --version and a command its help', () => {
    const project = join(dir, 'project');
    const npx = (...args: string[]): string =>
      execFileSync('npx', ['--no-install', 'pgforge', ...args], { cwd: project, encoding: 'utf8' });
    expect(npx('--help')).toMatch(/^pgforge \d+\.\d+\.\d+: build the PostgreSQL images/);
    expect(npx('--version').trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(npx('release', '--help')).toContain('pgforge release [options]');
    // Three npx starts (about 1 s each, more on a busy 2-core runner).
  }, 60_000);
});
