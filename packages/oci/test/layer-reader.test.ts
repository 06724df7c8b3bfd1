import { describe, expect, it } from 'vitest';
import {
  LayerReadError,
  readLayer,
  UnsupportedLayerError,
  type LayerChange,
} from '../src/index.js';
import { layerOf, type Compression, type TestEntry } from './support/layers.js';

const ENTRIES: TestEntry[] = [
  { name: './usr/', type: 'directory' },
  { name: './usr/lib/libx.so.1', content: 'ELF' },
  { name: 'usr/lib/libx.so', type: 'symlink', linkname: 'libx.so.1' },
  { name: '/usr/lib/hard', type: 'link', linkname: './usr/lib/libx.so.1' },
  { name: 'etc/.wh.gone', content: '' },
  { name: 'var/cache/.wh..wh..opq', content: '' },
];

/** Each change, with a file's bytes read when `read` says so. */
async function changes(
  layer: { mediaType: string; bytes: Uint8Array },
  read: (path: string) => boolean = () => true,
): Promise<(Omit<LayerChange & { type: 'entry' }, 'body'> | LayerChange)[]> {
  const out = [];
  for await (const c of readLayer(
    { mediaType: layer.mediaType, digest: 'sha256:l' },
    layer.bytes,
    'r/i:1',
  )) {
    if (c.type !== 'entry') {
      out.push(c);
      continue;
    }
    const { body, ...rest } = c;
    let text: string | undefined;
    if (read(c.path) && c.kind === 'file') {
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(chunk);
      text = Buffer.concat(chunks).toString();
    }
    out.push({ ...rest, ...(text !== undefined ? { text } : {}) });
  }
  return out;
}

describe('readLayer: the one reader of layers', () => {
  it.each<Compression>(['none', 'gzip', 'zstd'])(
    '%s: entries normalised, links, whiteouts and opaque directories, in tar order',
    async (compression) => {
      const got = await changes(await layerOf(ENTRIES, compression));
      expect(got).toEqual([
        { type: 'entry', path: 'usr', kind: 'directory', size: 0, mode: 0o755 },
        {
          type: 'entry',
          path: 'usr/lib/libx.so.1',
          kind: 'file',
          size: 3,
          mode: 0o644,
          text: 'ELF',
        },
        {
          type: 'entry',
          path: 'usr/lib/libx.so',
          kind: 'symlink',
          size: 0,
          mode: 0o644,
          linkname: 'libx.so.1',
        },
        {
          type: 'entry',
          path: 'usr/lib/hard',
          kind: 'hardlink',
          size: 0,
          mode: 0o644,
          linkname: 'usr/lib/libx.so.1',
        },
        { type: 'whiteout', path: 'etc/gone' },
        { type: 'opaque', dir: 'var/cache' },
      ]);
    },
  );

  it('skips the bytes of a file the caller does not read, and goes on', async () => {
    const got = await changes(await layerOf(ENTRIES), () => false);
    expect(got.map((c) => ('path' in c ? c.path : c.dir))).toEqual([
      'usr',
      'usr/lib/libx.so.1',
      'usr/lib/libx.so',
      'usr/lib/hard',
      'etc/gone',
      'var/cache',
    ]);
  });

  it('refuses an entry or a hard link that leaves the root, naming it', async () => {
    for (const evil of [
      [{ name: '../escaped', content: 'x' }],
      [{ name: 'a/../../escaped', content: 'x' }],
      [{ name: 'h', type: 'link' as const, linkname: '../../etc/shadow' }],
    ]) {
      const read = changes(await layerOf(evil, 'none'));
      await expect(read).rejects.toThrow(LayerReadError);
      await expect(read).rejects.toThrow(/leaves the image root/);
    }
  });

  it('refuses a whiteout that names no file of the directory (.wh.., .wh..., .wh.)', async () => {
    for (const name of ['.wh...', 'a/.wh...', 'a/.wh..', '.wh.']) {
      const read = changes(await layerOf([{ name, content: '' }], 'none'));
      await expect(read).rejects.toThrow(LayerReadError);
      await expect(read).rejects.toThrow(/is a whiteout of "\.{0,2}", which names no file/);
    }
  });

  it('names a media type it does not read, and a corrupt layer', async () => {
    await expect(
      changes({
        mediaType: 'application/vnd.oci.image.layer.v1.tar+bzip2',
        bytes: new Uint8Array(),
      }),
    ).rejects.toThrow(UnsupportedLayerError);
    await expect(
      changes({
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        bytes: new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7]),
      }),
    ).rejects.toThrow(/^layer sha256:l of r\/i:1 could not be read: /);
  });

  it('a caller that stops early leaves nothing pending', async () => {
    const layer = await layerOf(ENTRIES, 'gzip');
    for await (const c of readLayer(
      { mediaType: layer.mediaType, digest: 'sha256:l' },
      layer.bytes,
      'r',
    )) {
      expect(c.type).toBe('entry');
      break;
    }
    // Reading again from the start works: the first reader's streams are gone.
    expect(await changes(layer)).toHaveLength(ENTRIES.length);
  });
});
