/**
 * What the matrix reads of a base image, per platform: its apt sources and the keyrings they
 * name (the image's own view of the archive, which is what apt inside the build will use), and
 * its dpkg status (what it holds before anything is installed). Read from the base by digest,
 * through the registry, or from the local image store; never from the machine that runs the
 * tool: on GitHub's runners that is Ubuntu, not the image.
 */
import { childEnvironment } from '@pgforge/exec';
import { spawn } from 'node:child_process';
import { posix } from 'node:path';
import { extract as tarExtract } from 'tar-stream';
import {
  parseReference,
  formatReference,
  readImageFiles,
  resolveFile,
  type ImageFile,
  type RegistryClient,
} from '@pgforge/oci';
import { readBaseRecord, writeBaseRecord } from './base-image-cache.js';
import type { BaseImageFiles, BaseImageReader } from './base-image-files.js';

export type { BaseImageFiles, BaseImageReader } from './base-image-files.js';

const SOURCES_LIST = 'etc/apt/sources.list';
const SOURCES_PARTS = 'etc/apt/sources.list.d/';
// apt ignores files in sources.list.d whose names hold other characters.
const PART_NAME = /^[A-Za-z0-9_.-]+\.(list|sources)$/;
const KEYRING_DIRS = ['etc/apt/trusted.gpg.d/', 'etc/apt/keyrings/', 'usr/share/keyrings/'];
const STATUS = 'var/lib/dpkg/status';
const OS_RELEASE = ['etc/os-release', 'usr/lib/os-release'];

const directlyUnder = (path: string, dir: string): boolean =>
  path.startsWith(dir) && path.length > dir.length && !path.slice(dir.length).includes('/');

/** The paths of an image the view is made from (content kept; symlinks listed). */
export function isBaseFile(path: string): boolean {
  return (
    path === SOURCES_LIST ||
    (directlyUnder(path, SOURCES_PARTS) && PART_NAME.test(path.slice(SOURCES_PARTS.length))) ||
    path === 'etc/apt/trusted.gpg' ||
    KEYRING_DIRS.some((dir) => directlyUnder(path, dir)) ||
    path === STATUS ||
    OS_RELEASE.includes(path) ||
    // Parents a symlinked os-release or keyring may go through.
    path === 'etc' ||
    path === 'usr' ||
    path === 'usr/lib'
  );
}

const decoder = new TextDecoder();

/** The view's files out of a merged file system (as readImageFiles or the container's copies give). */
export function baseFilesOf(
  files: Map<string, ImageFile>,
  origin: string,
  store: BaseImageFiles['store'],
  digest?: string,
): BaseImageFiles {
  const content = (path: string): Uint8Array | undefined => resolveFile(files, path)?.content;
  const aptSources: BaseImageFiles['aptSources'] = [];
  const list = content(SOURCES_LIST);
  if (list) aptSources.push({ path: SOURCES_LIST, text: decoder.decode(list) });
  const parts = [...files.keys()]
    .filter((p) => directlyUnder(p, SOURCES_PARTS) && PART_NAME.test(p.slice(SOURCES_PARTS.length)))
    .sort();
  for (const path of parts) {
    const bytes = content(path);
    if (bytes) aptSources.push({ path, text: decoder.decode(bytes) });
  }
  const keyrings: Record<string, Uint8Array> = {};
  for (const path of [...files.keys()].sort()) {
    if (path !== 'etc/apt/trusted.gpg' && !KEYRING_DIRS.some((d) => directlyUnder(path, d))) {
      continue;
    }
    const bytes = content(path);
    if (bytes) keyrings[path] = bytes;
  }
  const status = content(STATUS);
  const osRelease = OS_RELEASE.map(content).find((b) => b !== undefined);
  return {
    origin,
    store,
    ...(digest ? { digest } : {}),
    aptSources,
    keyrings,
    ...(status ? { dpkgStatus: decoder.decode(status) } : {}),
    ...(osRelease ? { osRelease: decoder.decode(osRelease) } : {}),
  };
}

