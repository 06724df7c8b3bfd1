/**
 * Any package in one step: `--package` alone, against Debian's real archive (sid, PostgreSQL
 * 18, amd64), for a sample covering each class of package the archive holds: an output plugin
 * (wal2json) and a preload-only module (pg_crash) without a control file, programs only
 * (pg_catcheck), pure SQL with a module_pathname no script loads (pgtap), a control file named
 * apart from its module (pldebugger), a library loaded with dlopen (mysql_fdw), data read from
 * the server's share directory (unit), a module that must be preloaded (pgaudit), and one that
 * requires another image's extension (pgrouting, postgis). What each image holds, and the
 * metadata derived for it, are read back from what was written.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultCacheDir } from '@pgforge/apt';
import { renderText } from '@pgforge/summary';
import {
  extensionCommand,
  NotAnExtensionError,
  type ExtensionCommandOptions,
  type ExtensionCommandResult,
} from '@pgforge/extension';

const mirror = inject('mirror');
const log = (line: string): void => void process.stderr.write(`[any-package] ${line}\n`);

let work: string;
let configFile: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pgforge-any-package-'));
  configFile = join(work, 'images.yaml');
  await writeFile(
    configFile,
    [
      'registry: registry.invalid/any',
      `packages: { source: distribution, mirror: ${mirror}, allow-expired-release: true }`,
      '',
    ].join('\n'),
  );
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function options(pkg: string): ExtensionCommandOptions {
  return {
    packages: [pkg],
    postgres: ['18'],
    distributions: ['sid'],
    platforms: ['linux/amd64'],
    push: false,
    output: join(work, pkg.replace(/[{}]/g, '')),
    systemLibraries: 'auto',
    configFile,
    now: new Date('2026-12-06T08:00:00Z'),
    cacheDir: defaultCacheDir(process.env, homedir()),
    docker: { env: { ...process.env } },
    log,
    warn: (m) => log(`warning: ${m}`),
  };
}

const built = new Map<string, ExtensionCommandResult>();
async function build(pkg: string): Promise<ExtensionCommandResult> {
  let result = built.get(pkg);
  if (!result) {
    result = await extensionCommand(options(pkg));
    built.set(pkg, result);
  }
  return result;
}

const files = (r: ExtensionCommandResult): number => r.images[0]?.platforms[0]?.files ?? 0;

describe('any package of the archive, named and described from what it holds', () => {
  it('wal2json, an output plugin without a control file: named after its package, nothing to create', async () => {
    const r = await build('postgresql-{major}-wal2json');
    expect(r.name).toBe('wal2json');
    expect(r.images[0]?.metadata).toMatchObject({
      name: 'wal2json',
      sqlNames: [],
      createExtension: false,
      sharedPreloadLibraries: [],
    });
    expect(r.images[0]?.extensions).toEqual([]);
    expect(r.images[0]?.sqlVersion).toMatch(/^\d+\.\d+/);
    expect(r.clusterExtensions).toContain('# no CREATE EXTENSION');
  });

  it('pg_crash, a preload-only module: shared_preload_libraries says so', async () => {
    const r = await build('postgresql-{major}-pg-crash');
    expect(r.name).toBe('pg-crash');
    expect(r.images[0]?.metadata).toMatchObject({
      createExtension: false,
      sharedPreloadLibraries: ['pg_crash'],
    });
    expect(r.clusterExtensions).toContain('# postgresql.shared_preload_libraries needs: pg_crash');
  });

  it('pg_catcheck, programs only: bin_path', async () => {
    const r = await build('postgresql-{major}-pg-catcheck');
    expect(r.images[0]?.metadata).toMatchObject({ createExtension: false, binPath: ['bin'] });
    expect(r.images[0]?.clusterExtension.bin_path).toEqual(['bin']);
  });

  it('pgtap, pure SQL whose control file names a module_pathname no script loads', async () => {
    const r = await build('postgresql-{major}-pgtap');
    expect(r.name).toBe('pgtap');
    expect(r.images[0]?.metadata.sqlNames[0]).toMatchObject({ name: 'pgtap' });
    expect(r.images[0]?.metadata.requiredExtensions).toEqual([]);
  });

  it('pldebugger: the pldbgapi control file, the plugin_debugger module', async () => {
    const r = await build('postgresql-{major}-pldebugger');
    expect(r.name).toBe('pldbgapi');
    expect(r.images[0]?.extensions).toEqual(['pldbgapi']);
  });

  it('mysql_fdw: the client library it loads with dlopen comes along, by the name it opens', async () => {
    const r = await build('postgresql-{major}-mysql-fdw');
    const platform = r.images[0]?.platforms[0];
    expect(platform?.systemPackages.map((p) => p.name)).toContain('libmariadb3');
    expect(r.images[0]?.metadata.ldLibraryPath).toEqual(['system']);
    expect(files(r)).toBeGreaterThan(3);
  });

  it('unit: the data it reads from the share directory is stated as a limitation', async () => {
    const r = await build('postgresql-{major}-unit');
    expect(r.images[0]?.metadata.limitations).toEqual([
      expect.stringContaining('share/extension/unit_prefixes.data'),
    ]);
    expect(r.summary).toContain('**Limitations**');
  });

  it('pg_snakeoil: what it recommends (ClamAV databases) and no image holds is stated as a limitation', async () => {
    const r = await build('postgresql-{major}-snakeoil');
    expect(r.images[0]?.metadata.limitations).toEqual([
      expect.stringMatching(
        /^postgresql-18-snakeoil recommends clamav-freshclam \| clamav-data, which/,
      ),
    ]);
    expect(r.images[0]?.annotations['io.pgforge.extension.limitations']).toContain('clamav-data');
  });

  it('pgaudit: a module that must be preloaded, found in its imported symbols', async () => {
    const r = await build('postgresql-{major}-pgaudit');
    expect(r.images[0]?.metadata.sharedPreloadLibraries).toEqual(['pgaudit']);
    expect(r.images[0]?.annotations['io.pgforge.extension.shared-preload-libraries']).toBe(
      'pgaudit',
    );
    expect(r.images[0]?.annotations['org.opencontainers.image.licenses']).toMatch(/PostgreSQL/);
  });

  it('pgrouting alone requires postgis, which no image of its run provides', async () => {
    const r = await build('postgresql-{major}-pgrouting');
    expect(r.images[0]?.metadata.requiredExtensions).toContain('postgis');
    expect(r.images[0]?.metadata.requires).toContainEqual({ name: 'postgis', provider: 'none' });
    expect(r.clusterExtensions).toContain(
      '# CREATE EXTENSION needs first: postgis (no image of this run)',
    );
    expect(r.clusterExtensions).toContain(
      "# add the image that provides postgis to the Cluster's extensions too",
    );
  });

  it('a package that holds nothing PostgreSQL can use is refused in one line saying what it holds', async () => {
    const attempt = extensionCommand(options('zlib1g'));
    await expect(attempt).rejects.toThrow(NotAnExtensionError);
    await expect(attempt).rejects.toThrow(
      /zlib1g .*: .*ships nothing under usr\/lib\/postgresql\/18\/lib or usr\/share\/postgresql\/18\//,
    );
  });
});

describe('a batch: many packages, one image each, in one run', () => {
  it('a list: each package its own image, named from what it holds; a refusal does not stop the rest', async () => {
    const lines: string[] = [];
    const r = await extensionCommand({
      ...options('unused'),
      packages: ['postgresql-{major}-wal2json', 'zlib1g', 'postgresql-{major}-pgtap'],
      batch: true,
      output: join(work, 'batch-list'),
      log: (line) => {
        lines.push(line);
        log(line);
      },
    });
    // A counter as each package ends, in whichever order they end.
    const counted = lines.filter((l) => /^\[\d\/3\] /.test(l));
    expect(counted.map((l) => l.slice(0, 6))).toEqual(['[1/3] ', '[2/3] ', '[3/3] ']);
    expect(counted).toContainEqual(
      expect.stringMatching(/^\[\d\/3\] postgresql-\{major\}-wal2json: 1 image \(\d+\.\d s\)$/),
    );
    expect(counted).toContainEqual(expect.stringMatching(/^\[\d\/3\] zlib1g: refused: /));
    // The same summary in a terminal: columns, no Markdown.
    const text = renderText(r.summaryDocument, { color: false });
    expect(text).toMatch(/^wal2json +18 +sid /m);
    expect(text).not.toMatch(/\||\*\*|<\/?[a-z]+>/);
    expect(r.images.map((i) => i.metadata.name).sort()).toEqual(['pgtap', 'wal2json']);
    expect(r.refused).toEqual([
      {
        package: 'zlib1g',
        reason: expect.stringMatching(/ships nothing under usr\/lib\/postgresql\/18/),
      },
    ]);
    expect(r.summary).toContain('**Refused** (1)');
    expect(r.summary).toMatch(/\| wal2json \| 18 \| sid \|/);
  });

  it('a glob beside names; a requirement is named with the image of the batch that provides it, or the operand for contrib', async () => {
    const r = await extensionCommand({
      ...options('unused'),
      packages: [
        'postgresql-{major}-postgis*',
        'postgresql-{major}-pgrouting',
        'postgresql-{major}-powa',
      ],
      output: join(work, 'batch-requires'),
    });
    const names = r.images.map((i) => i.metadata.name);
    log(
      `images ${names.join(', ')}; refused ${r.refused.map((x) => x.package).join(', ') || 'none'}`,
    );
    // The glob's -scripts companion is inside its module's image, not an image of its own.
    expect(names.some((n) => n.endsWith('-scripts'))).toBe(false);
    expect(r.images.find((i) => i.metadata.name === 'postgis-3')?.extensions).toEqual(
      expect.arrayContaining(['postgis', 'postgis_raster']),
    );
    const postgis = r.images.find((i) => i.metadata.name === 'postgis-3');
    const routing = r.images.find((i) => i.metadata.name === 'pgrouting');
    expect(routing?.metadata.requires).toContainEqual({
      name: 'postgis',
      provider: 'image',
      image: 'postgis-3',
      reference: postgis?.reference,
    });
    expect(r.clusterExtensions).toContain(
      '# CREATE EXTENSION needs first: postgis (image postgis-3)',
    );
    expect(r.clusterExtensions).not.toContain('# add the image that provides');
    // powa requires contrib extensions: read from the server package the operand installs.
    const powa = r.images.find((i) => i.metadata.name === 'powa');
    expect(powa?.metadata.requires).toEqual([
      { name: 'btree_gist', provider: 'operand' },
      { name: 'pg_stat_statements', provider: 'operand' },
    ]);
    // pg_stat_statements must be preloaded (its module says so): first, before powa's own.
    expect(powa?.metadata.sharedPreloadLibraries[0]).toBe('pg_stat_statements');
    expect(r.entries.map((e) => e.name)).toEqual(
      expect.arrayContaining(['pgrouting', 'postgis-3', 'powa']),
    );
    expect(r.summary).toMatch(/\| pgrouting \|.*\| postgis \(image postgis-3\) \|/);
  });

  it('refuses a name or an image for a batch, before anything is downloaded', async () => {
    await expect(
      extensionCommand({ ...options('postgresql-{major}-*'), name: 'all' }),
    ).rejects.toThrow(/name: "all" cannot name the images of a batch/);
  });
});
