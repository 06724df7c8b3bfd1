import { describe, expect, it } from 'vitest';
import { imageAnnotations } from '../src/annotations.js';
import { buildImageIndex, buildPlatformImage } from '../src/oci-image.js';
import { ImageTree, type ImageFile } from '../src/tree.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const FILES: ImageFile[] = [
  {
    path: 'lib/vector.so',
    type: 'file',
    mode: 0o644,
    data: enc('elf'),
    origin: 'p',
    layer: 'extension',
  },
  {
    path: 'share/extension/vector.control',
    type: 'file',
    mode: 0o644,
    data: enc('c'),
    origin: 'p',
    layer: 'extension',
  },
  {
    path: 'system/libx.so.1.2',
    type: 'file',
    mode: 0o644,
    data: enc('x'),
    origin: 'q',
    layer: 'system',
  },
  {
    path: 'system/libx.so.1',
    type: 'symlink',
    mode: 0o777,
    linkTarget: 'libx.so.1.2',
    origin: 'q',
    layer: 'system',
  },
];

function tree(order: ImageFile[]): ImageTree {
  const t = new ImageTree();
  for (const f of order) t.add(f);
  return t;
}

const annotations = imageAnnotations({
  name: 'vector',
  sqlVersion: '0.8.7',
  major: 18,
  distribution: 'trixie',
  created: '1970-01-01T00:00:00Z',
  baseImage: 'ghcr.io/cloudnative-pg/postgresql:18-minimal-trixie',
});

describe('OCI documents of an extension image', () => {
  it('are the same bytes for the same files in any order, and differ with the mtime', async () => {
    const options = { mtime: 0, created: '1970-01-01T00:00:00Z', annotations };
    const a = await buildPlatformImage('linux/amd64', tree(FILES), options);
    const b = await buildPlatformImage('linux/amd64', tree([...FILES].reverse()), options);
    expect(b.image.manifest.digest).toBe(a.image.manifest.digest);
    expect(buildImageIndex([b], annotations).digest).toBe(buildImageIndex([a], annotations).digest);
    const c = await buildPlatformImage('linux/amd64', tree(FILES), {
      ...options,
      mtime: 1763730900,
    });
    expect(c.image.manifest.digest).not.toBe(a.image.manifest.digest);
  });

  it('put system libraries in their own layer, first, with diff_ids in the configuration', async () => {
    const built = await buildPlatformImage('linux/arm64', tree(FILES), {
      mtime: 0,
      created: '1970-01-01T00:00:00Z',
      annotations,
    });
    expect(built.layers).toHaveLength(2);
    const config = JSON.parse(new TextDecoder().decode(built.image.config.bytes)) as {
      architecture: string;
      rootfs: { diff_ids: string[] };
      config: { Labels: Record<string, string> };
    };
    expect(config.architecture).toBe('arm64');
    expect(config.rootfs.diff_ids).toEqual(built.layers.map((l) => l.diffId));
    expect(config.config.Labels['io.cloudnativepg.image.sql.version']).toBe('0.8.7');
    const manifest = JSON.parse(new TextDecoder().decode(built.image.manifest.bytes)) as {
      annotations: Record<string, string>;
    };
    expect(manifest.annotations).toMatchObject({
      'io.cloudnativepg.image.base.name': 'ghcr.io/cloudnative-pg/postgresql:18-minimal-trixie',
      'io.cloudnativepg.image.base.pgmajor': '18',
      'io.cloudnativepg.image.base.os': 'trixie',
      'org.opencontainers.image.base.name': 'scratch',
      'org.opencontainers.image.version': '0.8.7',
    });
    const onlyExtension = await buildPlatformImage(
      'linux/arm64',
      tree(FILES.filter((f) => f.layer === 'extension')),
      { mtime: 0, created: '1970-01-01T00:00:00Z', annotations },
    );
    expect(onlyExtension.layers).toHaveLength(1);
  });
});
