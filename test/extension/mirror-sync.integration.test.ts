// A mirror caught mid-sync, as this machine's was on 2026-12-02 (issue 10): a real HTTP server
// in front of the real mirror answers 404 to every by-hash/ path and serves chosen files
// altered. With only the Contents index altered (an entry gone, another lying), PostGIS for
// PostgreSQL 18 still builds, every library it needs is in system/, and it works mounted in a
// PostgreSQL 18 minimal container. With the Packages index altered, the extension action stops
// with one error annotation naming the file and the mirror, and publishes nothing.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { extensionCommand, type ExtensionImageOutput } from '@pgforge/extension';
import { parseReference, RegistryClient } from '@pgforge/oci';
import {
  DEFAULT_CNPG_VERSION,
  DEFAULT_KIND_NODE_IMAGE,
  smokeCommand,
  unpackImage,
  type ExtensionEntry,
} from '@pgforge/smoke';
import {
  startMirrorProxy,
  type MirrorProxy,
  node24,
  operandImages,
  runAction,
} from '@pgforge/testkit';

const registry = inject('registry');
const mirror = inject('mirror');
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LIB = 'usr/lib/x86_64-linux-gnu';
const CONTENTS = 'dists/sid/main/Contents-amd64.gz';
const PACKAGES = 'dists/sid/main/binary-amd64/Packages.gz';

let work: string;
let proxy: MirrorProxy;
const log = (line: string): void => void process.stderr.write(`[mirror-sync] ${line}\n`);

/** What the altered Contents index says, so the test knows what it changed. */
const altered: { dropped: string[]; lying?: { path: string; was: string } } = { dropped: [] };

/**
 * The sid Contents index with every line for GEOS's C library gone (nobody ships it, says
 * the index) and PROJ's library claimed by libc6 (which the minimal image holds).
 */
function alterContents(gz: Uint8Array): Uint8Array {
  const lines = gunzipSync(gz).toString('latin1').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (line.startsWith(`${LIB}/libgeos_c.so`)) {
      altered.dropped.push(line);
      continue;
    }
    const proj = new RegExp(`^(${LIB}/libproj\\.so\\.\\d+)\\s+(\\S+)$`).exec(line);
    if (proj?.[1] && proj[2] && !altered.lying) {
      altered.lying = { path: proj[1], was: proj[2] };
      out.push(`${proj[1]}                                   libs/libc6`);
      continue;
    }
    out.push(line);
  }
  return gzipSync(Buffer.from(out.join('\n'), 'latin1'), { level: 1 });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pgforge-mirror-sync-'));
  proxy = await startMirrorProxy(mirror);
});

