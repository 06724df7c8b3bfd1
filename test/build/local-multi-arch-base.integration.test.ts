// The quick start's multi-platform base in the local image store (scripts/base-images.ts), the
// way a fresh machine gets it: the host's base imported first, then the amd64 + arm64 index
// loaded over the same name. It must be what the name resolves to, run each platform's own dpkg,
// and an image built FROM it for both platforms must export as an OCI layout with nothing
// fetched: pulled instead of loaded, the base lacked the host layer's blob (the store had that
// layer unpacked already), and the export reached for it in docker.io.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  formatPlatform,
  isImageIndex,
  readLayer,
  readLayout,
  type ImageIndex,
  type ImageManifest,
} from '@pgforge/oci';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  baseImageCacheDir,
  ensureBaseTarball,
  hostArch,
  type BaseTarball,
  localImageId,
  run,
  emulationProblem,
  loadMultiArchBase,
} from '@pgforge/testkit';

const mirror = inject('mirror');
const name = `pgforge-test/debian:sid-slim-${randomBytes(3).toString('hex')}`;
const log = (line: string): void => void process.stderr.write(`[local-base] ${line}\n`);

let work: string;
let tarballs: BaseTarball[];
let loaded: { digest: string };

beforeAll(async () => {
  const problem = await emulationProblem('arm64');
  if (problem) throw new Error(`linux/arm64 cannot run here: ${problem}`);
  work = await mkdtemp(join(tmpdir(), 'pgforge-local-base-'));
  // The global set-up debootstrapped both already; cached tarballs come back at once.
  const cacheDir = baseImageCacheDir();
  tarballs = await Promise.all(
    (['amd64', 'arm64'] as const).map((arch) =>
      ensureBaseTarball({ suite: 'sid', arch, mirror, cacheDir, log }),
    ),
  );
  const host = tarballs.find((t) => t.arch === hostArch())!;
  await run('docker', ['import', '--change', 'CMD ["bash"]', host.path, name]);
  loaded = await loadMultiArchBase({ suite: 'sid', tarballs, name, log });
}, 15 * 60_000);

afterAll(async () => {
  await run('docker', ['image', 'rm', '--force', name], { allowFailure: true });
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the quick start's multi-platform base, loaded over an imported one", () => {
  it('is what the name resolves to: the index just loaded', async () => {
    expect(await localImageId(name)).toBe(loaded.digest);
  });

  it('builds FROM it for both platforms and exports an OCI layout, fetching nothing', async () => {
    const context = join(work, 'context');
    const out = join(work, 'layout');
    await run('mkdir', ['-p', context]);
    await writeFile(
      join(context, 'Dockerfile'),
      `FROM ${name}\nRUN dpkg --print-architecture > /arch\n`,
    );
    await run(
      'docker',
      [
        'buildx',
        'build',
        '--platform',
        'linux/amd64,linux/arm64',
        '--provenance=false',
        '--output',
        `type=oci,dest=${out},tar=false`,
        context,
      ],
      { timeoutMs: 10 * 60_000 },
    );
    const layout = await readLayout(out);
    const top = await layout.readManifest(layout.find().digest);
    expect(isImageIndex(top.manifest)).toBe(true);
    const arches: Record<string, string> = {};
    for (const entry of (top.manifest as ImageIndex).manifests) {
      const { manifest } = await layout.readManifest(entry.digest);
      const last = (manifest as ImageManifest).layers.at(-1)!;
      for await (const change of readLayer(last, await layout.readBlob(last.digest), name)) {
        if (change.type !== 'entry' || change.path !== 'arch') continue;
        const chunks: Buffer[] = [];
        for await (const chunk of change.body) chunks.push(chunk);
        arches[formatPlatform(entry.platform!)] = Buffer.concat(chunks).toString().trim();
      }
    }
    expect(arches).toEqual({ 'linux/amd64': 'amd64', 'linux/arm64': 'arm64' });
  });
});
