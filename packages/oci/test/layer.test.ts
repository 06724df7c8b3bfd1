/**
 * Deterministic layers: what buildLayer writes (read back with tar-stream), its gzip header, the
 * errors for entries it cannot write, and (fast-check) that order and spelling of the entries do
 * not change the digest while content does.
 */
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { extract } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import {
  LayerEntryError,
  MediaTypes,
  buildLayer,
  buildLayerTar,
  computeDigest,
} from '../src/index.js';
import type { LayerEntry } from '../src/index.js';

interface ReadEntry {
  name: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  mtime: number;
  linkname: string | null;
  data: string;
}

async function readTar(tar: Uint8Array): Promise<ReadEntry[]> {
  const entries: ReadEntry[] = [];
  const ex = extract();
  const done = (async () => {
    for await (const entry of ex) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      const h = entry.header;
      entries.push({
        name: h.name,
        type: h.type,
        mode: h.mode,
        uid: h.uid,
        gid: h.gid,
        uname: h.uname,
        gname: h.gname,
        mtime: h.mtime.getTime() / 1000,
        linkname: h.linkname,
        data: Buffer.concat(chunks).toString('utf8'),
      });
    }
  })();
  ex.end(Buffer.from(tar));
  await done;
  return entries;
}

const EXTENSION: LayerEntry[] = [
  { path: '/share/extension/vector.control', type: 'file', data: "comment = 'vector'\n" },
  { path: 'lib/vector.so', type: 'file', mode: 0o755, data: '\u007fELF' },
  { path: './licenses/vector/copyright', type: 'file', data: 'PostgreSQL\n' },
  { path: 'lib/bitcode/vector', type: 'directory' },
  { path: 'lib/vector-current.so', type: 'symlink', linkTarget: 'vector.so' },
];

describe('buildLayer', () => {
  it('writes sorted entries with their parents, root-owned, at one mtime', async () => {
    const layer = await buildLayer(EXTENSION, { mtime: 1_700_000_000 });
    expect(layer.mediaType).toBe(MediaTypes.ociLayerGzip);
    expect(layer.size).toBe(layer.blob.length);
    expect(layer.digest).toBe(computeDigest(layer.blob));
    const tar = gunzipSync(layer.blob);
    expect(layer.diffId).toBe(computeDigest(tar));
    const entries = await readTar(tar);
    expect(entries.map((e) => [e.name, e.type, e.mode.toString(8)])).toEqual([
      ['lib/', 'directory', '755'],
      ['lib/bitcode/', 'directory', '755'],
      ['lib/bitcode/vector/', 'directory', '755'],
      ['lib/vector-current.so', 'symlink', '777'],
      ['lib/vector.so', 'file', '755'],
      ['licenses/', 'directory', '755'],
      ['licenses/vector/', 'directory', '755'],
      ['licenses/vector/copyright', 'file', '644'],
      ['share/', 'directory', '755'],
      ['share/extension/', 'directory', '755'],
      ['share/extension/vector.control', 'file', '644'],
    ]);
    for (const e of entries) {
      expect([e.uid, e.gid, e.uname, e.gname, e.mtime]).toEqual([0, 0, '', '', 1_700_000_000]);
    }
    expect(entries.find((e) => e.name === 'lib/vector-current.so')?.linkname).toBe('vector.so');
    expect(entries.find((e) => e.name === 'lib/vector.so')?.data).toBe('\u007fELF');
  });

  it('writes a gzip header without name or time: 1f 8b 08 00, MTIME 0, XFL 2, OS 255', async () => {
    const layer = await buildLayer(EXTENSION);
    expect([...layer.blob.subarray(0, 10)]).toEqual([
      0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x02, 0xff,
    ]);
    const fast = await buildLayer(EXTENSION, { gzipLevel: 1 });
    expect(fast.blob[8]).toBe(0x04);
    expect(fast.diffId).toBe(layer.diffId);
    expect(fast.digest).not.toBe(layer.digest);
  });

  it('writes the same tar as always (the diffId is pinned; gzip bytes depend on zlib)', async () => {
    const tar = await buildLayerTar(EXTENSION, { mtime: 0 });
    expect(tar.length % 512).toBe(0);
    expect(computeDigest(tar)).toMatchInlineSnapshot(
      `"sha256:014d742603507cf8d0cbf109b830ffc195ae7f2da258e4044aedf2f6c0e682ed"`,
    );
    expect((await buildLayer(EXTENSION)).diffId).toBe(computeDigest(tar));
  });

  it('keeps long and non-ASCII names whole (PAX records) and mtime defaults to 0', async () => {
    const long = `share/${'d'.repeat(120)}/${'é'.repeat(40)}.sql`;
    const entries = await readTar(
      gunzipSync((await buildLayer([{ path: long, type: 'file', data: 'x' }])).blob),
    );
    expect(entries.map((e) => e.name)).toEqual(['share/', `share/${'d'.repeat(120)}/`, long]);
    expect(entries.every((e) => e.mtime === 0)).toBe(true);
  });

  it('writes hardlinks after the file they share, whichever name was given as the file', async () => {
    const entries = await readTar(
      await buildLayerTar([
        { path: 'b.so', type: 'file', mode: 0o755, data: 'shared' },
        { path: 'a.so', type: 'hardlink', linkTarget: '/b.so' },
        { path: 'c.so', type: 'hardlink', linkTarget: 'a.so' },
      ]),
    );
    expect(entries.map((e) => [e.name, e.type, e.linkname, e.data, e.mode.toString(8)])).toEqual([
      ['a.so', 'file', null, 'shared', '755'],
      ['b.so', 'link', 'a.so', '', '755'],
      ['c.so', 'link', 'a.so', '', '755'],
    ]);
  });

  it('refuses entries it cannot write, naming the path', async () => {
    const cases: [LayerEntry[], string][] = [
      [
        [{ path: '../etc/passwd', type: 'file' }],
        'layer entry "../etc/passwd": escapes the root of the layer',
      ],
      [
        [{ path: 'a/../../x', type: 'file' }],
        'layer entry "a/../../x": escapes the root of the layer',
      ],
      [
        [{ path: '/', type: 'directory' }],
        'layer entry "/": names the root itself; entries are paths below it',
      ],
      [
        [
          { path: 'lib/x', type: 'file' },
          { path: '/lib/x/', type: 'file' },
        ],
        'layer entry "/lib/x/": lib/x is given more than once',
      ],
      [
        [
          { path: 'lib', type: 'file' },
          { path: 'lib/x', type: 'file' },
        ],
        'layer entry "lib/x": its parent lib is a file',
      ],
      [
        [{ path: 'a', type: 'hardlink', linkTarget: 'b' }],
        'layer entry "a": hardlink target b is not in the layer; it must be a file',
      ],
      [[{ path: 's', type: 'symlink' }], 'layer entry "s": a symlink needs linkTarget'],
      [[{ path: 'd', type: 'directory', data: 'x' }], 'layer entry "d": a directory has no data'],
      [[{ path: 'f', type: 'file', mode: 0 }], 'layer entry "f": mode 0 cannot be written'],
      [
        [{ path: 'f', type: 'file', mode: 0o100644 }],
        'layer entry "f": mode 33188 is not permission bits (0 to 0o7777)',
      ],
    ];
    for (const [entries, message] of cases) {
      const error = await buildLayer(entries).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LayerEntryError);
      expect((error as Error).message).toBe(message);
    }
  });
});

