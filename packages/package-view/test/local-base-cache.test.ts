import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pack } from 'tar-stream';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalStoreBaseReader, type DockerSpawn } from '../src/index.js';

const ID = `sha256:${'a'.repeat(64)}`;
const SOURCES = 'Types: deb\nURIs: http://mirror.test/debian\nSuites: trixie\nComponents: main\n';

/**
 * `docker` as the local store answers it, recording each command: `docker cp` of a path gives
 * a tar named from the path's last segment, as docker's does, or fails as docker does when the
 * container has no such path (or with `broken`, for any reason).
 */
function fakeDocker(broken?: string): { run: DockerSpawn; commands: string[] } {
  const commands: string[] = [];
  const run: DockerSpawn = (args) => {
    commands.push(args[0] ?? '');
    const stdout = new PassThrough();
    let code = 0;
    let stderr = '';
    if (args[0] === 'cp') {
      const path = (args[1] ?? '').replace(/^[^:]*:/, '');
      if (path === broken) {
        code = 1;
        // Words of a missing file, but not this path's: the storage failed, not the image.
        stderr = `Error response from daemon: lstat /var/lib/docker/overlay2/x/merged: no such file or directory\n`;
        stdout.end();
      } else if (path === '/etc/apt') {
        const tar = pack();
        tar.entry({ name: 'apt', type: 'directory' });
        tar.entry({ name: 'apt/sources.list.d/debian.sources' }, SOURCES);
        tar.entry({ name: 'apt/sources.list.d/notes.txt' }, 'not a source');
        tar.finalize();
        tar.pipe(stdout);
      } else if (path === '/var/lib/dpkg/status') {
        const tar = pack();
        tar.entry({ name: 'status' }, 'Package: base-files\nStatus: install ok installed\n');
        tar.finalize();
        tar.pipe(stdout);
      } else if (path === '/etc/os-release') {
        const tar = pack();
        tar.entry({ name: 'os-release', type: 'symlink', linkname: '../usr/lib/os-release' });
        tar.finalize();
        tar.pipe(stdout);
      } else if (path === '/usr/lib/os-release') {
        const tar = pack();
        tar.entry({ name: 'os-release' }, 'ID=debian\n');
        tar.finalize();
        tar.pipe(stdout);
      } else {
        code = 1;
        // The two wordings daemons use for a path the container lacks.
        stderr =
          path === '/usr/share/keyrings'
            ? `Error response from daemon: Could not find the file ${path} in container c0ffee\n`
            : `Error: lstat /var/lib/docker/overlay2/abc/merged${path}: no such file or directory\n`;
        stdout.end();
      }
    } else {
      stdout.end(args[0] === 'image' ? `${ID} \n` : args[0] === 'create' ? 'c0ffee\n' : '');
    }
    return {
      stdout,
      done: new Promise((r) => stdout.on('end', () => r({ code, stderr }))),
    };
  };
  return { run, commands };
}

const COPIES = ['cp', 'cp', 'cp', 'cp', 'cp'];

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('LocalStoreBaseReader with a cache directory', () => {
  it('copies the view out of a container once per image ID and platform; a warm read only asks for the ID', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'pgforge-base-cache-'));
    dirs.push(cacheDir);
    const docker = fakeDocker();
    const cold = await new LocalStoreBaseReader(docker.run, cacheDir).read(
      'debian:trixie-slim',
      'linux/amd64',
    );
    expect(docker.commands).toEqual(['image', 'create', ...COPIES, 'rm']);
    // Each copy's entries under its path; what apt ignores, and paths it lacks, left out.
    expect(cold?.aptSources).toEqual([
      { path: 'etc/apt/sources.list.d/debian.sources', text: SOURCES },
    ]);
    expect(cold?.keyrings).toEqual({});
    expect(cold?.dpkgStatus).toMatch(/^Package: base-files/);
    expect(cold?.osRelease).toBe('ID=debian\n');
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
    expect(docker.commands).toEqual(['image', 'create', ...COPIES, 'rm']);
  });

  it('without a cache directory reads the store every time', async () => {
    const docker = fakeDocker();
    const reader = new LocalStoreBaseReader(docker.run);
    await reader.read('debian:trixie-slim', 'linux/amd64');
    await reader.read('debian:trixie-slim', 'linux/amd64');
    expect(docker.commands.filter((c) => c === 'create')).toHaveLength(2);
  });

  it('fails on a copy that fails for another reason than an absent path, and removes the container', async () => {
    const docker = fakeDocker('/usr/share/keyrings');
    const read = new LocalStoreBaseReader(docker.run).read('debian:trixie-slim', 'linux/amd64');
    await expect(read).rejects.toThrow(
      'docker cp of /usr/share/keyrings from debian:trixie-slim (linux/amd64) failed: Error response from daemon: lstat /var/lib/docker/overlay2/x/merged: no such file or directory',
    );
    expect(docker.commands.at(-1)).toBe('rm');
  });
});
