import { lstat, mkdtemp, readdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack, type Header } from 'tar-stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planExtension, unmountedRequirements } from '../src/extension-plan.js';
import { unpackImage, UnpackError, type ImageSource } from '../src/unpack.js';

// Unpacking runs here against a fake image source (a registry with the same two calls); the
// integration tests unpack real images from the test registry.

type Entry = Partial<Header> & { name: string; content?: string };

async function tarOf(entries: Entry[]): Promise<Buffer> {
  const p = pack();
  for (const { content, ...header } of entries) p.entry(header, content ?? '');
  p.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of p) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

interface Layer {
  mediaType: string;
  bytes: Buffer;
}

function fakeSource(
  layers: Layer[],
  annotations: { index?: Record<string, string>; manifest?: Record<string, string> } = {},
): ImageSource {
  const blobs = new Map(layers.map((l, i) => [`sha256:${String(i).padStart(64, '0')}`, l]));
  const manifest = {
    schemaVersion: 2 as const,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: 'sha256:c', size: 2 },
    layers: [...blobs.entries()].map(([digest, l]) => ({
      mediaType: l.mediaType,
      digest,
      size: l.bytes.length,
    })),
    ...(annotations.manifest ? { annotations: annotations.manifest } : {}),
  };
  return {
    getImageManifest: async () => ({
      ...(annotations.index
        ? {
            index: {
              digest: 'sha256:index',
              mediaType: 'application/vnd.oci.image.index.v1+json',
              bytes: new Uint8Array(),
              manifest: {
                schemaVersion: 2 as const,
                manifests: [],
                annotations: annotations.index,
              },
            },
          }
        : {}),
      manifest: {
        digest: 'sha256:manifest',
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        bytes: new Uint8Array(),
        manifest,
      },
    }),
    getBlob: async (_ref, digest) => {
      const layer = blobs.get(digest);
      if (!layer) throw new Error(`no blob ${digest}`);
      return new Uint8Array(layer.bytes);
    },
  };
}

