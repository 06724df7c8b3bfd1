import { homedir } from 'node:os';
import { booleanInput, InputError, stringInput } from '@pgforge/action-io';
import { parseFormats, type SbomCommandOptions } from '@pgforge/sbom';

/** Parses every input once into the typed options the command takes. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): SbomCommandOptions {
  const image = stringInput('image');
  if (image === undefined) {
    throw new InputError(
      'image',
      '',
      'an image reference, e.g. ghcr.io/owner/postgresql:17-minimal-trixie',
    );
  }
  const format = stringInput('format') ?? 'both';
  // A format none of those allowed is named as this input by reportFailure.
  const formats = parseFormats(format);
  const created = stringInput('created');
  if (created !== undefined && Number.isNaN(new Date(created).getTime())) {
    throw new InputError(
      'created',
      created,
      'an RFC 3339 date and time, e.g. 2026-11-21T13:15:00Z',
    );
  }
  const options: SbomCommandOptions = {
    image,
    formats,
    outputDir: stringInput('output-dir') ?? 'sbom',
    attach: booleanInput('attach', false),
    docker: { env: { ...env }, homeDir: homedir() },
  };
  const platform = stringInput('platform');
  if (platform !== undefined) options.platform = platform;
  const compareTo = stringInput('compare-to');
  if (compareTo !== undefined) options.compareTo = compareTo;
  if (created !== undefined) options.created = created;
  return options;
}
