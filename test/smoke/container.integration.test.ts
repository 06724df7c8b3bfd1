// The container level against real images: good ones built by the matrix and bake from the
// project's Dockerfile, broken ones derived from them here, and extension images in CNPG's
// layout (good and broken) mounted as CNPG mounts them.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  countLine,
  DEFAULT_CNPG_VERSION,
  DEFAULT_KIND_NODE_IMAGE,
  smokeCommand,
  type CheckResult,
  type ExtensionEntry,
  type SmokeCommandOptions,
  type SmokeCommandResult,
} from '@pgforge/smoke';
import {
  run,
  extensionImage,
  type ExtensionImage,
  operandImages,
  type OperandImage,
} from '@pgforge/testkit';

const registry = inject('registry');
const mirror = inject('mirror');
const baseImages = inject('baseImages');

let work: string;
const derivedImages: string[] = [];
const log = (line: string): void => {
  process.stderr.write(`[smoke] ${line}\n`);
};

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pgforge-smoke-it-'));
});

afterAll(async () => {
  for (const image of derivedImages) {
    await run('docker', ['image', 'rm', '--force', image], { allowFailure: true });
  }
  if (work) await rm(work, { recursive: true, force: true });
});

const imageOptions = () => ({ registry: registry.host, mirror, workDir: work, log });

/** An image built FROM a good one with a few Dockerfile lines, kept in the local store. */
async function derived(from: string, tag: string, lines: string[]): Promise<string> {
  const dir = await mkdtemp(join(work, 'derived-'));
  await writeFile(join(dir, 'Dockerfile'), [`FROM ${from}`, ...lines, ''].join('\n'));
  const image = `pgforge-smoke-broken:${tag}`;
  await run('docker', ['build', '--quiet', '--tag', image, dir], { timeoutMs: 5 * 60_000 });
  derivedImages.push(image);
  return image;
}

async function smoke(
  image: string,
  extra: Partial<SmokeCommandOptions> = {},
): Promise<SmokeCommandResult> {
  const started = Date.now();
  const result = await smokeCommand({
    image,
    extensions: [],
    mode: 'container',
    cnpgVersion: DEFAULT_CNPG_VERSION,
    kindNodeImage: DEFAULT_KIND_NODE_IMAGE,
    timeoutMs: 180_000,
    reportFile: join(work, `report-${Date.now()}.json`),
    workDir: work,
    docker: { env: { ...process.env } },
    ...extra,
  });
  log(`${image}: ${countLine(result.report.checks)} in ${Date.now() - started} ms`);
  for (const c of result.report.checks) {
    log(`  ${c.status.padEnd(7)} ${String(c.durationMs).padStart(6)} ms  ${c.name}`);
    if (c.status === 'failed') log(`          ${c.error ?? ''}\n${c.log ?? ''}`);
  }
  return result;
}

function byName(result: SmokeCommandResult, name: string | RegExp): CheckResult {
  const found = result.report.checks.find((c) =>
    typeof name === 'string' ? c.name === name : name.test(c.name),
  );
  if (!found) {
    throw new Error(
      `no check ${name}; checks: ${result.report.checks.map((c) => c.name).join(' | ')}`,
    );
  }
  return found;
}

const failed = (result: SmokeCommandResult): string[] =>
  result.report.checks.filter((c) => c.status === 'failed').map((c) => c.name);

