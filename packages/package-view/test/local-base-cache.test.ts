import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pack } from 'tar-stream';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalStoreBaseReader, type DockerSpawn } from '../src/index.js';

const ID = `sha256:${'a'.repeat(64)}`;
const SOURCES = 'Types: deb\nURIs: http://mirror.test/debian\nSuites: trixie\nComponents: main\n';

/** `docker` as the local store answers it, recording each command. */
function fakeDocker(): { run: DockerSpawn; commands: string[] } {
  const commands: string[] = [];
  const run: DockerSpawn = (args) => {
    commands.push(args[0] ?? '');
    const stdout = new PassThrough();
    if (args[0] === 'export') {
      const tar = pack();
      tar.entry({ name: 'etc/apt/sources.list.d/debian.sources' }, SOURCES);
      tar.entry(
        { name: 'var/lib/dpkg/status' },
        'Package: base-files\nStatus: install ok installed\n',
      );
      tar.finalize();
      tar.pipe(stdout);
    } else {
      stdout.end(args[0] === 'image' ? `${ID} \n` : args[0] === 'create' ? 'c0ffee\n' : '');
    }
    return { stdout, done: new Promise((r) => stdout.on('end', () => r({ code: 0, stderr: '' }))) };
  };
  return { run, commands };
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('LocalStoreBaseReader with a cache directory', () => {
  it('exports the container once per image ID and platform; a warm read only asks for the ID', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'pgforge-base-cache-'));
    dirs.push(cacheDir);
    const docker = fakeDocker();
    const cold = await new LocalStoreBaseReader(docker.run, cacheDir).read(
      'debian:trixie-slim',
      'linux/amd64',
    );
    expect(docker.commands).toEqual(['image', 'create', 'export', 'rm']);
    expect(await readdir(join(cacheDir, 'base-images'))).toHaveLength(1);

    docker.commands.length = 0;
    const warm = await new LocalStoreBaseReader(docker.run, cacheDir).read(
      'debian:trixie-slim',
      'linux/amd64',
    );
    expect(docker.commands).toEqual(['image']);
    expect(warm).toEqual(cold);
    expect(warm?.aptSources[0]?.text).toBe(SOURCES);

    // Another platform of the same ID is another entry.
    docker.commands.length = 0;
    await new LocalStoreBaseReader(docker.run, cacheDir).read('debian:trixie-slim', 'linux/arm64');
    expect(docker.commands).toEqual(['image', 'create', 'export', 'rm']);
  });

  it('without a cache directory reads the store every time', async () => {
    const docker = fakeDocker();
    const reader = new LocalStoreBaseReader(docker.run);
    await reader.read('debian:trixie-slim', 'linux/amd64');
    await reader.read('debian:trixie-slim', 'linux/amd64');
    expect(docker.commands.filter((c) => c === 'export')).toHaveLength(2);
  });
});
