import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPackageIndex, parseRelease, type BinaryPackage } from '@pgforge/apt';
import { computeCodeVersion } from '@pgforge/apt';
import { ImageCache, type MadeImage } from '../src/image-cache.js';
import { imageKey, type ImageKeyInput } from '../src/image-key.js';
import { buildImageIndex, buildPlatformImage } from '../src/oci-image.js';
import { ImageTree } from '../src/tree.js';

let work: string;
let previousState: string | undefined;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pgforge-image-cache-'));
  // This machine's sealing key, in a state directory of the test's own.
  previousState = process.env.XDG_STATE_HOME;
  process.env.XDG_STATE_HOME = join(work, 'state');
});
afterAll(() => {
  if (previousState === undefined) delete process.env.XDG_STATE_HOME;
  else process.env.XDG_STATE_HOME = previousState;
  rmSync(work, { recursive: true, force: true });
});

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

async function madeImage(content = 'module'): Promise<MadeImage> {
  const tree = new ImageTree();
  tree.add({
    path: 'lib/vector.so',
    type: 'file',
    mode: 0o644,
    data: enc(content),
    origin: 'p',
    layer: 'extension',
  });
  tree.add({
    path: 'system/libx.so.1',
    type: 'file',
    mode: 0o644,
    data: enc('lib'),
    origin: 'q',
    layer: 'system',
  });
  const annotations = { 'org.opencontainers.image.title': 'vector' };
  const created = '1970-01-01T00:00:00Z';
  const platformImages = [
    await buildPlatformImage('linux/amd64', tree, { mtime: 0, created, annotations }),
  ];
  return {
    name: 'vector',
    nameFrom: 'its only control file, vector.control',
    sqlVersion: '0.8.7',
    extensions: ['vector'],
    env: [],
    metadata: {
      name: 'vector',
      sqlNames: [{ name: 'vector', version: '0.8.7' }],
      createExtension: true,
      sharedPreloadLibraries: [],
      requiredExtensions: [],
      requires: [],
      ldLibraryPath: ['system'],
      binPath: [],
      env: [],
      licenses: ['PostgreSQL'],
      limitations: [],
    },
    annotations,
    created,
    platforms: [
      {
        platform: 'linux/amd64',
        packages: [{ name: 'postgresql-18-pgvector', version: '0.8.7-1', architecture: 'amd64' }],
        systemPackages: [],
        systemLibraries: 1,
        systemBytes: 3,
        files: 2,
      },
    ],
    platformImages,
    index: buildImageIndex(platformImages, annotations),
  };
}

const KEY = 'a'.repeat(64);
const OTHER_KEY = 'b'.repeat(64);

function recordPath(cacheDir: string, key: string): string {
  return join(cacheDir, 'extension', 'images', `${key}.json`);
}

describe('ImageCache', () => {
  it('gives back the image it kept, with the same digests and layer bytes', async () => {
    const cacheDir = join(work, 'round-trip');
    const cache = new ImageCache(cacheDir);
    const made = await madeImage();
    expect(await cache.get(KEY)).toBeUndefined();
    await cache.put(KEY, made);
    const back = await cache.get(KEY);
    expect(back?.index.digest).toBe(made.index.digest);
    expect(back?.index.bytes).toEqual(made.index.bytes);
    expect(back?.metadata).toEqual(made.metadata);
    expect(back?.platforms).toEqual(made.platforms);
    const [image] = back?.platformImages ?? [];
    expect(image?.image.manifest.digest).toBe(made.platformImages[0]?.image.manifest.digest);
    expect(image?.layers.map((l) => Buffer.from(l.blob))).toEqual(
      made.platformImages[0]?.layers.map((l) => Buffer.from(l.blob)),
    );
    // Another key is another image: nothing there.
    expect(await cache.get(OTHER_KEY)).toBeUndefined();
  });

  it('refuses a record whose body was edited, and one copied under another key', async () => {
    const cacheDir = join(work, 'edited');
    const cache = new ImageCache(cacheDir);
    await cache.put(KEY, await madeImage());
    const path = recordPath(cacheDir, KEY);
    const original = readFileSync(path);

    writeFileSync(path, Buffer.from(original.toString('utf8').replace('0.8.7', '9.9.9'), 'utf8'));
    expect(await cache.get(KEY)).toBeUndefined();

    writeFileSync(path, original);
    writeFileSync(recordPath(cacheDir, OTHER_KEY), original);
    expect(await cache.get(OTHER_KEY)).toBeUndefined();
    expect((await cache.get(KEY))?.sqlVersion).toBe('0.8.7');
  });

  it('refuses a record another machine sealed (a restored shared cache)', async () => {
    const cacheDir = join(work, 'restored');
    const previous = process.env.XDG_STATE_HOME;
    process.env.XDG_STATE_HOME = join(work, 'other-machine');
    vi.resetModules();
    try {
      const other = await import('../src/image-cache.js');
      await new other.ImageCache(cacheDir).put(KEY, await madeImage());
    } finally {
      process.env.XDG_STATE_HOME = previous;
      vi.resetModules();
    }
    expect(readdirSync(join(cacheDir, 'extension', 'images'))).toEqual([`${KEY}.json`]);
    expect(await new ImageCache(cacheDir).get(KEY)).toBeUndefined();
  });

  it('refuses a record whose layer is missing or damaged, and keeps it again once rebuilt', async () => {
    const cacheDir = join(work, 'damaged-blob');
    const cache = new ImageCache(cacheDir);
    const made = await madeImage();
    await cache.put(KEY, made);
    const blobs = join(cacheDir, 'extension', 'blobs');
    const [name] = readdirSync(blobs);
    const blob = join(blobs, name ?? '');
    const bytes = readFileSync(blob);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    writeFileSync(blob, bytes);
    expect(await cache.get(KEY)).toBeUndefined();
    rmSync(blob);
    expect(await cache.get(KEY)).toBeUndefined();
    await cache.put(KEY, made);
    expect((await cache.get(KEY))?.index.digest).toBe(made.index.digest);
  });
});

