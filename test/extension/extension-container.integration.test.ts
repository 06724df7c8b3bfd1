// Extension images at work in a PostgreSQL 18 minimal container (built by the project, pushed to
// the test registry), mounted as CNPG mounts them: pgvector from sid's package, PostGIS with the
// system libraries the minimal image lacks (found from its modules' ELF needs, no list), and an
// extension compiled here with PGXS and turned into an image through `directory`.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  extensionCommand,
  type ExtensionCommandOptions,
  type ExtensionImageOutput,
} from '@pgforge/extension';
import { defaultCacheDir } from '@pgforge/apt';
import { RegistryClient } from '@pgforge/oci';
import {
  DEFAULT_CNPG_VERSION,
  DEFAULT_KIND_NODE_IMAGE,
  smokeCommand,
  unpackImage,
  type ExtensionEntry,
} from '@pgforge/smoke';
import { operandImages } from '@pgforge/testkit';
import { runShell, runSql, type MountedImage } from './container.js';
import { buildPgxsDemo } from './pgxs.js';

const registry = inject('registry');
const mirror = inject('mirror');
const baseImages = inject('baseImages');

let work: string;
let minimal: string;
let vector: ExtensionImageOutput;
let postgis: ExtensionImageOutput;
let demo: ExtensionImageOutput;
const mounted: Record<string, MountedImage> = {};
const log = (line: string): void => void process.stderr.write(`[extension] ${line}\n`);

