/**
 * The run's configuration: images.yaml (or the defaults) with what the options override, and
 * the PostgreSQL majors an extension is made for.
 */
import { loadConfig, type Config } from '@pgforge/config';
import type { PostgresVersionSpec } from '@pgforge/versions';
import { ExtensionOptionsError } from './errors.js';
import type { ExtensionCommandOptions } from './options.js';

export async function configOf(options: ExtensionCommandOptions): Promise<Config> {
  const config = await loadConfig(options.configFile, {
    overrides: {
      ...(options.postgres ? { postgres: options.postgres } : {}),
      ...(options.distributions ? { distributions: options.distributions } : {}),
      ...(options.platforms ? { platforms: options.platforms } : {}),
    },
  });
  return {
    ...config,
    packages: {
      ...config.packages,
      ...(options.packageSource ? { source: options.packageSource } : {}),
      ...(options.mirror ? { mirror: options.mirror.replace(/\/+$/, '') } : {}),
      ...(options.allowExpiredRelease !== undefined
        ? { allowExpiredRelease: options.allowExpiredRelease }
        : {}),
    },
  };
}

export function specsOf(config: Config): PostgresVersionSpec[] {
  if (config.postgres === 'supported') {
    throw new ExtensionOptionsError(
      'postgres',
      '"supported" is not allowed for extensions; name the majors (17,18)',
    );
  }
  return config.postgres;
}
