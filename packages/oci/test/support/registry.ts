/**
 * Real CNCF distribution registries for the integration tests: `docker-registry serve` on a free
 * loopback port, filesystem storage in a temporary directory, optionally htpasswd auth.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestRegistry {
  /** `127.0.0.1:<port>` */
  host: string;
  username?: string;
  password?: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function requireTool(command: string, args: string[], what: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error) {
    throw new Error(
      `${command} is needed by the oci integration tests (${what}) and is not on PATH; run scripts/test-env.sh`,
    );
  }
}

/** Starts a registry; with `auth`, it answers 401 with a Basic challenge to anonymous requests. */
export async function startRegistry(
  options: { auth?: { username: string; password: string } } = {},
): Promise<TestRegistry> {
  requireTool(
    'docker-registry',
    ['--version'],
    'Debian package docker-registry, CNCF distribution',
  );
  const dir = await mkdtemp(join(tmpdir(), 'pgforge-oci-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const config: Record<string, unknown> = {
    version: 0.1,
    log: { level: 'error', accesslog: { disabled: true } },
    storage: {
      filesystem: { rootdirectory: join(dir, 'storage') },
      delete: { enabled: true },
    },
    http: { addr: host, secret: 'pgforge-oci-test' },
  };
  if (options.auth) {
    requireTool('htpasswd', ['-h'], 'Debian package apache2-utils');
    const { stdout } = await run('htpasswd', [
      '-Bbn',
      options.auth.username,
      options.auth.password,
    ]);
    await writeFile(join(dir, 'htpasswd'), stdout);
    config.auth = { htpasswd: { realm: 'pgforge-test', path: join(dir, 'htpasswd') } };
  }
  // YAML is a superset of JSON, so the registry reads this as its config.yml.
  const configPath = join(dir, 'config.yml');
  await writeFile(configPath, JSON.stringify(config));

  const child: ChildProcess = spawn('docker-registry', ['serve', configPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));

  const stop = async () => {
    if (!exited) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    }
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 20_000;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`docker-registry exited while starting on ${host}:\n${output}`);
    }
    try {
      const response = await fetch(`http://${host}/v2/`);
      await response.arrayBuffer();
      if (response.status === 200 || response.status === 401) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`docker-registry did not answer on ${host} within 20 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const registry: TestRegistry = { host, stop };
  if (options.auth) {
    registry.username = options.auth.username;
    registry.password = options.auth.password;
  }
  return registry;
}
