/**
 * The container level: what CNPG needs of an operand image, checked with the docker CLI in one
 * long-lived container (one `docker exec` per check) that runs as UID 26 on a read-only root
 * file system with tmpfs for the data, sockets and /tmp, as CNPG's pods do; extension images
 * are bind-mounted read-only at /extensions/<name> with the settings CNPG derives.
 */
import { randomBytes } from 'node:crypto';
import { byPlatform } from '@pgforge/platform';
import { CheckFailure, Checks, Deadline, sqlFailure, type CheckLog } from './checks.js';
import { confLine, instanceSettings, mountPath } from './extensions.js';
import { unmountedRequirements, type ExtensionPlan } from './extension-plan.js';
import { majorOfReference } from './flavours.js';
import { describeFailure, lastLines, type CommandResult, type CommandRunner } from './runner.js';
import { runSteps, type Step } from './steps.js';
import type { CheckResult, Expectations } from './types.js';

/** What CNPG's instance manager runs from the image (it finds them on PATH). */
export const CNPG_BINARIES = ['initdb', 'postgres', 'pg_ctl', 'pg_controldata', 'pg_basebackup'];
export const POSTGRES_UID = 26;
/** CNPG mounts the data volume at /var/lib/postgresql/data and puts PGDATA under it. */
const DATA_VOLUME = '/var/lib/postgresql/data';
const PGDATA = `${DATA_VOLUME}/pgdata`;
const SOCKETS = '/var/run/postgresql';
const SERVER_LOG = '/tmp/postgresql.log';
/** Extension images need `extension_control_path`, new in PostgreSQL 18. */
export const FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH = 18;

export interface ContainerLevelOptions {
  image: string;
  expectations: Expectations;
  /** Extension images, unpacked (each plan's `dir`). */
  extensions: ExtensionPlan[];
  timeoutMs: number;
  runner: CommandRunner;
  log?: CheckLog;
  now?: () => number;
  /** The container's name; default `pgforge-smoke-<random>`. */
  containerName?: string;
  /**
   * The platform of the image to check (`linux/arm64`): pulled and run with `--platform`, under
   * emulation when it is not the host's. Default: whatever docker picks, the host's.
   */
  platform?: string;
}

interface ImageConfig {
  Id?: string;
  Config?: {
    User?: string;
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    Env?: string[] | null;
  };
}

type Gate = 'image' | 'container' | 'cluster' | 'server';

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (value: string): string => `'${value.replaceAll("'", "''")}'`;
/** `en_US.UTF-8`, `en_US.utf8` and `en_US.UTF8` are one locale to glibc. */
const normaliseLocale = (name: string): string => name.toLowerCase().replace(/\.utf-?8$/, '.utf8');

/** `postgres (PostgreSQL) 17.6 (Debian 17.6-2)` → 17, `17.6`; `18beta3` → 18. */
export function parseServerVersion(output: string): { major: number; version: string } | undefined {
  const m = /\(PostgreSQL\)\s+((\d+)[^\s]*)/.exec(output);
  return m?.[1] && m[2] ? { major: Number(m[2]), version: m[1] } : undefined;
}

