/**
 * The image's view, as the build's apt is given it: one deb822 entry per repository of the
 * view (the APT_SOURCES build argument), used for the installs instead of the base's own
 * sources files (which stay in the image as they were), so that the build installs from
 * exactly the archives the matrix predicted with: the base's, or the configured mirrors of an
 * air-gapped build. Configured key files travel in the `keyring` build context, by hash.
 */
import { KeyringError, readKeyring } from '@pgforge/apt';
import { ConfigError, type Config } from '@pgforge/config';
import type { KeyringFile } from '@pgforge/targets';
import { workspacePath } from './keyring.js';
import type { SourceRepository } from './sources.js';
import { keyringOverride } from './view.js';

/** Where the Dockerfile mounts the `keyring` context during an install. */
export const KEYRING_MOUNT = '/run/pgforge-keyring';

export interface ImageAptSources {
  /** deb822 text of the view's repositories (PGDG's excepted). */
  text: string;
  /** The configured key files the entries name, for the keyring context. */
  keyring: KeyringFile[];
}

/** A deb822 field value: continuation lines indented, empty ones as ` .`. */
function fieldValue(value: string): string {
  const [first = '', ...rest] = value.split('\n');
  return [first, ...rest.map((l) => (l.trim() === '' ? ' .' : ` ${l}`))].join('\n');
}

export async function imageAptSources(
  config: Config,
  repositories: readonly SourceRepository[],
  workspace?: string,
): Promise<ImageAptSources> {
  const view = repositories.filter((r) => r.role !== 'pgdg');
  const configured = keyringOverride(config);
  const field =
    config.packages.source === 'distribution' ? 'packages.keyring' : 'packages.debian-keyring';
  const keyring: KeyringFile[] = [];
  if (configured && view.some((r) => r.imageKeys === 'configured')) {
    for (const [i, path] of configured.entries()) {
      try {
        const read = await readKeyring(path);
        keyring.push({
          path: workspacePath(path, workspace),
          name: `pgforge-apt-${i}.${read.armored ? 'asc' : 'gpg'}`,
          sha256: read.sha256,
        });
      } catch (error) {
        if (!(error instanceof KeyringError)) throw error;
        throw new ConfigError([
          { origin: config.origin, field: `${field}[${i}]`, value: path, message: error.message },
        ]);
      }
    }
  }
  const entries = view.map((r) => {
    const signedBy =
      r.imageKeys === 'configured'
        ? keyring.map((k) => `${KEYRING_MOUNT}/${k.name}`).join(' ')
        : r.imageKeys?.signedBy;
    return [
      'Types: deb',
      `URIs: ${r.repository.mirror}`,
      `Suites: ${r.repository.suite}`,
      `Components: ${r.components.join(' ')}`,
      ...(signedBy ? [`Signed-By: ${fieldValue(signedBy)}`] : []),
      '',
    ].join('\n');
  });
  return { text: entries.join('\n'), keyring };
}