const SELECTION = {
  list: isBaseFile,
  content: (path: string) => isBaseFile(path),
  hash: () => false,
};

/**
 * The base through its registry, by the platform image's digest. What is read is cached by that
 * digest (content-addressed: the same digest always holds the same files; base-image-cache.ts),
 * so a warm run downloads no layer.
 */
export class RegistryBaseReader implements BaseImageReader {
  readonly #registry: RegistryClient;
  readonly #cacheDir: string | undefined;

  constructor(registry: RegistryClient, cacheDir?: string) {
    this.#registry = registry;
    this.#cacheDir = cacheDir;
  }

  async read(image: string, platform: string, digest?: string): Promise<BaseImageFiles> {
    const ref = parseReference(image);
    const pinned = digest ? formatReference({ ...ref, tag: undefined, digest }) : image;
    const { manifest } = await this.#registry.getImageManifest(pinned, platform);
    const origin = `${image}${digest ? `@${digest}` : ''} (${platform})`;
    const cached = await readBaseRecord(this.#cacheDir, manifest.digest, origin);
    if (cached) return cached;
    const files = await readImageFiles({
      image: origin,
      layers: manifest.manifest.layers,
      fetchBlob: (d, size) => this.#registry.getBlob(pinned, d, size),
      select: SELECTION,
    });
    const read = baseFilesOf(files, origin, 'registry', manifest.digest);
    await writeBaseRecord(this.#cacheDir, manifest.digest, read);
    return read;
  }
}

/** Runs `docker` and gives its stdout as a stream (a copy's tar is read as it comes). */
export type DockerSpawn = (args: string[]) => {
  stdout: NodeJS.ReadableStream;
  done: Promise<{ code: number | null; stderr: string }>;
};

export const spawnDocker: DockerSpawn = (args) => {
  const child = spawn('docker', args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnvironment(),
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < 16_384) stderr += chunk;
  });
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => {
    child.on('error', (error) => resolve({ code: -1, stderr: error.message }));
    child.on('close', (code) => resolve({ code, stderr }));
  });
  return { stdout: child.stdout, done };
};

async function docker(
  run: DockerSpawn,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { stdout, done } = run(args);
  const chunks: Buffer[] = [];
  for await (const chunk of stdout) chunks.push(Buffer.from(chunk as Buffer));
  const { code, stderr } = await done;
  return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr };
}

/**
 * What the view reads of a container, path by path (`docker cp` of each): everything isBaseFile
 * keeps lies under one of these. `docker cp` names a copy's entries after the path's last
 * segment (`apt/sources.list`), and resolves the path's parents inside the container.
 */
const COPIED = [
  'etc/apt',
  'usr/share/keyrings',
  'var/lib/dpkg/status',
  'etc/os-release',
  'usr/lib/os-release',
] as const;

/**
 * Whether `docker cp` failed because the container has no `/path` (daemon versions word it
 * either way), naming that path: any other failure (the daemon, its storage) is an error, never
 * a missing file cached as the image's truth.
 */
function notThere(stderr: string, path: string): boolean {
  return (
    stderr.includes(`/${path}`) && /could not find the file|no such file or directory/i.test(stderr)
  );
}

/**
 * The base from the local image store (an image imported or loaded there, which BuildKit's
 * docker driver builds FROM without a registry): a container is created for the platform,
 * never started, so a foreign platform needs no emulation, and the view's paths are copied out
 * of it. Copying those few paths, side by side, takes a tenth of exporting the whole file system
 * (a slim image's 80 MB, read through tar here) and gives the same files.
 */
export class LocalStoreBaseReader implements BaseImageReader {
  readonly #docker: DockerSpawn;
  readonly #cacheDir: string | undefined;

  /** `cacheDir`: where what was read is kept by image ID and platform (base-image-cache.ts). */
  constructor(run: DockerSpawn = spawnDocker, cacheDir?: string) {
    this.#docker = run;
    this.#cacheDir = cacheDir;
  }

