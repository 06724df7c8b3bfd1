// The same target built twice with the same SOURCE_DATE_EPOCH: from BuildKit's cache, and
// again with no cache at all, without BuildKit's rewrite-timestamp (the default): the digests
// match, and where they would not, the failure names the files of each layer that differ.
import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { buildImages, type BuildProgress, type BuiltImage } from '@pgforge/operand';
import { projectDockerfile } from '@pgforge/bake';
import {
  isImageIndex,
  readLayout,
  RegistryClient,
  type ImageManifest,
  type OciLayout,
} from '@pgforge/oci';
import type { Target } from '@pgforge/targets';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { matrixTargets } from '@pgforge/testkit';

const EPOCH = 1763730900;
let target: Target;

/** What the last build reported as it went: its steps, BuildKit's lines, its other lines. */
const seen = { progress: [] as BuildProgress[], buildkit: [] as string[], log: [] as string[] };

async function build(label: string, noCache = false): Promise<BuiltImage> {
  seen.progress = [];
  seen.buildkit = [];
  seen.log = [];
  const r = await buildImages({
    targets: [target],
    push: false,
    provenance: false,
    dockerfile: projectDockerfile(),
    workDir: await mkdtemp(join(tmpdir(), `pgforge-repro-${label}-`)),
    sourceDateEpoch: EPOCH,
    retries: 1,
    noCache,
    env: { ...process.env },
    registry: new RegistryClient(),
    progress: (e) => seen.progress.push(e),
    buildOutput: (l) => seen.buildkit.push(l),
    log: (l) => seen.log.push(l),
  });
  expect(r.failed.map((f) => f.reason)).toEqual([]);
  return r.images[0]!;
}

async function imageManifest(layout: OciLayout): Promise<ImageManifest> {
  const top = await layout.readManifest(layout.find().digest);
  if (!isImageIndex(top.manifest)) return top.manifest;
  const [only] = top.manifest.manifests;
  return (await layout.readManifest(only!.digest)).manifest as ImageManifest;
}

/** path → sha256 of the content (or link target), for one layer. */
async function files(layout: OciLayout, digest: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const extract = tar.extract();
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const hash = createHash('sha256').update(
        `${header.type} ${header.linkname ?? ''} ${header.mode} ${header.mtime?.getTime()}`,
      );
      stream.on('data', (c: unknown) => void hash.update(c as Buffer));
      stream.on('end', () => {
        out.set(header.name, hash.digest('hex'));
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  extract.end(gunzipSync(await layout.readBlob(digest)));
  await done;
  return out;
}

beforeAll(async () => {
  const m = await matrixTargets({
    registry: 'repro.invalid/pgforge',
    mirror: inject('mirror'),
    postgres: 18,
    distribution: 'sid',
    flavours: ['minimal'],
  });
  target = m.kept[0]!;
}, 300_000);

describe('reproducibility of an operand image (same SOURCE_DATE_EPOCH)', () => {
  it('a rebuild from the cache gives the same digest', async () => {
    const a = await build('a');
    const b = await build('b');
    expect(b.digest).toBe(a.digest);
    // It said what it was doing, step by step, with the time since the target began; BuildKit's
    // own lines went apart from the others, for a terminal to fold them away.
    expect(seen.progress.map((e) => [e.target, e.index, e.total, e.step])).toEqual([
      [target.id, 1, 1, 'bake'],
      [target.id, 1, 1, 'check'],
      [target.id, 1, 1, 'done'],
    ]);
    const times = seen.progress.map((e) => e.elapsedMs);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(seen.progress.at(-1)?.detail).toBe(b.digest);
    expect(seen.buildkit.some((l) => /^#\d+ \[/.test(l))).toBe(true);
    expect(seen.log.filter((l) => /^#\d+ /.test(l))).toEqual([]);
  });

  it('a rebuild without any cache gives the same digest, with no rewrite-timestamp', async () => {
    const cached = await build('cached');
    const fresh = await build('fresh', true);
    const [x, y] = [await readLayout(cached.layout!), await readLayout(fresh.layout!)];
    const [mx, my] = [await imageManifest(x), await imageManifest(y)];
    const lines = [
      `index digest: ${cached.digest === fresh.digest ? 'identical' : `differs (${cached.digest} vs ${fresh.digest})`}`,
    ];
    const differing: string[] = [];
    expect(my.layers).toHaveLength(mx.layers.length);
    for (const [i, layer] of mx.layers.entries()) {
      const other = my.layers[i]!;
      if (layer.digest === other.digest) {
        lines.push(`layer ${i}: identical (${layer.digest.slice(7, 19)})`);
        continue;
      }
      const [fa, fb] = [await files(x, layer.digest), await files(y, other.digest)];
      const paths = [...new Set([...fa.keys(), ...fb.keys()])].filter(
        (p) => fa.get(p) !== fb.get(p),
      );
      differing.push(...paths);
      lines.push(`layer ${i}: differs in ${paths.length} files: ${paths.slice(0, 15).join(', ')}`);
    }
    console.log(`\nReproducibility of ${target.id} without cache:\n  ${lines.join('\n  ')}\n`);
    // Identical, layer by layer: the Dockerfile's steps give what they write SOURCE_DATE_EPOCH
    // and leave no random names, so no exporter has to rewrite anything. The message names
    // the files that differ when they do.
    expect(differing, lines.join('; ')).toEqual([]);
    expect(fresh.digest).toBe(cached.digest);
    // The base layer is the same image, whatever the build did.
    expect(my.layers[0]!.digest).toBe(mx.layers[0]!.digest);
  });
});
