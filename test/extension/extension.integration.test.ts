// Extension images from the real Debian mirror, pushed to the test registry or written as an OCI
// image layout: pgvector for PostgreSQL 18 (sid) and 17 (trixie), amd64 and arm64, built twice;
// the layout read by skopeo and umoci; the Cluster snippet checked against CNPG's CRD; and the
// errors a person gets for a request the archive cannot satisfy.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { readElf } from '@pgforge/elf';
import {
  NotAnExtensionError,
  PlatformMissingError,
  UnknownPackageError,
  extensionCommand,
  type ExtensionCommandOptions,
  type ExtensionCommandResult,
} from '@pgforge/extension';
import { AptClient, defaultCacheDir } from '@pgforge/apt';
import { computeDigest, RegistryClient } from '@pgforge/oci';
import { unpackImage } from '@pgforge/smoke';
import { CrdValidators } from '../../packages/smoke/test/support/crds.js';
import { run } from '@pgforge/testkit';

const registry = inject('registry');
const mirror = inject('mirror');

const NOW = new Date('2026-11-21T13:15:00Z');
const EPOCH = 1763730900;
const PLATFORMS = ['linux/amd64', 'linux/arm64'];

let work: string;
let configFile: string;
let repository: string;
const warnings: string[] = [];
const log = (line: string): void => void process.stderr.write(`[extension] ${line}\n`);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pgforge-extension-it-'));
  repository = `${registry.host}/ext-it-${randomBytes(4).toString('hex')}`;
  configFile = join(work, 'images.yaml');
  await writeFile(
    configFile,
    [
      `registry: ${repository}`,
      `packages: { source: distribution, mirror: ${mirror}, allow-expired-release: true }`,
      '',
    ].join('\n'),
  );
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function options(extra: Partial<ExtensionCommandOptions>): ExtensionCommandOptions {
  return {
    name: 'vector',
    packages: ['postgresql-{major}-pgvector'],
    postgres: ['17', '18'],
    distributions: ['sid', 'trixie'],
    platforms: PLATFORMS,
    push: true,
    systemLibraries: 'auto',
    configFile,
    now: NOW,
    sourceDateEpoch: EPOCH,
    cacheDir: defaultCacheDir(process.env, homedir()),
    docker: { env: { ...process.env } },
    log,
    warn: (m) => {
      warnings.push(m);
      log(`warning: ${m}`);
    },
    ...extra,
  };
}

const cluster = (extensions: unknown): object => ({
  apiVersion: 'postgresql.cnpg.io/v1',
  kind: 'Cluster',
  metadata: { name: 'vector' },
  spec: {
    instances: 1,
    imageName: 'ghcr.io/cloudnative-pg/postgresql:18-minimal-trixie',
    storage: { size: '1Gi' },
    postgresql: { extensions },
  },
});

