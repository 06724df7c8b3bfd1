/**
 * Credentials for a registry, and where they came from (named in errors, never the secret).
 */

interface CredentialSource {
  /** Where these came from, for messages: `~/.docker/config.json`, `docker-credential-pass`. */
  source?: string;
}

export type Credentials = (
  { username: string; password: string } | { identityToken: string } | { registryToken: string }
) &
  CredentialSource;

/** Credentials for a registry host (`ghcr.io`, `127.0.0.1:5000`, `docker.io`), if any are known. */
export type CredentialResolver = (registry: string) => Promise<Credentials | undefined>;

export function hasPassword(
  credentials: Credentials,
): credentials is { username: string; password: string } & CredentialSource {
  return 'username' in credentials && 'password' in credentials;
}

export function hasIdentityToken(
  credentials: Credentials,
): credentials is { identityToken: string } & CredentialSource {
  return 'identityToken' in credentials;
}

export function hasRegistryToken(
  credentials: Credentials,
): credentials is { registryToken: string } & CredentialSource {
  return 'registryToken' in credentials;
}

/** A resolver over a fixed table, e.g. credentials an action received as inputs. */
export function staticCredentials(
  table: Record<string, Credentials>,
  source = 'the credentials passed in',
): CredentialResolver {
  return async (registry) => {
    const found = table[registry];
    return found ? { source, ...found } : undefined;
  };
}

/** Tries each resolver in order; the first that knows the registry wins. */
export function chainCredentials(...resolvers: CredentialResolver[]): CredentialResolver {
  return async (registry) => {
    for (const resolve of resolvers) {
      const found = await resolve(registry);
      if (found) return found;
    }
    return undefined;
  };
}