describe('buildLayer (property)', () => {
  const name = fc.constantFrom(
    'a',
    'b',
    'lib',
    'share',
    'x.so',
    'é',
    'a-b',
    'a.b',
    'Z',
    'long'.repeat(30),
  );
  // Unique paths; an ancestor of another path is a directory, the others any type.
  const layerEntries = fc
    .uniqueArray(
      fc.array(name, { minLength: 1, maxLength: 3 }).map((p) => p.join('/')),
      {
        minLength: 1,
        maxLength: 12,
      },
    )
    .chain((paths) => {
      const isParent = (p: string) => paths.some((q) => q.startsWith(`${p}/`));
      return fc.tuple(
        ...paths.map((path) =>
          isParent(path)
            ? fc.constant<LayerEntry>({ path, type: 'directory' })
            : fc.oneof(
                fc.record({
                  path: fc.constant(path),
                  type: fc.constant('file' as const),
                  mode: fc.constantFrom(0o644, 0o755, 0o600),
                  data: fc.string({ maxLength: 40 }),
                }),
                fc.constant<LayerEntry>({ path, type: 'symlink', linkTarget: `../${path}` }),
                fc.constant<LayerEntry>({ path, type: 'directory', mode: 0o700 }),
              ),
        ),
      );
    });
  // Some symlinks become hardlinks to a file of the layer, so their canonical order is tested too.
  const withHardlinks = layerEntries.map((entries) => {
    const file = entries.find((e) => e.type === 'file');
    return entries.map((e, i): LayerEntry =>
      file && e.type === 'symlink' && i % 2 === 0
        ? { path: e.path, type: 'hardlink', linkTarget: file.path }
        : e,
    );
  });
  // The same entries in another order, each path spelt one of the ways that mean the same.
  const respelt = (entries: LayerEntry[]) =>
    fc
      .shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length })
      .chain((shuffled) =>
        fc.tuple(
          ...shuffled.map((e) =>
            fc.constantFrom(e.path, `/${e.path}`, `./${e.path}`).map((path) => ({ ...e, path })),
          ),
        ),
      );

  it('gives one digest for the same entries in any order and spelling', async () => {
    await fc.assert(
      fc.asyncProperty(
        withHardlinks.chain((entries) => fc.tuple(fc.constant(entries), respelt(entries))),
        async ([entries, other]) => {
          const [a, b] = await Promise.all([buildLayer(entries), buildLayer(other)]);
          expect(b.digest).toBe(a.digest);
          expect(b.diffId).toBe(a.diffId);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives another digest when a file’s content or mode changes', async () => {
    await fc.assert(
      fc.asyncProperty(withHardlinks, fc.nat(), fc.boolean(), async (entries, pick, changeMode) => {
        const files = entries.filter((e) => e.type === 'file');
        fc.pre(files.length > 0);
        const target = files[pick % files.length] as LayerEntry;
        const changed = entries.map((e) =>
          e !== target
            ? e
            : changeMode
              ? { ...e, mode: e.mode === 0o755 ? 0o644 : 0o755 }
              : { ...e, data: `${String(e.data)}!` },
        );
        const [a, b] = await Promise.all([buildLayer(entries), buildLayer(changed)]);
        expect(b.diffId).not.toBe(a.diffId);
        expect(b.digest).not.toBe(a.digest);
      }),
      { numRuns: 150 },
    );
  });
});
