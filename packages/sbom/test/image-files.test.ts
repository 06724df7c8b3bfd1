import { describe, expect, it } from 'vitest';
import {
  LayerReadError,
  normalizePath,
  readImageFiles,
  SBOM_SELECTION,
  UnsupportedLayerError,
} from '../src/index.js';
import type { FileSelection, LayerRef } from '../src/index.js';
import { BASE_LAYER, STATUS } from './fixture-image.js';
import { layerOf } from '../../oci/test/support/layers.js';
import type { Compression, TestEntry } from '../../oci/test/support/layers.js';

const decode = (bytes: Uint8Array | undefined): string | undefined =>
  bytes === undefined ? undefined : new TextDecoder().decode(bytes);

/** Layers served from memory by digest, as the registry would serve their blobs. */
async function image(layers: { entries: TestEntry[]; compression?: Compression }[]) {
  const blobs = new Map<string, Uint8Array>();
  const refs: LayerRef[] = [];
  for (const [i, layer] of layers.entries()) {
    const built = await layerOf(layer.entries, layer.compression ?? 'gzip');
    const digest = `sha256:${String(i).padStart(64, '0')}`;
    blobs.set(digest, built.bytes);
    refs.push({ mediaType: built.mediaType, digest, size: built.bytes.length });
  }
  const fetched: string[] = [];
  return {
    refs,
    fetched,
    fetchBlob: async (digest: string) => {
      fetched.push(digest);
      const blob = blobs.get(digest);
      if (!blob) throw new Error(`no blob ${digest}`);
      return blob;
    },
  };
}

const EVERYTHING: FileSelection = { list: () => true, content: () => true, hash: () => false };

describe('normalizePath', () => {
  it('drops ./, leading and trailing slashes', () => {
    expect(normalizePath('./usr/lib/')).toBe('usr/lib');
    expect(normalizePath('/etc/os-release')).toBe('etc/os-release');
    expect(normalizePath('./')).toBe('');
    expect(normalizePath('var/lib/dpkg/status')).toBe('var/lib/dpkg/status');
  });
});

describe('readImageFiles', () => {
  for (const compression of ['none', 'gzip', 'zstd'] as const) {
    it(`reads a ${compression} layer and keeps only the selected paths`, async () => {
      const img = await image([{ entries: BASE_LAYER, compression }]);
      const files = await readImageFiles({
        image: 'test',
        layers: img.refs,
        fetchBlob: img.fetchBlob,
        select: SBOM_SELECTION,
      });
      expect(decode(files.get('var/lib/dpkg/status')?.content)).toBe(STATUS);
      expect(files.has('usr/bin/postgres')).toBe(false);
      expect(files.get('etc/os-release')).toMatchObject({
        kind: 'symlink',
        linkname: '../usr/lib/os-release',
      });
      expect(files.get('usr/share/doc/libgcc-s1')?.kind).toBe('symlink');
      // The hard link carries its target's bytes.
      expect(decode(files.get('usr/share/doc/libpq5/copyright')?.content)).toBe(
        decode(files.get('usr/share/doc/postgresql-17/copyright')?.content),
      );
    });
  }

  it('applies whiteouts and opaque directories of later layers, in order', async () => {
    const img = await image([
      {
        entries: [
          { name: 'a/keep', content: 'kept' },
          { name: 'a/gone', content: 'removed by .wh.gone' },
          { name: 'b/one', content: 'hidden by the opaque b' },
          { name: 'b/sub/two', content: 'hidden too' },
          { name: 'c/tree/x', content: 'the whole tree goes' },
        ],
      },
      {
        entries: [
          { name: 'a/.wh.gone', content: '' },
          { name: 'b/.wh..wh..opq', content: '' },
          { name: 'b/new', content: 'the opaque layer’s own file stays' },
          { name: 'c/.wh.tree', content: '' },
        ],
        compression: 'zstd',
      },
      { entries: [{ name: 'a/gone', content: 'back again' }], compression: 'none' },
    ]);
    const files = await readImageFiles({
      image: 'test',
      layers: img.refs,
      fetchBlob: img.fetchBlob,
      select: EVERYTHING,
    });
    expect([...files.keys()].sort()).toEqual(['a/gone', 'a/keep', 'b/new']);
    expect(decode(files.get('a/gone')?.content)).toBe('back again');
    expect(img.fetched).toEqual(img.refs.map((r) => r.digest));
  });

  it('replaces a directory by a file of a later layer, contents and all', async () => {
    const img = await image([
      {
        entries: [
          { name: 'd/x', content: 'x' },
          { name: 'd/y', content: 'y' },
        ],
      },
      { entries: [{ name: 'd', content: 'now a file' }] },
    ]);
    const files = await readImageFiles({
      image: 'test',
      layers: img.refs,
      fetchBlob: img.fetchBlob,
      select: EVERYTHING,
    });
    expect([...files.keys()]).toEqual(['d']);
  });

  it('gives a hard link the bytes of a target in a lower layer, read in any concurrency', async () => {
    const img = await image([
      { entries: [{ name: 'usr/share/doc/a/copyright', content: 'the text' }] },
      { entries: [{ name: 'usr/share/doc/b' }] },
      {
        entries: [
          {
            name: 'usr/share/doc/b/copyright',
            type: 'link',
            linkname: 'usr/share/doc/a/copyright',
          },
        ],
      },
    ]);
    for (const concurrency of [1, 2, 3]) {
      const files = await readImageFiles({
        image: 'test',
        layers: img.refs,
        fetchBlob: img.fetchBlob,
        select: SBOM_SELECTION,
        concurrency,
      });
      expect(decode(files.get('usr/share/doc/b/copyright')?.content), String(concurrency)).toBe(
        'the text',
      );
    }
  });

  it('hashes selected files with SHA-256 and SHA-1 while streaming', async () => {
    const img = await image([{ entries: [{ name: 'system/libx.so.1', content: 'abc' }] }]);
    const files = await readImageFiles({
      image: 'test',
      layers: img.refs,
      fetchBlob: img.fetchBlob,
      select: SBOM_SELECTION,
    });
    expect(files.get('system/libx.so.1')).toMatchObject({
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      sha1: 'a9993e364706816aba3e25717850c26c9cd0d89d',
      size: 3,
    });
    expect(files.get('system/libx.so.1')?.content).toBeUndefined();
  });

  it('names the layer and its media type when the type is not a tar layer', async () => {
    const img = await image([{ entries: [{ name: 'x', content: 'x' }] }]);
    const refs = [{ ...img.refs[0]!, mediaType: 'application/vnd.oci.image.layer.v1.tar+bzip2' }];
    const read = readImageFiles({
      image: 'reg/img@sha256:1',
      layers: refs,
      fetchBlob: img.fetchBlob,
      select: EVERYTHING,
    });
    await expect(read).rejects.toThrow(UnsupportedLayerError);
    await expect(read).rejects.toThrow(
      /layer sha256:0+ of reg\/img@sha256:1 has media type .*\+bzip2/,
    );
  });

  it('tells a corrupt layer apart, naming it', async () => {
    const img = await image([{ entries: [{ name: 'x', content: 'x' }] }]);
    const read = readImageFiles({
      image: 'reg/img',
      layers: img.refs,
      fetchBlob: async () => new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7]),
      select: EVERYTHING,
    });
    await expect(read).rejects.toThrow(LayerReadError);
    await expect(read).rejects.toThrow(/layer sha256:0+ of reg\/img could not be read/);
  });
});
