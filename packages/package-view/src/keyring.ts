import { KeyringError, readKeyring } from '@pgforge/apt';
import { ConfigError, type Config, type ConfigProblem } from '@pgforge/config';
import type { KeyringFile } from '@pgforge/targets';
import { isAbsolute, relative, sep } from 'node:path';

/**
 * A file as the target carries it: relative to the workspace when it is inside it (the build
 * job's checkout of the same commit may be elsewhere), else as it is.
 */
export function workspacePath(path: string, workspace: string | undefined): string {
  if (workspace === undefined) return path;
  const inside = relative(workspace, path);
  return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside)
    ? inside
    : path;
}

/**
 * The keys the image's apt is to trust for PGDG: `packages.keyring` with source `pgdg`, each
 * file read and checked to hold OpenPGP public keys (so that a wrong file fails here, named,
 * and not as a signature error inside a build), named for the build context by position and
 * kind (`.asc` armoured, `.gpg` binary: apt tells them apart by the suffix). Undefined when
 * the image keeps PGDG's own key from postgresql-common.
 */
export async function pgdgImageKeyring(
  config: Config,
  /** The checkout the matrix runs in: a key file inside it is named relative to it. */
  workspace?: string,
): Promise<KeyringFile[] | undefined> {
  const { source, keyring } = config.packages;
  if (source !== 'pgdg' || !keyring?.length) return undefined;
  const results = await Promise.all(
    keyring.map(async (path, i): Promise<KeyringFile | ConfigProblem> => {
      try {
        const read = await readKeyring(path);
        return {
          path: workspacePath(path, workspace),
          name: `pgforge-pgdg-${i}.${read.armored ? 'asc' : 'gpg'}`,
          sha256: read.sha256,
        };
      } catch (error) {
        if (!(error instanceof KeyringError)) throw error;
        return {
          origin: config.origin,
          field: `packages.keyring[${i}]`,
          value: path,
          message: `${error.message}; set packages.keyring to the public key file(s) (armoured .asc or binary .gpg) that sign ${config.packages.mirror ?? 'the PGDG mirror'}`,
        };
      }
    }),
  );
  // In the file's order, whatever order the reads finished in.
  const problems = results.filter((r): r is ConfigProblem => 'field' in r);
  if (problems.length > 0) throw new ConfigError(problems);
  return results.filter((r): r is KeyringFile => !('field' in r));
}
