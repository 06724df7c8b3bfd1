import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { choiceInput, InputError, listInput, stringInput } from '@pgforge/action-io';
import {
  DEFAULT_CNPG_VERSION,
  DEFAULT_KIND_NODE_IMAGE,
  FLAVOURS,
  MODES,
  cnpgManifestUrl,
  parseDuration,
  parseExtensionEntries,
  type SmokeCommandOptions,
} from '@pgforge/smoke';

/** Parses every input once into the typed options the command takes. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): SmokeCommandOptions {
  const image = stringInput('image');
  if (image === undefined) {
    throw new InputError(
      'image',
      '',
      'the operand image to test, e.g. ghcr.io/owner/postgresql:17-standard-trixie',
    );
  }
  const flavour = stringInput('flavour');
  if (flavour !== undefined && !(FLAVOURS as readonly string[]).includes(flavour)) {
    throw new InputError('flavour', flavour, FLAVOURS.join(', '));
  }
  const timeoutText = stringInput('timeout') ?? '10m';
  const timeoutMs = parseDuration(timeoutText);
  if (timeoutMs === undefined) {
    throw new InputError('timeout', timeoutText, 'a duration such as 90s, 10m or 1h');
  }
  const cnpgVersion = stringInput('cnpg-version') ?? DEFAULT_CNPG_VERSION;
  try {
    cnpgManifestUrl(cnpgVersion);
  } catch {
    throw new InputError('cnpg-version', cnpgVersion, 'a CNPG release version, e.g. 1.29.1');
  }
  const expect: NonNullable<SmokeCommandOptions['expect']> = {};
  const extensions = listInput('expected-extensions');
  const locales = listInput('expected-locales');
  const preload = listInput('preload-libraries');
  if (extensions) expect.extensions = extensions;
  if (locales) expect.locales = locales;
  if (preload) expect.preloadLibraries = preload;
  const platform = stringInput('platform');
  const runnerTemp = env.RUNNER_TEMP || tmpdir();
  const id = createHash('sha256').update(image).digest('hex').slice(0, 12);
  return {
    image,
    ...(flavour ? { flavour: flavour as NonNullable<SmokeCommandOptions['flavour']> } : {}),
    expect,
    // Entries CNPG would refuse are a person's mistake (ExtensionEntriesError), told as such.
    extensions: parseExtensionEntries(stringInput('extensions') ?? '', 'input "extensions"'),
    mode: choiceInput('mode', MODES, 'container'),
    cnpgVersion,
    kindNodeImage: stringInput('kind-node-image') ?? DEFAULT_KIND_NODE_IMAGE,
    timeoutMs,
    ...(platform ? { platform } : {}),
    reportFile:
      stringInput('report-file') ?? join(runnerTemp, 'pgforge', `smoke-report-${id}.json`),
    workDir: join(runnerTemp, 'pgforge'),
    docker: { env: { ...env } },
  };
}