describe('PostgreSQL 17 on trixie', () => {
  let images: Partial<Record<string, OperandImage>>;
  beforeAll(async () => {
    images = await operandImages(
      { postgres: 17, distribution: 'trixie', flavours: ['minimal', 'standard'] },
      imageOptions(),
    );
  });

  it('a good minimal image passes every check, each timed, and the report says so', async () => {
    const result = await smoke(images.minimal!.reference);
    expect(failed(result), result.failure).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.report.flavour).toBe('minimal');
    expect(result.report.flavourSource).toBe('tag');
    expect(result.report.expectations.locales).toEqual(['C.UTF-8']);
    const names = result.report.checks.map((c) => c.name);
    expect(names).toEqual([
      'image available',
      'image configuration (USER 26, no ENTRYPOINT)',
      'runs as UID 26',
      'container starts (read-only root, tmpfs data, UID 26)',
      'CNPG binaries on PATH',
      'PostgreSQL major matches the tag',
      'initdb',
      'server starts (pg_ctl start)',
      'SELECT version()',
      'locale C.UTF-8',
      'server stops (pg_ctl stop -m fast)',
      'pg_controldata reads the stopped cluster',
    ]);
    for (const c of result.report.checks) expect(c.durationMs).toBeGreaterThanOrEqual(0);
    expect(byName(result, 'SELECT version()').detail).toMatch(/^PostgreSQL 17\.\d+/);
    expect(byName(result, 'CNPG binaries on PATH').detail).toContain(
      '/usr/lib/postgresql/17/bin/pg_controldata',
    );
    const written = JSON.parse(await readFile(result.reportFile, 'utf8')) as unknown;
    expect(written).toEqual(result.report);
    // No container of this image is left behind (other suites on the engine may be running
    // smoke tests of their own images).
    const { stdout } = await run('docker', [
      'ps',
      '-a',
      '--filter',
      'label=io.pgforge.smoke',
      '--filter',
      `ancestor=${images.minimal!.reference}`,
      '-q',
    ]);
    expect(stdout.trim()).toBe('');
  });

  it('a good standard image creates vector and pgaudit (preloaded) and has en_US.UTF-8', async () => {
    const result = await smoke(images.standard!.reference);
    expect(failed(result), result.failure).toEqual([]);
    expect(byName(result, 'CREATE EXTENSION vector').detail).toMatch(/^vector \d+\.\d+/);
    expect(byName(result, 'CREATE EXTENSION pgaudit').status).toBe('passed');
    expect(byName(result, /^shared_preload_libraries loaded/).detail).toBe(
      'pgaudit,pg_failover_slots',
    );
    expect(byName(result, 'locale en_US.UTF-8').status).toBe('passed');
  });

  it('an image built with CNPG\'s own recipe passes; its CMD ["bash"] is a note, an ENTRYPOINT fails', async () => {
    // The steps of CNPG's postgres-containers Dockerfile, with the distribution's archive in
    // place of PGDG (out of reach here): debian slim with its CMD ["bash"] left as it is, the
    // major's bin directory on PATH, postgresql-common told not to create a cluster,
    // postgresql-17, the postgres user moved to UID 26, USER 26. Nothing clears CMD.
    const dir = await mkdtemp(join(work, 'cnpg-recipe-'));
    await writeFile(
      join(dir, 'Dockerfile'),
      [
        `FROM ${baseImages.trixie}`,
        'ENV PATH=$PATH:/usr/lib/postgresql/17/bin',
        'RUN apt-get update && \\',
        '    apt-get install -y --no-install-recommends postgresql-common && \\',
        "    sed -ri 's/#(create_main_cluster) .*$/\\1 = false/' /etc/postgresql-common/createcluster.conf && \\",
        '    apt-get install -y --no-install-recommends postgresql-17 && \\',
        '    rm -rf /var/lib/apt/lists/* /var/cache/* /var/log/*',
        'RUN usermod -u 26 postgres',
        'USER 26',
        '',
      ].join('\n'),
    );
    const image = 'pgforge-smoke-cnpg-recipe:17-minimal-trixie';
    await run('docker', ['build', '--quiet', '--tag', image, dir], { timeoutMs: 10 * 60_000 });
    derivedImages.push(image);
    const inspected = JSON.parse((await run('docker', ['image', 'inspect', image])).stdout) as {
      Config: { Cmd: string[] | null };
    }[];
    // What the recipe really gives (debian's CMD), so the note below is about a real CMD.
    expect(inspected[0]?.Config.Cmd).toEqual(['bash']);

    const result = await smoke(image);
    expect(failed(result), result.failure).toEqual([]);
    expect(result.passed).toBe(true);
    const configuration = byName(result, 'image configuration (USER 26, no ENTRYPOINT)');
    expect(configuration.notes).toEqual([
      'CMD is ["bash"]; CNPG replaces the command, so it is never run',
    ]);
    expect(result.summary).toContain('ℹ️ CMD is ["bash"]');

    // An ENTRYPOINT is another matter: it would wrap the command CNPG gives.
    const wrapped = await derived(image, '17-minimal-trixie-entrypoint', [
      'ENTRYPOINT ["/bin/sh", "-c"]',
    ]);
    const refused = await smoke(wrapped);
    expect(failed(refused)).toContain('image configuration (USER 26, no ENTRYPOINT)');
    expect(byName(refused, 'image configuration (USER 26, no ENTRYPOINT)').error).toContain(
      'ENTRYPOINT is ["/bin/sh","-c"]',
    );
  });

  it('an image running as root fails, naming USER and the UID', async () => {
    const image = await derived(images.minimal!.reference, '17-minimal-trixie-root', ['USER root']);
    const result = await smoke(image);
    expect(result.passed).toBe(false);
    expect(failed(result), result.failure).toEqual([
      'image configuration (USER 26, no ENTRYPOINT)',
      'runs as UID 26',
    ]);
    expect(byName(result, 'image configuration (USER 26, no ENTRYPOINT)').error).toContain(
      'USER is "root"; CNPG runs PostgreSQL as UID 26',
    );
    expect(byName(result, 'runs as UID 26').error).toContain('the image runs as UID 0 (root)');
    expect(result.failure).toContain('container: runs as UID 26: the image runs as UID 0 (root)');
  });

  it('an image without pg_controldata fails, naming the binary and PATH', async () => {
    const image = await derived(images.minimal!.reference, '17-minimal-trixie-no-controldata', [
      'USER root',
      'RUN rm /usr/lib/postgresql/17/bin/pg_controldata',
      'USER 26',
    ]);
    const result = await smoke(image);
    expect(failed(result), result.failure).toEqual([
      'CNPG binaries on PATH',
      'pg_controldata reads the stopped cluster',
    ]);
    expect(byName(result, 'CNPG binaries on PATH').error).toMatch(
      /^pg_controldata is not on PATH \(\/usr\/lib\/postgresql\/17\/bin:/,
    );
  });

  it('a standard image without locales fails the en_US.UTF-8 check, listing what there is', async () => {
    const image = await derived(images.standard!.reference, '17-standard-trixie-no-locales', [
      'USER root',
      'RUN dpkg --purge locales-all',
      'USER 26',
    ]);
    const result = await smoke(image);
    expect(failed(result), result.failure).toEqual(['locale en_US.UTF-8']);
    expect(byName(result, 'locale en_US.UTF-8').error).toMatch(
      /^en_US\.UTF-8 is not installed: locale -a lists C, C\.utf8, POSIX/,
    );
  });

  it('a tag that names another major fails the major check', async () => {
    const image = 'pgforge-smoke-broken:18-minimal-trixie-mislabelled';
    // The smoke test pulls what it checks by digest, which leaves no tag in the local store.
    await run('docker', ['pull', '--quiet', images.minimal!.reference]);
    await run('docker', ['tag', images.minimal!.reference, image]);
    derivedImages.push(image);
    const result = await smoke(image);
    expect(failed(result), result.failure).toEqual(['PostgreSQL major matches the tag']);
    expect(byName(result, 'PostgreSQL major matches the tag').error).toMatch(
      /^the tag says PostgreSQL 18, the server is 17\.\d+/,
    );
  });

  it('explicit expectations replace the flavour: a missing extension fails with the server log', async () => {
    const result = await smoke(images.minimal!.reference, {
      expect: { extensions: ['hypopg'], locales: [] },
    });
    expect(failed(result), result.failure).toEqual(['CREATE EXTENSION hypopg']);
    const check = byName(result, 'CREATE EXTENSION hypopg');
    expect(check.error).toMatch(/extension "hypopg" is not available/);
    expect(check.log).toContain('server log (last lines):');
  });
});

