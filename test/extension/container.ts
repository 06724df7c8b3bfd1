/**
 * A PostgreSQL container with extension images mounted the way CNPG mounts them (read-only at
 * /extensions/<name>, UID 26, read-only root, the settings the operator derives from the
 * entries, which @pgforge/smoke computes), running a few SQL statements and printing their
 * results. The smoke package's own container level runs CREATE EXTENSION; this runs what an
 * extension's user runs next (a distance query, postgis_full_version()).
 */
import { confLine, instanceSettings, mountPath, type ExtensionEntry } from '@pgforge/smoke';
import { run, type RunResult } from '@pgforge/testkit';

export interface MountedImage {
  entry: ExtensionEntry;
  /** The image unpacked on this machine. */
  dir: string;
}

/**
 * `docker run` options for a PostgreSQL container as CNPG runs one with these images mounted:
 * read-only root, UID 26, no network, writable tmpfs for data, sockets and /tmp, the
 * environment, each image read-only at /extensions/<name>.
 */
export function cnpgContainerOptions(mounted: MountedImage[], env: string[]): string[] {
  return [
    '--read-only',
    '--user',
    '26',
    '--network',
    'none',
    '--tmpfs',
    '/var/lib/postgresql/data:rw,mode=1777',
    '--tmpfs',
    '/var/run/postgresql:rw,mode=1777',
    '--tmpfs',
    '/tmp:rw,mode=1777',
    ...env.flatMap((e) => ['--env', e]),
    ...mounted.flatMap((m) => [
      '--mount',
      `type=bind,source=${m.dir},target=${mountPath(m.entry)},readonly`,
    ]),
  ];
}

function dockerArgs(image: string, mounted: MountedImage[], env: string[]): string[] {
  return ['run', '--rm', ...cnpgContainerOptions(mounted, env), '--entrypoint', 'sh', image, '-c'];
}

/** The environment CNPG gives the PostgreSQL process for these entries. */
export function cnpgEnvironment(entries: ExtensionEntry[]): string[] {
  const settings = instanceSettings(entries);
  return [
    ...(settings.ldLibraryPath.length
      ? [`LD_LIBRARY_PATH=${settings.ldLibraryPath.join(':')}`]
      : []),
    ...settings.env.map((v) => `${v.name}=${v.value}`),
  ];
}

/** Runs `statements` with psql (-At), one output line per row; the server log on failure. */
export async function runSql(
  image: string,
  mounted: MountedImage[],
  statements: string[],
): Promise<string[]> {
  const settings = instanceSettings(mounted.map((m) => m.entry));
  const conf = [
    confLine('listen_addresses', ''),
    confLine('unix_socket_directories', '/var/run/postgresql'),
    confLine('extension_control_path', settings.extensionControlPath),
    confLine('dynamic_library_path', settings.dynamicLibraryPath),
  ].join('\n');
  const psql = statements.map((s) => `-c '${s.replaceAll("'", `'"'"'`)}'`).join(' ');
  const script = [
    'set -e',
    'PGDATA=/var/lib/postgresql/data/pgdata',
    'initdb -D "$PGDATA" --username=postgres --auth=trust --no-sync >/dev/null',
    `cat >> "$PGDATA/postgresql.conf" <<'CONF'\n${conf}\nCONF`,
    'pg_ctl -D "$PGDATA" -l /tmp/server.log -w start >/dev/null || { cat /tmp/server.log >&2; exit 1; }',
    `psql -X -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -U postgres -At ${psql} || { tail -n 30 /tmp/server.log >&2; exit 1; }`,
  ].join('\n');
  const result = await run(
    'docker',
    [...dockerArgs(image, mounted, cnpgEnvironment(mounted.map((m) => m.entry))), script],
    { timeoutMs: 180_000 },
  );
  return result.stdout.trim().split('\n');
}

/** Runs a shell script in the image with the images mounted, without the CNPG environment. */
export function runShell(
  image: string,
  mounted: MountedImage[],
  script: string,
): Promise<RunResult> {
  return run('docker', [...dockerArgs(image, mounted, []), script], { timeoutMs: 120_000 });
}
