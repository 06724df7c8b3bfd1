/**
 * The kind level: a kind cluster with the ImageVolume feature gate and a local registry, the
 * CNPG operator from its release manifest, a Cluster (with `postgresql.extensions`) and a
 * Database with extensions, then SQL through `kubectl exec`. On a failure it gathers
 * diagnostics; the cluster is deleted at the end whatever happened. Everything goes through a
 * CommandRunner, so the sequence is tested here with a recording fake (kind cannot start on
 * every machine).
 */
import { randomBytes } from 'node:crypto';
import { formatReference, parseReference } from '@pgforge/oci';
import { CheckFailure, Checks, Deadline, sqlFailure, type CheckLog } from '../checks.js';
import type { ExtensionPlan } from '../extension-plan.js';
import {
  describeFailure,
  ToolNotFoundError,
  type CommandResult,
  type CommandRunner,
} from '../runner.js';
import { runSteps, type Step } from '../steps.js';
import type { CheckResult, Diagnostic, Expectations } from '../types.js';
import {
  APP_DATABASE,
  clusterManifest,
  databaseManifest,
  DEFAULT_LOCAL_REGISTRY,
  kindClusterConfig,
  registryHostsToml,
  toYaml,
  type DatabaseExtension,
  type LocalRegistry,
} from './manifests.js';
import { downloadCnpgManifest } from './operator-manifest.js';

/** CNPG's current minor, as its extension repository tests against. */
export const DEFAULT_CNPG_VERSION = '1.30.0';
/**
 * kind v0.32.0's node image for Kubernetes 1.36 (image volumes are on by default since 1.35),
 * pinned by digest as kind asks: the digest is kind's own default at its v0.32.0 release.
 */
export const DEFAULT_KIND_NODE_IMAGE =
  'kindest/node:v1.36.1@sha256:3489c7674813ba5d8b1a9977baea8a6e553784dab7b84759d1014dbd78f7ebd5';
/** The distribution registry the nodes pull through, pinned by digest (its 2.8.3 index). */
export const REGISTRY_IMAGE =
  'registry:2.8.3@sha256:a3d8aaa63ed8681a604f1dea0aa03f100d5895b6a58ace528858a7b332415373';
const OPERATOR_NAMESPACE = 'cnpg-system';
const OPERATOR_DEPLOYMENT = 'cnpg-controller-manager';
const HEALTHY = 'Cluster in healthy state';

export interface KindLevelOptions {
  image: string;
  expectations: Expectations;
  extensions: ExtensionPlan[];
  cnpgVersion: string;
  nodeImage: string;
  timeoutMs: number;
  runner: CommandRunner;
  log?: CheckLog;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** The kind cluster's name; default `pgforge-smoke-<random>`. */
  clusterName?: string;
  registry?: LocalRegistry;
  /**
   * CNPG's operator manifest for a version, checked; default: the release asset, downloaded
   * and checked against its pinned SHA-256 (tests without GitHub's network pass their own).
   */
  operatorManifest?: (version: string) => Promise<{ url: string; text: string }>;
}

export interface KindLevelResult {
  checks: CheckResult[];
  diagnostics: Diagnostic[];
  /** Every document applied, in order (for the report and the CRD tests). */
  manifests: object[];
}

/** How the nodes reach an image: as it is when it is in the local registry, else a copy there. */
export interface ImageCopy {
  source: string;
  local: string;
  copy: boolean;
}

export function localImage(reference: string, registry: LocalRegistry): ImageCopy {
  const ref = parseReference(reference);
  const host = `localhost:${registry.port}`;
  const local = [host, `127.0.0.1:${registry.port}`].includes(ref.registry);
  const tag = ref.tag ?? (ref.digest ? ref.digest.replace(':', '-').slice(0, 19) : 'latest');
  return {
    source: reference,
    local: local
      ? formatReference({ ...ref, registry: host })
      : formatReference({ registry: host, repository: ref.repository, tag }),
    copy: !local,
  };
}

type Gate =
  'tools' | 'registry' | 'cluster' | 'pulls' | 'images' | 'operator' | 'postgres' | 'database';