const RELEASE = (packagesSha: string, contentsSha: string): string =>
  [
    'Suite: unstable',
    'Codename: sid',
    'Architectures: amd64 arm64',
    'Components: main',
    'SHA256:',
    ` ${packagesSha} 100 main/binary-amd64/Packages.xz`,
    ` ${'9'.repeat(64)} 100 main/binary-arm64/Packages.xz`,
    ` ${contentsSha} 100 main/Contents-amd64.gz`,
    '',
  ].join('\n');

const REPOSITORY = { mirror: 'http://mirror.invalid/debian', suite: 'sid', keyrings: [] };

const DEB: BinaryPackage = {
  package: 'postgresql-18-pgvector',
  version: '0.8.7-1',
  architecture: 'amd64',
  source: 'pgvector',
  filename: 'pool/main/p/pgvector/postgresql-18-pgvector_0.8.7-1_amd64.deb',
  size: 1000,
  sha256: '1'.repeat(64),
  depends: '',
  preDepends: '',
  provides: '',
};

function keyInput(change: {
  deb?: Partial<BinaryPackage>;
  options?: Record<string, unknown>;
  code?: string;
  packagesSha?: string;
  contentsSha?: string;
  minimal?: string[];
}): ImageKeyInput {
  const repository = REPOSITORY;
  const release = parseRelease(
    RELEASE(change.packagesSha ?? '2'.repeat(64), change.contentsSha ?? '3'.repeat(64)),
    { mirror: repository.mirror, suite: 'sid' },
  );
  const index = createPackageIndex(
    { suite: 'sid', component: 'main', architecture: 'amd64', source: 'test' },
    [],
  );
  return {
    code: change.code ?? 'code-1',
    major: 18,
    distribution: 'sid',
    postgresVersion: '18.6-3',
    platforms: [
      {
        platform: 'linux/amd64',
        roots: ['postgresql-18-pgvector'],
        packages: [{ pkg: { ...DEB, ...change.deb }, repository }],
        arch: {
          distribution: 'sid',
          architecture: 'amd64',
          indexes: [{ repository, component: 'main', index }],
          where: 'Debian sid',
        },
        minimal: {
          packages: new Set(change.minimal ?? ['libc6', 'postgresql-18']),
          provides: new Set(),
          roots: ['postgresql-18'],
        },
      },
    ],
    options: change.options ?? { name: 'vector', epoch: 0 },
    release: () => Promise.resolve(release),
  };
}

describe('imageKey', () => {
  it('is the same for the same inputs', async () => {
    expect(await imageKey(keyInput({}))).toBe(await imageKey(keyInput({})));
  });

  it.each([
    ['the .deb', { deb: { sha256: '4'.repeat(64) } }],
    ['the .deb size', { deb: { size: 1001 } }],
    ['the package version', { deb: { version: '0.8.7-2' } }],
    ['an option', { options: { name: 'vector', epoch: 1 } }],
    ['the code', { code: 'code-2' }],
    ['the Packages index system libraries come from', { packagesSha: '5'.repeat(64) }],
    ['the Contents index', { contentsSha: '6'.repeat(64) }],
    ['the minimal image', { minimal: ['libc6', 'postgresql-18', 'libssl3t64'] }],
  ])('changes with %s', async (_what, change) => {
    expect(await imageKey(keyInput(change))).not.toBe(await imageKey(keyInput({})));
  });

  it("ignores another architecture's index", async () => {
    const base = keyInput({});
    const other = keyInput({});
    const release = await other.release(REPOSITORY);
    release.sha256.set('main/binary-arm64/Packages.xz', { size: 1, sha256: '7'.repeat(64) });
    expect(await imageKey(other)).toBe(await imageKey(base));
  });
});

describe('computeCodeVersion', () => {
  it('changes when a file of the bundle changes', async () => {
    const dist = join(work, 'dist', 'cli');
    rmSync(dist, { recursive: true, force: true });
    const entry = join(dist, 'index.js');
    const chunk = join(dist, '123.index.js');
    mkdirSync(dist, { recursive: true });
    writeFileSync(entry, 'console.log(1)');
    writeFileSync(chunk, 'export const a = 1');
    const first = await computeCodeVersion(entry);
    expect(await computeCodeVersion(entry)).toBe(first);
    writeFileSync(chunk, 'export const a = 2');
    expect(await computeCodeVersion(entry)).not.toBe(first);
  });
});
