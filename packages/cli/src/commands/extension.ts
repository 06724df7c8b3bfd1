import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extensionCommand, SYSTEM_LIBRARIES_MODES } from '@pgforge/extension';
import { defaultCacheDir } from '@pgforge/matrix';
import { bool, choice, integer, list, UsageError } from '../args.js';

export const EXTENSION_USAGE = `  pgforge extension [options]  assemble extension images from a package or a directory

Extension options:
  --name NAME                 the SQL name (vector), required
  --package LIST              Debian package name template(s): postgresql-{major}-pgvector
  --directory DIR             a make install DESTDIR tree, or one in the image layout
  --postgres LIST             majors (default: the configuration's)
  --distributions LIST        distributions (default: the configuration's)
  --platforms LIST            platforms (default: the configuration's; a directory's own)
  --package-source SOURCE     pgdg | distribution
  --mirror URI                archive of the package source
  --image REPOSITORY          where to push (default: <registry>/<name>)
  --push BOOL                 push (false: write an OCI image layout to --output)
  --output DIR                the layout (./pgforge-extension-layout)
  --tags LIST                 tag templates ({version}-{major}-{distribution},...)
  --system-libraries MODE     auto | none (auto)
  --config FILE               images.yaml (default: ./images.yaml, else the defaults)
  --source-date-epoch SECS    mtimes and created (default: SOURCE_DATE_EPOCH, else 0)
  --timestamp TIME            the run's time for {timestamp}, RFC 3339 (now)
  --allow-expired-release     accept a Release past its Valid-Until (sid)
`;

export async function extension(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      name: { type: 'string' },
      package: { type: 'string' },
      directory: { type: 'string' },
      postgres: { type: 'string' },
      distributions: { type: 'string' },
      platforms: { type: 'string' },
      'package-source': { type: 'string' },
      mirror: { type: 'string' },
      image: { type: 'string' },
      push: { type: 'string' },
      output: { type: 'string' },
      tags: { type: 'string' },
      'system-libraries': { type: 'string' },
      config: { type: 'string' },
      'source-date-epoch': { type: 'string' },
      timestamp: { type: 'string' },
      'allow-expired-release': { type: 'boolean' },
    },
    strict: true,
  });
  if (!values.name) throw new UsageError('--name: required (the SQL name, e.g. vector)');
  const now = values.timestamp ? new Date(values.timestamp) : new Date();
  if (Number.isNaN(now.getTime())) {
    throw new UsageError(
      `--timestamp: ${JSON.stringify(values.timestamp)} is not an RFC 3339 time`,
    );
  }
  const packageSource = values['package-source'];
  const epoch =
    integer('source-date-epoch', values['source-date-epoch']) ??
    integer('source-date-epoch', process.env.SOURCE_DATE_EPOCH || undefined) ??
    0;
  const log = (m: string): void => void process.stderr.write(`${m}\n`);
  const result = await extensionCommand({
    name: values.name,
    ...(values.package ? { packages: list(values.package) ?? [] } : {}),
    ...(values.directory ? { directory: values.directory } : {}),
    ...(values.postgres ? { postgres: list(values.postgres) } : {}),
    ...(values.distributions ? { distributions: list(values.distributions) } : {}),
    ...(values.platforms ? { platforms: list(values.platforms) } : {}),
    ...(packageSource
      ? {
          packageSource: choice(
            'package-source',
            packageSource,
            ['pgdg', 'distribution'] as const,
            'pgdg',
          ),
        }
      : {}),
    ...(values.mirror ? { mirror: values.mirror } : {}),
    ...(values.image ? { image: values.image } : {}),
    push: bool('push', values.push, false),
    output: values.output ?? join(process.cwd(), 'pgforge-extension-layout'),
    ...(values.tags ? { tags: list(values.tags) } : {}),
    systemLibraries: choice(
      'system-libraries',
      values['system-libraries'],
      SYSTEM_LIBRARIES_MODES,
      'auto',
    ),
    configFile: values.config,
    ...(values['allow-expired-release'] ? { allowExpiredRelease: true } : {}),
    now,
    sourceDateEpoch: epoch,
    cacheDir: defaultCacheDir(process.env, homedir()),
    docker: { env: { ...process.env } },
    log,
    warn: (m) => log(`warning: ${m}`),
  });
  process.stdout.write(
    `${JSON.stringify({ images: result.images, layout: result.layout }, null, 2)}\n`,
  );
  process.stderr.write(`\n${result.clusterExtensions}`);
  return 0;
}
