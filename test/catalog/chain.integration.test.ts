// The whole chain as a release runs it, each step through its action's bundle where there is
// one: PG 18 minimal on sid built into testing, smoke-tested, SBOMs attached, provenance signed
// with a cosign key (tested-operand.ts); promoted; a pgvector extension image for PG 18 on sid
// built by the extension action into testing, smoke-tested mounted in that operand, promoted;
// then the catalog action writes CNPG's catalogs of what production holds, signed. The files
// are checked against CNPG's own CRDs, and each image they pin against the registry. A second
// extension image, assembled here with the extension package's own annotation writer and
// promoted by digest, carries the metadata pgvector has no use for (preload, required
// extensions, library and program paths, environment): it flows from its annotations in
// production into the catalog's entry, annotations and comments.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENV_ANNOTATION, isAnnotationKey, noteKey } from '@pgforge/catalog';
import { imageAnnotations } from '@pgforge/extension';
import { buildImage, buildIndex, buildLayer, RegistryClient } from '@pgforge/oci';
import { DEFAULT_CNPG_VERSION, DEFAULT_KIND_NODE_IMAGE, smokeCommand } from '@pgforge/smoke';
import type { Target } from '@pgforge/targets';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { CrdValidators } from '../../packages/smoke/test/support/crds.js';
import {
  cosign,
  generateKeyPair,
  requireCosign,
  type KeyPair,
  run,
  node24,
  runAction,
  type ActionRun,
  testedOperand,
} from '@pgforge/testkit';

const registry = inject('registry');
const mirror = inject('mirror');
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PASSWORD = 'pgforge-catalog-key-password-77e2';
const client = new RegistryClient({ retries: 2 });

let work: string;
let keys: KeyPair;
let noDockerConfig: string;
let target: Target;
let digest: string;
/** `<registry>/chain-<x>`: the configuration's registry; production repositories below it. */
let home: string;
let operandProduction: string;
let extensionImages: { digest: string; promote: { repository: string } }[];
let extensionOutput: string;

interface CatalogDoc {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: {
    images: {
      major: number;
      image: string;
      extensions?: {
        name: string;
        image: { reference: string };
        ld_library_path?: string[];
        bin_path?: string[];
        env?: { name: string; value: string }[];
      }[];
    }[];
  };
}

const EARTHVEC_ENV = [{ name: 'EARTHVEC_DATA', value: '${image_root}/share/earthvec' }];

/**
 * An extension image as the extension action writes one, pushed to `<repository>-testing` by
 * digest: a control file that requires vector (another entry), cube (contrib) and postgis
 * (nowhere in the catalog), a module to preload, /system and /bin; its annotations written by
 * the extension package's own writer. The env annotation is added by hand: the extension
 * action does not write it yet. Returns the digest.
 */
async function pushEarthvec(repository: string): Promise<string> {
  const layer = await buildLayer(
    [
      {
        path: 'share/extension/earthvec.control',
        type: 'file',
        data: "default_version = '1.2'\nrequires = 'vector, cube, postgis'\n",
      },
      { path: 'share/extension/earthvec--1.2.sql', type: 'file', data: 'SELECT 1;\n' },
      { path: 'share/earthvec/grid.dat', type: 'file', data: 'grid\n' },
      { path: 'system/libearth.so.1', type: 'file', data: 'not really a library\n' },
      { path: 'bin/earthvec-tool', type: 'file', mode: 0o755, data: '#!/bin/sh\n' },
    ],
    { mtime: 1763730900 },
  );
  const annotations = {
    ...imageAnnotations({
      name: 'earthvec',
      sqlVersion: '1.2',
      major: 18,
      distribution: 'sid',
      created: '2025-11-21T13:15:00Z',
      baseImage: `${home}/postgresql:18-minimal-sid`,
      metadata: {
        name: 'earthvec',
        sqlNames: [{ name: 'earthvec', version: '1.2' }],
        createExtension: true,
        sharedPreloadLibraries: ['earthvec'],
        requiredExtensions: ['cube', 'postgis', 'vector'],
        // As the extension action maps them: cube read from the operand's server package.
        requires: [
          { name: 'cube', provider: 'operand' },
          { name: 'postgis', provider: 'none' },
          { name: 'vector', provider: 'none' },
        ],
        ldLibraryPath: ['system'],
        binPath: ['bin'],
        env: EARTHVEC_ENV,
        licenses: ['MIT'],
        limitations: [
          "reads share/earthvec/grid.dat from the server's share directory, which is not redirected",
        ],
      },
    }),
  };
  // The extension action writes the environment itself now.
  expect(annotations[ENV_ANNOTATION]).toBe(JSON.stringify(EARTHVEC_ENV));
  const image = buildImage({ platform: 'linux/amd64', layers: [layer], annotations });
  const index = buildIndex({ manifests: [image], annotations });
  await client.pushBlob(repository, layer.blob, {
    digest: layer.digest,
    mediaType: layer.mediaType,
  });
  await client.pushBlob(repository, image.config.bytes, {
    digest: image.config.digest,
    mediaType: image.config.mediaType,
  });
  await client.pushManifest(
    `${repository}@${image.manifest.digest}`,
    image.manifest.bytes,
    image.manifest.mediaType,
  );
  return client.pushManifest(`${repository}@${index.digest}`, index.bytes, index.mediaType);
}