async function build(extra: Partial<ExtensionCommandOptions>): Promise<ExtensionImageOutput> {
  const started = Date.now();
  const result = await extensionCommand({
    name: 'vector',
    postgres: ['18'],
    distributions: ['sid'],
    platforms: ['linux/amd64'],
    push: true,
    systemLibraries: 'auto',
    configFile: join(work, 'images.yaml'),
    now: new Date('2026-11-21T13:15:00Z'),
    cacheDir: defaultCacheDir(process.env, homedir()),
    docker: { env: { ...process.env } },
    log,
    ...extra,
  });
  log(`${extra.name ?? 'vector'}: built and pushed in ${Date.now() - started} ms`);
  const [image] = result.images;
  if (!image) throw new Error(`no image for ${extra.name}`);
  return image;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pgforge-extension-container-'));
  await writeFile(
    join(work, 'images.yaml'),
    [
      `registry: ${registry.host}/ext-run-${randomBytes(4).toString('hex')}`,
      `packages: { source: distribution, mirror: ${mirror}, allow-expired-release: true }`,
      '',
    ].join('\n'),
  );
  const [operands, demoTree] = await Promise.all([
    operandImages(
      { postgres: 18, distribution: 'sid', flavours: ['minimal'] },
      { registry: registry.host, mirror, workDir: work, log },
    ),
    buildPgxsDemo({ workDir: work, baseImage: baseImages.sid, mirror }),
  ]);
  minimal = operands.minimal.reference;
  vector = await build({ name: 'vector', packages: ['postgresql-{major}-pgvector'] });
  postgis = await build({ name: 'postgis', packages: ['postgresql-{major}-postgis-3'] });
  demo = await build({ name: 'pgforge_demo', directory: demoTree, platforms: undefined });
  const client = new RegistryClient();
  for (const image of [vector, postgis, demo]) {
    const entry = image.clusterExtension as ExtensionEntry;
    const dir = join(work, 'unpacked', entry.name);
    await unpackImage(client, image.reference, dir, 'linux/amd64');
    mounted[entry.name] = { entry, dir };
  }
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The smoke test of the minimal image with `entries` mounted, in a container. */
const smoke = (entries: ExtensionEntry[]) =>
  smokeCommand({
    image: minimal,
    extensions: entries,
    mode: 'container',
    cnpgVersion: DEFAULT_CNPG_VERSION,
    kindNodeImage: DEFAULT_KIND_NODE_IMAGE,
    timeoutMs: 240_000,
    reportFile: join(work, `smoke-${randomBytes(3).toString('hex')}.json`),
    workDir: work,
    platform: 'linux/amd64',
    docker: { env: { ...process.env } },
    log,
  });

describe('PostGIS for PostgreSQL 18', () => {
  it('carries the system libraries its modules need, their data, and the entry to use them', async () => {
    const [platform] = postgis.platforms;
    expect(platform?.systemLibraries).toBeGreaterThan(20);
    expect(postgis.extensions).toEqual(
      expect.arrayContaining(['postgis', 'postgis_raster', 'postgis_topology']),
    );
    expect(postgis.clusterExtension).toEqual({
      name: 'postgis',
      image: { reference: postgis.reference },
      ld_library_path: ['system'],
      env: [
        { name: 'GDAL_DATA', value: '${image_root}/share/gdal' },
        { name: 'PROJ_DATA', value: '${image_root}/share/proj' },
      ],
    });
    const dir = mounted.postgis!.dir;
    expect((await readFile(join(dir, 'share', 'proj', 'proj.db'))).length).toBeGreaterThan(1e6);
    expect(await readFile(join(dir, 'licenses', 'libgeos-c1t64', 'copyright'), 'utf8')).toMatch(
      /GEOS/i,
    );
    log(
      `PostGIS system/: ${platform?.systemLibraries} libraries, ${((platform?.systemBytes ?? 0) / 1e6).toFixed(1)} MB, ` +
        `from ${platform?.systemPackages.length} packages; env ${postgis.env.map((e) => e.name).join(', ')}; ` +
        `compressed image ${((platform?.size ?? 0) / 1e6).toFixed(1)} MB`,
    );
  });

  it("system/ holds only what the minimal image lacks, and all its modules' libraries need", async () => {
    const result = await runShell(
      minimal,
      [mounted.postgis!],
      [
        'cd /extensions/postgis/system',
        'for f in *; do for d in /usr/lib/x86_64-linux-gnu /lib/x86_64-linux-gnu /usr/lib /lib; do',
        '  [ -e "$d/$f" ] && echo "in the minimal image: $d/$f"; done; done',
        'echo "-- without system/"',
        'ldd /extensions/postgis/lib/postgis-3.so | grep "not found" || true',
        'echo "-- with system/"',
        'LD_LIBRARY_PATH=/extensions/postgis/system ldd /extensions/postgis/lib/*.so /extensions/postgis/system/* | grep "not found" || true',
      ].join('\n'),
    );
    const [present = '', rest = ''] = result.stdout.split('-- without system/\n');
    const [without = '', withSystem = ''] = rest.split('-- with system/\n');
    expect(present.trim()).toBe('');
    expect(without).toMatch(/libgeos_c\.so\.1 => not found/);
    expect(withSystem.trim()).toBe('');
  });
});

describe('the PGXS tree given as directory', () => {
  it('is an image for the platform its module was built for, with $libdir rewritten', async () => {
    expect(demo.platforms.map((p) => p.platform)).toEqual(['linux/amd64']);
    expect(demo.sqlVersion).toBe('1.0');
    expect(demo.clusterExtension).toEqual({
      name: 'pgforge_demo',
      image: { reference: demo.reference },
    });
    const dir = mounted.pgforge_demo!.dir;
    const script = await readFile(join(dir, 'share', 'extension', 'pgforge_demo--1.0.sql'), 'utf8');
    expect(script).toContain("AS 'pgforge_demo', 'pgforge_add_one'");
    expect(script).not.toContain('$libdir/');
  });
});

describe('in a PostgreSQL 18 minimal container, mounted as CNPG mounts them', () => {
  it('the smoke test creates every extension at the version the image states', async () => {
    const entries = [vector, postgis, demo].map((i) => i.clusterExtension as ExtensionEntry);
    const result = await smoke(entries);
    const failed = result.report.checks.filter((c) => c.status === 'failed');
    expect(failed, result.failure).toEqual([]);
    const created = result.report.checks
      .filter((c) => c.name.startsWith('CREATE EXTENSION'))
      .map((c) => c.detail);
    expect(created).toEqual([
      `vector ${vector.sqlVersion} (as the annotation says)`,
      `postgis ${postgis.sqlVersion} (as the annotation says)`,
      'pgforge_demo 1.0 (as the annotation says)',
    ]);
  });

  it('pgvector answers a distance query, PostGIS reports its libraries, the PGXS module runs', async () => {
    const out = await runSql(minimal, Object.values(mounted), [
      'CREATE EXTENSION vector',
      "SELECT '[1,2,3]'::vector <-> '[4,6,3]'::vector",
      'CREATE EXTENSION postgis',
      'CREATE EXTENSION postgis_raster',
      'SELECT postgis_full_version()',
      'SELECT ST_AsText(ST_Transform(ST_SetSRID(ST_MakePoint(2.35, 48.85), 4326), 3857), 0)',
      'CREATE EXTENSION pgforge_demo',
      'SELECT pgforge_add_one(41), pgforge_plus_one(1), pgforge_add_two(1)',
    ]);
    const [distance, full, point, demoResult] = out;
    expect(distance).toBe('5');
    expect(full).toMatch(/^POSTGIS="3\.\d+\.\d+/);
    expect(full).toMatch(/GEOS="/);
    expect(full).toMatch(/DATABASE_PATH=\/extensions\/postgis\/share\/proj\/proj\.db/);
    expect(full).toMatch(/GDAL="GDAL \d/);
    expect(full).not.toMatch(/GDAL_DATA not found|NOT FOUND|mismatch/i);
    expect(point).toBe('POINT(261601 6249448)');
    expect(demoResult).toBe('42|2|3');
  });
});

describe('any package of the archive, mounted as CNPG mounts it (PostgreSQL 18, sid)', () => {
  // One image per class of package (see any-package.integration.test.ts for what each holds);
  // PostGIS (above) is mounted beside pgrouting, which requires it.
  const packages = {
    wal2json: 'postgresql-{major}-wal2json',
    failover: 'postgresql-{major}-pg-failover-slots',
    pgtap: 'postgresql-{major}-pgtap',
    pldebugger: 'postgresql-{major}-pldebugger',
    mysqlFdw: 'postgresql-{major}-mysql-fdw',
    pgaudit: 'postgresql-{major}-pgaudit',
    pgrouting: 'postgresql-{major}-pgrouting',
    unit: 'postgresql-{major}-unit',
  };
  const images: Record<string, ExtensionImageOutput> = {};

  beforeAll(async () => {
    for (const [key, pkg] of Object.entries(packages)) {
      // No name: each image is named from what it holds.
      images[key] = await build({ name: undefined, packages: [pkg] });
    }
  });

  it('every one loads or is created, preloads applied, pgrouting beside postgis', async () => {
    const entries = [
      postgis,
      ...['wal2json', 'failover', 'pgtap', 'pldebugger', 'mysqlFdw', 'pgaudit', 'pgrouting'].map(
        (k) => images[k] as ExtensionImageOutput,
      ),
    ].map((i) => i.clusterExtension as ExtensionEntry);
    const result = await smoke(entries);
    const failed = result.report.checks.filter((c) => c.status === 'failed');
    expect(failed, result.failure).toEqual([]);
    const names = result.report.checks.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'LOAD wal2json from /extensions/wal2json',
        'preloaded pg_failover_slots from /extensions/pg-failover-slots',
        'CREATE EXTENSION pgtap from /extensions/pgtap',
        'CREATE EXTENSION pldbgapi from /extensions/pldbgapi',
        'CREATE EXTENSION mysql_fdw from /extensions/mysql_fdw',
        'CREATE EXTENSION pgaudit from /extensions/pgaudit',
        'CREATE EXTENSION pgrouting from /extensions/pgrouting',
      ]),
    );
  });

  it('mysql_fdw reaches for a server through the client library it opens with dlopen', async () => {
    const image = images.mysqlFdw as ExtensionImageOutput;
    const entry = image.clusterExtension as ExtensionEntry;
    const dir = join(work, 'unpacked', entry.name);
    await unpackImage(new RegistryClient(), image.reference, dir, 'linux/amd64');
    const attempt = runSql(
      minimal,
      [{ entry, dir }],
      [
        'CREATE EXTENSION mysql_fdw',
        "CREATE SERVER m FOREIGN DATA WRAPPER mysql_fdw OPTIONS (host '127.0.0.1', port '1')",
        "CREATE USER MAPPING FOR CURRENT_USER SERVER m OPTIONS (username 'u', password 'p')",
        'CREATE FOREIGN TABLE t (id int) SERVER m OPTIONS (dbname $$d$$, table_name $$t$$)',
        'SELECT * FROM t',
      ],
    );
    // The container has no network: the client library, loaded, fails to connect.
    const error = await attempt.then(
      () => new Error('the query answered without a MySQL server'),
      (e: unknown) => e as Error,
    );
    expect(error.message).toMatch(/failed to connect to MySQL|Can't connect/i);
    expect(error.message).not.toMatch(/failed to load the mysql query/);
  });

  it('unit, whose data the mount cannot serve, fails as its limitation says', async () => {
    const image = images.unit as ExtensionImageOutput;
    expect(image.metadata.limitations).toEqual([expect.stringContaining('unit_prefixes.data')]);
    const result = await smoke([image.clusterExtension as ExtensionEntry]);
    const create = result.report.checks.find((c) => c.name.startsWith('CREATE EXTENSION unit'));
    expect(create?.status).toBe('failed');
    expect(create?.error).toMatch(/unit_prefixes\.data|No such file/);
  });
});
