import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { lastLines, localImageId, run, which } from './docker.js';
import { TestEnvironmentError } from './errors.js';

/** A CNCF distribution registry listening on loopback, started for the test run. */
export interface RunningRegistry {
  /** `127.0.0.1:<port>` */
  host: string;
  /** The registry's filesystem storage (its `rootdirectory`) on this machine. */
  dataDir: string;
  auth?: { username: string; password: string };
  /** The last lines of the registry's log, for error messages. */
  logTail(): Promise<string>;
  /** The registry's whole log so far. */
  log(): Promise<string>;
  /** The registry process's ID on this machine, while it runs. */
  pid(): number | undefined;
  stop(): Promise<void>;
  /** Kills the registry (SIGKILL), keeping its storage: a crash in the middle of a request. */
  down(): Promise<void>;
  /** Starts it again over the same storage and address, and waits until it answers. */
  up(): Promise<void>;
}

export interface RegistryOptions {
  /** Name in logs and errors, e.g. `registry` or `auth registry`. */
  name: string;
  auth: boolean;
  /** Milliseconds to wait for `GET /v2/` to answer as expected. */
  readyTimeoutMs?: number;
}

const FALLBACK_IMAGE = 'registry:2';
const REALM = 'pgforge-test';

/** A loopback port that was free a moment ago (listen on 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new TestEnvironmentError(`could not read the port of a listening socket`));
      });
    });
  });
}

function registryConfig(addr: string, rootDir: string, htpasswdPath?: string): string {
  return stringify({
    version: 0.1,
    log: { level: 'info', accesslog: { disabled: true } },
    storage: {
      filesystem: { rootdirectory: rootDir },
      delete: { enabled: true },
      maintenance: { uploadpurging: { enabled: false } },
    },
    http: { addr },
    ...(htpasswdPath ? { auth: { htpasswd: { realm: REALM, path: htpasswdPath } } } : {}),
  });
}

async function htpasswdEntry(username: string, password: string): Promise<string> {
  if (!(await which('htpasswd'))) {
    throw new TestEnvironmentError(
      'htpasswd not found on PATH (Debian package apache2-utils); it makes the bcrypt entry of the ' +
        'auth registry. `bash scripts/test-env.sh` installs it on Debian with root.',
    );
  }
  const { stdout } = await run('htpasswd', ['-Bbn', username, password]);
  return `${stdout.trim()}\n`;
}

async function waitReady(
  host: string,
  expected: number,
  timeoutMs: number,
  name: string,
  logTail: () => Promise<string>,
  exited: () => string | undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    const gone = exited();
    if (gone) break;
    try {
      const response = await fetch(`http://${host}/v2/`, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status === expected) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last =
        (error as Error).cause instanceof Error ? String((error as Error).cause) : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const gone = exited();
  throw new TestEnvironmentError(
    `${name} on ${host} ${gone ?? `did not answer GET /v2/ with ${expected} within ${timeoutMs} ms (last: ${last})`}; ` +
      `registry log:\n${await logTail()}`,
  );
}

/** Runs the `docker-registry` binary (Debian package docker-registry) in its own process group. */
async function startBinary(
  binary: string,
  dir: string,
  opts: RegistryOptions,
  htpasswdPath: string | undefined,
): Promise<RunningRegistry> {
  const host = `127.0.0.1:${await freePort()}`;
  const configPath = join(dir, 'config.yml');
  await writeFile(configPath, registryConfig(host, join(dir, 'data'), htpasswdPath));
  const logPath = join(dir, 'registry.log');
  const log = async () => readFile(logPath, 'utf8').catch(() => '');
  const logTail = async () => lastLines(await log(), 20);

  // One process at a time; down() and up() replace it over the same storage and port.
  let child: ReturnType<typeof spawn> | undefined;
  let exitedWith: string | undefined;
  const killGroup = (signal: NodeJS.Signals) => {
    if (child?.pid === undefined || exitedWith) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  // Kill the group even when vitest dies without running teardown.
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  const launch = async () => {
    const logFile = await open(logPath, 'a');
    exitedWith = undefined;
    const started = spawn(binary, ['serve', configPath], {
      detached: true,
      stdio: ['ignore', logFile.fd, logFile.fd],
    });
    await logFile.close();
    child = started;
    started.on('exit', (code, signal) => {
      if (child === started)
        exitedWith = signal ? `exited on ${signal}` : `exited with code ${code}`;
    });
    started.on('error', (error) => {
      if (child === started) exitedWith = `could not start: ${error.message}`;
    });
    started.unref();
    await waitReady(
      host,
      opts.auth ? 401 : 200,
      opts.readyTimeoutMs ?? 20_000,
      opts.name,
      logTail,
      () => exitedWith,
    );
  };
  const halt = async (signal: NodeJS.Signals) => {
    if (!child || exitedWith) return;
    const gone = new Promise((resolve) => child?.once('exit', resolve));
    killGroup(signal);
    const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
    await gone;
    clearTimeout(timer);
  };
  const stop = async () => {
    process.off('exit', onExit);
    await halt('SIGTERM');
  };
  try {
    await launch();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    host,
    dataDir: join(dir, 'data'),
    log,
    logTail,
    pid: () => (exitedWith ? undefined : child?.pid),
    stop,
    down: () => halt('SIGKILL'),
    up: launch,
  };
}

/** Runs `registry:2` in Docker where the binary is missing (a GitHub runner, a laptop). */
async function startContainer(
  dir: string,
  opts: RegistryOptions,
  withHtpasswd: boolean,
): Promise<RunningRegistry> {
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  // Paths inside the container: the temp dir is mounted at /pgforge.
  await writeFile(
    join(dir, 'config.yml'),
    registryConfig(':5000', '/pgforge/data', withHtpasswd ? '/pgforge/htpasswd' : undefined),
  );
  if ((await localImageId(FALLBACK_IMAGE)) === undefined) {
    const pulled = await run('docker', ['pull', FALLBACK_IMAGE], { allowFailure: true });
    if (pulled.code !== 0) {
      throw new TestEnvironmentError(
        `${opts.name}: the docker-registry binary (Debian package docker-registry) is not on PATH ` +
          `and the fallback image ${FALLBACK_IMAGE} could not be pulled:\n${lastLines(pulled.stderr, 10)}\n` +
          '`bash scripts/test-env.sh` installs docker-registry on Debian with root.',
      );
    }
  }
  const { stdout } = await run('docker', [
    'run',
    '-d',
    // No --rm: down() kills it and up() starts the same container again; stop() removes it.
    '-p',
    `${host}:5000`,
    '-v',
    `${dir}:/pgforge`,
    '-v',
    `${join(dir, 'config.yml')}:/etc/docker/registry/config.yml:ro`,
    FALLBACK_IMAGE,
  ]);
  const id = stdout.trim();
  // The registry logs to stderr.
  const log = async () => (await run('docker', ['logs', id], { allowFailure: true })).stderr;
  const logTail = async () => lastLines(await log(), 20);
  const stop = async () => {
    await run('docker', ['rm', '-f', '-v', id], { allowFailure: true });
  };
  // The registry's process as this machine numbers it, read once it answers.
  let pid: number | undefined;
  const ready = async () => {
    await waitReady(
      host,
      opts.auth ? 401 : 200,
      opts.readyTimeoutMs ?? 30_000,
      opts.name,
      logTail,
      () => undefined,
    );
    const state = await run('docker', ['inspect', '--format', '{{.State.Pid}}', id], {
      allowFailure: true,
    });
    pid = Number(state.stdout.trim()) || undefined;
  };
  try {
    await ready();
  } catch (error) {
    await stop();
    throw error;
  }
  const down = async () => {
    pid = undefined;
    await run('docker', ['kill', id], { allowFailure: true });
  };
  const up = async () => {
    await run('docker', ['start', id]);
    await ready();
  };
  return { host, dataDir: join(dir, 'data'), log, logTail, pid: () => pid, stop, down, up };
}

// freePort() closes its socket before the registry binds, so another process can take the port
// in between; a fresh port then almost always works.
async function withPortRetry(start: () => Promise<RunningRegistry>): Promise<RunningRegistry> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      const clash = /address already in use|port is already allocated/i.test(String(error));
      if (!clash || attempt === 3) throw error;
    }
  }
}

/**
 * Starts a registry with filesystem storage in a temp dir and deletes enabled; with `auth`, an
 * htpasswd realm with one random user. The binary is preferred; Docker's `registry:2` is the
 * fallback.
 */
export async function startRegistry(opts: RegistryOptions): Promise<RunningRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'pgforge-registry-'));
  try {
    let auth: RunningRegistry['auth'];
    if (opts.auth) {
      auth = { username: 'pgforge', password: randomBytes(18).toString('base64url') };
      await writeFile(join(dir, 'htpasswd'), await htpasswdEntry(auth.username, auth.password));
    }
    const binary = await which('docker-registry');
    const started = await withPortRetry(() =>
      binary
        ? startBinary(binary, dir, opts, auth ? join(dir, 'htpasswd') : undefined)
        : startContainer(dir, opts, auth !== undefined),
    );
    const stop = async () => {
      await started.stop();
      // A container wrote the data as its own root; a non-root user may not remove it all.
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    };
    return { ...started, ...(auth ? { auth } : {}), stop };
  } catch (error) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}