async function bundle(
  action: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<ActionRun> {
  return runAction({
    bundle: join(ROOT, 'dist', action, 'index.js'),
    action: join(ROOT, 'actions', action, 'action.yml'),
    node: await node24(),
    cwd: work,
    inputs,
    env: { DOCKER_CONFIG: noDockerConfig, ...env },
    tempDir: work,
    timeoutMs: 600_000,
  });
}

const transcript = (r: ActionRun): string => `${r.stdout}\n${r.stderr}`;

beforeAll(async () => {
  await requireCosign();
  work = await mkdtemp(join(tmpdir(), 'pgforge-chain-'));
  noDockerConfig = join(work, 'no-docker-config');
  keys = await generateKeyPair(join(work, 'keys'), PASSWORD);
  home = `${registry.host}/chain-${randomBytes(3).toString('hex')}`;
  operandProduction = `${home}/postgresql`;
  const log = (line: string): void => void process.stderr.write(`[chain] ${line}\n`);
  const tested = await testedOperand({
    registry: registry.host,
    mirror,
    work,
    keys,
    dockerConfig: noDockerConfig,
    log,
  });
  ({ target, digest } = tested);

  const promotedOperand = await bundle('promote', {
    images: tested.images,
    'smoke-reports': tested.reportFile,
    verify: 'cosign-key',
    'cosign-public-key': keys.pub,
    to: operandProduction,
  });
  expect(promotedOperand.exitCode, transcript(promotedOperand)).toBe(0);

  // The extension, as its author's job builds it: into <image>-testing.
  await writeFile(
    join(work, 'images.yaml'),
    [
      `registry: ${home}`,
      'distributions: [sid]',
      `packages: { source: distribution, mirror: "${mirror}", allow-expired-release: true }`,
      '',
    ].join('\n'),
  );
  const ext = await runAction({
    bundle: join(ROOT, 'dist', 'extension', 'index.js'),
    action: join(ROOT, 'actions', 'extension', 'action.yml'),
    node: await node24(),
    cwd: work,
    inputs: {
      name: 'vector',
      package: 'postgresql-{major}-pgvector',
      postgres: '18',
      distributions: 'sid',
      platforms: 'linux/amd64',
      push: 'true',
      timestamp: '2026-11-21T13:15:00Z',
    },
    env: {
      DOCKER_CONFIG: noDockerConfig,
      XDG_CACHE_HOME: join(homedir(), '.cache'),
      SOURCE_DATE_EPOCH: '1763730900',
    },
    tempDir: work,
    timeoutMs: 300_000,
  });
  expect(ext.exitCode, transcript(ext)).toBe(0);
  extensionOutput = ext.outputs.images ?? '[]';
  extensionImages = JSON.parse(extensionOutput) as typeof extensionImages;

  // Mounted in the promoted operand, as CNPG mounts it.
  const reportFile = join(work, 'reports', 'smoke-vector.json');
  const smoke = await smokeCommand({
    image: `${operandProduction}:${target.tags.immutable}`,
    flavour: 'minimal',
    extensions: parse(ext.outputs['cluster-extensions'] ?? '[]') as never,
    mode: 'container',
    cnpgVersion: DEFAULT_CNPG_VERSION,
    kindNodeImage: DEFAULT_KIND_NODE_IMAGE,
    timeoutMs: 300_000,
    reportFile,
    workDir: work,
    log,
  });
  expect(smoke.passed, smoke.failure).toBe(true);
  const promotedExtension = await bundle('promote', {
    images: extensionOutput,
    'smoke-reports': reportFile,
  });
  expect(promotedExtension.exitCode, transcript(promotedExtension)).toBe(0);
}, 40 * 60_000);

afterAll(async () => {
  if (work) await run('rm', ['-rf', work], { allowFailure: true });
});

describe('the catalog of what was promoted', () => {
  let r: ActionRun;
  let doc: CatalogDoc;
  const out = (): string => join(work, 'catalogs');

  beforeAll(async () => {
    // Production also holds an older build of the same version, and a preview: neither is named.
    const [version] = target.tags.immutable.split('-');
    await client.copyImage(
      `${operandProduction}@${digest}`,
      `${operandProduction}:${version}-202601010000-minimal-sid`,
    );
    await client.copyImage(
      `${operandProduction}@${digest}`,
      `${operandProduction}:19beta1-202612010000-minimal-sid`,
    );
    r = await bundle(
      'catalog',
      {
        config: join(work, 'images.yaml'),
        flavours: 'minimal',
        extensions: extensionOutput,
        'output-dir': out(),
        publisher: 'pgforge.test',
        'cosign-key': keys.key,
      },
      { COSIGN_PASSWORD: PASSWORD },
    );
    doc = parse(await readFile(join(out(), 'catalog-minimal-sid.yaml'), 'utf8')) as CatalogDoc;
  }, 300_000);

  it('writes one file per flavour × distribution, a kustomization and a bundle each', () => {
    expect(r.exitCode, transcript(r)).toBe(0);
    expect(JSON.parse(r.outputs.files ?? '[]')).toEqual([
      join(out(), 'catalog-minimal-sid.yaml'),
      join(out(), 'catalog-minimal-sid.yaml.bundle'),
      join(out(), 'kustomization.yaml'),
    ]);
    expect(r.outputs.directory).toBe(out());
  });

  it("is CNPG's ClusterImageCatalog, valid against CNPG's CRD", async () => {
    expect(doc.kind).toBe('ClusterImageCatalog');
    expect(doc.metadata.name).toBe('postgresql-minimal-sid');
    expect(doc.metadata.labels).toEqual({
      'images.cnpg.io/family': 'postgresql',
      'images.cnpg.io/type': 'minimal',
      'images.cnpg.io/os': 'sid',
      'images.cnpg.io/date': expect.stringMatching(/^20\d{6}$/),
      'images.cnpg.io/publisher': 'pgforge.test',
    });
    expect(new CrdValidators().validate(doc)).toEqual([]);
    const kustomization = parse(await readFile(join(out(), 'kustomization.yaml'), 'utf8')) as {
      resources: string[];
    };
    expect(kustomization.resources).toEqual(['catalog-minimal-sid.yaml']);
  });

  it('pins the newest promoted operand and the promoted pgvector image by digest, both in production', async () => {
    const [extension] = extensionImages;
    expect(doc.spec.images).toEqual([
      {
        major: 18,
        image: `${operandProduction}:${target.tags.immutable}@${digest}`,
        extensions: [
          {
            name: 'vector',
            image: { reference: `${extension!.promote.repository}@${extension!.digest}` },
          },
        ],
      },
    ]);
    expect(await client.resolveDigest(`${operandProduction}:${target.tags.immutable}`)).toBe(
      digest,
    );
    expect(
      await client.resolveDigest(`${extension!.promote.repository}@${extension!.digest}`),
    ).toBe(extension!.digest);
    expect(extension!.promote.repository).toBe(`${home}/vector`);
  });

  it("notes what pgvector's image says of itself in the catalog's annotations, under a valid key", () => {
    const [extension] = extensionImages;
    const keys = Object.keys(doc.metadata.annotations ?? {});
    expect(keys).toEqual([noteKey(18, 'vector')]);
    for (const key of keys) expect(isAnnotationKey(key)).toBe(true);
    expect(JSON.parse(doc.metadata.annotations?.[noteKey(18, 'vector')] ?? '{}')).toEqual({
      image: `${extension!.promote.repository}@${extension!.digest}`,
      sql_names: [{ name: 'vector', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) }],
      create_extension: true,
      shared_preload_libraries: [],
      required_extensions: [],
      licenses: expect.stringMatching(/PostgreSQL/),
      limitations: [],
    });
  });

  it('is signed: cosign verify-blob checks the bundle, and refuses an altered file', async () => {
    const file = join(out(), 'catalog-minimal-sid.yaml');
    const args = [
      'verify-blob',
      '--key',
      keys.pub,
      '--bundle',
      `${file}.bundle`,
      '--insecure-ignore-tlog=true',
    ];
    const ok = await cosign([...args, file]);
    expect(ok.code, ok.stderr).toBe(0);
    const altered = join(work, 'altered.yaml');
    await writeFile(altered, (await readFile(file, 'utf8')).replace('major: 18', 'major: 17'));
    expect((await cosign([...args, altered])).code).not.toBe(0);
  });

  it('pgforge catalog, the same code on a laptop, writes the same catalog', async () => {
    const dir = join(work, 'catalogs-cli');
    const cli = await run(
      process.execPath,
      [
        join(ROOT, 'dist', 'cli', 'index.js'),
        'catalog',
        '--config',
        join(work, 'images.yaml'),
        '--flavours',
        'minimal',
        '--extensions',
        extensionOutput,
        '--publisher',
        'pgforge.test',
        '--output-dir',
        dir,
      ],
      { env: { ...process.env, DOCKER_CONFIG: noDockerConfig }, allowFailure: true },
    );
    expect(cli.code, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual([
      join(dir, 'catalog-minimal-sid.yaml'),
      join(dir, 'kustomization.yaml'),
    ]);
    expect(parse(await readFile(join(dir, 'catalog-minimal-sid.yaml'), 'utf8'))).toEqual(doc);
  });

  it('previews are named when asked for; an ImageCatalog carries its namespace', async () => {
    const dir = join(work, 'catalogs-previews');
    const p = await bundle('catalog', {
      config: join(work, 'images.yaml'),
      flavours: 'minimal',
      previews: 'true',
      kind: 'ImageCatalog',
      namespace: 'databases',
      'output-dir': dir,
    });
    expect(p.exitCode, transcript(p)).toBe(0);
    const previews = parse(
      await readFile(join(dir, 'catalog-minimal-sid.yaml'), 'utf8'),
    ) as CatalogDoc;
    expect(previews.kind).toBe('ImageCatalog');
    expect(previews.metadata.namespace).toBe('databases');
    expect(previews.spec.images.map((i) => [i.major, i.image])).toEqual([
      [18, `${operandProduction}:${target.tags.immutable}@${digest}`],
      [19, `${operandProduction}:19beta1-202612010000-minimal-sid@${digest}`],
    ]);
    expect(new CrdValidators().validate(previews)).toEqual([]);
  });

  it('an extension image that was never promoted is an error naming it, and no file is written', async () => {
    const dir = join(work, 'catalogs-unpromoted');
    const [extension] = extensionImages;
    const unpromoted = JSON.stringify([
      {
        ...extension,
        promote: { repository: `${home}/never-promoted`, tags: [] },
      },
    ]);
    const bad = await bundle('catalog', {
      config: join(work, 'images.yaml'),
      flavours: 'minimal',
      extensions: unpromoted,
      'output-dir': dir,
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.map((a) => a.message).join('\n')).toContain(
      `extension vector: ${home}/never-promoted@${extension!.digest} is not in production; promote it first`,
    );
    expect(bad.stdout + bad.stderr).not.toMatch(/^\s+at /m);
    await expect(readFile(join(dir, 'catalog-minimal-sid.yaml'))).rejects.toThrow();
  });
  it("an extension image's metadata flows from production into the catalog: paths and env, a note, a comment, a warning", async () => {
    const dir = join(work, 'catalogs-metadata');
    const digestOf = await pushEarthvec(`${home}/earthvec-testing`);
    // Promoted by digest, as promote copies it.
    await client.copyImage(`${home}/earthvec-testing@${digestOf}`, `${home}/earthvec:1.2-18-sid`);
    const production = `${home}/earthvec@${digestOf}`;
    const input = JSON.stringify([
      ...(JSON.parse(extensionOutput) as unknown[]),
      { name: 'earthvec', image: { reference: `${home}/earthvec-testing@${digestOf}` } },
    ]);
    const m = await bundle('catalog', {
      config: join(work, 'images.yaml'),
      flavours: 'minimal',
      extensions: input,
      'output-dir': dir,
    });
    expect(m.exitCode, transcript(m)).toBe(0);
    const text = await readFile(join(dir, 'catalog-minimal-sid.yaml'), 'utf8');
    const written = parse(text) as CatalogDoc;
    expect(new CrdValidators().validate(written)).toEqual([]);
    const [image] = written.spec.images;
    // Nothing about paths or env was in the input: all of it is the image's.
    expect(image?.extensions?.[0]).toEqual({
      name: 'earthvec',
      image: { reference: production },
      ld_library_path: ['system'],
      bin_path: ['bin'],
      env: EARTHVEC_ENV,
    });
    expect(image?.extensions?.map((e) => e.name)).toEqual(['earthvec', 'vector']);
    const annotations = written.metadata.annotations ?? {};
    expect(Object.keys(annotations)).toEqual([noteKey(18, 'earthvec'), noteKey(18, 'vector')]);
    for (const key of Object.keys(annotations)) expect(isAnnotationKey(key)).toBe(true);
    expect(JSON.parse(annotations[noteKey(18, 'earthvec')] ?? '{}')).toEqual({
      image: production,
      sql_names: [{ name: 'earthvec', version: '1.2' }],
      create_extension: true,
      shared_preload_libraries: ['earthvec'],
      required_extensions: [
        { name: 'cube', from: 'contrib' },
        { name: 'postgis', from: 'missing' },
        { name: 'vector', from: 'entry', entry: 'vector' },
      ],
      licenses: 'MIT',
      limitations: [
        "reads share/earthvec/grid.dat from the server's share directory, which is not redirected",
      ],
    });
    expect(text).toContain(
      [
        '        # add to postgresql.shared_preload_libraries: earthvec',
        '        # requires, so list too in .spec.postgresql.extensions: vector',
        '        # requires cube: PostgreSQL contrib, in the operand image',
        '        # requires postgis: not in this catalog (no extension entry, not contrib)',
        "        # limitation: reads share/earthvec/grid.dat from the server's share directory, which is not redirected",
        '        - name: earthvec',
      ].join('\n'),
    );
    const warnings = m.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^catalog-minimal-sid\.yaml: extension earthvec \(PostgreSQL 18\) requires postgis, which this catalog does not provide/,
      ),
    ]);
  });

  it("an input that disagrees with the image's annotations is an error naming extension, field and both values", async () => {
    const dir = join(work, 'catalogs-disagree');
    const [extension] = JSON.parse(extensionOutput) as {
      clusterExtension: Record<string, unknown>;
    }[];
    const input = JSON.stringify([
      {
        ...extension,
        clusterExtension: { ...extension!.clusterExtension, ld_library_path: ['system'] },
      },
    ]);
    const bad = await bundle('catalog', {
      config: join(work, 'images.yaml'),
      flavours: 'minimal',
      extensions: input,
      'output-dir': dir,
    });
    expect(bad.exitCode).toBe(1);
    const errors = bad.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([
      expect.stringMatching(
        /^input "extensions\[0\]\.ld_library_path": "\[system\]" is not allowed; expected \[\], what extension vector's promoted image \S+ says in its io\.pgforge\.extension\.ld-library-path annotation/,
      ),
    ]);
    expect(bad.stdout + bad.stderr).not.toMatch(/^\s+at /m);
    await expect(readFile(join(dir, 'catalog-minimal-sid.yaml'))).rejects.toThrow();
  });
});