export async function runContainerLevel(options: ContainerLevelOptions): Promise<CheckResult[]> {
  const { image, expectations, extensions, runner } = options;
  // The flavour's preloads, then what each mounted image says it needs (pgaudit, pg_cron):
  // the server is started as a Cluster with those images would be.
  const preloadLibraries = [
    ...new Set([...expectations.preloadLibraries, ...extensions.flatMap((p) => p.preload)]),
  ];
  const now = options.now ?? Date.now;
  const checks = new Checks('container', options.log, now);
  const deadline = new Deadline(options.timeoutMs, now);
  const name = options.containerName ?? `pgforge-smoke-${randomBytes(4).toString('hex')}`;
  const settings = instanceSettings(extensions.map((p) => p.entry));
  const platformArgs = options.platform ? ['--platform', options.platform] : [];

  const docker = (args: string[], input?: string): Promise<CommandResult> =>
    runner.run('docker', args, {
      timeoutMs: deadline.remainingMs(),
      ...(input !== undefined ? { input } : {}),
    });
  const ok = async (args: string[], input?: string): Promise<CommandResult> => {
    const timeoutMs = deadline.remainingMs();
    const result = await docker(args, input);
    if (result.code !== 0)
      throw new CheckFailure(describeFailure('docker', args, result, timeoutMs));
    return result;
  };
  const inContainer = (args: string[], input?: string): Promise<CommandResult> =>
    ok(['exec', ...(input !== undefined ? ['-i'] : []), name, ...args], input);
  /** SQL through psql; a failure is PostgreSQL's own ERROR line, its CONTEXT in the log. */
  const psql = async (statements: string[], database = 'postgres'): Promise<CommandResult> => {
    const args = [
      'exec',
      name,
      'psql',
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      '-h',
      SOCKETS,
      '-U',
      'postgres',
      '-d',
      database,
      '-At',
      ...statements.flatMap((s) => ['-c', s]),
    ];
    const timeoutMs = deadline.remainingMs();
    const result = await docker(args);
    if (result.code === 0) return result;
    throw (
      (!result.timedOut && sqlFailure(result.stderr)) ||
      new CheckFailure(describeFailure('docker', args, result, timeoutMs))
    );
  };
  const serverLog = async (): Promise<string | undefined> => {
    const r = await docker(['exec', name, 'tail', '-n', '25', SERVER_LOG]);
    return r.code === 0 && r.stdout.trim()
      ? `server log (last lines):\n${r.stdout.trimEnd()}`
      : undefined;
  };

  let config: ImageConfig = {};
  let server: { major: number; version: string } | undefined;
  const imageEnv = (key: string): string | undefined =>
    (config.Config?.Env ?? []).find((e) => e.startsWith(`${key}=`))?.slice(key.length + 1);

  const steps: Step<Gate>[] = [
    {
      name: 'image available',
      opens: 'image',
      run: async () => {
        let inspect = await docker(['image', 'inspect', image]);
        let how = 'in the local image store';
        if (inspect.code !== 0) {
          await ok(['pull', '--quiet', ...platformArgs, image]);
          inspect = await ok(['image', 'inspect', image]);
          how = 'pulled';
        }
        config = (JSON.parse(inspect.stdout) as ImageConfig[])[0] ?? {};
        return `${how} (${(config.Id ?? '').slice(0, 19)})`;
      },
    },
    {
      name: 'image configuration (USER 26, no ENTRYPOINT)',
      needs: ['image'],
      run: async () => {
        const c = config.Config ?? {};
        const problems: string[] = [];
        const user = c.User ?? '';
        if (!new RegExp(`^${POSTGRES_UID}(:\\d+)?$`).test(user)) {
          problems.push(
            `USER is ${user === '' ? 'not set (root)' : JSON.stringify(user)}; CNPG runs PostgreSQL as UID ${POSTGRES_UID}: the image must end with USER ${POSTGRES_UID}`,
          );
        }
        if (c.Entrypoint?.length) {
          problems.push(
            `ENTRYPOINT is ${JSON.stringify(c.Entrypoint)}; CNPG's operand images have none`,
          );
        }
        if (problems.length > 0) throw new CheckFailure(problems.join('; '));
        // CNPG sets the container's command itself (its instance manager), so a CMD is never
        // run: CNPG's own images keep debian's CMD ["bash"]. An ENTRYPOINT would wrap that
        // command, which is why it fails and CMD does not.
        const notes = c.Cmd?.length
          ? [`CMD is ${JSON.stringify(c.Cmd)}; CNPG replaces the command, so it is never run`]
          : [];
        return { detail: `USER ${user}, PATH=${imageEnv('PATH') ?? ''}`, notes };
      },
    },
    {
      name: `runs as UID ${POSTGRES_UID}`,
      needs: ['image'],
      run: async () => {
        const r = await ok([
          'run',
          '--rm',
          '--network',
          'none',
          ...platformArgs,
          '--entrypoint',
          'sh',
          image,
          '-c',
          'id -u; id -un 2>/dev/null || echo "(no user name)"',
        ]);
        const [uid = '', user = ''] = r.stdout.trim().split('\n');
        if (uid.trim() !== String(POSTGRES_UID)) {
          throw new CheckFailure(
            `the image runs as UID ${uid.trim()} (${user.trim()}), not ${POSTGRES_UID}; CNPG runs PostgreSQL as UID ${POSTGRES_UID}`,
          );
        }
        return `UID ${uid.trim()} (${user.trim()})`;
      },
    },
    {
      name: 'container starts (read-only root, tmpfs data, UID 26)',
      needs: ['image'],
      opens: 'container',
      run: async () => {
        const env = [
          `PGDATA=${PGDATA}`,
          ...(settings.ldLibraryPath.length
            ? [`LD_LIBRARY_PATH=${settings.ldLibraryPath.join(':')}`]
            : []),
          ...(settings.binPath.length
            ? [`PATH=${[imageEnv('PATH') ?? '', ...settings.binPath].filter(Boolean).join(':')}`]
            : []),
          ...settings.env.map((v) => `${v.name}=${v.value}`),
        ];
        const mounts = extensions
          .filter((p) => p.dir !== undefined)
          .map((p) => `type=bind,source=${p.dir},target=${mountPath(p.entry)},readonly`);
        await ok([
          'run',
          '--detach',
          '--name',
          name,
          '--label',
          'io.pgforge.smoke=container-level',
          '--read-only',
          '--user',
          String(POSTGRES_UID),
          '--network',
          'none',
          '--tmpfs',
          `${DATA_VOLUME}:rw,mode=1777`,
          '--tmpfs',
          `${SOCKETS}:rw,mode=1777`,
          '--tmpfs',
          '/tmp:rw,mode=1777',
          ...env.flatMap((e) => ['--env', e]),
          ...mounts.flatMap((m) => ['--mount', m]),
          ...platformArgs,
          '--entrypoint',
          'sleep',
          image,
          'infinity',
        ]);
        return `${name}${mounts.length ? `, ${mounts.length} extension image(s) mounted read-only` : ''}`;
      },
    },
    // An image labelled arm64 can hold amd64 binaries (BuildKit building on an amd64-only
    // base, issue 10), and an amd64 one then runs without emulation: what runs must be what
    // was asked for.
    ...(options.platform ? [platformStep(options.platform)] : []),
    {
      name: 'CNPG binaries on PATH',
      needs: ['container'],
      run: async () => {
        const script =
          `for b in ${CNPG_BINARIES.join(' ')}; do printf '%s=%s\\n' "$b" "$(command -v "$b")"; done; ` +
          `printf 'PATH=%s\\n' "$PATH"`;
        const r = await inContainer(['sh', '-c', script]);
        const found = new Map(
          r.stdout
            .trim()
            .split('\n')
            .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const),
        );
        const missing = CNPG_BINARIES.filter((b) => !found.get(b));
        if (missing.length > 0) {
          throw new CheckFailure(
            `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not on PATH (${found.get('PATH') ?? ''}); CNPG's instance manager runs ${CNPG_BINARIES.join(', ')}`,
          );
        }
        return CNPG_BINARIES.map((b) => found.get(b)).join(' ');
      },
    },
    {
      name: 'PostgreSQL major matches the tag',
      needs: ['container'],
      run: async () => {
        const r = await inContainer(['postgres', '--version']);
        server = parseServerVersion(r.stdout);
        if (!server) {
          throw new CheckFailure(`postgres --version printed ${JSON.stringify(r.stdout.trim())}`);
        }
        const tagged = majorOfReference(image);
        if (tagged === undefined) {
          return `server ${server.version}; the reference names no major in its tag`;
        }
        if (tagged !== server.major) {
          throw new CheckFailure(
            `the tag says PostgreSQL ${tagged}, the server is ${server.version} (${r.stdout.trim()})`,
          );
        }
        return `tag ${tagged}, server ${server.version}`;
      },
    },
    {
      name: 'initdb',
      needs: ['container'],
      opens: 'cluster',
      run: async () => {
        await inContainer([
          'initdb',
          '-D',
          PGDATA,
          '--username=postgres',
          '--auth=trust',
          '--encoding=UTF8',
          '--locale=C',
          '--no-sync',
        ]);
        return PGDATA;
      },
    },
    {
      name: 'server starts (pg_ctl start)',
      needs: ['cluster'],
      opens: 'server',
      run: async () => {
        const lines = [
          '# pgforge smoke test: what CNPG would set for this instance',
          confLine('listen_addresses', ''),
          confLine('unix_socket_directories', SOCKETS),
        ];
        if (preloadLibraries.length > 0) {
          lines.push(confLine('shared_preload_libraries', preloadLibraries.join(',')));
        }
        // An older server refuses unknown settings; the extension checks say why instead.
        if (
          extensions.length > 0 &&
          server !== undefined &&
          server.major >= FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH
        ) {
          lines.push(confLine('extension_control_path', settings.extensionControlPath));
          lines.push(confLine('dynamic_library_path', settings.dynamicLibraryPath));
        }
        await inContainer(
          ['sh', '-c', 'cat >> "$PGDATA/postgresql.conf"'],
          `${lines.join('\n')}\n`,
        );
        await inContainer([
          'pg_ctl',
          '-D',
          PGDATA,
          '-l',
          SERVER_LOG,
          '-w',
          '-t',
          String(deadline.remainingSeconds()),
          'start',
        ]);
        return lines.slice(1).join('; ');
      },
      onFailure: serverLog,
    },
    {
      name: 'SELECT version()',
      needs: ['server'],
      run: async () => (await psql(['SELECT version()'])).stdout.trim(),
      onFailure: serverLog,
    },
  ];

  if (preloadLibraries.length > 0) {
    steps.push({
      name: `shared_preload_libraries loaded (${preloadLibraries.join(', ')})`,
      needs: ['server'],
      run: async () => (await psql(['SHOW shared_preload_libraries'])).stdout.trim(),
      onFailure: serverLog,
    });
  }

  for (const extension of expectations.extensions) {
    steps.push({
      name: `CREATE EXTENSION ${extension}`,
      needs: ['server'],
      run: async () => {
        const r = await psql([
          `CREATE EXTENSION IF NOT EXISTS ${quoteIdent(extension)} CASCADE`,
          `SELECT extversion FROM pg_extension WHERE extname = ${quoteLiteral(extension)}`,
        ]);
        return `${extension} ${r.stdout.trim()}`;
      },
      onFailure: serverLog,
    });
  }

  for (const locale of expectations.locales) {
    steps.push({
      name: `locale ${locale}`,
      needs: ['server'],
      run: async () => {
        const listed = (await inContainer(['locale', '-a'])).stdout.trim().split('\n');
        const wanted = normaliseLocale(locale);
        if (!listed.some((l) => normaliseLocale(l) === wanted)) {
          throw new CheckFailure(
            `${locale} is not installed: locale -a lists ${listed.join(', ') || 'nothing'} (Debian's locales-all has every locale)`,
          );
        }
        await psql([
          `CREATE DATABASE smoke_locale LOCALE ${quoteLiteral(locale)} TEMPLATE template0`,
          'DROP DATABASE smoke_locale',
        ]);
        return `listed by locale -a; CREATE DATABASE … LOCALE '${locale}' works`;
      },
      onFailure: serverLog,
    });
  }

  if (extensions.length > 0) steps.push(...extensionSteps());

  steps.push(
    {
      name: 'server stops (pg_ctl stop -m fast)',
      needs: ['server'],
      run: async () => {
        await inContainer(['pg_ctl', '-D', PGDATA, '-m', 'fast', '-w', 'stop']);
      },
      onFailure: serverLog,
    },
    {
      name: 'pg_controldata reads the stopped cluster',
      needs: ['server'],
      run: async () => {
        const r = await inContainer(['pg_controldata', '-D', PGDATA]);
        const state = /^Database cluster state:\s*(.+)$/m.exec(r.stdout)?.[1]?.trim();
        if (state !== 'shut down') {
          throw new CheckFailure(
            `pg_controldata says the cluster state is ${JSON.stringify(state)}, not "shut down"`,
          );
        }
        return `cluster state: ${state}`;
      },
    },
  );

  function platformStep(platform: string): Step<Gate> {
    const wanted = byPlatform(platform).debianArchitecture;
    return {
      name: `runs as ${platform} (dpkg architecture ${wanted})`,
      needs: ['container'],
      run: async () => {
        const said = (await inContainer(['dpkg', '--print-architecture'])).stdout.trim();
        if (said !== wanted) {
          throw new CheckFailure(
            `the container runs ${said || 'an unknown architecture'}, not ${wanted}: the image has no ${platform} variant, or its content is another platform's`,
          );
        }
        const machine = (await inContainer(['uname', '-m'])).stdout.trim();
        return `dpkg ${said}, uname -m ${machine}`;
      },
    };
  }

  function extensionSteps(): Step<Gate>[] {
    const out: Step<Gate>[] = [
      {
        name: 'extension settings (extension_control_path, dynamic_library_path, LD_LIBRARY_PATH)',
        needs: ['server'],
        run: async () => {
          if (!server || server.major < FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH) {
            throw new CheckFailure(
              `extension images need PostgreSQL ${FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH} or later (extension_control_path); the server is ${server?.version ?? 'unknown'}`,
            );
          }
          const shown = (
            await psql(['SHOW extension_control_path', 'SHOW dynamic_library_path'])
          ).stdout
            .trim()
            .split('\n');
          const environ = await inContainer([
            'sh',
            '-c',
            `tr '\\0' '\\n' < "/proc/$(head -n 1 "$PGDATA/postmaster.pid")/environ"`,
          ]);
          const env = new Map(
            environ.stdout
              .split('\n')
              .filter((l) => l.includes('='))
              .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const),
          );
          const expected: [string, string | undefined, string | undefined][] = [
            ['extension_control_path', settings.extensionControlPath, shown[0]],
            ['dynamic_library_path', settings.dynamicLibraryPath, shown[1]],
            [
              'LD_LIBRARY_PATH',
              settings.ldLibraryPath.length ? settings.ldLibraryPath.join(':') : undefined,
              env.get('LD_LIBRARY_PATH'),
            ],
            ...settings.env.map((v): [string, string, string | undefined] => [
              v.name,
              v.value,
              env.get(v.name),
            ]),
          ];
          const wrong = expected.filter(([, want, got]) => want !== got);
          if (wrong.length > 0) {
            throw new CheckFailure(
              wrong
                .map(
                  ([key, want, got]) =>
                    `${key} is ${JSON.stringify(got ?? null)}, CNPG would set ${JSON.stringify(want ?? null)}`,
                )
                .join('; '),
            );
          }
          return expected
            .filter(([, want]) => want !== undefined)
            .map(([k, want]) => `${k}=${want}`)
            .join(' ');
        },
        onFailure: serverLog,
      },
    ];
    for (const plan of extensions) {
      const where = mountPath(plan.entry);
      if (!plan.createExtension) {
        // A module PostgreSQL loads by name: preloaded ones loaded when the server started,
        // the others load now, from the mount (the library path and its system/ libraries).
        for (const module of plan.modules) {
          const preloaded = plan.preload.includes(module);
          out.push({
            name: `${preloaded ? 'preloaded' : 'LOAD'} ${module} from ${where}`,
            needs: ['server'],
            run: async () => {
              if (preloaded) {
                const shown = (await psql(['SHOW shared_preload_libraries'])).stdout.trim();
                if (
                  !shown
                    .split(',')
                    .map((l) => l.trim())
                    .includes(module)
                ) {
                  throw new CheckFailure(
                    `shared_preload_libraries is "${shown}", without ${module}`,
                  );
                }
                return `${module} (shared_preload_libraries)`;
              }
              await psql([`LOAD ${quoteLiteral(module)}`]);
              return `${module} loaded`;
            },
            onFailure: serverLog,
          });
        }
        if (plan.modules.length === 0) {
          out.push({
            name: `extension image ${plan.entry.name}: programs`,
            run: async () => {
              const programs = plan.files.filter((f) => f.startsWith('bin/'));
              if (programs.length === 0) {
                throw new CheckFailure(
                  `the image says it has nothing to CREATE EXTENSION, but holds no module (lib/*.so) and no program (bin/)`,
                );
              }
              return programs.join(', ');
            },
          });
        }
        continue;
      }
      out.push({
        name: `extension image ${plan.entry.name}: control file`,
        run: async () => {
          if (plan.createExtension && plan.controlFiles.length > 0 && plan.sqlNames.length === 0) {
            throw new CheckFailure(
              `the image's io.pgforge.extension.sql-names names no control file it holds (${plan.controlFiles.join(', ')})`,
            );
          }
          if (plan.controlFiles.length === 0) {
            // Bitcode (one file per source file) would crowd out what tells the story.
            const bitcode = plan.files.filter((f) => f.startsWith('lib/bitcode/')).length;
            const others = plan.files.filter((f) => !f.startsWith('lib/bitcode/'));
            const shown =
              others.slice(0, 12).join(', ') +
              (others.length > 12 ? `, … (${others.length} files)` : '') +
              (bitcode ? ` and ${bitcode} bitcode files` : '');
            throw new CheckFailure(
              `no control file in ${where}/${(plan.entry.extension_control_path ?? ['share']).join(', ')}/extension (extension_control_path); the image holds ${plan.files.length ? shown : 'no files'}`,
            );
          }
          return plan.controlFiles.join(', ');
        },
      });
      for (const sqlName of plan.sqlNames) {
        out.push({
          name: `CREATE EXTENSION ${sqlName} from ${where}`,
          needs: ['server'],
          run: async () => {
            if (!server || server.major < FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH) {
              throw new CheckFailure(
                `needs PostgreSQL ${FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH} or later; the server is ${server?.version ?? 'unknown'}`,
              );
            }
            const r = await psql([
              `CREATE EXTENSION IF NOT EXISTS ${quoteIdent(sqlName)}${
                plan.versions.has(sqlName)
                  ? ` VERSION ${quoteLiteral(plan.versions.get(sqlName) ?? '')}`
                  : ''
              } CASCADE`,
              `SELECT extversion FROM pg_extension WHERE extname = ${quoteLiteral(sqlName)}`,
            ]).catch((error: unknown) => {
              const missing = unmountedRequirements(plan, extensions);
              if (!(error instanceof CheckFailure) || missing.length === 0) throw error;
              throw new CheckFailure(
                `${error.message}; ${plan.entry.name} requires ${missing.join(', ')}, which no ` +
                  'mounted image declares and the operand may lack: mount the image that ' +
                  'provides it beside this one, as the Cluster must list it too',
                error.log,
              );
            });
            const version = r.stdout.trim();
            // With several control files and none named like the entry, no one of them is
            // the image's version; each must still create.
            const mustMatch = plan.primary === sqlName;
            if (mustMatch && plan.sqlVersion === undefined) {
              throw new CheckFailure(
                `${sqlName} ${version} was created, but the image has no io.cloudnativepg.image.sql.version annotation to compare with`,
              );
            }
            if (mustMatch && version !== plan.sqlVersion) {
              throw new CheckFailure(
                `${sqlName} ${version} was created, but the image's io.cloudnativepg.image.sql.version annotation says ${plan.sqlVersion}`,
              );
            }
            return `${sqlName} ${version}${mustMatch ? ' (as the annotation says)' : ''}`;
          },
          onFailure: serverLog,
        });
      }
    }
    return out;
  }

  try {
    await runSteps(checks, steps);
  } finally {
    const removed = await runner
      .run('docker', ['rm', '--force', '--volumes', name], { timeoutMs: 60_000 })
      .catch((error: unknown) => ({ code: 1, stdout: '', stderr: String(error), timedOut: false }));
    if (removed.code !== 0 && !/No such container/i.test(removed.stderr)) {
      options.log?.info(`could not remove container ${name}: ${lastLines(removed.stderr, 3)}`);
    }
  }
  return checks.results;
}
