// One platform per job, then `merge`: each job pushes its platform by digest and leaves a
// record; merge assembles every target's index with the target's annotations and tags it.
// First with two platforms whose per-platform images are made with the project's own image
// model (this engine cannot build arm64 without emulation), then end to end through the
// action's bundle for the platform this machine builds.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  mergePlatforms,
  platformSlug,
  serverBinary,
  type BuiltImage,
  type PlatformRecord,
} from '@pgforge/operand';
import {
  buildImage,
  buildLayer,
  isAttestationManifest,
  MediaTypes,
  parseReference,
  RegistryClient,
  type ImageIndex,
} from '@pgforge/oci';
import type { Target } from '@pgforge/targets';
import { describe, expect, inject, it } from 'vitest';
import { makeElf } from '../../packages/elf/test/helpers/make-elf.js';
import { sampleTargets } from '../../packages/targets/test/sample.js';
import { node24, RUNNER_GITHUB, runAction, matrixTargets } from '@pgforge/testkit';

const registry = inject('registry');
const client = new RegistryClient({ retries: 2 });
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The sample targets, pointed at the test registry. */
function targets(): Target[] {
  const prefix = `${registry.host}/merge-${randomBytes(3).toString('hex')}`;
  return sampleTargets(`registry: ${prefix}`).all;
}

// e_machine of the server binary each job's image holds (ELF gABI numbers).
const MACHINES: Record<string, number> = { 'linux/amd64': 62, 'linux/arm64': 183 };

/**
 * What a per-platform job leaves: a small image pushed by digest, and its record. The image
 * holds the server binary merge inspects: an ELF of the platform's machine, or of `machine`
 * (a platform name) to make one whose content is not what its label says.
 */
async function platformJob(
  t: Target,
  platform: string,
  dir: string,
  machine = platform,
  /** Extra dpkg status stanzas: a package apt installed that the matrix did not predict. */
  extra = '',
): Promise<string> {
  const server = makeElf({ class: 64, little: true, machine: MACHINES[machine]!, type: 3 });
  // dpkg's status lists what the matrix predicted: merge holds every platform to it.
  const architecture = platform.split('/')[1] ?? '';
  const status = t.contents
    .map((p) => {
      const version = p.byArchitecture ? p.byArchitecture[architecture] : p.version;
      return version === undefined
        ? ''
        : `Package: ${p.name}\nStatus: install ok installed\nArchitecture: ${architecture}\nVersion: ${version}\n\n`;
    })
    .join('');
  const layer = await buildLayer(
    [
      { path: 'etc/platform', type: 'file', data: `${t.id} ${platform}\n` },
      { path: serverBinary(t.postgres.major), type: 'file', data: server, mode: 0o755 },
      { path: 'var/lib/dpkg/status', type: 'file', data: status + extra },
    ],
    { mtime: 0 },
  );
  const image = buildImage({ platform, layers: [layer] });
  await client.pushBlob(t.testingRepository, layer.blob, { digest: layer.digest });
  await client.pushBlob(t.testingRepository, image.config.bytes, { digest: image.config.digest });
  const digest = await client.pushManifest(
    `${t.testingRepository}@${image.manifest.digest}`,
    image.manifest.bytes,
    MediaTypes.ociManifest,
  );
  const record: PlatformRecord = {
    target: t.id,
    platform,
    repository: t.testingRepository,
    digest,
    mediaType: MediaTypes.ociManifest,
  };
  await writeFile(join(dir, `${t.id}@${platformSlug(platform)}.json`), JSON.stringify(record));
  return digest;
}