describe('pgvector from the mirror, pushed', () => {
  let first: ExtensionCommandResult;
  let second: ExtensionCommandResult;
  const client = new RegistryClient();

  beforeAll(async () => {
    const started = Date.now();
    first = await extensionCommand(options({}));
    log(`first build: ${Date.now() - started} ms`);
    const again = Date.now();
    // Another clock: only the timestamp tag may differ.
    second = await extensionCommand(options({ now: new Date('2026-11-22T08:00:00Z') }));
    log(`second build: ${Date.now() - again} ms`);
  });

  it('is one image per major × distribution the mirror carries, each for both platforms', () => {
    expect(first.images.map((i) => [i.major, i.distribution])).toEqual([
      [18, 'sid'],
      [17, 'trixie'],
    ]);
    for (const image of first.images) {
      expect(image.platforms.map((p) => p.platform)).toEqual(PLATFORMS);
      // In the testing repository under the immutable tag; promote writes production.
      expect(image.reference).toBe(`${repository}/vector-testing@${image.digest}`);
      expect(image.extensions).toEqual(['vector']);
      expect(image.platforms.every((p) => p.systemLibraries === 0)).toBe(true);
      const immutable = `${image.sqlVersion}-202611211315-${image.major}-${image.distribution}`;
      expect(image.tags).toEqual([immutable]);
      expect(image.promote).toEqual({
        repository: `${repository}/vector`,
        tags: [immutable, `${image.sqlVersion}-${image.major}-${image.distribution}`].map(
          (t) => `${repository}/vector:${t}`,
        ),
        immutable: 1,
      });
    }
    expect(warnings.some((w) => /no PostgreSQL 17/.test(w) && /sid/.test(w))).toBe(true);
    expect(first.pushed).toBe(true);
  });

  it('built twice from the same inputs, has the same index digest', async () => {
    expect(second.images.map((i) => i.digest)).toEqual(first.images.map((i) => i.digest));
    expect(second.images[0]?.tags[0]).toBe(`${second.images[0]?.sqlVersion}-202611220800-18-sid`);
    for (const image of first.images) {
      for (const tag of image.tags) {
        expect(await client.resolveDigest(`${image.repository}:${tag}`)).toBe(image.digest);
      }
    }
  });

  it('holds modules for each platform: aarch64 for arm64, x86_64 for amd64', async () => {
    const image = first.images[0]!;
    const machines: Record<string, string> = {};
    for (const platform of PLATFORMS) {
      const dir = join(work, `unpacked-${platform.replace('/', '-')}`);
      const unpacked = await unpackImage(client, image.reference, dir, platform);
      const module = await readFile(join(dir, 'lib', 'vector.so'));
      machines[platform] = readElf(module).machine;
      expect(unpacked.files).toContain('share/extension/vector.control');
      expect(unpacked.files).toContain(`share/extension/vector--${image.sqlVersion}.sql`);
      expect(unpacked.files).toContain('licenses/postgresql-18-pgvector/copyright');
      expect(unpacked.files.filter((f) => f.startsWith('lib/bitcode/')).length).toBeGreaterThan(0);
      const control = await readFile(join(dir, 'share', 'extension', 'vector.control'), 'utf8');
      expect(control).toContain("module_pathname = 'vector'");
      const scripts = unpacked.files.filter((f) => f.endsWith('.sql'));
      for (const script of scripts) {
        expect(await readFile(join(dir, script), 'utf8')).not.toContain('$libdir/');
      }
    }
    expect(machines).toEqual({ 'linux/amd64': 'x86_64', 'linux/arm64': 'aarch64' });
  });

  it('carries the annotations at index and manifest level, and as labels', async () => {
    const image = first.images[0]!;
    const annotations = await client.annotations(image.reference);
    const expected = {
      'io.cloudnativepg.image.base.name': `${repository}/postgresql:18-minimal-sid`,
      'io.cloudnativepg.image.base.pgmajor': '18',
      'io.cloudnativepg.image.base.os': 'sid',
      'io.cloudnativepg.image.sql.version': image.sqlVersion,
      'org.opencontainers.image.version': image.sqlVersion,
      'org.opencontainers.image.base.name': 'scratch',
      'org.opencontainers.image.created': '2025-11-21T13:15:00Z',
    };
    expect(annotations.index).toMatchObject(expected);
    expect(annotations.manifest).toMatchObject(expected);
    const config = await client.getConfig(image.reference, 'linux/arm64');
    expect(config.config?.Labels).toMatchObject(expected);
    expect(config.architecture).toBe('arm64');
    expect(config.rootfs.diff_ids).toHaveLength(1);
  });

  it('emits cluster-extensions that validate against the Cluster CRD', () => {
    const entries = parse(first.clusterExtensions) as unknown[];
    expect(entries).toEqual(
      first.images.map((i) => ({ name: 'vector', image: { reference: i.reference } })),
    );
    expect(first.clusterExtensions).toContain('# PostgreSQL 18 on sid');
    const crds = new CrdValidators();
    // A Cluster holds one entry per name: each image's entry, on its own, as it is pasted.
    for (const entry of entries) expect(crds.validate(cluster([entry]))).toEqual([]);
    // All of them in one Cluster is what the API server refuses (names are list-map keys).
    expect(crds.validate(cluster(entries))).not.toEqual([]);
  });
});

