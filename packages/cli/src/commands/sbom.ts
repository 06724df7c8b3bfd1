import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import { parseFormats, sbomCommand } from '@pgforge/sbom';
import { UsageError } from '../args.js';

export const SBOM_USAGE = `  pgforge sbom [options]       SPDX 2.3 and CycloneDX 1.6 SBOMs of an image in a registry

Sbom options:
  --image REF                 the image (every platform of an index, or --platform), required
  --platform PLATFORM         only this platform
  --format FORMAT             spdx-json | cyclonedx-json | both (both)
  --output-dir DIR            where the files go (sbom)
  --attach                    attach them to the image in the registry (referrers)
  --compare-to REF            a previous image: print the package changes
  --created TIME              the documents' creation time, RFC 3339 (the image's)
  --summary                   print the Markdown summary instead of the written files
`;

export async function sbom(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      image: { type: 'string' },
      platform: { type: 'string' },
      format: { type: 'string', default: 'both' },
      'output-dir': { type: 'string', default: 'sbom' },
      attach: { type: 'boolean', default: false },
      'compare-to': { type: 'string' },
      created: { type: 'string' },
      summary: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.image) throw new UsageError('--image: required (an image reference)');
  let formats;
  try {
    formats = parseFormats(values.format);
  } catch {
    throw new UsageError(
      `--format: ${JSON.stringify(values.format)} is not allowed; expected spdx-json, cyclonedx-json or both`,
    );
  }
  if (values.created !== undefined && Number.isNaN(new Date(values.created).getTime())) {
    throw new UsageError(`--created: ${JSON.stringify(values.created)} is not an RFC 3339 time`);
  }
  const result = await sbomCommand({
    image: values.image,
    formats,
    outputDir: values['output-dir'],
    attach: values.attach,
    ...(values.platform ? { platform: values.platform } : {}),
    ...(values['compare-to'] ? { compareTo: values['compare-to'] } : {}),
    ...(values.created ? { created: values.created } : {}),
    docker: { env: { ...process.env }, homeDir: homedir() },
    log: (m) => void process.stderr.write(`${m}\n`),
    warn: (m) => void process.stderr.write(`warning: ${m}\n`),
  });
  process.stdout.write(
    values.summary ? result.summary : `${JSON.stringify(result.files, null, 2)}\n`,
  );
  return 0;
}