  async read(
    image: string,
    platform: string,
    digest?: string,
  ): Promise<BaseImageFiles | undefined> {
    const inspect = await docker(this.#docker, [
      'image',
      'inspect',
      '--format',
      '{{.Id}} {{range .RepoDigests}}{{.}} {{end}}',
      image,
    ]);
    if (inspect.code !== 0) return undefined;
    const [id = '', ...repoDigests] = inspect.stdout.trim().split(/\s+/);
    // Pinned by digest, the build uses that image: a local one of the same name is another
    // image unless the store says it is that one.
    if (digest && id !== digest && !repoDigests.some((r) => r.endsWith(`@${digest}`))) {
      return undefined;
    }
    // The ID is a content digest: the same ID and platform always hold the same files.
    const origin = `${image} (local image ${id}, ${platform})`;
    const key = `local-${id}-${platform}`;
    const cached = await readBaseRecord(this.#cacheDir, key, origin);
    if (cached) return cached;
    const created = await docker(this.#docker, [
      'create',
      '--platform',
      platform,
      '--pull',
      'never',
      image,
      'true',
    ]);
    // The store has the image, but not for this platform.
    if (created.code !== 0) return undefined;
    const container = created.stdout.trim();
    try {
      const copies = await Promise.all(
        COPIED.map((path) => this.#copy(container, path, `${image} (${platform})`)),
      );
      const read = baseFilesOf(new Map(copies.flatMap((c) => [...c])), origin, 'local', id);
      await writeBaseRecord(this.#cacheDir, key, read);
      return read;
    } finally {
      // Not waited for: nothing depends on it, and Node does not exit while it runs.
      void docker(this.#docker, ['rm', '--force', container]).catch(() => undefined);
    }
  }

  /** The view's files at and under `path` of the container; none when it has no such path. */
  async #copy(container: string, path: string, what: string): Promise<Map<string, ImageFile>> {
    const { stdout, done } = this.#docker(['cp', `${container}:/${path}`, '-']);
    // The entries are named from the path's last segment: put its parents back in front.
    const parent = path.slice(0, path.lastIndexOf('/') + 1);
    const [files, { code, stderr }] = await Promise.all([
      filesOfTar(stdout, (name) => parent + name).catch((error: unknown) => error as Error),
      done,
    ]);
    if (code !== 0) {
      // An absent path writes no tar at all: what docker says is what counts.
      if (notThere(stderr, path)) return new Map();
      throw new Error(`docker cp of /${path} from ${what} failed: ${stderr.trim()}`);
    }
    if (files instanceof Error) {
      throw new Error(`docker cp of /${path} from ${what}: ${files.message}`, { cause: files });
    }
    return files;
  }
}

/** The view's files in a tar stream, each entry's name made a path by `pathOf`. */
async function filesOfTar(
  stream: NodeJS.ReadableStream,
  pathOf: (name: string) => string,
): Promise<Map<string, ImageFile>> {
  const files = new Map<string, ImageFile>();
  const extract = tarExtract();
  const finished = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, body, next) => {
      const name = posix
        .normalize(header.name)
        .replace(/^\.?\/+/, '')
        .replace(/\/+$/, '');
      const path = name === '' || name === '.' ? '' : pathOf(name);
      const kind =
        header.type === 'directory'
          ? 'directory'
          : header.type === 'symlink'
            ? 'symlink'
            : header.type === 'link'
              ? 'hardlink'
              : 'file';
      const keep = path !== '' && path !== '.' && isBaseFile(path);
      const chunks: Buffer[] = [];
      body.on('data', (chunk: unknown) => {
        if (keep && kind === 'file') chunks.push(Buffer.from(chunk as Uint8Array));
      });
      body.on('end', () => {
        if (keep) {
          const file: ImageFile = {
            path,
            kind,
            size: header.size ?? 0,
            mode: header.mode ?? 0,
          };
          if (header.linkname) file.linkname = header.linkname;
          if (kind === 'file') file.content = new Uint8Array(Buffer.concat(chunks));
          files.set(path, file);
        }
        next();
      });
      body.resume();
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  stream.pipe(extract);
  await finished;
  return files;
}
