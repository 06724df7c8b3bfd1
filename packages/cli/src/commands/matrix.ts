import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  defaultCacheDir,
  GROUP_BY,
  matrixCommand,
  projectDockerfile,
  type GroupBy,
} from '@pgforge/matrix';
import { bool, list, UsageError } from '../args.js';

export const MATRIX_USAGE = `  pgforge matrix [options]     resolve versions, expand targets, write a bake file

Matrix options:
  --config FILE               images.yaml (default: ./images.yaml, else the defaults)
  --postgres LIST             override postgres (17,18 | 17.6 | 19~beta3 | supported)
  --distributions LIST        override distributions
  --flavours LIST             build only these flavours
  --platforms LIST            override platforms
  --registry REGISTRY         override registry
  --skip-unchanged BOOL       drop targets whose published image has the same fingerprint (true)
  --force                     keep every target
  --group-by KIND             target | major | distribution (target)
  --bake-file FILE            where to write the bake definition (./pgforge-bake.json)
  --timestamp TIME            the run's time, RFC 3339 (now)
  --summary                   print the summary table (Markdown) instead of JSON
  --targets-file FILE         also write the kept targets (JSON) there, for \`pgforge build\`
  --all-targets-file FILE     also write every target (JSON) there
`;

export async function matrix(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      config: { type: 'string' },
      postgres: { type: 'string' },
      distributions: { type: 'string' },
      flavours: { type: 'string' },
      platforms: { type: 'string' },
      registry: { type: 'string' },
      'skip-unchanged': { type: 'string' },
      force: { type: 'boolean', default: false },
      'group-by': { type: 'string', default: 'target' },
      'bake-file': { type: 'string', default: 'pgforge-bake.json' },
      timestamp: { type: 'string' },
      summary: { type: 'boolean', default: false },
      'targets-file': { type: 'string' },
      'all-targets-file': { type: 'string' },
    },
    strict: true,
  });
  const groupBy = values['group-by'] as GroupBy;
  if (!GROUP_BY.includes(groupBy)) {
    throw new UsageError(
      `--group-by: ${JSON.stringify(groupBy)} is not allowed; expected ${GROUP_BY.join(', ')}`,
    );
  }
  const now = values.timestamp ? new Date(values.timestamp) : new Date();
  if (Number.isNaN(now.getTime())) {
    throw new UsageError(
      `--timestamp: ${JSON.stringify(values.timestamp)} is not an RFC 3339 time`,
    );
  }
  const result = await matrixCommand({
    configFile: values.config,
    overrides: {
      postgres: list(values.postgres),
      distributions: list(values.distributions),
      flavours: list(values.flavours),
      platforms: list(values.platforms),
      registry: values.registry,
    },
    skipUnchanged: bool('skip-unchanged', values['skip-unchanged'], true),
    force: values.force,
    groupBy,
    bakeFile: values['bake-file'],
    dockerfile: projectDockerfile(),
    now,
    cacheDir: defaultCacheDir(process.env, homedir()),
    docker: { env: { ...process.env } },
    log: (m) => process.stderr.write(`${m}\n`),
    warn: (m) => process.stderr.write(`warning: ${m}\n`),
  });
  if (values['targets-file']) {
    await writeFile(values['targets-file'], `${JSON.stringify(result.kept, null, 2)}\n`);
  }
  if (values['all-targets-file']) {
    await writeFile(values['all-targets-file'], `${JSON.stringify(result.targets, null, 2)}\n`);
  }
  if (values.summary) {
    process.stdout.write(result.summary);
    return;
  }
  const { matrix: m, kept, skipped, bakeFile, timestamp } = result;
  process.stdout.write(
    `${JSON.stringify({ matrix: m, targets: kept, skipped, bakeFile: join(process.cwd(), bakeFile), timestamp }, null, 2)}\n`,
  );
}
