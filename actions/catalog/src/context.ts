import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  booleanInput,
  choiceInput,
  InputError,
  listInput,
  log,
  stringInput,
  UserError,
} from '@pgforge/action-io';
import { isPemText } from '@pgforge/attest';
import { CATALOG_KINDS, EXTENSIONS_INPUT, type CatalogKind } from '@pgforge/catalog';
import { namedConfigFile, type ConfigOverrides } from '@pgforge/config';
import { parseImageRecords, type ImageRecord } from '@pgforge/targets';

export interface CatalogInputs {
  configFile?: string;
  overrides: ConfigOverrides;
  repository?: string;
  extensions?: ImageRecord[];
  kind: CatalogKind;
  namespace?: string;
  previews: boolean;
  publisher?: string;
  outputDir: string;
  cosignKey?: string;
  cosignPassword?: string;
  workDir: string;
}

/** Parses every input once into the typed object `main` runs with. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): CatalogInputs {
  const configFile = stringInput('config');
  const flavours = listInput('flavours');
  const distributions = listInput('distributions');
  const optional = (name: string): string | undefined => stringInput(name);
  const repository = optional('repository');
  const extensions = optional('extensions');
  const namespace = optional('namespace');
  const publisher = optional('publisher');
  const cosignKey = optional('cosign-key');
  const cosignPassword = optional('cosign-password');
  if (cosignKey !== undefined && isPemText(cosignKey)) log.mask(cosignKey);
  if (cosignPassword) log.mask(cosignPassword);
  const kind = choiceInput('kind', CATALOG_KINDS, 'ClusterImageCatalog');
  // A ClusterImageCatalog has no namespace: one given with it would be dropped without a word.
  if (namespace && kind !== 'ImageCatalog') {
    throw new UserError(
      `input "namespace": "${namespace}" is not taken with kind ${kind}, which belongs to no namespace; set kind: ImageCatalog with it, or leave namespace out`,
    );
  }
  return {
    // The default file may be missing (the built-in defaults then apply); a named one may not.
    configFile: namedConfigFile(configFile),
    overrides: {
      ...(flavours ? { flavours } : {}),
      ...(distributions ? { distributions } : {}),
    },
    ...(repository ? { repository } : {}),
    ...(extensions
      ? {
          extensions: parseImageRecords(extensions, {
            ...EXTENSIONS_INPUT,
            error: (field, value, allowed) => new InputError(field, value, allowed),
          }),
        }
      : {}),
    kind,
    ...(namespace ? { namespace } : {}),
    previews: booleanInput('previews', false),
    ...(publisher ? { publisher } : {}),
    outputDir: stringInput('output-dir') ?? 'catalogs',
    ...(cosignKey ? { cosignKey } : {}),
    ...(cosignPassword ? { cosignPassword } : {}),
    workDir: join(env.RUNNER_TEMP || tmpdir(), 'pgforge', 'catalog'),
  };
}
