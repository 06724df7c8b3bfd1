// `npm run bench -- archive`: issue 22's acceptance figure, measured across the whole archive.
// Every `postgresql-{major}-*` package of Debian sid for PostgreSQL 18 (linux/amd64) is made
// into an extension image in one batch, as this project makes them (TypeScript, no Docker,
// written as an OCI image layout, the default APT cache so that a rerun is warm). Each image is
// then mounted into a PostgreSQL 18 minimal container built by the project, as CNPG mounts it:
// read-only at /extensions/<name>, beside the images that provide what its control files
// require (metadata `requires`, provider `image`), with the settings the operator derives from
// the entries (extension_control_path, dynamic_library_path, LD_LIBRARY_PATH, PATH, env), the
// union of the mounted images' shared_preload_libraries, UID 26 and a read-only root. Then
// `CREATE EXTENSION … CASCADE` of every SQL name the image declares, each in a database of its
// own; an image without control files has each module LOADed (or its preload checked), and an
// image of programs alone counts as usable. Prints how many were created, every failure with
// its first error line and whether the image states a limitation, and the refused packages with
// their reasons; and the time of each phase. Prints figures; asserts nothing.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultCacheDir } from '@pgforge/apt';
import {
  extensionCommand,
  type ExtensionCommandResult,
  type ExtensionImageOutput,
} from '@pgforge/extension';
import {
  isImageIndex,
  readLayout,
  type FetchedImageManifest,
  type FetchedIndex,
  type OciLayout,
} from '@pgforge/oci';
import {
  confLine,
  instanceSettings,
  unpackImage,
  type ExtensionEntry,
  type ImageSource,
  type UnpackedImage,
} from '@pgforge/smoke';
import {
  baseImageCacheDir,
  ensureBaseImage,
  run,
  testMirror,
  startRegistry,
  operandImages,
} from '@pgforge/testkit';
import { cnpgContainerOptions } from '../test/extension/container.js';

const MAJOR = 18;
const SUITE = 'sid';
const PLATFORM = 'linux/amd64';
/** Containers at a time: the machine has 2 cores. */
const PARALLEL = Number(process.env.PGFORGE_BENCH_PARALLEL ?? 2);
const CONTAINER_TIMEOUT_MS = 600_000;

const mirror = testMirror();
const work = await mkdtemp(join(tmpdir(), 'pgforge-bench-archive-'));
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const quiet = process.env.PGFORGE_BENCH_VERBOSE ? log : (): void => undefined;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// Phase 1: the batch.

async function batch(): Promise<ExtensionCommandResult> {
  const configFile = join(work, 'images.yaml');
  await writeFile(
    configFile,
    `packages: { source: distribution, mirror: "${mirror}", allow-expired-release: true }\n`,
  );
  return extensionCommand({
    packages: ['postgresql-{major}-*'],
    postgres: [String(MAJOR)],
    distributions: [SUITE],
    platforms: [PLATFORM],
    push: false,
    output: join(work, 'layout'),
    systemLibraries: 'auto',
    configFile,
    now: new Date(),
    sourceDateEpoch: 0,
    cacheDir: defaultCacheDir(process.env, homedir()),
    log: quiet,
    warn: quiet,
  });
}

// ---------------------------------------------------------------------------------------------
// Unpacking from the OCI image layout, through the smoke package's own unpacker.