const sleepFor = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function runKindLevel(options: KindLevelOptions): Promise<KindLevelResult> {
  const { runner, expectations, extensions } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? sleepFor;
  const registry = options.registry ?? DEFAULT_LOCAL_REGISTRY;
  const checks = new Checks('kind', options.log, now);
  const deadline = new Deadline(options.timeoutMs, now);
  const clusterName = options.clusterName ?? `pgforge-smoke-${randomBytes(3).toString('hex')}`;
  const context = `kind-${clusterName}`;
  const pgCluster = 'smoke';
  const pod = `${pgCluster}-1`;
  const databaseName = `${pgCluster}-${APP_DATABASE}`;
  const diagnostics: Diagnostic[] = [];
  const manifests: object[] = [];

  const run = async (cmd: string, args: string[], input?: string): Promise<CommandResult> => {
    const timeoutMs = deadline.remainingMs();
    try {
      const result = await runner.run(cmd, args, {
        timeoutMs,
        ...(input !== undefined ? { input } : {}),
      });
      if (result.code !== 0) throw new CheckFailure(describeFailure(cmd, args, result, timeoutMs));
      return result;
    } catch (error) {
      if (error instanceof ToolNotFoundError) throw new CheckFailure(error.message);
      throw error;
    }
  };
  const kubectl = (args: string[], input?: string): Promise<CommandResult> =>
    run('kubectl', ['--context', context, ...args], input);
  /** SQL in the instance pod; a failure is PostgreSQL's own ERROR line. */
  const psql = async (sql: string): Promise<CommandResult> => {
    const args = ['--context', context, 'exec', pod, '-c', 'postgres', '--'];
    args.push('psql', '-X', '-v', 'ON_ERROR_STOP=1', '-d', APP_DATABASE, '-Atc', sql);
    const timeoutMs = deadline.remainingMs();
    const result = await runner.run('kubectl', args, { timeoutMs });
    if (result.code === 0) return result;
    throw (
      (!result.timedOut && sqlFailure(result.stderr)) ||
      new CheckFailure(describeFailure('kubectl', args, result, timeoutMs))
    );
  };
  /** Applies a document, again while CNPG's webhook is not answering yet. */
  const apply = async (document: object): Promise<void> => {
    manifests.push(document);
    const yaml = toYaml(document);
    for (let attempt = 1; ; attempt++) {
      try {
        await kubectl(['apply', '-f', '-'], yaml);
        return;
      } catch (error) {
        const webhook = /webhook|connection refused|no endpoints available/i.test(String(error));
        if (!webhook || attempt >= 6 || deadline.expired()) throw error;
        await sleep(10_000);
      }
    }
  };

  const images = [
    localImage(options.image, registry),
    ...extensions.map((p) => localImage(p.entry.image.reference, registry)),
  ];
  const operand = images[0] as ImageCopy;
  let startedRegistry = false;
  let createdCluster = false;

  const imageExtensions = extensions.flatMap((p) => p.sqlNames.map((n) => ({ name: n, plan: p })));
  const wantedExtensions: DatabaseExtension[] = [
    ...expectations.extensions.map((name): DatabaseExtension => ({ name, ensure: 'present' })),
    ...imageExtensions.map(({ name, plan }): DatabaseExtension => ({
      name,
      ensure: 'present',
      ...(plan.primary === name && plan.sqlVersion
        ? { version: plan.sqlVersion }
        : plan.versions.has(name)
          ? { version: plan.versions.get(name) ?? '' }
          : {}),
    })),
  ];

  const steps: Step<Gate>[] = [
    {
      name: 'kind and kubectl available',
      opens: 'tools',
      run: async () => {
        const kind = await run('kind', ['version']);
        const client = await run('kubectl', ['version', '--client']);
        return `${kind.stdout.trim()}; ${client.stdout.trim().split('\n')[0]}`;
      },
    },
    {
      name: `local registry ${registry.name} on localhost:${registry.port}`,
      needs: ['tools'],
      opens: 'registry',
      run: async () => {
        const state = await runner.run(
          'docker',
          ['inspect', '-f', '{{.State.Running}}', registry.name],
          {
            timeoutMs: deadline.remainingMs(),
          },
        );
        if (state.code === 0 && state.stdout.trim() === 'true') return 'already running';
        await run('docker', [
          'run',
          '--detach',
          '--restart=always',
          '--publish',
          `127.0.0.1:${registry.port}:5000`,
          '--network',
          'bridge',
          '--name',
          registry.name,
          REGISTRY_IMAGE,
        ]);
        startedRegistry = true;
        return 'started';
      },
    },
    {
      name: `kind cluster ${clusterName} (${options.nodeImage}, ImageVolume)`,
      needs: ['tools'],
      opens: 'cluster',
      run: async () => {
        createdCluster = true;
        await run(
          'kind',
          [
            'create',
            'cluster',
            '--name',
            clusterName,
            '--image',
            options.nodeImage,
            '--config=-',
            `--wait=${deadline.remainingSeconds()}s`,
          ],
          toYaml(kindClusterConfig()),
        );
      },
    },
    {
      name: 'nodes pull from the local registry',
      needs: ['cluster', 'registry'],
      opens: 'pulls',
      run: async () => {
        const networks = await run('docker', [
          'inspect',
          '-f',
          '{{json .NetworkSettings.Networks.kind}}',
          registry.name,
        ]);
        if (networks.stdout.trim() === 'null') {
          await run('docker', ['network', 'connect', 'kind', registry.name]);
        }
        const nodes = (await run('kind', ['get', 'nodes', '--name', clusterName])).stdout
          .trim()
          .split('\n')
          .filter(Boolean);
        const dir = `/etc/containerd/certs.d/localhost:${registry.port}`;
        for (const node of nodes) {
          await run('docker', ['exec', node, 'mkdir', '-p', dir]);
          await run(
            'docker',
            ['exec', '-i', node, 'cp', '/dev/stdin', `${dir}/hosts.toml`],
            registryHostsToml(registry),
          );
        }
        return `${nodes.join(', ')}: localhost:${registry.port} → http://${registry.name}:5000`;
      },
    },
    {
      name: 'images in the local registry',
      needs: ['registry'],
      opens: 'images',
      run: async () => {
        // Registry to registry, every platform, with the runner's credentials: the nodes
        // then need none (a private ghcr.io image would need a pull secret otherwise).
        for (const image of images.filter((i) => i.copy)) {
          await run('docker', [
            'buildx',
            'imagetools',
            'create',
            '--tag',
            image.local,
            image.source,
          ]);
        }
        return images.map((i) => `${i.local}${i.copy ? ' (copied)' : ''}`).join(', ');
      },
    },
    {
      name: `CNPG operator ${options.cnpgVersion}`,
      needs: ['cluster'],
      opens: 'operator',
      run: async () => {
        const manifest = options.operatorManifest ?? downloadCnpgManifest;
        const { url, text } = await manifest(options.cnpgVersion);
        await kubectl(['apply', '--server-side', '-f', '-'], text);
        await kubectl([
          'rollout',
          'status',
          `deployment/${OPERATOR_DEPLOYMENT}`,
          '-n',
          OPERATOR_NAMESPACE,
          `--timeout=${deadline.remainingSeconds()}s`,
        ]);
        return url;
      },
    },
    {
      name: `Cluster ${pgCluster}: ${HEALTHY}`,
      needs: ['operator', 'images', 'pulls'],
      opens: 'postgres',
      run: async () => {
        await apply(
          clusterManifest({
            name: pgCluster,
            imageName: operand.local,
            // The flavour's, and what each mounted image says it needs.
            preloadLibraries: [
              ...new Set([
                ...expectations.preloadLibraries,
                ...extensions.flatMap((p) => p.preload),
              ]),
            ],
            extensions: extensions.map((p, i) => ({
              ...p.entry,
              image: { ...p.entry.image, reference: (images[i + 1] as ImageCopy).local },
            })),
          }),
        );
        await kubectl([
          'wait',
          `cluster/${pgCluster}`,
          '--for=condition=Ready',
          `--timeout=${deadline.remainingSeconds()}s`,
        ]);
        const phase = (
          await kubectl(['get', `cluster/${pgCluster}`, '-o', 'jsonpath={.status.phase}'])
        ).stdout.trim();
        if (phase !== HEALTHY) {
          throw new CheckFailure(
            `the Cluster is Ready but its phase is ${JSON.stringify(phase)}, not "${HEALTHY}"`,
          );
        }
        return phase;
      },
    },
    {
      name: `Database ${APP_DATABASE} with extensions applied`,
      needs: ['postgres'],
      opens: 'database',
      run: async () => {
        await apply(
          databaseManifest({
            name: databaseName,
            cluster: pgCluster,
            extensions: wantedExtensions,
          }),
        );
        await kubectl([
          'wait',
          `database/${databaseName}`,
          '--for=jsonpath={.status.applied}=true',
          `--timeout=${deadline.remainingSeconds()}s`,
        ]);
        return wantedExtensions.map((e) => e.name).join(', ') || 'no extensions';
      },
    },
    {
      name: 'SELECT version()',
      needs: ['postgres'],
      run: async () => (await psql('SELECT version()')).stdout.trim(),
    },
    ...wantedExtensions.map((e): Step<Gate> => ({
      name: `extension ${e.name} in database ${APP_DATABASE}`,
      needs: ['database'],
      run: async () => {
        const version = (
          await psql(
            `SELECT extversion FROM pg_extension WHERE extname = '${e.name.replaceAll("'", "''")}'`,
          )
        ).stdout.trim();
        if (version === '')
          throw new CheckFailure(`${e.name} is not in pg_extension of ${APP_DATABASE}`);
        if (e.version !== undefined && version !== e.version) {
          throw new CheckFailure(
            `${e.name} is ${version}; the image's annotation says ${e.version}`,
          );
        }
        return `${e.name} ${version}`;
      },
    })),
    ...expectations.locales.map((locale): Step<Gate> => ({
      name: `locale ${locale}`,
      needs: ['postgres'],
      run: async () => {
        const listed = (await kubectl(['exec', pod, '-c', 'postgres', '--', 'locale', '-a'])).stdout
          .trim()
          .split('\n');
        const norm = (n: string): string => n.toLowerCase().replace(/\.utf-?8$/, '.utf8');
        if (!listed.some((l) => norm(l) === norm(locale))) {
          throw new CheckFailure(
            `${locale} is not installed: locale -a lists ${listed.join(', ') || 'nothing'}`,
          );
        }
        return 'listed by locale -a in the instance pod';
      },
    })),
  ];

  try {
    await runSteps(checks, steps);
    if (checks.failed && createdCluster) await collectDiagnostics();
  } finally {
    if (createdCluster) {
      await checks.run(`kind cluster ${clusterName} deleted`, async () => {
        await runner
          .run('kind', ['delete', 'cluster', '--name', clusterName], { timeoutMs: 300_000 })
          .then((r) => {
            if (r.code !== 0) {
              throw new CheckFailure(
                describeFailure('kind', ['delete', 'cluster', '--name', clusterName], r),
              );
            }
          });
      });
    }
    if (startedRegistry) {
      await runner
        .run('docker', ['rm', '--force', registry.name], { timeoutMs: 60_000 })
        .catch(() => undefined);
    }
  }
  return { checks: checks.results, diagnostics, manifests };

  async function collectDiagnostics(): Promise<void> {
    const commands: [string, string[]][] = [
      ['kubectl', ['--context', context, 'get', 'pods', '--all-namespaces', '-o', 'wide']],
      ['kubectl', ['--context', context, 'describe', `cluster/${pgCluster}`]],
      ['kubectl', ['--context', context, 'describe', 'pods', '-l', `cnpg.io/cluster=${pgCluster}`]],
      ['kubectl', ['--context', context, 'describe', `database/${databaseName}`]],
      [
        'kubectl',
        ['--context', context, 'get', 'events', '--all-namespaces', '--sort-by=.lastTimestamp'],
      ],
      [
        'kubectl',
        [
          '--context',
          context,
          'logs',
          '-n',
          OPERATOR_NAMESPACE,
          `deployment/${OPERATOR_DEPLOYMENT}`,
          '--tail=200',
        ],
      ],
      [
        'kubectl',
        [
          '--context',
          context,
          'logs',
          '-l',
          `cnpg.io/cluster=${pgCluster}`,
          '--all-containers',
          '--prefix',
          '--tail=200',
        ],
      ],
    ];
    for (const [cmd, args] of commands) {
      const command = [cmd, ...args].join(' ');
      const result = await runner.run(cmd, args, { timeoutMs: 60_000 }).catch((error: unknown) => ({
        code: 1,
        stdout: '',
        stderr: String(error),
        timedOut: false,
      }));
      const output = `${result.stdout}${result.stderr ? `\n${result.stderr}` : ''}`.trim();
      diagnostics.push({ level: 'kind', command, output });
      options.log?.info(`$ ${command}\n${output}`);
    }
  }
}
