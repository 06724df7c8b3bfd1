import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { DEFAULT_CONFIG_FILE, namedConfigFile } from '@pgforge/config';
import {
  DEFAULT_EXTENSION_TAGS,
  extensionCommand,
  extensionSboms,
  parsePackageList,
  SYSTEM_LIBRARIES_MODES,
} from '@pgforge/extension';
import { defaultCacheDir, hostAptRoot } from '@pgforge/apt';
import {
  documentOrFile,
  InputFileError,
  integer,
  list,
  time,
  type CommandSpec,
  type FlagValues,
} from '../args.js';
import { jsonFlag, oneOutput, printJson, printSummary, summaryFlag } from '../output.js';

export const EXTENSION = {
  name: 'extension',
  summary: 'assemble extension images from a package or a directory',
  flags: [
    {
      name: 'name',
      type: 'string',
      value: 'NAME',
      description:
        "the image's name, where CNPG mounts it (default: its only control file's, else its package's)",
    },
    {
      name: 'package',
      type: 'string',
      value: 'LIST',
      description: 'Debian package name template(s): postgresql-{major}-pgvector',
    },
    {
      name: 'package-list',
      type: 'string',
      value: 'FILE',
      description: 'a file of package templates, one per line: one image each (a batch)',
    },
    {
      name: 'directory',
      type: 'string',
      value: 'DIR',
      description: 'a make install DESTDIR tree, or one in the image layout',
    },
    {
      name: 'postgres',
      type: 'string',
      value: 'LIST',
      description: 'majors',
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
      name: 'platforms',
      type: 'string',
      value: 'LIST',
      description: 'platforms',
      defaultText: "the configuration's; a directory's own",
    },
    {
      name: 'package-source',
      type: 'string',
      value: 'SOURCE',
      description: 'pgdg | distribution',
      choices: ['pgdg', 'distribution'],
      defaultText: "the configuration's",
    },
    { name: 'mirror', type: 'string', value: 'URI', description: 'archive of the package source' },
    {
      name: 'allow-expired-release',
      type: 'boolean',
      description: 'accept a Release past its Valid-Until (sid); false: as the configuration says',
      default: 'false',
    },
    {
      name: 'image',
      type: 'string',
      value: 'REPOSITORY',
      description: 'where to push',
      defaultText: '<registry>/<name>',
    },
    {
      name: 'push',
      type: 'boolean',
      description: 'push; false writes an OCI image layout to --output',
      default: 'false',
    },
    {
      name: 'output',
      type: 'string',
      value: 'DIR',
      description: 'the OCI image layout, when not pushing',
      default: 'pgforge-extension-layout',
    },
    {
      name: 'tags',
      type: 'string',
      value: 'LIST',
      description: 'tag templates ({version}, {major}, {distribution}, {timestamp}, {name})',
      default: DEFAULT_EXTENSION_TAGS.join(','),
    },
    {
      name: 'system-libraries',
      type: 'string',
      value: 'MODE',
      description: 'auto | none',
      choices: SYSTEM_LIBRARIES_MODES,
      default: 'auto',
    },
    {
      name: 'config',
      type: 'string',
      value: 'FILE',
      description: 'the configuration file; when the default is absent, the built-in defaults',
      default: DEFAULT_CONFIG_FILE,
    },
    {
      name: 'source-date-epoch',
      type: 'string',
      value: 'SECS',
      description: 'mtimes and created',
      defaultText: 'SOURCE_DATE_EPOCH, else 0',
    },
    {
      name: 'timestamp',
      type: 'string',
      value: 'TIME',
      description: "the run's time for {timestamp}, RFC 3339",
      defaultText: 'now',
    },
    {
      name: 'mount-from',
      type: 'string',
      value: 'LIST',
      description: 'repositories of the same registry to mount blobs from before uploading',
    },
    {
      name: 'sbom',
      type: 'boolean',
      description: 'with --push, write SBOMs of each platform image and attach them to it',
      default: 'false',
    },
    {
      name: 'sbom-dir',
      type: 'string',
      value: 'DIR',
      description: 'where the SBOM files go, with --sbom',
      default: 'pgforge-sbom',
    },
    summaryFlag('the summary (a row per image, refused packages, limitations)'),
    jsonFlag('name, images, refused, layout (the default; cluster-extensions go to stderr)'),
  ],
} as const satisfies CommandSpec;

export async function extension(values: FlagValues<typeof EXTENSION>): Promise<number> {
  oneOutput(values);
  const directory = values.directory;
  if (directory !== undefined && !existsSync(directory)) {
    throw new InputFileError(`--directory: not found: ${directory}`);
  }
  const epoch =
    integer('source-date-epoch', values['source-date-epoch']) ??
    integer('source-date-epoch', process.env.SOURCE_DATE_EPOCH || undefined) ??
    0;
  const log = (m: string): void => void process.stderr.write(`${m}\n`);
  const warn = (m: string): void => log(`warning: ${m}`);
  const docker = { env: { ...process.env }, homeDir: homedir() };
  const mountFrom = list(values['mount-from']);
  // The command names a bad option by its name, which is also the flag's: told as the flag.
  const result = await extensionCommand({
    ...(values.name !== undefined ? { name: values.name } : {}),
    ...(values.package ? { packages: list(values.package) ?? [] } : {}),
    ...(values['package-list']
      ? {
          packages: [
            ...(list(values.package) ?? []),
            ...parsePackageList(
              (await documentOrFile('package-list', values['package-list'], () => false)).text,
            ),
          ],
          batch: true,
        }
      : {}),
    ...(values.directory ? { directory: values.directory } : {}),
    ...(values.postgres ? { postgres: list(values.postgres) } : {}),
    ...(values.distributions ? { distributions: list(values.distributions) } : {}),
    ...(values.platforms ? { platforms: list(values.platforms) } : {}),
    ...(values['package-source'] ? { packageSource: values['package-source'] } : {}),
    ...(values.mirror ? { mirror: values.mirror } : {}),
    // Only true overrides: false leaves the configuration's setting in force.
    ...(values['allow-expired-release'] ? { allowExpiredRelease: true } : {}),
    ...(values.image ? { image: values.image } : {}),
    push: values.push,
    output: resolve(values.output),
    tags: list(values.tags),
    systemLibraries: values['system-libraries'],
    // The default file may be absent (defaults apply); a file someone named must exist.
    configFile: namedConfigFile(values.config),
    now: time('timestamp', values.timestamp),
    sourceDateEpoch: epoch,
    cacheDir: defaultCacheDir(process.env, homedir()),
    hostRoot: hostAptRoot(process.env),
    ...(mountFrom ? { mountFrom } : {}),
    docker,
    log,
    warn,
  });
  const sbomFiles = values.sbom
    ? await extensionSboms(result, { outputDir: resolve(values['sbom-dir']), docker, log, warn })
    : undefined;
  if (values.summary) printSummary(result.summaryDocument, values.summary);
  else {
    printJson({
      name: result.name,
      images: result.images,
      refused: result.refused,
      layout: result.layout,
      ...(sbomFiles ? { sbomFiles } : {}),
    });
  }
  process.stderr.write(`\n${result.clusterExtensions}`);
  return 0;
}