/** The two calls unpackImage makes, answered from an OCI image layout. */
function layoutSource(layout: OciLayout): ImageSource {
  const digestOf = (reference: unknown): string => {
    const text = String(reference);
    const at = text.lastIndexOf('@');
    if (at < 0) throw new Error(`${text} names no digest`);
    return text.slice(at + 1);
  };
  return {
    getBlob: (_reference, digest) => layout.readBlob(digest),
    getImageManifest: async (reference) => {
      const top = await layout.readManifest(digestOf(reference));
      if (!isImageIndex(top.manifest)) return { manifest: top as FetchedImageManifest };
      const index = top as FetchedIndex;
      const [os, architecture] = PLATFORM.split('/');
      const descriptor = index.manifest.manifests.find(
        (d) => d.platform?.os === os && d.platform?.architecture === architecture,
      );
      if (!descriptor) throw new Error(`${String(reference)} has no ${PLATFORM} manifest`);
      const manifest = (await layout.readManifest(descriptor.digest)) as FetchedImageManifest;
      return { index, descriptor, manifest };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Phase 3: each image in a container, as a Cluster mounting it would run it.

interface Mounted {
  image: ExtensionImageOutput;
  entry: ExtensionEntry;
  unpacked: UnpackedImage;
}

/** One thing tried in the container: a SQL name, a module, or the image's programs. */
interface Attempt {
  image: string;
  kind: 'extension' | 'module' | 'programs';
  name: string;
  ok: boolean;
  /** The created version (extensions), or what was checked. */
  detail: string;
  /** The first line of the error. */
  error?: string;
  /** The database it was tried in at last, when its settings allow no other. */
  database?: string;
  /** Server log lines after a failure (a crash, a FATAL). */
  logTail?: string;
}

const SAFE_NAME = /^[A-Za-z0-9_.-]+$/;
const sqlIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const sqlLiteral = (value: string): string => `'${value.replaceAll("'", "''")}'`;
/** A word for `sh`, single-quoted. */
const shWord = (text: string): string => `'${text.replaceAll("'", `'"'"'`)}'`;

/** The images `image` needs mounted beside it: its `image` providers, transitively, in order. */
function providersOf(
  image: ExtensionImageOutput,
  byReference: Map<string, ExtensionImageOutput>,
): ExtensionImageOutput[] {
  const out: ExtensionImageOutput[] = [];
  const visit = (i: ExtensionImageOutput): void => {
    for (const r of i.metadata.requires) {
      if (r.provider !== 'image') continue;
      const other = byReference.get(r.reference);
      if (!other || other === image || out.includes(other)) continue;
      out.push(other);
      visit(other);
    }
  };
  visit(image);
  return out;
}

/** The first line worth quoting of psql's (or the server's) output. */
function firstError(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    lines.find((l) => /^(ERROR|FATAL|PANIC):/.test(l)) ??
    lines.find((l) => /^psql:.*(ERROR|FATAL|PANIC|server closed)/.test(l)) ??
    lines.find((l) => /error|fatal|could not|cannot|terminated/i.test(l)) ??
    lines[0] ??
    '(no output)'
  );
}

/** The shell script run in the container: start the server, try each thing, print markers. */
function containerScript(conf: string[], tries: { label: string; sql: string[] }[]): string {
  const psql = 'psql -X -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -U postgres -At';
  const lines = [
    'set -u',
    "export PGOPTIONS='-c statement_timeout=180s'",
    'initdb -D "$PGDATA" --username=postgres --auth=trust --encoding=UTF8 --locale=C --no-sync >/tmp/initdb.log 2>&1 || { echo "@@INITDB"; cat /tmp/initdb.log; exit 0; }',
    `cat >> "$PGDATA/postgresql.conf" <<'CONF'\n${conf.join('\n')}\nCONF`,
    'pg_ctl -D "$PGDATA" -l /tmp/server.log -w -t 120 start >/dev/null 2>&1 || { echo "@@START"; cat /tmp/server.log; exit 0; }',
    'echo "@@STARTED"',
  ];
  tries.forEach((t, i) => {
    const db = `bench_${i}`;
    const sql = t.sql.map((q) => `-c ${shWord(q)}`).join(' ');
    lines.push(
      `echo "@@BEGIN ${i}"`,
      `${psql} -d postgres -c ${shWord(`CREATE DATABASE ${db}`)} >/dev/null 2>&1`,
      'LINES=$(wc -l </tmp/server.log)',
      `OUT=$(${psql} -d ${db} ${sql} 2>&1)`,
      'RC=$?',
      'printf "%s\\n" "$OUT"',
      // An extension that may be created only in the database its settings name (pg_cron's
      // cron.database_name, postgres by default) is created there, as its users must.
      'ONLY=$(printf "%s" "$OUT" | sed -n "s/.*can only create extension in database \\([A-Za-z0-9_]*\\).*/\\1/p" | head -n 1)',
      `if [ "$RC" != 0 ] && [ -n "$ONLY" ]; then echo "@@RETRY $ONLY"; ${psql} -d "$ONLY" ${sql} 2>&1; RC=$?; fi`,
      `echo "@@END ${i} $RC"`,
      `if [ "$RC" != 0 ]; then echo "@@LOG ${i}"; tail -n +$((LINES + 1)) /tmp/server.log | grep -E "PANIC|FATAL|terminated|LOG:  server process|could not" | head -n 5; fi`,
    );
  });
  lines.push('pg_ctl -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true');
  return lines.join('\n');
}

async function tryImage(
  mounted: Mounted[],
  operand: string,
  subject: ExtensionImageOutput,
): Promise<Attempt[]> {
  const entries = mounted.map((m) => m.entry);
  const settings = instanceSettings(entries);
  const preload = [...new Set(mounted.flatMap((m) => m.image.metadata.sharedPreloadLibraries))];
  const conf = [
    confLine('listen_addresses', ''),
    confLine('unix_socket_directories', '/var/run/postgresql'),
    confLine('extension_control_path', settings.extensionControlPath),
    confLine('dynamic_library_path', settings.dynamicLibraryPath),
    ...(preload.length ? [confLine('shared_preload_libraries', preload.join(','))] : []),
  ];
  const meta = subject.metadata;
  const own = mounted[0]!.unpacked;
  const tries: { kind: Attempt['kind']; name: string; sql: string[] }[] = [];
  if (meta.createExtension) {
    for (const { name, version } of meta.sqlNames) {
      if (!SAFE_NAME.test(name)) continue;
      // As the smoke test does: the version the image states (a control file without
      // default_version needs it).
      tries.push({
        kind: 'extension',
        name,
        sql: [
          `CREATE EXTENSION IF NOT EXISTS ${sqlIdent(name)}${version ? ` VERSION ${sqlLiteral(version)}` : ''} CASCADE`,
          `SELECT extversion FROM pg_extension WHERE extname = ${sqlLiteral(name)}`,
        ],
      });
    }
  } else {
    const modules = own.files
      .filter((f) => /^lib\/[^/]+\.so$/.test(f))
      .map((f) => f.slice('lib/'.length, -'.so'.length));
    for (const module of modules) {
      if (!SAFE_NAME.test(module)) continue;
      tries.push({
        kind: 'module',
        name: module,
        sql: preload.includes(module)
          ? ['SHOW shared_preload_libraries']
          : [`LOAD ${sqlLiteral(module)}`, `SELECT 'loaded'`],
      });
    }
    if (modules.length === 0) {
      const programs = own.files.filter((f) => f.startsWith('bin/'));
      return [
        {
          image: meta.name,
          kind: 'programs',
          name: programs.join(', ') || '(none)',
          ok: programs.length > 0,
          detail: `${programs.length} program(s)`,
          ...(programs.length ? {} : { error: 'no module and no program in the image' }),
        },
      ];
    }
  }
  if (tries.length === 0) return [];

  const imageEnv = await operandPath(operand);
  const env = [
    'PGDATA=/var/lib/postgresql/data/pgdata',
    ...(settings.ldLibraryPath.length
      ? [`LD_LIBRARY_PATH=${settings.ldLibraryPath.join(':')}`]
      : []),
    ...(settings.binPath.length ? [`PATH=${[imageEnv, ...settings.binPath].join(':')}`] : []),
    ...settings.env.map((v) => `${v.name}=${v.value}`),
  ];
  const name = `pgforge-bench-archive-${randomBytes(4).toString('hex')}`;
  const script = containerScript(
    conf,
    tries.map((t) => ({ label: t.name, sql: t.sql })),
  );
  const args = [
    'run',
    '-i',
    '--rm',
    '--name',
    name,
    ...cnpgContainerOptions(
      mounted.map((m) => ({ entry: m.entry, dir: m.unpacked.dir })),
      env,
    ),
    '--entrypoint',
    'sh',
    operand,
    '-s',
  ];
  let stdout: string;
  try {
    const result = await run('docker', args, {
      input: script,
      allowFailure: true,
      timeoutMs: CONTAINER_TIMEOUT_MS,
    });
    stdout = result.stdout + (result.code === 0 ? '' : `\n${result.stderr}`);
  } catch (error) {
    await run('docker', ['rm', '--force', name], { allowFailure: true });
    stdout = `@@START\n${(error as Error).message}`;
  }
  const fail = (error: string, logTail?: string): Attempt[] =>
    tries.map((t) => ({
      image: meta.name,
      kind: t.kind,
      name: t.name,
      ok: false,
      detail: '',
      error,
      ...(logTail ? { logTail } : {}),
    }));
  if (stdout.includes('@@INITDB')) return fail(`initdb: ${firstError(stdout)}`);
  if (!stdout.includes('@@STARTED')) {
    const text = stdout.split('@@START').pop() ?? stdout;
    return fail(`server start: ${firstError(text)}`);
  }
  return tries.map((t, i): Attempt => {
    const block = new RegExp(`@@BEGIN ${i}\\n([\\s\\S]*?)@@END ${i} (\\d+)`).exec(stdout);
    const logBlock = new RegExp(`@@LOG ${i}\\n([\\s\\S]*?)(?=@@BEGIN|$)`).exec(stdout);
    const logTail = logBlock?.[1]?.trim();
    if (!block) {
      return {
        image: meta.name,
        kind: t.kind,
        name: t.name,
        ok: false,
        detail: '',
        error: `no result (the container ended early): ${firstError(stdout.split('@@STARTED').pop() ?? '')}`,
      };
    }
    const [, whole = '', rc] = block;
    const retried = /@@RETRY (\S+)\n([\s\S]*)$/.exec(whole);
    const output = retried ? (retried[2] ?? '') : whole;
    const database = retried ? { database: retried[1]! } : {};
    if (rc === '0') {
      const detail = output.trim().split('\n').pop() ?? '';
      if (t.kind === 'module' && preload.includes(t.name)) {
        const listed = detail.split(',').map((l) => l.trim());
        if (!listed.includes(t.name)) {
          return {
            image: meta.name,
            kind: t.kind,
            name: t.name,
            ok: false,
            detail,
            error: `shared_preload_libraries is "${detail}", without ${t.name}`,
          };
        }
        return { image: meta.name, kind: t.kind, name: t.name, ok: true, detail: 'preloaded' };
      }
      return { image: meta.name, kind: t.kind, name: t.name, ok: true, detail, ...database };
    }
    return {
      image: meta.name,
      kind: t.kind,
      name: t.name,
      ok: false,
      detail: '',
      error: firstError(output),
      ...database,
      ...(logTail ? { logTail } : {}),
    };
  });
}

let operandPathValue: Promise<string> | undefined;
/** The operand image's own PATH, which bin_path directories are added to. */
function operandPath(operand: string): Promise<string> {
  operandPathValue ??= run('docker', [
    'image',
    'inspect',
    '--format',
    '{{range .Config.Env}}{{println .}}{{end}}',
    operand,
  ]).then(
    (r) =>
      r.stdout
        .split('\n')
        .find((l) => l.startsWith('PATH='))
        ?.slice('PATH='.length) ?? '/usr/local/bin:/usr/bin:/bin',
  );
  return operandPathValue;
}

/** Runs `work` over `items`, `limit` at a time, in order of start. */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i]!);
      }
    }),
  );
  return results;
}

