import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG_FILE, namedConfigFile } from '@pgforge/config';
import {
  CATALOG_KINDS,
  catalogSummaryDocument,
  catalogCommand,
  EXTENSIONS_INPUT,
} from '@pgforge/catalog';
import { registryClientFromEnvironment } from '@pgforge/oci';
import { parseImageRecords } from '@pgforge/targets';
import { documentOrFile, list, UsageError, type CommandSpec, type FlagValues } from '../args.js';
import { jsonFlag, oneOutput, printJson, printSummary, summaryFlag } from '../output.js';

export const CATALOG = {
  name: 'catalog',
  summary: 'CNPG image catalogs of the newest promoted image per major, read from production',
  flags: [
    {
      name: 'config',
      type: 'string',
      value: 'FILE',
      description: 'the configuration (registry, name, flavours, distributions, tags)',
      default: DEFAULT_CONFIG_FILE,
    },
    {
      name: 'repository',
      type: 'string',
      value: 'REPO',
      description: 'the production repository to read',
      defaultText: '<registry>/<name> of the configuration',
    },
    {
      name: 'flavours',
      type: 'string',
      value: 'LIST',
      description: 'flavours',
      defaultText: "the configuration's",
    },
    {
      name: 'distributions',
      type: 'string',
      value: 'LIST',
      description: 'distributions',
      defaultText: "the configuration's",
    },
    {
      name: 'extensions',
      type: 'string',
      value: 'JSON|YAML|FILE',
      description: "the extension command's images, or cluster-extensions entries (or a file)",
    },
    {
      name: 'kind',
      type: 'string',
      value: 'KIND',
      description: 'ClusterImageCatalog | ImageCatalog',
      choices: CATALOG_KINDS,
      default: 'ClusterImageCatalog',
    },
    {
      name: 'namespace',
      type: 'string',
      value: 'NS',
      description: 'with --kind ImageCatalog: its namespace',
    },
    {
      name: 'previews',
      type: 'boolean',
      description: 'include preview releases (19beta3)',
      default: 'false',
    },
    {
      name: 'publisher',
      type: 'string',
      value: 'NAME',
      description: 'the images.cnpg.io/publisher label',
      defaultText: "the vendor annotation, else the registry's owner",
    },
    {
      name: 'output-dir',
      type: 'string',
      value: 'DIR',
      description: 'where the files go',
      default: 'catalogs',
    },
    {
      name: 'cosign-key',
      type: 'string',
      value: 'FILE',
      description: 'sign each file with this cosign key (password in COSIGN_PASSWORD)',
    },
    summaryFlag('the summary (a row per catalog image)'),
    jsonFlag('the files written (the default)'),
  ],
} as const satisfies CommandSpec;

/** `[` or `{` starts JSON, `-` a YAML list: the text itself; anything else names a file. */
const inlineDocument = (v: string): boolean => /^\s*[[{-]/.test(v);

export async function catalog(values: FlagValues<typeof CATALOG>): Promise<number> {
  oneOutput(values);
  if (values.namespace === undefined && values.kind === 'ImageCatalog') {
    throw new UsageError(
      '--namespace: required with --kind ImageCatalog, which belongs to a namespace (a ClusterImageCatalog does not)',
    );
  }
  if (values.namespace !== undefined && values.kind !== 'ImageCatalog') {
    throw new UsageError(
      `--namespace ${values.namespace}: a ${values.kind} belongs to no namespace; give --kind ImageCatalog with it, or leave --namespace out`,
    );
  }
  const env = { ...process.env };
  const registry = registryClientFromEnvironment({ env });
  const extensions = values.extensions
    ? (await documentOrFile('extensions', values.extensions, inlineDocument)).text
    : undefined;
  const flavours = list(values.flavours);
  const distributions = list(values.distributions);
  const result = await catalogCommand({
    configFile: namedConfigFile(values.config),
    overrides: {
      ...(flavours ? { flavours } : {}),
      ...(distributions ? { distributions } : {}),
    },
    ...(values.repository ? { repository: values.repository } : {}),
    ...(extensions ? { extensions: parseImageRecords(extensions, EXTENSIONS_INPUT) } : {}),
    kind: values.kind,
    ...(values.namespace ? { namespace: values.namespace } : {}),
    previews: values.previews,
    ...(values.publisher ? { publisher: values.publisher } : {}),
    outputDir: values['output-dir'],
    ...(values['cosign-key'] ? { cosignKey: values['cosign-key'] } : {}),
    workDir: await mkdtemp(join(tmpdir(), 'pgforge-catalog-')),
    env,
    registry,
    log: (m) => void process.stderr.write(`${m}\n`),
    warn: (m) => void process.stderr.write(`warning: ${m}\n`),
  });
  if (values.summary) {
    printSummary(catalogSummaryDocument(result.catalogs, result.empty), values.summary);
  } else printJson(result.files);
  return 0;
}
