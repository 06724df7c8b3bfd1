import { tmpdir } from 'node:os';
import {
  cnpgManifestUrl,
  DEFAULT_CNPG_VERSION,
  DEFAULT_KIND_NODE_IMAGE,
  FLAVOURS,
  MODES,
  parseDuration,
  parseExtensionEntries,
  smokeCommand,
  summaryDocument,
  type SmokeCommandOptions,
} from '@pgforge/smoke';
import {
  documentOrFile,
  imageReference,
  list,
  UsageError,
  type CommandSpec,
  type FlagValues,
} from '../args.js';
import { jsonFlag, oneOutput, printJson, printSummary, summaryFlag } from '../output.js';

export const SMOKE_TEST = {
  name: 'smoke-test',
  summary: 'check an operand image as CNPG runs it (container, kind)',
  flags: [
    {
      name: 'image',
      type: 'string',
      value: 'REF',
      description: 'the operand image',
      required: true,
    },
    {
      name: 'flavour',
      type: 'string',
      value: 'FLAVOUR',
      description: `what it promises: ${FLAVOURS.join(' | ')}`,
      choices: FLAVOURS,
      defaultText: 'the one its tag names',
    },
    {
      name: 'expected-extensions',
      type: 'string',
      value: 'LIST',
      description: "extensions that must create; replaces the flavour's list",
      aliases: ['expect-extensions'],
    },
    {
      name: 'expected-locales',
      type: 'string',
      value: 'LIST',
      description: "locales that must exist; replaces the flavour's list",
      aliases: ['expect-locales'],
    },
    {
      name: 'preload-libraries',
      type: 'string',
      value: 'LIST',
      description: "shared_preload_libraries for the checks; replaces the flavour's list",
    },
    {
      name: 'extensions',
      type: 'string',
      value: 'FILE|YAML',
      description: "extension images to mount: the extension action's cluster-extensions",
      aliases: ['extensions-file'],
    },
    {
      name: 'mode',
      type: 'string',
      value: 'MODE',
      description: MODES.join(' | '),
      choices: MODES,
      default: 'container',
    },
    {
      name: 'cnpg-version',
      type: 'string',
      value: 'VERSION',
      description: 'the operator release for kind',
      default: DEFAULT_CNPG_VERSION,
    },
    {
      name: 'kind-node-image',
      type: 'string',
      value: 'IMAGE',
      description: "kind's node image",
      default: DEFAULT_KIND_NODE_IMAGE,
    },
    {
      name: 'timeout',
      type: 'string',
      value: 'DURATION',
      description: 'for each level, e.g. 90s, 10m, 1h',
      default: '10m',
    },
    {
      name: 'platform',
      type: 'string',
      value: 'PLATFORM',
      description: 'of the extension images to unpack',
      defaultText: "the host's",
    },
    {
      name: 'report-file',
      type: 'string',
      value: 'FILE',
      description: 'the JSON report',
      default: 'pgforge-smoke-report.json',
      aliases: ['report'],
    },
    summaryFlag('the summary (a row per check)'),
    jsonFlag('the report (the default)'),
  ],
} as const satisfies CommandSpec;

/** A YAML list given in-line starts as one does; a file's path never starts with `-` or `[`. */
const inlineYaml = (v: string): boolean => v.includes('\n') || /^\s*[-[]/.test(v);

export async function smokeTest(values: FlagValues<typeof SMOKE_TEST>): Promise<number> {
  oneOutput(values);
  const timeoutMs = parseDuration(values.timeout);
  if (timeoutMs === undefined) {
    throw new UsageError(
      `--timeout: ${JSON.stringify(values.timeout)} is not allowed; expected a duration such as 90s, 10m or 1h`,
    );
  }
  const cnpgVersion = values['cnpg-version'];
  try {
    cnpgManifestUrl(cnpgVersion);
  } catch {
    throw new UsageError(
      `--cnpg-version: ${JSON.stringify(cnpgVersion)} is not allowed; expected a CNPG release version, e.g. ${DEFAULT_CNPG_VERSION}`,
    );
  }
  const expect: NonNullable<SmokeCommandOptions['expect']> = {};
  const extensions = list(values['expected-extensions']);
  const locales = list(values['expected-locales']);
  const preload = list(values['preload-libraries']);
  if (extensions) expect.extensions = extensions;
  if (locales) expect.locales = locales;
  if (preload) expect.preloadLibraries = preload;
  const entries = values.extensions
    ? await documentOrFile('extensions', values.extensions, inlineYaml).then(({ text, source }) =>
        parseExtensionEntries(text, source),
      )
    : [];
  const result = await smokeCommand({
    image: imageReference('image', values.image),
    ...(values.flavour ? { flavour: values.flavour } : {}),
    expect,
    extensions: entries,
    mode: values.mode,
    cnpgVersion,
    kindNodeImage: values['kind-node-image'],
    timeoutMs,
    ...(values.platform ? { platform: values.platform } : {}),
    reportFile: values['report-file'],
    workDir: tmpdir(),
    docker: { env: { ...process.env } },
    log: (m) => void process.stderr.write(`${m}\n`),
  });
  if (values.summary) printSummary(summaryDocument(result.report), values.summary);
  else printJson(result.report);
  if (!result.passed) process.stderr.write(`error: ${result.failure ?? 'a check failed'}\n`);
  return result.passed ? 0 : 1;
}