// ---------------------------------------------------------------------------------------------

const times: [string, number][] = [];
async function phase<T>(label: string, body: () => Promise<T>): Promise<T> {
  const started = performance.now();
  log(`[archive] ${label}…`);
  try {
    return await body();
  } finally {
    const ms = performance.now() - started;
    times.push([label, ms]);
    log(`[archive] ${label}: ${seconds(ms)}`);
  }
}

const registry = await startRegistry({ name: 'bench registry', auth: false });
let operand: string | undefined;
// Interrupted: the registry and the temporary files go too (containers end with --rm).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void registry
      .stop()
      .then(() => rm(work, { recursive: true, force: true }))
      .finally(() => process.exit(130));
  });
}
try {
  const result = await phase(`batch of postgresql-${MAJOR}-* on ${SUITE} (${PLATFORM})`, batch);
  operand = await phase(`PostgreSQL ${MAJOR} minimal operand image (${SUITE}, amd64)`, async () => {
    await ensureBaseImage({ suite: SUITE, mirror, cacheDir: baseImageCacheDir(), log });
    const images = await operandImages(
      { postgres: MAJOR, distribution: SUITE, flavours: ['minimal'] },
      { registry: registry.host, mirror, workDir: join(work, 'operand'), log: quiet },
    );
    const reference = images.minimal.reference;
    await run('docker', ['pull', '--quiet', '--platform', PLATFORM, reference], {
      timeoutMs: 300_000,
    });
    return reference;
  });
  const images = result.images.filter((i) => i.major === MAJOR && i.distribution === SUITE);
  const byReference = new Map(images.map((i) => [i.reference, i]));
  const layout = await readLayout(join(work, 'layout'));
  const source = layoutSource(layout);
  const unpacked = new Map<string, Promise<UnpackedImage>>();
  const unpack = (image: ExtensionImageOutput): Promise<UnpackedImage> => {
    let done = unpacked.get(image.reference);
    if (!done) {
      const dir = join(work, 'unpacked', image.metadata.name);
      done = mkdir(join(work, 'unpacked'), { recursive: true }).then(() =>
        unpackImage(source, image.reference, dir, PLATFORM),
      );
      unpacked.set(image.reference, done);
    }
    return done;
  };
  await phase(`unpack ${images.length} images from the OCI layout`, () =>
    pool(images, PARALLEL, unpack),
  );
  let finished = 0;
  const attempts = await phase(
    `${images.length} images in PostgreSQL ${MAJOR} containers, ${PARALLEL} at a time`,
    () =>
      pool(images, PARALLEL, async (image) => {
        const providers = providersOf(image, byReference);
        const mounted: Mounted[] = [];
        for (const i of [image, ...providers]) {
          mounted.push({
            image: i,
            entry: i.clusterExtension as ExtensionEntry,
            unpacked: await unpack(i),
          });
        }
        const started = performance.now();
        const out = await tryImage(mounted, operand!, image);
        const failed = out.filter((a) => !a.ok);
        log(
          `[archive] ${++finished}/${images.length} ${image.metadata.name}` +
            `${providers.length ? ` (+ ${providers.map((p) => p.metadata.name).join(', ')})` : ''}: ` +
            `${out.length - failed.length}/${out.length} in ${seconds(performance.now() - started)}` +
            `${failed.length ? ` — ${failed.map((f) => `${f.name}: ${f.error}`).join('; ')}` : ''}`,
        );
        return out;
      }),
  );
  report(result, images, attempts.flat());
} finally {
  await registry.stop();
  if (operand) await run('docker', ['image', 'rm', operand], { allowFailure: true });
  await rm(work, { recursive: true, force: true });
}