describe('pgvector written as an OCI image layout', () => {
  let result: ExtensionCommandResult;
  let pushedDigest: string | undefined;

  beforeAll(async () => {
    const output = join(work, 'layout');
    result = await extensionCommand(
      options({ postgres: ['18'], distributions: ['sid'], push: false, output }),
    );
    pushedDigest = (await extensionCommand(options({ postgres: ['18'], distributions: ['sid'] })))
      .images[0]?.digest;
  });

  it('is the image the registry gets, byte for byte, with one ref name per tag', async () => {
    const image = result.images[0]!;
    expect(result.layout).toBe(join(work, 'layout'));
    expect(image.digest).toBe(pushedDigest);
    const listed = await run('umoci', ['ls', '--layout', result.layout!]);
    expect(listed.stdout.trim().split('\n').sort()).toEqual([...image.tags].sort());
  });

  it('reads with skopeo: the raw index has the digest, the amd64 image its labels', async () => {
    const image = result.images[0]!;
    const ref = `oci:${result.layout!}:${image.tags[0]!}`;
    const raw = await run('skopeo', ['inspect', '--raw', ref]);
    expect(computeDigest(raw.stdout)).toBe(image.digest);
    const inspected = JSON.parse(
      (await run('skopeo', ['inspect', '--override-arch', 'arm64', ref])).stdout,
    ) as { Architecture: string; Labels: Record<string, string>; Layers: string[] };
    expect(inspected.Architecture).toBe('arm64');
    expect(inspected.Labels['io.cloudnativepg.image.sql.version']).toBe(image.sqlVersion);
    expect(inspected.Layers).toHaveLength(1);
  });
});

describe('the .debs of one image', () => {
  it('are each fetched and read once per platform, also where a library is looked for', async () => {
    const client = new AptClient({ cacheDir: defaultCacheDir(process.env, homedir()) });
    const fetched: string[] = [];
    const apt = {
      packages: client.packages.bind(client),
      contents: client.contents.bind(client),
      release: client.release.bind(client),
      settled: client.settled.bind(client),
      fetchDeb: (...args: Parameters<AptClient['fetchDeb']>) => {
        fetched.push(args[1].filename);
        return client.fetchDeb(...args);
      },
    };
    // Another epoch: not an image made before from the same inputs, so it is made again.
    const result = await extensionCommand(
      options({
        postgres: ['18'],
        distributions: ['sid'],
        push: false,
        output: join(work, 'once'),
        sourceDateEpoch: EPOCH + 1,
        apt,
      }),
    );
    expect(result.images).toHaveLength(1);
    const own = fetched.filter((f) => f.includes('/pgvector/'));
    expect(own.sort()).toEqual([...new Set(own)].sort());
    expect(own).toHaveLength(2);
  });
});

describe('a request the archive cannot satisfy', () => {
  const sid = { postgres: ['18'], distributions: ['sid'], platforms: ['linux/amd64'], push: false };

  it('names an unknown package, and the packages with a similar name', async () => {
    const attempt = extensionCommand(
      options({ ...sid, packages: ['postgresql-{major}-vectors'], output: join(work, 'x') }),
    );
    await expect(attempt).rejects.toThrow(UnknownPackageError);
    await expect(attempt).rejects.toThrow(
      /package postgresql-18-vectors is not in Debian sid \(amd64\); .*postgresql-18-pgvector/,
    );
  });

  it('names the platform a package lacks', async () => {
    const attempt = extensionCommand(
      options({ ...sid, platforms: ['linux/amd64', 'linux/386'], output: join(work, 'x') }),
    );
    await expect(attempt).rejects.toThrow(PlatformMissingError);
    await expect(attempt).rejects.toThrow(
      /not in Debian sid for linux\/386 \(it is there for linux\/amd64\)/,
    );
  });

  it('refuses a package that is not a PostgreSQL extension', async () => {
    const attempt = extensionCommand(
      options({ ...sid, name: 'json', packages: ['libjson-c5'], output: join(work, 'x') }),
    );
    await expect(attempt).rejects.toThrow(NotAnExtensionError);
    await expect(attempt).rejects.toThrow(
      /libjson-c5 .* is not a PostgreSQL extension for this major: it ships nothing under usr\/lib\/postgresql\/18\/lib/,
    );
  });

  it('names the image as asked, holding the extension its package has (CNPG’s pgvector holds vector)', async () => {
    const result = await extensionCommand(
      options({ ...sid, name: 'pgvector', output: join(work, 'pgvector') }),
    );
    const [image] = result.images;
    expect(image?.extensions).toEqual(['vector']);
    expect(image?.clusterExtension.name).toBe('pgvector');
    expect(image?.sqlVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