describe('PostgreSQL 18 on sid with extension images', () => {
  let minimal: OperandImage;
  let vector: ExtensionImage;
  beforeAll(async () => {
    minimal = (
      await operandImages(
        { postgres: 18, distribution: 'sid', flavours: ['minimal'] },
        imageOptions(),
      )
    ).minimal!;
    vector = await extensionImage('pgvector', { ...imageOptions(), baseImage: baseImages.sid });
  });

  it('pgvector mounted read-only with the settings CNPG derives creates, at the annotated version', async () => {
    const entry: ExtensionEntry = {
      ...vector.entry,
      // Exercised for the settings check: CNPG adds these whether or not the image needs them.
      ld_library_path: ['system'],
      env: [{ name: 'PGFORGE_SMOKE_ROOT', value: '${image_root}/share' }],
    };
    const result = await smoke(minimal.reference, { extensions: [entry] });
    expect(failed(result), result.failure).toEqual([]);
    expect(byName(result, 'extension image vector: control file').detail).toBe(
      'share/extension/vector.control',
    );
    expect(byName(result, 'CREATE EXTENSION vector from /extensions/vector').detail).toBe(
      `vector ${vector.sqlVersion} (as the annotation says)`,
    );
    expect(byName(result, /^extension settings/).detail).toBe(
      'extension_control_path=$system:/extensions/vector/share dynamic_library_path=$libdir:/extensions/vector/lib LD_LIBRARY_PATH=/extensions/vector/system PGFORGE_SMOKE_ROOT=/extensions/vector/share',
    );
    expect(result.report.extensions).toEqual([
      {
        name: 'vector',
        reference: vector.reference,
        sqlNames: ['vector'],
        sqlVersion: vector.sqlVersion,
      },
    ]);
  });

  it('an extension image without its control file fails, naming the path CNPG searches', async () => {
    const broken = await extensionImage('pgvector-without-control', {
      ...imageOptions(),
      baseImage: baseImages.sid,
    });
    const result = await smoke(minimal.reference, { extensions: [broken.entry] });
    expect(failed(result), result.failure).toEqual(['extension image vector: control file']);
    expect(byName(result, 'extension image vector: control file').error).toMatch(
      /^no control file in \/extensions\/vector\/share\/extension \(extension_control_path\); the image holds .*lib\/vector\.so.*share\/extension\/vector--/,
    );
  });

  it('a PostGIS image without system/ fails CREATE EXTENSION, with the loader error and server log', async () => {
    const postgis = await extensionImage('postgis-without-system', {
      ...imageOptions(),
      baseImage: baseImages.sid,
    });
    const result = await smoke(minimal.reference, { extensions: [postgis.entry] });
    expect(failed(result), result.failure).toEqual([
      'CREATE EXTENSION postgis from /extensions/postgis',
    ]);
    const check = byName(result, 'CREATE EXTENSION postgis from /extensions/postgis');
    expect(check.error).toMatch(
      /could not load library "\/extensions\/postgis\/lib\/postgis-3\.so": lib\S+: cannot open shared object file/,
    );
    expect(check.log).toContain('server log (last lines):');
  });

  it('an annotation that states another version fails, naming both', async () => {
    const wrong = await extensionImage('pgvector', {
      ...imageOptions(),
      baseImage: baseImages.sid,
      sqlVersion: '0.0.1',
    });
    const result = await smoke(minimal.reference, { extensions: [wrong.entry] });
    expect(failed(result), result.failure).toEqual([
      'CREATE EXTENSION vector from /extensions/vector',
    ]);
    expect(byName(result, 'CREATE EXTENSION vector from /extensions/vector').error).toBe(
      `vector ${vector.sqlVersion} was created, but the image's io.cloudnativepg.image.sql.version annotation says 0.0.1`,
    );
  });

  it('extension images on PostgreSQL 17 fail, naming the major they need', async () => {
    const pg17 = (
      await operandImages(
        { postgres: 17, distribution: 'trixie', flavours: ['minimal', 'standard'] },
        imageOptions(),
      )
    ).minimal!;
    const result = await smoke(pg17.reference, { extensions: [vector.entry] });
    expect(failed(result), result.failure).toEqual([
      'extension settings (extension_control_path, dynamic_library_path, LD_LIBRARY_PATH)',
      'CREATE EXTENSION vector from /extensions/vector',
    ]);
    expect(result.failure).toContain(
      'extension images need PostgreSQL 18 or later (extension_control_path)',
    );
  });
});
