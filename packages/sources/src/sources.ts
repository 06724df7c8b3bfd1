import type { AptRepository } from '@pgforge/apt';
import {
  ConfigError,
  DEBIAN_KEYRING,
  PGDG_KEYRING,
  PGDG_MIRROR,
  type Config,
} from '@pgforge/config';

/** Where a distribution's packages come from, in the order apt would be told about them. */
export interface DistributionSources {
  distribution: string;
  repositories: SourceRepository[];
}

export interface SourceRepository {
  repository: AptRepository;
  components: string[];
  label: string;
  /** The settings that say where it is and what signs it, for messages saying what to set. */
  fields: { mirror: string; keyring: string };
}

export interface SourceOptions {
  /** The Debian archive URI of this machine's apt sources, when it has one. */
  systemMirror?: string;
  /** Preview majors (`19~beta3`) live in PGDG's component named after the major. */
  previewMajors: number[];
}

/**
 * The repositories one distribution resolves from. `distribution`: the distribution's own
 * archive. `pgdg`: PGDG's suite `<distribution>-pgdg` for PostgreSQL, and the distribution's
 * archive for everything else the flavours list (locales-all, libsasl2-modules), so that those
 * are pinned and fingerprinted too.
 */
export function distributionSources(
  config: Config,
  distribution: string,
  options: SourceOptions,
): DistributionSources {
  const debianMirror =
    config.packages.source === 'distribution'
      ? (config.packages.mirror ?? options.systemMirror)
      : (config.packages.debianMirror ?? options.systemMirror);
  if (!debianMirror) {
    const field =
      config.packages.source === 'distribution' ? 'packages.mirror' : 'packages.debian-mirror';
    throw new ConfigError([
      {
        origin: config.origin,
        field,
        message: `no Debian archive URI: this machine's apt sources name none; set ${field} to the archive to resolve ${distribution}'s packages from`,
      },
    ]);
  }
  const debian = {
    repository: {
      mirror: debianMirror,
      suite: distribution,
      keyrings: debianKeyrings(config),
      allowExpiredRelease: config.packages.allowExpiredRelease,
    },
    components: ['main'],
    label: `Debian ${distribution}`,
    fields:
      config.packages.source === 'distribution'
        ? { mirror: 'packages.mirror', keyring: 'packages.keyring' }
        : { mirror: 'packages.debian-mirror', keyring: 'packages.debian-keyring' },
  };
  if (config.packages.source === 'distribution') return { distribution, repositories: [debian] };
  const pgdg = {
    repository: {
      mirror: config.packages.mirror ?? PGDG_MIRROR,
      suite: `${distribution}-pgdg`,
      keyrings: config.packages.keyring ?? [PGDG_KEYRING],
      allowExpiredRelease: config.packages.allowExpiredRelease,
    },
    components: ['main', ...options.previewMajors.map(String)],
    label: `PGDG ${distribution}-pgdg`,
    fields: { mirror: 'packages.mirror', keyring: 'packages.keyring' },
  };
  return { distribution, repositories: [pgdg, debian] };
}

/**
 * The keys the distribution's archive is signed with: with source `distribution`, the
 * `keyring` setting (one archive, one setting); with `pgdg`, `debian-keyring`, so that PGDG's
 * key is never trusted for the Debian archive nor Debian's for PGDG. Default: Debian's keyring.
 */
function debianKeyrings(config: Config): string[] {
  const { source, keyring, debianKeyring } = config.packages;
  return (source === 'distribution' ? keyring : debianKeyring) ?? [DEBIAN_KEYRING];
}