describe('merge', () => {
  it('assembles each target’s index from its platforms’ digests, annotated, then tags it', async () => {
    const all = targets();
    const t = all.find((x) => x.id === '17-minimal-trixie')!;
    const dir = await mkdtemp(join(tmpdir(), 'pgforge-digests-'));
    const amd64 = await platformJob(t, 'linux/amd64', dir);
    const arm64 = await platformJob(t, 'linux/arm64', dir);
    const r = await mergePlatforms({
      targets: all,
      select: [t.id],
      digestsDir: dir,
      registry: client,
    });
    expect(r.failed).toEqual([]);
    const [image] = r.images;
    expect(image?.platforms.map((p) => [p.platform, p.digest])).toEqual([
      ['linux/amd64', amd64],
      ['linux/arm64', arm64],
    ]);
    const fetched = await client.getManifest(`${t.testingRepository}:${t.tags.immutable}`);
    expect(fetched.digest).toBe(image?.digest);
    const index = fetched.manifest as ImageIndex;
    expect(index.annotations).toEqual(t.annotations);
    expect(index.manifests.map((d) => d.platform?.architecture)).toEqual(['amd64', 'arm64']);
    expect(image?.tags).toEqual([`${t.testingRepository}:${t.tags.immutable}`]);
  });

  it('fails a target whose platform has no digest, names it, and writes no tag', async () => {
    const all = targets();
    const t = all.find((x) => x.id === '18-minimal-trixie')!;
    const dir = await mkdtemp(join(tmpdir(), 'pgforge-digests-'));
    await platformJob(t, 'linux/amd64', dir);
    const r = await mergePlatforms({
      targets: all,
      select: [t.id],
      digestsDir: dir,
      registry: client,
    });
    expect(r.images).toEqual([]);
    expect(r.failed[0]?.reason).toMatch(
      /^no digest for linux\/arm64 in .* \(found: linux\/amd64\)/,
    );
    expect(await client.listTags(parseReference(t.repository))).toEqual([]);
    expect(await client.listTags(parseReference(t.testingRepository))).toEqual([]);
  });

  it('fails a target whose arm64 image holds x86-64 binaries, names the platform and what it found, and writes no tag', async () => {
    const all = targets();
    const t = all.find((x) => x.id === '17-standard-trixie')!;
    const dir = await mkdtemp(join(tmpdir(), 'pgforge-digests-'));
    await platformJob(t, 'linux/amd64', dir);
    // Labelled arm64 in its config and its record, built from amd64 binaries: what BuildKit
    // makes of an amd64-only base without emulation.
    await platformJob(t, 'linux/arm64', dir, 'linux/amd64');
    const r = await mergePlatforms({
      targets: all,
      select: [t.id],
      digestsDir: dir,
      registry: client,
    });
    expect(r.images).toEqual([]);
    expect(r.failed).toHaveLength(1);
    expect(r.failed[0]?.reason).toBe(
      `17-standard-trixie: linux/arm64: /usr/lib/postgresql/17/bin/postgres is built for x86_64, ` +
        "not aarch64 (the config says linux/arm64): it was built on another platform's base. " +
        'Give the platform a base image of its own (a multi-platform base) with emulation ' +
        '(QEMU, binfmt_misc) or a native runner, or drop it',
    );
    expect(await client.listTags(parseReference(t.repository))).toEqual([]);
    expect(await client.listTags(parseReference(t.testingRepository))).toEqual([]);
  });

  it('fails a target whose dpkg status is not the predicted set, naming the package, and writes no tag', async () => {
    const all = targets();
    const t = all.find((x) => x.id === '17-full-trixie')!;
    const dir = await mkdtemp(join(tmpdir(), 'pgforge-digests-'));
    await platformJob(t, 'linux/amd64', dir);
    await platformJob(
      t,
      'linux/arm64',
      dir,
      'linux/arm64',
      'Package: surprise\nStatus: install ok installed\nArchitecture: arm64\nVersion: 0.1-1\n\n',
    );
    const r = await mergePlatforms({
      targets: all,
      select: [t.id],
      digestsDir: dir,
      registry: client,
    });
    expect(r.images).toEqual([]);
    expect(r.failed[0]?.reason).toContain(
      'linux/arm64: the installed packages are not the predicted ones',
    );
    expect(r.failed[0]?.reason).toContain('apt added surprise 0.1-1');
    expect(r.failed[0]?.reason).not.toContain('linux/amd64');
    expect(await client.listTags(parseReference(t.testingRepository))).toEqual([]);
  });

  it('runs end to end through the action: a per-platform job, then merge', async () => {
    const repository = `${registry.host}/merge-e2e-${randomBytes(3).toString('hex')}`;
    // A real build of the platform this machine has: PG 18 minimal on sid, from the matrix.
    const m = await matrixTargets({
      registry: repository,
      mirror: inject('mirror'),
      postgres: 18,
      distribution: 'sid',
      flavours: ['minimal'],
    });
    const digests = await mkdtemp(join(tmpdir(), 'pgforge-digests-'));
    const common = {
      bundle: join(ROOT, 'dist', 'build', 'index.js'),
      node: await node24(),
      action: join(ROOT, 'actions', 'build', 'action.yml'),
      cwd: ROOT,
      env: { ...RUNNER_GITHUB },
      timeoutMs: 900_000,
    };
    const job = await runAction({
      ...common,
      inputs: {
        targets: JSON.stringify(m.kept),
        platform: 'linux/amd64',
        'digests-dir': digests,
        'source-date-epoch': '1763730900',
      },
    });
    expect(job.exitCode, job.stdout.slice(-3000)).toBe(0);
    const built = JSON.parse(job.outputs.images ?? '[]') as BuiltImage[];
    expect(built[0]?.tags).toEqual([]);
    expect(job.outputs['digests-dir']).toBe(digests);
    expect(await readdir(digests)).toEqual(['18-minimal-sid@linux-amd64.json']);
    const record = JSON.parse(
      await readFile(join(digests, '18-minimal-sid@linux-amd64.json'), 'utf8'),
    ) as PlatformRecord;
    expect(record.digest).toBe(built[0]?.digest);
    const t = m.kept[0]!;
    // Pushed by digest only: the testing repository has no tag yet.
    expect(await client.listTags(parseReference(t.testingRepository))).toEqual([]);

    const merge = await runAction({
      ...common,
      inputs: { targets: JSON.stringify(m.kept), mode: 'merge', 'digests-dir': digests },
    });
    expect(merge.exitCode, merge.stdout.slice(-3000)).toBe(0);
    const [merged] = JSON.parse(merge.outputs.images ?? '[]') as BuiltImage[];
    expect(merged?.tags).toEqual([`${t.testingRepository}:${t.tags.immutable}`]);
    // Production is promote's: merge names what it would write there, and writes nothing.
    expect(merged?.promote).toEqual({
      repository: t.repository,
      tags: [t.tags.immutable, ...t.tags.aliases].map((tag) => `${t.repository}:${tag}`),
      immutable: 1,
    });
    expect(await client.listTags(parseReference(t.repository))).toEqual([]);
    const index = (await client.getManifest(merged!.reference)).manifest as ImageIndex;
    expect(index.annotations).toEqual(t.annotations);
    // The platform's image and its provenance, carried over from the job's index.
    expect(index.manifests.filter((d) => !isAttestationManifest(d))).toHaveLength(1);
    expect(index.manifests.filter((d) => isAttestationManifest(d))).toHaveLength(1);
    expect(merge.summary).toContain('### Merge: 1 built, 0 failed');
  });
});