function twoLayers(lower: Buffer, upper: Buffer): ImageSource {
  return fakeSource([
    { mediaType: 'application/vnd.oci.image.layer.v1.tar', bytes: lower },
    { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', bytes: gzipSync(upper) },
  ]);
}

let work: string;
/** A directory beside the unpacked trees that a crafted image must not reach. */
let outside: string;
const secretPath = (): string => join(outside, 'secret');
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pgforge-unpack-'));
});
beforeEach(async () => {
  outside = await mkdtemp(join(tmpdir(), 'pgforge-outside-'));
  await writeFile(secretPath(), 'keep me');
});
afterEach(async () => {
  await rm(outside, { recursive: true, force: true });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('unpackImage, from a fake registry', () => {
  it('applies layers in order with whiteouts, keeps modes and symlinks, merges annotations', async () => {
    const base = await tarOf([
      { name: 'lib/', type: 'directory', mode: 0o755 },
      { name: 'lib/vector.so', mode: 0o755, content: 'ELF' },
      { name: 'lib/old.so', content: 'old' },
      { name: 'share/extension/vector.control', content: "default_version = '0.8.1'\n" },
      { name: 'share/extension/vector--0.8.1.sql', content: 'CREATE …' },
      { name: 'system/', type: 'directory' },
      { name: 'system/stale.so', content: 'x' },
    ]);
    const top = await tarOf([
      { name: 'lib/.wh.old.so', content: '' },
      { name: 'system/.wh..wh..opq', content: '' },
      { name: 'system/libgeos_c.so.1.19.0', content: 'geos' },
      { name: 'system/libgeos_c.so.1', type: 'symlink', linkname: 'libgeos_c.so.1.19.0' },
    ]);
    const source = fakeSource(
      [
        { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', bytes: gzipSync(base) },
        { mediaType: 'application/vnd.oci.image.layer.v1.tar', bytes: top },
      ],
      {
        index: {
          'io.cloudnativepg.image.sql.version': '0.0.0',
          'org.opencontainers.image.title': 'v',
        },
        manifest: { 'io.cloudnativepg.image.sql.version': '0.8.1' },
      },
    );
    const dir = join(work, 'vector');
    const image = await unpackImage(source, 'r/vector:1', dir, 'linux/amd64');
    expect(image.files).toEqual([
      'lib/vector.so',
      'share/extension/vector--0.8.1.sql',
      'share/extension/vector.control',
      'system/libgeos_c.so.1',
      'system/libgeos_c.so.1.19.0',
    ]);
    expect(image.annotations).toEqual({
      'io.cloudnativepg.image.sql.version': '0.8.1',
      'org.opencontainers.image.title': 'v',
    });
    expect((await stat(join(dir, 'lib/vector.so'))).mode & 0o777).toBe(0o755);
    expect(await readlink(join(dir, 'system/libgeos_c.so.1'))).toBe('libgeos_c.so.1.19.0');
    expect(await readFile(join(dir, 'share/extension/vector.control'), 'utf8')).toContain('0.8.1');

    const plan = planExtension({ name: 'vector', image: { reference: 'r/vector:1' } }, image);
    expect(plan).toMatchObject({
      controlFiles: ['share/extension/vector.control'],
      sqlNames: ['vector'],
      primary: 'vector',
      sqlVersion: '0.8.1',
    });
  });

  it('refuses an entry that leaves the image root', async () => {
    const evil = await tarOf([{ name: '../escaped', content: 'x' }]);
    const source = fakeSource([
      { mediaType: 'application/vnd.oci.image.layer.v1.tar', bytes: evil },
    ]);
    await expect(
      unpackImage(source, 'r/evil:1', join(work, 'evil'), 'linux/amd64'),
    ).rejects.toThrow(
      new UnpackError('r/evil:1', 'layer entry "../escaped" leaves the image root'),
    );
  });

  it('refuses writing through a symlink that leads outside', async () => {
    const evil = await tarOf([
      { name: 'out', type: 'symlink', linkname: '/tmp' },
      { name: 'out/planted', content: 'x' },
    ]);
    const source = fakeSource([
      { mediaType: 'application/vnd.oci.image.layer.v1.tar', bytes: evil },
    ]);
    await expect(
      unpackImage(source, 'r/evil:2', join(work, 'evil2'), 'linux/amd64'),
    ).rejects.toThrow('out/planted would be written through the symlink out');
  });

  it('applies a whiteout to the file it names, not to what a symlink on the way points to', async () => {
    const secret = secretPath();
    const lower = await tarOf([{ name: 'x', type: 'symlink', linkname: outside }]);
    const upper = await tarOf([{ name: 'x/.wh.secret', content: '' }]);
    await expect(
      unpackImage(twoLayers(lower, upper), 'r/evil:w', join(work, 'evil-w'), 'linux/amd64'),
    ).rejects.toThrow('x/secret would be written through the symlink x');
    expect(await readFile(secret, 'utf8')).toBe('keep me');
  });

  it('refuses an opaque whiteout that would empty a symlink’s target', async () => {
    const lower = await tarOf([{ name: 'x', type: 'symlink', linkname: outside }]);
    const upper = await tarOf([{ name: 'x/.wh..wh..opq', content: '' }]);
    await expect(
      unpackImage(twoLayers(lower, upper), 'r/evil:o', join(work, 'evil-o'), 'linux/amd64'),
    ).rejects.toThrow("x/.wh..wh..opq would empty the symlink x's target");
    expect(await readdir(outside)).toEqual(['secret']);
    const nested = await tarOf([{ name: 'x/sub/.wh..wh..opq', content: '' }]);
    await expect(
      unpackImage(twoLayers(lower, nested), 'r/evil:o2', join(work, 'evil-o2'), 'linux/amd64'),
    ).rejects.toThrow('x/sub would be written through the symlink x');
    expect(await readdir(outside)).toEqual(['secret']);
  });

  it('refuses a whiteout that names the parent directory', async () => {
    const dir = join(outside, 'tree');
    const lower = await tarOf([{ name: 'x/keep', content: 'x' }]);
    for (const name of ['.wh...', 'x/.wh...']) {
      const upper = await tarOf([{ name, content: '' }]);
      await expect(
        unpackImage(twoLayers(lower, upper), 'r/evil:p', dir, 'linux/amd64'),
      ).rejects.toThrow('which names no file');
      expect(await readFile(secretPath(), 'utf8')).toBe('keep me');
      expect(await readFile(join(dir, 'x/keep'), 'utf8')).toBe('x');
    }
  });

  it('creates no directory outside before refusing an entry below a symlink', async () => {
    const lower = await tarOf([{ name: 'x', type: 'symlink', linkname: outside }]);
    const upper = await tarOf([{ name: 'x/newdir/deeper/file', content: 'x' }]);
    await expect(
      unpackImage(twoLayers(lower, upper), 'r/evil:m', join(work, 'evil-m'), 'linux/amd64'),
    ).rejects.toThrow('x/newdir/deeper/file would be written through the symlink x');
    expect(await readdir(outside)).toEqual(['secret']);
  });

  it('links no file from outside into the tree', async () => {
    // Through a symlinked directory, and to a symlink that points at the file itself.
    const lower = await tarOf([
      { name: 'x', type: 'symlink', linkname: outside },
      { name: 'y', type: 'symlink', linkname: join(outside, 'secret') },
    ]);
    const viaDir = await tarOf([{ name: 'stolen', type: 'link', linkname: 'x/secret' }]);
    await expect(
      unpackImage(twoLayers(lower, viaDir), 'r/evil:l', join(work, 'evil-l'), 'linux/amd64'),
    ).rejects.toThrow('x/secret would be written through the symlink x');
    await expect(lstat(join(work, 'evil-l', 'stolen'))).rejects.toThrow();
    const viaLink = await tarOf([{ name: 'stolen', type: 'link', linkname: 'y' }]);
    await expect(
      unpackImage(twoLayers(lower, viaLink), 'r/evil:l2', join(work, 'evil-l2'), 'linux/amd64'),
    ).rejects.toThrow('stolen is a hard link to y, which is not a regular file');
    expect((await stat(secretPath())).nlink).toBe(1);
  });

  it('masks setuid, setgid, sticky and write-for-all bits', async () => {
    const layer = await tarOf([
      { name: 'bin/', type: 'directory', mode: 0o1777 },
      { name: 'bin/tool', mode: 0o6777, content: '#!/bin/sh' },
      { name: 'lib/x.so', mode: 0o666, content: 'ELF' },
    ]);
    const dir = join(work, 'modes');
    await unpackImage(
      fakeSource([{ mediaType: 'application/vnd.oci.image.layer.v1.tar', bytes: layer }]),
      'r/modes:1',
      dir,
      'linux/amd64',
    );
    expect((await stat(join(dir, 'bin/tool'))).mode & 0o7777).toBe(0o755);
    expect((await stat(join(dir, 'lib/x.so'))).mode & 0o7777).toBe(0o644);
    expect((await stat(join(dir, 'bin'))).mode & 0o7777).toBe(0o755);
  });

  it('refuses a layer that is no tar it knows', async () => {
    const source = fakeSource([
      { mediaType: 'application/vnd.example.layer', bytes: Buffer.from('x') },
    ]);
    await expect(unpackImage(source, 'r/x:1', join(work, 'x'), 'linux/amd64')).rejects.toThrow(
      'has media type application/vnd.example.layer; expected an uncompressed, gzip or zstd tar layer',
    );
  });
});

describe('planExtension', () => {
  const image = (files: string[], annotations: Record<string, string> = {}) => ({
    reference: 'r',
    digest: 'sha256:d',
    annotations,
    dir: '/x',
    files,
  });

  it('creates the extension named like the entry, else the only one, else all', () => {
    const entry = { name: 'postgis', image: { reference: 'r' } };
    expect(
      planExtension(
        entry,
        image(['share/extension/postgis.control', 'share/extension/postgis_raster.control']),
      ).sqlNames,
    ).toEqual(['postgis']);
    expect(
      planExtension(
        { name: 'pgvector', image: { reference: 'r' } },
        image(['share/extension/vector.control']),
      ),
    ).toMatchObject({ sqlNames: ['vector'], primary: 'vector' });
    const both = planExtension(
      { name: 'geo', image: { reference: 'r' } },
      image(['share/extension/b.control', 'share/extension/a.control']),
    );
    expect(both.sqlNames).toEqual(['a', 'b']);
    expect(both.primary).toBeUndefined();
  });

  it('looks where the entry’s extension_control_path points, nowhere else', () => {
    const entry = { name: 'x', image: { reference: 'r' }, extension_control_path: ['custom'] };
    expect(planExtension(entry, image(['share/extension/x.control'])).controlFiles).toEqual([]);
    expect(planExtension(entry, image(['custom/extension/x.control'])).controlFiles).toEqual([
      'custom/extension/x.control',
    ]);
  });

  it('creates what the image lists: no secondary control file, no control it leaves out, each at its version', () => {
    const plan = planExtension(
      { name: 'pgnodemx', image: { reference: 'r' } },
      image(
        [
          'share/extension/pgnodemx.control',
          'share/extension/pg_proctab.control',
          'share/extension/pg_proctab--0.0.10-compat.control',
          'share/extension/decoderbufs.control',
        ],
        { 'io.pgforge.extension.sql-names': 'pgnodemx=1.7,pg_proctab=0.0.10-compat' },
      ),
    );
    expect(plan.sqlNames).toEqual(['pgnodemx']);
    const all = planExtension(
      { name: 'nodes', image: { reference: 'r' } },
      image(
        [
          'share/extension/pgnodemx.control',
          'share/extension/pg_proctab.control',
          'share/extension/pg_proctab--0.0.10-compat.control',
          'share/extension/decoderbufs.control',
        ],
        { 'io.pgforge.extension.sql-names': 'pgnodemx=1.7,pg_proctab=0.0.10-compat' },
      ),
    );
    expect(all.sqlNames).toEqual(['pg_proctab', 'pgnodemx']);
    // No primary here: both at the versions the image states.
    expect(all.versions).toEqual(
      new Map([
        ['pgnodemx', '1.7'],
        ['pg_proctab', '0.0.10-compat'],
      ]),
    );
    // The primary is created as its control file says, without VERSION.
    expect(plan.versions).toEqual(new Map([['pg_proctab', '0.0.10-compat']]));
    // Without the annotation (an image made elsewhere), every primary control file counts.
    const bare = planExtension(
      { name: 'nodes', image: { reference: 'r' } },
      image(['share/extension/pg_proctab.control', 'share/extension/pg_proctab--1.control']),
    );
    expect(bare.sqlNames).toEqual(['pg_proctab']);
  });

  it('names the requirements no mounted image declares (the operand may still have them)', () => {
    const routing = planExtension(
      { name: 'pgrouting', image: { reference: 'r' } },
      image(['share/extension/pgrouting.control'], {
        'io.pgforge.extension.required-extensions': 'postgis,hstore',
      }),
    );
    expect(routing.requires).toEqual(['postgis', 'hstore']);
    const postgis = planExtension(
      { name: 'postgis-3', image: { reference: 'r' } },
      image(['share/extension/postgis.control']),
    );
    expect(unmountedRequirements(routing, [routing])).toEqual(['postgis', 'hstore']);
    expect(unmountedRequirements(routing, [routing, postgis])).toEqual(['hstore']);
  });
});