function report(
  result: ExtensionCommandResult,
  images: ExtensionImageOutput[],
  attempts: Attempt[],
): void {
  const byName = new Map(images.map((i) => [i.metadata.name, i]));
  const extensions = attempts.filter((a) => a.kind === 'extension');
  const created = extensions.filter((a) => a.ok);
  const modules = attempts.filter((a) => a.kind === 'module');
  const programs = attempts.filter((a) => a.kind === 'programs');
  const packages = images.length + result.refused.length;
  const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)} %` : '-');
  const imagesOk = images.filter((i) =>
    attempts.filter((a) => a.image === i.metadata.name).every((a) => a.ok),
  );
  const limited = (name: string): string[] => byName.get(name)?.metadata.limitations ?? [];

  console.log(`PostgreSQL ${MAJOR} on ${SUITE}, ${PLATFORM}: every postgresql-${MAJOR}-* package`);
  console.log(`  packages matched            ${packages}`);
  console.log(`  images                      ${images.length}`);
  console.log(`  refused                     ${result.refused.length}`);
  console.log(
    `  images that work entirely   ${imagesOk.length} / ${images.length} (${pct(imagesOk.length, images.length)})`,
  );
  console.log('');
  console.log('CREATE EXTENSION … CASCADE, mounted as CNPG mounts the images');
  console.log(`  SQL names attempted         ${extensions.length}`);
  console.log(`  created                     ${created.length}`);
  console.log(`  % created                   ${pct(created.length, extensions.length)}`);
  console.log(
    `  images without control files: ${modules.length} module(s) (${modules.filter((m) => m.ok).length} loaded or preloaded), ` +
      `${programs.length} image(s) of programs (${programs.filter((p) => p.ok).length} usable)`,
  );
  const versionNotes = created.filter((a) => {
    const declared = byName.get(a.image)?.metadata.sqlNames.find((s) => s.name === a.name);
    return declared?.version !== undefined && declared.version !== a.detail;
  });
  if (versionNotes.length > 0) {
    console.log('  created at another version than the control file default:');
    for (const a of versionNotes) {
      const declared = byName.get(a.image)?.metadata.sqlNames.find((s) => s.name === a.name);
      console.log(`    ${a.image} ${a.name}: ${a.detail} (default_version ${declared?.version})`);
    }
  }

  const elsewhere = created.filter((a) => a.database !== undefined);
  if (elsewhere.length > 0) {
    console.log(
      `  created only in the database their settings name: ${elsewhere.map((a) => `${a.image} ${a.name} (${a.database})`).join(', ')}`,
    );
  }

  const failures = attempts.filter((a) => !a.ok);
  console.log('');
  console.log(`Failures (${failures.length})`);
  for (const f of failures) {
    const image = byName.get(f.image);
    const stated = limited(f.image);
    const requires = (image?.metadata.requires ?? [])
      .map((r) =>
        r.provider === 'image' ? `${r.name} (image ${r.image})` : `${r.name} (${r.provider})`,
      )
      .join(', ');
    const preload = image?.metadata.sharedPreloadLibraries ?? [];
    console.log(`  ${f.image} / ${f.kind === 'extension' ? '' : `${f.kind} `}${f.name}`);
    console.log(`    error:      ${f.error}${f.database ? ` (in database ${f.database})` : ''}`);
    if (f.logTail) console.log(`    server log: ${f.logTail.split('\n').join(' | ')}`);
    console.log(
      `    metadata:   preload [${preload.join(', ')}], requires [${requires}], system/ ${image?.metadata.ldLibraryPath.length ? 'yes' : 'no'}`,
    );
    console.log(
      `    limitation: ${stated.length ? `stated: ${stated.join(' / ').slice(0, 220)}` : 'none stated'}`,
    );
  }
  const unstated = failures.filter((f) => limited(f.image).length === 0);
  console.log('');
  console.log(
    `  failures whose image states a limitation: ${failures.length - unstated.length}; ` +
      `stating none: ${unstated.length} (${[...new Set(unstated.map((f) => f.image))].join(', ')})`,
  );
  const limitedOk = images.filter(
    (i) => i.metadata.limitations.length > 0 && !failures.some((f) => f.image === i.metadata.name),
  );
  if (limitedOk.length > 0) {
    console.log(
      `  images stating a limitation whose extensions all created: ${limitedOk.map((i) => i.metadata.name).join(', ')}`,
    );
  }

  console.log('');
  console.log(`Refused packages (${result.refused.length})`);
  for (const r of result.refused) console.log(`  ${r.package}: ${r.reason}`);

  console.log('');
  console.log('Time');
  for (const [label, ms] of times) console.log(`  ${label.padEnd(64)} ${seconds(ms)}`);
}
