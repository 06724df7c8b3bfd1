import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CredentialHelperError,
  DockerConfigError,
  chainCredentials,
  dockerConfigCredentials,
  staticCredentials,
} from '../src/index.js';

let dir: string;
let bin: string;

const b64 = (text: string) => Buffer.from(text).toString('base64');

async function writeConfig(name: string, config: unknown): Promise<string> {
  const path = join(dir, name, 'config.json');
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(path, typeof config === 'string' ? config : JSON.stringify(config));
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pgforge-oci-dockercfg-'));
  bin = join(dir, 'bin');
  await mkdir(bin);
  // A credential helper speaking docker-credential-helpers' protocol: `get`, server URL on stdin.
  await writeFile(
    join(bin, 'docker-credential-fake'),
    `#!/bin/sh
[ "$1" = get ] || { echo "unsupported: $1" >&2; exit 2; }
read -r server
case "$server" in
  127.0.0.1:5999) printf '{"ServerURL":"%s","Username":"helper-user","Secret":"helper-secret"}\\n' "$server" ;;
  https://index.docker.io/v1/) printf '{"ServerURL":"%s","Username":"<token>","Secret":"refresh-abc"}\\n' "$server" ;;
  broken.example) echo "keychain locked" >&2; exit 3 ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
`,
  );
  await chmod(join(bin, 'docker-credential-fake'), 0o755);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dockerConfigCredentials', () => {
  it('reads base64 user:password from auths, splitting at the first colon', async () => {
    const configPath = await writeConfig('plain', {
      auths: { '127.0.0.1:5000': { auth: b64('user:pa:ss') } },
    });
    const resolve = dockerConfigCredentials({ configPath });
    expect(await resolve('127.0.0.1:5000')).toEqual({
      username: 'user',
      password: 'pa:ss',
      source: configPath,
    });
    expect(await resolve('127.0.0.1:5001')).toBeUndefined();
  });

  it('matches keys written as URLs, and Docker Hub under its aliases', async () => {
    const configPath = await writeConfig('urls', {
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hubuser:hubpass') },
        'https://ghcr.io/v2/': { identitytoken: 'id-token' },
        'registry.example': { registrytoken: 'reg-token' },
      },
    });
    const resolve = dockerConfigCredentials({ configPath });
    expect(await resolve('docker.io')).toMatchObject({ username: 'hubuser', password: 'hubpass' });
    expect(await resolve('registry-1.docker.io')).toMatchObject({ username: 'hubuser' });
    expect(await resolve('ghcr.io')).toMatchObject({ identityToken: 'id-token' });
    expect(await resolve('registry.example')).toMatchObject({ registryToken: 'reg-token' });
  });

  it('finds config.json in DOCKER_CONFIG, else under the home directory, and shows ~', async () => {
    await writeConfig('env-dir', { auths: { 'a.example': { auth: b64('from:env') } } });
    await writeConfig('home/.docker', { auths: { 'a.example': { auth: b64('from:home') } } });
    const viaEnv = dockerConfigCredentials({
      env: { DOCKER_CONFIG: join(dir, 'env-dir') },
      homeDir: join(dir, 'home'),
    });
    expect(await viaEnv('a.example')).toMatchObject({ username: 'from', password: 'env' });
    const viaHome = dockerConfigCredentials({ env: {}, homeDir: join(dir, 'home') });
    expect(await viaHome('a.example')).toEqual({
      username: 'from',
      password: 'home',
      source: '~/.docker/config.json',
    });
  });

  it('has nothing when the file does not exist, and names a file that is not JSON', async () => {
    expect(
      await dockerConfigCredentials({ configPath: join(dir, 'nope.json') })('x.example'),
    ).toBeUndefined();
    const broken = await writeConfig('broken', '{"auths":');
    await expect(dockerConfigCredentials({ configPath: broken })('x.example')).rejects.toThrow(
      DockerConfigError,
    );
    await expect(dockerConfigCredentials({ configPath: broken })('x.example')).rejects.toThrow(
      broken,
    );
  });

  it('asks a fake credential helper named in credHelpers, with the server on stdin', async () => {
    const configPath = await writeConfig('helpers', {
      credHelpers: { '127.0.0.1:5999': 'fake' },
      auths: { '127.0.0.1:5999': { auth: b64('file:ignored') } },
    });
    const resolve = dockerConfigCredentials({
      configPath,
      env: { PATH: `${bin}:${process.env.PATH ?? ''}` },
    });
    expect(await resolve('127.0.0.1:5999')).toEqual({
      username: 'helper-user',
      password: 'helper-secret',
      source: `docker-credential-fake (credHelpers in ${configPath})`,
    });
  });

  it('uses the fake credential helper as credsStore: <token> means an identity token, not found falls back to auths', async () => {
    const configPath = await writeConfig('store', {
      credsStore: 'fake',
      auths: { 'other.example': { auth: b64('file:pass') } },
    });
    const resolve = dockerConfigCredentials({
      configPath,
      env: { PATH: `${bin}:${process.env.PATH ?? ''}` },
    });
    expect(await resolve('docker.io')).toMatchObject({ identityToken: 'refresh-abc' });
    expect(await resolve('other.example')).toMatchObject({ username: 'file', password: 'pass' });
    expect(await resolve('unknown.example')).toBeUndefined();
  });

  it('reports a fake credential helper that fails, or one that is not on PATH', async () => {
    const configPath = await writeConfig('failing', {
      credHelpers: { 'broken.example': 'fake', 'gone.example': 'missing' },
    });
    const resolve = dockerConfigCredentials({
      configPath,
      env: { PATH: `${bin}:${process.env.PATH ?? ''}` },
    });
    await expect(resolve('broken.example')).rejects.toThrow(
      'credential helper docker-credential-fake failed for broken.example (exit 3): keychain locked',
    );
    await expect(resolve('gone.example')).rejects.toThrow(CredentialHelperError);
    await expect(resolve('gone.example')).rejects.toThrow(
      `docker-credential-missing (named by credHelpers in ${configPath}) is not on PATH`,
    );
  });
});

describe('static and chained credentials', () => {
  it('takes the first resolver that knows the registry', async () => {
    const resolve = chainCredentials(
      staticCredentials({ 'a.example': { username: 'u', password: 'p' } }, 'inputs'),
      staticCredentials({ 'b.example': { registryToken: 't' } }),
    );
    expect(await resolve('a.example')).toEqual({ username: 'u', password: 'p', source: 'inputs' });
    expect(await resolve('b.example')).toMatchObject({ registryToken: 't' });
    expect(await resolve('c.example')).toBeUndefined();
  });
});
