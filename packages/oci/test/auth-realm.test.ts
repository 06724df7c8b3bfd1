import { describe, expect, it } from 'vitest';
import { Authenticator } from '../src/auth.js';
import { staticCredentials } from '../src/credentials.js';
import { RegistryError } from '../src/errors.js';
import { Transport, type HttpResponse } from '../src/transport.js';

// The token server is whatever the registry's challenge names; a recording fetch stands in for
// the network, so that what would have been sent (and where) can be read back.

function recordingTransport(): { transport: Transport; sent: string[] } {
  const sent: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    sent.push(String(input));
    return new Response(JSON.stringify({ token: 't', expires_in: 300 }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const transport = new Transport({
    fetch,
    retries: 0,
    retryBaseDelayMs: 1,
    maxRetryDelayMs: 1,
    timeoutMs: 5_000,
    sleep: async () => undefined,
    random: () => 0,
    now: () => 0,
    userAgent: 'test',
  });
  return { transport, sent };
}

function challenge(realm: string): HttpResponse {
  return {
    status: 401,
    statusText: 'Unauthorized',
    headers: new Headers({ 'www-authenticate': `Bearer realm="${realm}",service="s"` }),
    url: new URL('https://registry.example/v2/'),
    body: new Uint8Array(),
    attempts: 1,
  };
}

const credentials = staticCredentials({
  'registry.example': { username: 'u', password: 'secret' },
  'registry.example:5000': { username: 'u', password: 'secret' },
  '127.0.0.1:5000': { username: 'u', password: 'secret' },
});

describe('the token server a registry names', () => {
  it('is refused over plain http for a registry that is not on loopback; nothing is sent', async () => {
    const { transport, sent } = recordingTransport();
    const auth = new Authenticator(transport, { credentials, now: () => 0, clientId: 'pgforge' });
    for (const registry of ['registry.example', 'registry.example:5000']) {
      const target = { registry, repository: 'a/b', scopes: ['repository:a/b:pull'] };
      const error = await auth
        .onUnauthorized(target, challenge('http://auth.example/token'), undefined)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RegistryError);
      expect((error as Error).message).toContain(
        "the Bearer challenge's realm http://auth.example/token is plain http; credentials and " +
          'tokens go to a token server only over https, unless the registry itself is on loopback',
      );
    }
    expect(sent).toEqual([]);
  });

  it('is used over https, and over http when the registry is on loopback', async () => {
    const { transport, sent } = recordingTransport();
    const auth = new Authenticator(transport, { credentials, now: () => 0, clientId: 'pgforge' });
    const remote = { registry: 'registry.example', repository: 'a/b', scopes: [] };
    await auth.onUnauthorized(remote, challenge('https://auth.example/token'), undefined);
    const local = { registry: '127.0.0.1:5000', repository: 'a/b', scopes: [] };
    await auth.onUnauthorized(local, challenge('http://127.0.0.1:5001/token'), undefined);
    expect(sent.map((u) => new URL(u).origin)).toEqual([
      'https://auth.example',
      'http://127.0.0.1:5001',
    ]);
  });
});
