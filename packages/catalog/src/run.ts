/**
 * The catalog from its settings as the action and the CLI both take them: the configuration
 * is loaded with the overrides, and a signing key given as a path or as PEM text is told apart
 * here, once, for both.
 */
import { cosignKeyOf, type CosignKey } from '@pgforge/attest';
import { loadConfig, type ConfigOverrides } from '@pgforge/config';
import {
  writeCatalogs,
  type WriteCatalogsOptions,
  type CatalogCommandResult,
} from './write-catalogs.js';
import { CatalogError } from './errors.js';

export interface CatalogCommandOptions extends Omit<
  WriteCatalogsOptions,
  'config' | 'sign' | 'now'
> {
  configFile?: string;
  overrides: ConfigOverrides;
  /** A private key file, or its PEM text: sign each file. */
  cosignKey?: string;
  cosignPassword?: string;
  /** Where a key given as PEM text is written while cosign runs. */
  workDir: string;
  env: Record<string, string | undefined>;
  now?: Date;
}

function keyOf(value: string): CosignKey {
  const key = cosignKeyOf(value);
  if (key) return key;
  // The value is never repeated: a key pasted without its PEM armour is still a secret.
  throw CatalogError.notAllowed(
    'cosign-key',
    '(not shown: it may be a secret)',
    'an existing file, or the PEM text of a cosign private key',
  );
}

export async function catalogCommand(
  settings: CatalogCommandOptions,
): Promise<CatalogCommandResult> {
  const s = settings;
  return writeCatalogs({
    config: await loadConfig(s.configFile, { overrides: s.overrides }),
    ...(s.repository ? { repository: s.repository } : {}),
    ...(s.extensions ? { extensions: s.extensions } : {}),
    kind: s.kind,
    ...(s.namespace ? { namespace: s.namespace } : {}),
    previews: s.previews,
    ...(s.publisher ? { publisher: s.publisher } : {}),
    outputDir: s.outputDir,
    now: s.now ?? new Date(),
    registry: s.registry,
    ...(s.log ? { log: s.log } : {}),
    ...(s.warn ? { warn: s.warn } : {}),
    ...(s.cosignKey
      ? {
          sign: {
            key: keyOf(s.cosignKey),
            ...(s.cosignPassword !== undefined ? { password: s.cosignPassword } : {}),
            env: s.env,
            workDir: s.workDir,
          },
        }
      : {}),
  });
}
