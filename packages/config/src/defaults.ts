/**
 * The defaults: with no file, or a file holding only `registry`, these give the images
 * docs/contracts.md describes ("Operand image": CNPG's minimal, standard and full).
 */
export const DEFAULT_REGISTRY = 'ghcr.io/cloudnative-pg';
export const DEFAULT_NAME = 'postgresql';
export const DEFAULT_POSTGRES = [17, 18];
export const DEFAULT_DISTRIBUTIONS = ['bookworm', 'trixie'];
export const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/arm64'];
export const DEFAULT_BASE_IMAGE = 'debian:{distribution}-slim';

/** Raw flavour definitions in the configuration file's own shape. */
export const DEFAULT_FLAVOURS = {
  minimal: {
    description: 'PostgreSQL server alone, with SASL modules and LDAP settings; no JIT from 18 on',
    packages: ['libsasl2-modules', 'libldap-common'],
  },
  standard: {
    from: 'minimal',
    description: 'minimal + every locale, pgaudit, pgvector, pg_failover_slots (+ JIT from 18 on)',
    packages: [
      'locales-all',
      'postgresql-{major}-pgaudit',
      'postgresql-{major}-pgvector',
      'postgresql-{major}-pg-failover-slots',
      // From 18 on, Debian and PGDG ship LLVM JIT in its own package.
      { name: 'postgresql-{major}-jit', 'min-major': 18 },
    ],
  },
  full: {
    from: 'standard',
    description: 'standard + PostGIS, pgRouting, pg_cron, pg_partman, pg_repack, HypoPG',
    packages: [
      'postgresql-{major}-postgis-3',
      'postgresql-{major}-postgis-3-scripts',
      'postgresql-{major}-pgrouting',
      'postgresql-{major}-cron',
      'postgresql-{major}-partman',
      'postgresql-{major}-repack',
      'postgresql-{major}-hypopg',
    ],
  },
} as const;

export const DEFAULT_TAGS = {
  immutable: '{version}-{timestamp}-{flavour}-{distribution}',
  aliases: ['{version}-{flavour}-{distribution}', '{major}-{flavour}-{distribution}'],
} as const;

export const PGDG_MIRROR = 'https://apt.postgresql.org/pub/repos/apt';
/** PGDG's signing key as Debian's postgresql-common ships it. */
export const PGDG_KEYRING = '/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc';
export const DEBIAN_KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
