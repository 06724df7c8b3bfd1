import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '@pgforge/config';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pgforge-config-paths-'));
  await mkdir(join(dir, 'repo', 'ci'), { recursive: true });
  await writeFile(
    join(dir, 'repo', 'ci', 'images.yaml'),
    'packages: { source: pgdg, keyring: [keys/mirror.asc, /etc/keys/b.gpg], debian-keyring: [../debian.gpg] }\n',
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('paths in the configuration file', () => {
  it("are taken from the file's directory, whatever the working directory", async () => {
    for (const cwd of [dir, join(dir, 'repo')]) {
      const path = cwd === dir ? 'repo/ci/images.yaml' : 'ci/images.yaml';
      const config = await loadConfig(path, { cwd });
      expect(config.packages.keyring).toEqual([
        join(dir, 'repo', 'ci', 'keys', 'mirror.asc'),
        resolve('/etc/keys/b.gpg'),
      ]);
      expect(config.packages.debianKeyring).toEqual([join(dir, 'repo', 'debian.gpg')]);
    }
  });

  it('of text with no file are taken from cwd', () => {
    const config = parseConfig('packages: { keyring: [k.asc] }', 'input', { cwd: '/work/x' });
    expect(config.packages.keyring).toEqual([resolve('/work/x', 'k.asc')]);
  });
});
