import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import {
  cnpgManifestUrl,
  DEFAULT_CNPG_VERSION,
  DEFAULT_KIND_NODE_IMAGE,
  FLAVOURS,
  MODES,
  parseDuration,
  parseExtensionEntries,
  smokeCommand,
  type SmokeCommandOptions,
} from '@pgforge/smoke';
import { choice, list, UsageError } from '../args.js';

export const SMOKE_USAGE = `  pgforge smoke-test [options] check an operand image as CNPG runs it (container, kind)

Smoke-test options:
  --image REF                 the operand image, required
  --flavour FLAVOUR           what it promises: ${FLAVOURS.join(' | ')} (from the tag when absent)
  --expect-extensions LIST    extensions that must create
  --expect-locales LIST       locales that must exist
  --preload-libraries LIST    shared_preload_libraries for the checks
  --extensions-file FILE      the extension action's cluster-extensions (YAML) to mount
  --mode MODE                 ${MODES.join(' | ')} (container)
  --cnpg-version VERSION      the operator release for kind (${DEFAULT_CNPG_VERSION})
  --kind-node-image IMAGE     kind's node image
  --timeout DURATION          for the whole run, e.g. 90s, 10m (10m)
  --platform PLATFORM         of a multi-platform image (the host's)
  --report FILE               the JSON report (pgforge-smoke-report.json)
  --summary                   print the Markdown summary instead of the report
`;

export async function smokeTest(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      image: { type: 'string' },
      flavour: { type: 'string' },
      'expect-extensions': { type: 'string' },
      'expect-locales': { type: 'string' },
      'preload-libraries': { type: 'string' },
      'extensions-file': { type: 'string' },
      mode: { type: 'string' },
      'cnpg-version': { type: 'string' },
      'kind-node-image': { type: 'string' },
      timeout: { type: 'string' },
      platform: { type: 'string' },
      report: { type: 'string' },
      summary: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.image) throw new UsageError('--image: required (the operand image to test)');
  const timeoutMs = parseDuration(values.timeout ?? '10m');
  if (timeoutMs === undefined) {
    throw new UsageError(
      `--timeout: ${JSON.stringify(values.timeout)} is not a duration such as 90s or 10m`,
    );
  }
  const cnpgVersion = values['cnpg-version'] ?? DEFAULT_CNPG_VERSION;
  try {
    cnpgManifestUrl(cnpgVersion);
  } catch {
    throw new UsageError(
      `--cnpg-version: ${JSON.stringify(cnpgVersion)} is not a CNPG release version, e.g. ${DEFAULT_CNPG_VERSION}`,
    );
  }
  const expect: NonNullable<SmokeCommandOptions['expect']> = {};
  const extensions = list(values['expect-extensions']);
  const locales = list(values['expect-locales']);
  const preload = list(values['preload-libraries']);
  if (extensions) expect.extensions = extensions;
  if (locales) expect.locales = locales;
  if (preload) expect.preloadLibraries = preload;
  const file = values['extensions-file'];
  const entries = file
    ? parseExtensionEntries(await readFile(file, 'utf8'), `--extensions-file ${file}`)
    : [];
  const flavour =
    values.flavour !== undefined
      ? choice('flavour', values.flavour, FLAVOURS, 'minimal')
      : undefined;
  const result = await smokeCommand({
    image: values.image,
    ...(flavour ? { flavour } : {}),
    expect,
    extensions: entries,
    mode: choice('mode', values.mode, MODES, 'container'),
    cnpgVersion,
    kindNodeImage: values['kind-node-image'] ?? DEFAULT_KIND_NODE_IMAGE,
    timeoutMs,
    ...(values.platform ? { platform: values.platform } : {}),
    reportFile: values.report ?? 'pgforge-smoke-report.json',
    workDir: tmpdir(),
    docker: { env: { ...process.env } },
    log: (m) => void process.stderr.write(`${m}\n`),
  });
  process.stdout.write(
    values.summary ? result.summary : `${JSON.stringify(result.report, null, 2)}\n`,
  );
  if (!result.passed) process.stderr.write(`error: ${result.failure ?? 'a check failed'}\n`);
  return result.passed ? 0 : 1;
}