afterAll(async () => {
  await proxy?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('a Contents index that does not match its Release', () => {
  let image: ExtensionImageOutput;
  const warnings: string[] = [];

  beforeAll(async () => {
    proxy.alter.set(CONTENTS, alterContents);
    await writeFile(
      join(work, 'images.yaml'),
      [
        `registry: ${registry.host}/mirror-sync-${randomBytes(3).toString('hex')}`,
        `packages: { source: distribution, mirror: "${proxy.url}", allow-expired-release: true }`,
        '',
      ].join('\n'),
    );
    const started = Date.now();
    const result = await extensionCommand({
      name: 'postgis',
      packages: ['postgresql-{major}-postgis-3'],
      postgres: ['18'],
      distributions: ['sid'],
      platforms: ['linux/amd64'],
      push: true,
      systemLibraries: 'auto',
      configFile: join(work, 'images.yaml'),
      now: new Date('2026-11-21T13:15:00Z'),
      // Cold: nothing of the mirror's indexes may come from an earlier run's cache.
      cacheDir: join(work, 'apt-cache'),
      docker: { env: { ...process.env } },
      log,
      warn: (m) => warnings.push(m),
    });
    log(`PostGIS through the mid-sync mirror in ${Date.now() - started} ms`);
    const [first] = result.images;
    if (!first) throw new Error('no image');
    image = first;
  }, 600_000);

  it('the alteration is real: GEOS is gone from the index and PROJ is claimed by libc6', () => {
    expect(altered.dropped.length).toBeGreaterThan(0);
    expect(altered.lying?.was).toMatch(/libproj\d+$/);
  });

  it('warns once that the index is only a hint, naming the file and the mirror', () => {
    const said = warnings.filter((w) => w.includes('Contents-amd64'));
    expect(said).toEqual([
      `${proxy.url}/${CONTENTS} does not match the signed InRelease of sid at ${proxy.url} ` +
        "(the mirror is probably mid-sync); it is used as a hint only: each package it names is checked against that package's own .deb",
    ]);
    // InRelease was asked for again past every cache before the index was given up on.
    const releases = proxy.requests.filter((r) => r.path === 'dists/sid/InRelease');
    expect(releases.map((r) => r.headers['cache-control'])).toContain('no-cache');
  });

  it('puts GEOS and PROJ (from the packages that really ship them) into system/, and it works mounted', async () => {
    const client = new RegistryClient();
    const dir = join(work, 'unpacked');
    const unpacked = await unpackImage(client, image.reference, dir, 'linux/amd64');
    expect(unpacked.files).toContain('system/libgeos_c.so.1');
    const projSoname = altered.lying?.path.split('/').pop() ?? '';
    expect(unpacked.files).toContain(`system/${projSoname}`);

    const operands = await operandImages(
      { postgres: 18, distribution: 'sid', flavours: ['minimal'] },
      { registry: registry.host, mirror, workDir: work, log },
    );
    const result = await smokeCommand({
      image: operands.minimal.reference,
      extensions: [image.clusterExtension as ExtensionEntry],
      mode: 'container',
      cnpgVersion: DEFAULT_CNPG_VERSION,
      kindNodeImage: DEFAULT_KIND_NODE_IMAGE,
      timeoutMs: 180_000,
      reportFile: join(work, 'report.json'),
      workDir: work,
      docker: { env: { ...process.env } },
    });
    const failed = result.report.checks.filter((c) => c.status === 'failed');
    expect(failed, result.failure).toEqual([]);
    expect(result.report.checks.map((c) => c.name)).toContainEqual(
      expect.stringMatching(/^CREATE EXTENSION postgis\b/),
    );
  });
});

describe('a Packages index that does not match its Release', () => {
  it('stops the extension action with one error annotation naming the file and the mirror; nothing is published', async () => {
    proxy.alter.set(PACKAGES, (gz) => {
      const copy = new Uint8Array(gz);
      const middle = copy.length >> 1;
      copy[middle] = (copy[middle] ?? 0) ^ 0xff;
      return copy;
    });
    const workspace = await mkdtemp(join(work, 'workspace-'));
    const repository = `${registry.host}/mirror-sync-packages-${randomBytes(3).toString('hex')}`;
    const r = await runAction({
      bundle: join(ROOT, 'dist', 'extension', 'index.js'),
      action: join(ROOT, 'actions', 'extension', 'action.yml'),
      node: await node24(),
      cwd: workspace,
      inputs: {
        name: 'vector',
        package: 'postgresql-{major}-pgvector',
        postgres: '18',
        distributions: 'sid',
        platforms: 'linux/amd64',
        'package-source': 'distribution',
        mirror: proxy.url,
        'allow-expired-release': 'true',
        image: `${repository}/vector`,
        push: 'true',
      },
      env: { XDG_CACHE_HOME: join(work, 'cache-packages') },
      tempDir: work,
      timeoutMs: 240_000,
    });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(
      new RegExp(
        `^${proxy.url.replace(/\./g, '\\.')}/${PACKAGES.replace(/\./g, '\\.')} does not match the signed InRelease of sid at ${proxy.url.replace(/\./g, '\\.')}, also after InRelease was fetched again: .* The mirror is probably in the middle of a sync: retry in a while, or point the configuration .* at another mirror\\. Nothing was built or published\\.$`,
      ),
    );
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
    expect(await new RegistryClient().listTags(parseReference(`${repository}/vector`))).toEqual([]);
  });
});
