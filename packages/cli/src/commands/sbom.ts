import { homedir } from 'node:os';
import { parseFormats, sbomCommand } from '@pgforge/sbom';
import { imageReference, UsageError, type CommandSpec, type FlagValues } from '../args.js';
import { jsonFlag, oneOutput, printJson, printSummary, summaryFlag } from '../output.js';

export const SBOM = {
  name: 'sbom',
  summary: 'SPDX 2.3 and CycloneDX 1.6 SBOMs of an image in a registry',
  flags: [
    {
      name: 'image',
      type: 'string',
      value: 'REF',
      description: 'the image (every platform of an index, or --platform)',
      required: true,
    },
    {
      name: 'platform',
      type: 'string',
      value: 'PLATFORM',
      description: 'only this platform',
      defaultText: 'every platform',
    },
    {
      name: 'format',
      type: 'string',
      value: 'FORMAT',
      description: 'spdx-json | cyclonedx-json | both (or a comma separated list)',
      default: 'both',
    },
    {
      name: 'output-dir',
      type: 'string',
      value: 'DIR',
      description: 'where the files go',
      default: 'sbom',
    },
    {
      name: 'attach',
      type: 'boolean',
      description: 'attach them to the image in the registry (referrers)',
      default: 'false',
    },
    {
      name: 'compare-to',
      type: 'string',
      value: 'REF',
      description: 'a previous image: print the package changes',
    },
    {
      name: 'created',
      type: 'string',
      value: 'TIME',
      description: "the documents' creation time, RFC 3339",
      defaultText: "the image's",
    },
    summaryFlag('the summary (platforms, packages, files, package changes)'),
    jsonFlag('the files written (the default)'),
  ],
} as const satisfies CommandSpec;

export async function sbom(values: FlagValues<typeof SBOM>): Promise<number> {
  oneOutput(values);
  imageReference('image', values.image);
  if (values['compare-to'] !== undefined) imageReference('compare-to', values['compare-to']);
  // A format none of those allowed is a usage error naming --format (asFlag in cli.ts).
  const formats = parseFormats(values.format);
  if (values.created !== undefined && Number.isNaN(new Date(values.created).getTime())) {
    throw new UsageError(
      `--created: ${JSON.stringify(values.created)} is not allowed; expected an RFC 3339 date and time, e.g. 2026-11-21T13:15:00Z`,
    );
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
  if (values.summary) printSummary(result.summaryDocument, values.summary);
  else printJson(result.files);
  return 0;
}
