/**
 * The registry client every front end and package makes by default: Docker's credentials (what
 * `docker login` wrote, found through the environment's DOCKER_CONFIG or the home directory),
 * so that an image this machine's docker can pull, pgforge can read too.
 */
import { RegistryClient, type RegistryClientOptions } from './client.js';
import { dockerConfigCredentials } from './docker-config.js';

/** Where Docker's config is found: the environment (DOCKER_CONFIG, PATH for credential helpers). */
export interface DockerEnvironment {
  env: Record<string, string | undefined>;
  /** Default: the user's home directory. */
  homeDir?: string;
}

/** A registry client with Docker's credentials; any other client option is passed on as given. */
export function registryClientFromEnvironment(
  options: DockerEnvironment & Omit<RegistryClientOptions, 'credentials'>,
): RegistryClient {
  const { env, homeDir, ...client } = options;
  return new RegistryClient({
    ...client,
    credentials: dockerConfigCredentials({ env, ...(homeDir !== undefined ? { homeDir } : {}) }),
  });
}
