/**
 * The layouts writeLayout writes, read by real tools: skopeo (`oci:DIR:TAG`, Debian package
 * skopeo) and umoci (Debian package umoci), and pushed both ways between a layout and the real
 * registry: by `skopeo copy` then read with the client, and by `pushLayout` then read with skopeo.
 */
import { lstat, mkdtemp, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RegistryClient, computeDigest, readLayout, writeLayout } from '../src/index.js';
import { run, which } from '@pgforge/testkit';
import { buildExtensionLike } from './support/built-images.js';
import type { BuiltMultiImage } from './support/built-images.js';

const registry = inject('registry');
let work: string;
let layoutDir: string;
let built: BuiltMultiImage;

async function requireTool(name: 'skopeo' | 'umoci'): Promise<void> {
  if (!(await which(name))) {
    throw new Error(
      `${name} is not on PATH (Debian package ${name}); \`bash scripts/test-env.sh\` installs it ` +
        'on Debian with root, elsewhere install it from your distribution',
    );
  }
}

beforeAll(async () => {
  await requireTool('skopeo');
  await requireTool('umoci');
  work = await mkdtemp(join(tmpdir(), 'pgforge-layout-it-'));
  layoutDir = join(work, 'layout');
  built = await buildExtensionLike('vector');
  const amd64 = built.images[0]?.image;
  if (!amd64) throw new Error('no amd64 image built');
  await writeLayout(layoutDir, { manifests: [built.index], blobs: built.blobs, refName: '1.0' });
  await writeLayout(layoutDir, {
    manifests: [{ ...amd64.manifest, platform: amd64.platform }],
    blobs: built.blobs,
    refName: '1.0-amd64',
  });
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('skopeo and umoci read the layout', () => {
  it('skopeo inspect finds the index by its ref name, byte for byte', async () => {
    const raw = await run('skopeo', ['inspect', '--raw', `oci:${layoutDir}:1.0`]);
    expect(raw.stdout).toBe(new TextDecoder().decode(built.index.bytes));
    const inspected = JSON.parse(
      (await run('skopeo', ['inspect', '--override-arch', 'arm64', `oci:${layoutDir}:1.0`])).stdout,
    ) as { Digest: string; Architecture: string; Layers: string[]; Created: string };
    expect(inspected.Digest).toBe(built.index.digest);
    expect(inspected.Architecture).toBe('arm64');
    expect(inspected.Layers).toEqual([built.images[1]?.layers[0]?.digest]);
    expect(inspected.Created).toBe('2023-11-14T22:13:20Z');
  });

  it('umoci lists both names and unpacks the single-platform image as built', async () => {
    const listed = await run('umoci', ['ls', '--layout', layoutDir]);
    expect(listed.stdout.trim().split('\n').sort()).toEqual(['1.0', '1.0-amd64']);
    const bundle = join(work, 'bundle');
    const rootless = process.getuid?.() === 0 ? [] : ['--rootless'];
    await run('umoci', ['unpack', ...rootless, '--image', `${layoutDir}:1.0-amd64`, bundle]);
    const rootfs = join(bundle, 'rootfs');
    expect(await readFile(join(rootfs, 'lib/vector.so'), 'utf8')).toBe(
      'module vector for linux/amd64',
    );
    expect((await lstat(join(rootfs, 'lib/vector.so'))).mode & 0o7777).toBe(0o755);
    expect(await readlink(join(rootfs, 'lib/vector-current.so'))).toBe('vector.so');
    expect(await readFile(join(rootfs, 'share/extension/vector.control'), 'utf8')).toBe(
      "comment = 'vector'\n",
    );
    const mtime = (await lstat(join(rootfs, 'share/extension/vector.control'))).mtimeMs;
    expect(mtime).toBe(1_700_000_000_000);
    expect(JSON.parse(await readFile(join(bundle, 'config.json'), 'utf8'))).toHaveProperty(
      'root.path',
      'rootfs',
    );
  });
});

describe('between a layout and the real registry', () => {
  it('skopeo copy pushes the layout; the client reads the same digests back', async () => {
    const reference = `${registry.host}/layout-test/skopeo:1.0`;
    await run('skopeo', [
      'copy',
      '--all',
      '--dest-tls-verify=false',
      `oci:${layoutDir}:1.0`,
      `docker://${reference}`,
    ]);
    const client = new RegistryClient();
    const top = await client.getManifest(reference);
    expect(top.digest).toBe(built.index.digest);
    const arm64 = await client.getImageManifest(reference, 'linux/arm64');
    expect(arm64.manifest.digest).toBe(built.images[1]?.image.manifest.digest);
    const config = await client.getConfig(reference, 'linux/arm64');
    expect(config.rootfs.diff_ids).toEqual([built.images[1]?.layers[0]?.diffId]);
  });

  it('pushLayout pushes it; skopeo reads it from the registry and writes a layout readLayout reads', async () => {
    const client = new RegistryClient();
    const layout = await readLayout(layoutDir);
    const reference = `${registry.host}/layout-test/pushed:1.0`;
    const pushed = await client.pushLayout(layout, reference, { refName: '1.0' });
    expect(pushed.digest).toBe(built.index.digest);
    const raw = await run('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${reference}`,
    ]);
    expect(computeDigest(raw.stdout)).toBe(built.index.digest);

    const back = join(work, 'from-registry');
    await run('skopeo', [
      'copy',
      '--all',
      '--src-tls-verify=false',
      `docker://${reference}`,
      `oci:${back}:copied`,
    ]);
    const copied = await readLayout(back);
    expect(copied.find('copied').digest).toBe(built.index.digest);
    for (const { layers } of built.images) {
      const layer = layers[0];
      expect(computeDigest(await copied.readBlob(layer?.digest ?? ''))).toBe(layer?.digest);
    }
  });
});
