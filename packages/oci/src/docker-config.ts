/**
 * Credentials from the docker CLI's config file (`docker login` writes it): `auths` entries,
 * `credHelpers` per registry and the `credsStore` default, run as docker does
 * (`docker-credential-<name> get`, server URL on stdin, JSON on stdout).
 */
import { childEnvironment } from '@pgforge/exec';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CredentialResolver, Credentials } from './credentials.js';

export interface DockerConfigOptions {
  /** The config file. Default: `$DOCKER_CONFIG/config.json` (from `env`), else `~/.docker/config.json`. */
  configPath?: string;
  /** The environment: `DOCKER_CONFIG`, and `PATH` for credential helpers. Default: inherited. */
  env?: Record<string, string | undefined>;
  /** Default: the user's home directory. */
  homeDir?: string;
  /** How long a credential helper may take. Default 30 s. */
  helperTimeoutMs?: number;
}

export class DockerConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DockerConfigError';
  }
}

export class CredentialHelperError extends Error {
  constructor(
    readonly helper: string,
    message: string,
  ) {
    super(message);
    this.name = 'CredentialHelperError';
  }
}

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

interface DockerConfigFile {
  auths?: Record<string, AuthEntry>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** The registry host a config key names: `https://index.docker.io/v1/` → `docker.io`. */
export function registryHostOfKey(key: string): string {
  const host = (key.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split('/')[0] ?? '').toLowerCase();
  return DOCKER_HUB_ALIASES.has(host) ? 'docker.io' : host;
}

function findByRegistry<T>(table: Record<string, T> | undefined, registry: string): T | undefined {
  if (!table) return undefined;
  const wanted = registryHostOfKey(registry);
  if (table[registry] !== undefined) return table[registry];
  for (const [key, value] of Object.entries(table)) {
    if (registryHostOfKey(key) === wanted) return value;
  }
  return undefined;
}

function displayPath(path: string, home: string): string {
  return home && path.startsWith(`${home}/`) ? `~/${path.slice(home.length + 1)}` : path;
}

/** A resolver reading the docker CLI's config; the file is read once, on first use. */
export function dockerConfigCredentials(options: DockerConfigOptions = {}): CredentialResolver {
  const home = options.homeDir ?? homedir();
  const dockerConfigDir = options.env?.DOCKER_CONFIG;
  const configPath =
    options.configPath ??
    (dockerConfigDir ? join(dockerConfigDir, 'config.json') : join(home, '.docker', 'config.json'));
  const shown = displayPath(configPath, home);
  let loaded: Promise<DockerConfigFile | undefined> | undefined;

  return async (registry) => {
    loaded ??= loadConfig(configPath, shown);
    const config = await loaded;
    if (!config) return undefined;
    const host = registryHostOfKey(registry);

    const helperFor = findByRegistry(config.credHelpers, registry);
    const helper = helperFor ?? config.credsStore;
    if (helper) {
      const serverUrl = host === 'docker.io' ? DOCKER_HUB_SERVER : host;
      const fromHelper = await runCredentialHelper(helper, serverUrl, {
        env: options.env,
        timeoutMs: options.helperTimeoutMs ?? 30_000,
        namedBy: `${helperFor ? 'credHelpers' : 'credsStore'} in ${shown}`,
      });
      if (fromHelper) return fromHelper;
    }

    const entry = findByRegistry(config.auths, registry);
    return entry ? credentialsFromEntry(entry, registry, shown) : undefined;
  };
}

async function loadConfig(path: string, shown: string): Promise<DockerConfigFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DockerConfigError(`cannot read docker config ${shown}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new DockerConfigError(
      `docker config ${shown} is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new DockerConfigError(`docker config ${shown} must hold a JSON object`);
  }
  return parsed as DockerConfigFile;
}

function credentialsFromEntry(
  entry: AuthEntry,
  registry: string,
  shown: string,
): Credentials | undefined {
  const source = shown;
  if (entry.identitytoken) return { identityToken: entry.identitytoken, source };
  if (entry.registrytoken) return { registryToken: entry.registrytoken, source };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) {
      throw new DockerConfigError(
        `docker config ${shown}: auths entry for ${registry} has an "auth" value that is not base64 of user:password`,
      );
    }
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
  }
  if (entry.username && entry.password !== undefined) {
    return { username: entry.username, password: entry.password, source };
  }
  return undefined;
}

interface HelperRun {
  env: Record<string, string | undefined> | undefined;
  timeoutMs: number;
  /** Where the helper is named, for messages: `credHelpers in ~/.docker/config.json`. */
  namedBy: string;
}

// What docker-credential-helpers print when they hold nothing for the server.
const NOT_FOUND = /credentials not found/i;

/** `docker-credential-<helper> get` with the server URL on stdin. */
export function runCredentialHelper(
  helper: string,
  serverUrl: string,
  run: HelperRun,
): Promise<Credentials | undefined> {
  const program = `docker-credential-${helper}`;
  const source = `${program} (${run.namedBy})`;
  return new Promise((resolve, reject) => {
    const child = spawn(program, ['get'], {
      env: childEnvironment(run.env),
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: run.timeoutMs,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new CredentialHelperError(
          helper,
          error.code === 'ENOENT'
            ? `credential helper ${program} (named by ${run.namedBy}) is not on PATH`
            : `credential helper ${program} could not run: ${error.message}`,
        ),
      );
    });
    child.on('close', (code, signal) => {
      const stdout = Buffer.concat(out).toString('utf8').trim();
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code !== 0) {
        if (NOT_FOUND.test(stdout) || NOT_FOUND.test(stderr)) {
          resolve(undefined);
          return;
        }
        // The helper failed, so its output is an error message, not a secret.
        const said = (stderr || stdout).split('\n')[0]?.slice(0, 200) ?? '';
        reject(
          new CredentialHelperError(
            helper,
            `credential helper ${program} failed for ${serverUrl} (${signal ? `killed by ${signal}` : `exit ${code}`})${said ? `: ${said}` : ''}`,
          ),
        );
        return;
      }
      let parsed: { Username?: unknown; Secret?: unknown };
      try {
        parsed = JSON.parse(stdout) as typeof parsed;
      } catch {
        // Never echo the output: it may hold the secret.
        reject(
          new CredentialHelperError(
            helper,
            `credential helper ${program} printed something other than JSON for ${serverUrl}`,
          ),
        );
        return;
      }
      const username = typeof parsed.Username === 'string' ? parsed.Username : '';
      const secret = typeof parsed.Secret === 'string' ? parsed.Secret : '';
      if (!secret) resolve(undefined);
      else if (username === '<token>') resolve({ identityToken: secret, source });
      else resolve({ username, password: secret, source });
    });
    child.stdin.on('error', () => {
      // A helper that exits without reading stdin: its exit status tells what happened.
    });
    child.stdin.end(serverUrl);
  });
}
