import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryClientFromEnvironment } from '../src/index.js';

const REGISTRY = 'registry.test';
const basic = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

interface Seen {
  authorization: string | undefined;
  userAgent: string | undefined;
}

/**
 * A fake registry (no real one needs Basic auth at a made-up host): it challenges for Basic
 * credentials and lists one tag for the user it expects, so a tag list proves the credentials
 * were found and sent.
 */
function fakeRegistry(user: string, password: string, seen: Seen[]): typeof globalThis.fetch {
  return (_url, init) => {
    const headers = new Headers(init?.headers);
    const authorization = headers.get('authorization') ?? undefined;
    seen.push({ authorization, userAgent: headers.get('user-agent') ?? undefined });
    if (authorization !== basic(user, password)) {
      return Promise.resolve(
        new Response('{"errors":[{"code":"UNAUTHORIZED"}]}', {
          status: 401,
          headers: { 'www-authenticate': `Basic realm="${REGISTRY}"` },
        }),
      );
    }
    return Promise.resolve(
      new Response(JSON.stringify({ name: 'pg', tags: ['18'] }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };
}

let dir: string;

async function dockerConfig(folder: string, user: string, password: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const auth = Buffer.from(`${user}:${password}`).toString('base64');
  await writeFile(join(folder, 'config.json'), JSON.stringify({ auths: { [REGISTRY]: { auth } } }));
  return folder;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pgforge-oci-envclient-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('registryClientFromEnvironment (fake registry)', () => {
  it("sends the credentials of the Docker config the environment's DOCKER_CONFIG names", async () => {
    const config = await dockerConfig(join(dir, 'from-env'), 'env-user', 'env-secret');
    // The home directory holds other credentials: DOCKER_CONFIG wins, as it does for docker.
    await dockerConfig(join(dir, 'home-a', '.docker'), 'home-user', 'home-secret');
    const seen: Seen[] = [];
    const client = registryClientFromEnvironment({
      env: { DOCKER_CONFIG: config },
      homeDir: join(dir, 'home-a'),
      fetch: fakeRegistry('env-user', 'env-secret', seen),
      retries: 0,
    });
    expect(await client.listTags({ registry: REGISTRY, repository: 'pg' })).toEqual(['18']);
    expect(seen.at(-1)?.authorization).toBe(basic('env-user', 'env-secret'));
  });

  it('reads ~/.docker/config.json of the home directory given when DOCKER_CONFIG is unset', async () => {
    await dockerConfig(join(dir, 'home-b', '.docker'), 'home-user', 'home-secret');
    const seen: Seen[] = [];
    const client = registryClientFromEnvironment({
      env: {},
      homeDir: join(dir, 'home-b'),
      fetch: fakeRegistry('home-user', 'home-secret', seen),
      retries: 0,
    });
    expect(await client.listTags({ registry: REGISTRY, repository: 'pg' })).toEqual(['18']);
    expect(seen.at(-1)?.authorization).toBe(basic('home-user', 'home-secret'));
  });

  it('passes the other client options on (a user agent)', async () => {
    const config = await dockerConfig(join(dir, 'agent'), 'u', 'p');
    const seen: Seen[] = [];
    const client = registryClientFromEnvironment({
      env: { DOCKER_CONFIG: config },
      fetch: fakeRegistry('u', 'p', seen),
      userAgent: 'pgforge-test/1',
      retries: 0,
    });
    await client.listTags({ registry: REGISTRY, repository: 'pg' });
    expect(seen.map((s) => s.userAgent)).toEqual(['pgforge-test/1', 'pgforge-test/1']);
  });

  it('without credentials for the registry, says to log in', async () => {
    const seen: Seen[] = [];
    const client = registryClientFromEnvironment({
      env: { DOCKER_CONFIG: join(dir, 'nowhere') },
      fetch: fakeRegistry('u', 'p', seen),
      retries: 0,
    });
    await expect(client.listTags({ registry: REGISTRY, repository: 'pg' })).rejects.toThrow(
      /no credentials are known for registry\.test \(docker login registry\.test\)/,
    );
  });
});
