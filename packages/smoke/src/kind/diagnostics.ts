/** What a failed kind level leaves behind to read: pods, the Cluster, events and logs. */
import { OPERATOR_DEPLOYMENT, OPERATOR_NAMESPACE } from './operator.js';
import type { KindSession } from './session.js';

/** Runs each command whatever the others did; its output goes to the report and the log. */
export async function collectDiagnostics(s: KindSession): Promise<void> {
  const { context, pgCluster } = s;
  const commands: [string, string[]][] = [
    ['kubectl', ['--context', context, 'get', 'pods', '--all-namespaces', '-o', 'wide']],
    ['kubectl', ['--context', context, 'describe', `cluster/${pgCluster}`]],
    ['kubectl', ['--context', context, 'describe', 'pods', '-l', `cnpg.io/cluster=${pgCluster}`]],
    ['kubectl', ['--context', context, 'describe', `database/${s.databaseName}`]],
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
    const result = await s.runner.run(cmd, args, { timeoutMs: 60_000 }).catch((error: unknown) => ({
      code: 1,
      stdout: '',
      stderr: String(error),
      timedOut: false,
    }));
    const output = `${result.stdout}${result.stderr ? `\n${result.stderr}` : ''}`.trim();
    s.diagnostics.push({ level: 'kind', command, output });
    s.options.log?.info(`$ ${command}\n${output}`);
  }
}
