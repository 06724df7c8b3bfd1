/**
 * OCI image layouts on disk: what writeLayout writes, adding to a layout, what it refuses, and
 * reading back with readLayout. (skopeo and umoci read them in layout.integration.test.ts.)
 */
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DigestMismatchError,
  LayoutError,
  MediaTypes,
  REF_NAME_ANNOTATION,
  computeDigest,
  isImageIndex,
  readLayout,
  writeLayout,
} from '../src/index.js';
import { buildExtensionLike } from './support/built-images.js';

let dir: string;
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'pgforge-layout-')), 'layout');
});
afterEach(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true });
});

describe('writeLayout', () => {
  it('writes oci-layout, every blob under blobs/sha256 and index.json with the ref name', async () => {
    const built = await buildExtensionLike('vector');
    const index = await writeLayout(dir, {
      manifests: [built.index],
      blobs: built.blobs,
      refName: '0.8.0-18-trixie',
    });
    expect(JSON.parse(await readFile(join(dir, 'oci-layout'), 'utf8'))).toEqual({
      imageLayoutVersion: '1.0.0',
    });
    const stored = (await readdir(join(dir, 'blobs', 'sha256'))).sort();
    expect(stored).toEqual(built.blobs.map((b) => computeDigest(b).slice(7)).sort());
    for (const blob of built.blobs) {
      const bytes = await readFile(join(dir, 'blobs', 'sha256', computeDigest(blob).slice(7)));
      expect(bytes.equals(Buffer.from(blob))).toBe(true);
    }
    const onDisk = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as unknown;
    expect(onDisk).toEqual(index);
    expect(index.manifests).toEqual([
      {
        mediaType: MediaTypes.ociIndex,
        digest: built.index.digest,
        size: built.index.size,
        annotations: { [REF_NAME_ANNOTATION]: '0.8.0-18-trixie' },
      },
    ]);
  });

  it('adds to a layout: a new name is appended, a name given again moves', async () => {
    const one = await buildExtensionLike('one');
    const two = await buildExtensionLike('two');
    await writeLayout(dir, { manifests: [one.index], blobs: one.blobs, refName: 'a' });
    await writeLayout(dir, { manifests: [one.index], blobs: one.blobs, refName: 'b' });
    await writeLayout(dir, { manifests: [two.index], blobs: two.blobs, refName: 'a' });
    const layout = await readLayout(dir);
    expect(
      layout.index.manifests.map((d) => [d.annotations?.[REF_NAME_ANNOTATION], d.digest]),
    ).toEqual([
      ['b', one.index.digest],
      ['a', two.index.digest],
    ]);
    // An unnamed entry written twice is listed once.
    await writeLayout(dir, { manifests: [two.index], blobs: two.blobs });
    await writeLayout(dir, { manifests: [two.index], blobs: two.blobs });
    expect((await readLayout(dir)).index.manifests).toHaveLength(3);
  });

  it('refuses, writing nothing, a manifest whose blobs are not all given, or a bad ref name', async () => {
    const built = await buildExtensionLike('partial', ['linux/amd64']);
    const layer = built.images[0]?.layers[0];
    const error = await writeLayout(dir, {
      manifests: [built.index],
      blobs: built.blobs.filter((b) => computeDigest(b) !== layer?.digest),
      refName: 'x',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LayoutError);
    expect((error as Error).message).toBe(
      `OCI image layout ${dir}: blobs missing from the layout: ${layer?.digest} ` +
        `(${MediaTypes.ociLayerGzip}, from ${built.images[0]?.image.manifest.digest})`,
    );
    expect(await stat(dir).catch(() => undefined)).toBeUndefined();

    const badName = await writeLayout(dir, {
      manifests: [built.index],
      blobs: built.blobs,
      refName: 'no spaces',
    }).catch((e: unknown) => e);
    expect((badName as Error).message).toContain('ref name "no spaces" is not allowed');
  });
});

describe('readLayout', () => {
  it('finds entries by ref name and reads manifests and blobs, verified', async () => {
    const built = await buildExtensionLike('read');
    const amd64 = built.images[0]?.image;
    await writeLayout(dir, { manifests: [built.index], blobs: built.blobs, refName: '1.0' });
    const layout = await readLayout(dir);
    const entry = layout.find('1.0');
    expect(entry.digest).toBe(built.index.digest);
    expect(layout.find().digest).toBe(built.index.digest);
    const top = await layout.readManifest(entry.digest);
    expect(top.mediaType).toBe(MediaTypes.ociIndex);
    expect(isImageIndex(top.manifest)).toBe(true);
    const child = await layout.readManifest(amd64?.manifest.digest ?? '');
    expect(child.mediaType).toBe(MediaTypes.ociManifest);

    expect(() => layout.find('2.0')).toThrow(
      new LayoutError(dir, `no ref name "2.0"; index.json has 1.0`),
    );
    // A blob changed on disk is caught.
    const config = amd64?.config.digest ?? '';
    await writeFile(join(dir, 'blobs', 'sha256', config.slice(7)), '{"tampered":true}');
    await expect(layout.readBlob(config)).rejects.toBeInstanceOf(DigestMismatchError);
  });

  it('says what is wrong with a directory that is not a layout', async () => {
    await expect(readLayout(dir)).rejects.toThrow(
      new LayoutError(dir, 'has no readable oci-layout file; it is not an OCI image layout'),
    );
  });
});
