import type { AptRepository } from '@pgforge/apt';
import { PGDG_KEYRING, PGDG_MIRROR, type Config } from '@pgforge/config';

/**
 * Which archive of the view a repository is (its main archive or its security one): what
 * overrides it and how messages name it.
 */
export type ArchiveRole = 'distribution' | 'security';

/** Where a distribution's packages come from, in the order apt would be told about them. */
export interface DistributionSources {
  distribution: string;
  repositories: SourceRepository[];
}

export interface SourceRepository {
  repository: AptRepository;
  components: string[];
  label: string;
  /** PGDG, the distribution's archive, or its security archive. */
  role: ArchiveRole | 'pgdg';
  /** The settings that say where it is and what signs it, for messages saying what to set. */
  fields: { mirror: string; keyring: string };
  /**
   * What apt inside the build trusts for it: the configured key files (the keyring context),
   * or the Signed-By of the image's own entry (undefined: apt's trusted.gpg.d, as the entry
   * had none). PGDG's entry is written by the Dockerfile itself.
   */
  imageKeys?: 'configured' | { signedBy: string };
}

export interface SourceOptions {
  /** The image's own view of the distribution's archives (view.ts). */
  view: SourceRepository[];
  /** Preview majors (`19~beta3`) live in PGDG's component named after the major. */
  previewMajors: number[];
}

/**
 * The repositories one distribution resolves from, in the order apt would be told about them.
 * `distribution`: the image's view of the distribution's archive alone (its suite, -updates and
 * -security). `pgdg`: PGDG's suite `<distribution>-pgdg` for PostgreSQL first, then that view,
 * for everything else the image holds (locales-all, libsasl2-modules, every dependency), so
 * that those are pinned and fingerprinted too.
 */
export function distributionSources(
  config: Config,
  distribution: string,
  options: SourceOptions,
): DistributionSources {
  if (config.packages.source === 'distribution') {
    return { distribution, repositories: options.view };
  }
  const pgdg: SourceRepository = {
    repository: {
      mirror: config.packages.mirror ?? PGDG_MIRROR,
      suite: `${distribution}-pgdg`,
      keyrings: config.packages.keyring ?? [PGDG_KEYRING],
      allowExpiredRelease: config.packages.allowExpiredRelease,
    },
    components: ['main', ...options.previewMajors.map(String)],
    label: `PGDG ${distribution}-pgdg`,
    role: 'pgdg',
    fields: { mirror: 'packages.mirror', keyring: 'packages.keyring' },
  };
  return { distribution, repositories: [pgdg, ...options.view] };
}

/**
 * The repositories for messages, suites of one archive kind together:
 * `PGDG trixie-pgdg + Debian trixie, trixie-updates, trixie-security`.
 */
export function describeSources(repositories: readonly SourceRepository[]): string {
  const groups: { kind: string; suites: string[] }[] = [];
  for (const r of repositories) {
    const [kind = '', ...rest] = r.label.split(' ');
    const suite = rest.join(' ');
    const last = groups[groups.length - 1];
    if (last && last.kind === kind) last.suites.push(suite);
    else groups.push({ kind, suites: [suite] });
  }
  return groups.map((g) => `${g.kind} ${g.suites.join(', ')}`).join(' + ');
}
