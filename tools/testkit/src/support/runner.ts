import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What GitHub's runner would tell the step about the workflow run, unless `env` says otherwise. */
export const RUNNER_GITHUB = {
  GITHUB_SHA: '4f9a2c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39',
  GITHUB_REPOSITORY: 'pgforge-it/images',
  GITHUB_REPOSITORY_OWNER: 'pgforge-it',
  GITHUB_SERVER_URL: 'https://github.com',
} as const;

export interface RunActionOptions {
  /** The bundle `runs.main` names. */
  bundle: string;
  /** The Node binary `runs.using` stands for. */
  node: string;
  /** Input values by name, as a workflow's `with:` gives them. */
  inputs: Record<string, string>;
  /**
   * The action.yml: when given, its inputs' defaults are set as the runner sets them, and an
   * input it does not declare is an error (a typo in a test would otherwise pass unnoticed).
   */
  action?: string;
  /** Added to (or, with undefined, removed from) the step's environment. */
  env?: Record<string, string | undefined>;
  /** GITHUB_WORKSPACE, and the step's working directory. */
  cwd: string;
  /** Where the run's temp directory is made; default the system's. */
  tempDir?: string;
  /** Kill the step after this long; default two minutes. */
  timeoutMs?: number;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
  message: string;
}

export interface ActionRun {
  /** Null when the step was ended by a signal. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** RUNNER_TEMP of this run (its files stay until the caller removes `tempDir`). */
  runnerTemp: string;
  /** The environment the step ran with. */
  env: Record<string, string>;
}

/** The environment variable @actions/core's getInput reads for an input. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

// What this process has that a runner would not hand a step: the inputs, files and context of
// an enclosing workflow step, and the test runner's own settings.
const NOT_INHERITED = /^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|VITEST|NODE_OPTIONS$|NODE_ENV$|TEST$)/;

async function actionDefaults(actionFile: string): Promise<Map<string, string | undefined>> {
  const doc = parse(await readFile(actionFile, 'utf8')) as {
    inputs?: Record<string, { default?: unknown } | null>;
  };
  return new Map(
    Object.entries(doc.inputs ?? {}).map(([name, spec]) => [
      name,
      spec?.default === undefined ? undefined : String(spec.default),
    ]),
  );
}

/**
 * Runs an action's bundle as GitHub's runner does: inputs as `INPUT_<NAME>` variables, empty
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, RUNNER_TEMP and the workflow context, and the
 * workspace as working directory; then reads back what the step wrote.
 */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const runnerTemp = await mkdtemp(join(options.tempDir ?? tmpdir(), 'pgforge-runner-'));
  const files = await mkdtemp(join(runnerTemp, '_runner_file_commands-'));
  const outputFile = join(files, 'set_output');
  const summaryFile = join(files, 'step_summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');

  const inputs = new Map<string, string>();
  if (options.action) {
    const declared = await actionDefaults(options.action);
    for (const name of Object.keys(options.inputs)) {
      if (!declared.has(name)) {
        throw new Error(
          `${options.action} has no input "${name}"; it declares ${[...declared.keys()].join(', ')}`,
        );
      }
    }
    for (const [name, value] of declared) if (value !== undefined) inputs.set(name, value);
  }
  for (const [name, value] of Object.entries(options.inputs)) inputs.set(name, value);

  const vars = new Map<string, string | undefined>(
    Object.entries(process.env).filter(([key]) => !NOT_INHERITED.test(key)),
  );
  const step: Record<string, string | undefined> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    ...RUNNER_GITHUB,
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
  };
  for (const [key, value] of Object.entries(step)) vars.set(key, value);
  for (const [name, value] of inputs) vars.set(inputVariable(name), value);
  for (const [key, value] of Object.entries(options.env ?? {})) vars.set(key, value);
  const env: Record<string, string> = {};
  for (const [key, value] of vars) if (value !== undefined) env[key] = value;

  const { exitCode, stdout, stderr } = await spawnStep(
    options.node,
    [options.bundle],
    options.cwd,
    env,
    options.timeoutMs ?? 120_000,
  );
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
    runnerTemp,
    env,
  };
}

function spawnStep(
  node: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start ${node} ${args.join(' ')}: ${error.message}`));
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (timedOut) {
        reject(
          new Error(
            `${node} ${args.join(' ')} did not end within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`,
          ),
        );
      } else resolve({ exitCode, stdout, stderr });
    });
  });
}

/**
 * The GITHUB_OUTPUT file: `name<<DELIMITER`, the value's lines, `DELIMITER` (what
 * @actions/core writes), or `name=value` (what a shell step writes).
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const [name, delimiter] = [heredoc[1], heredoc[2]];
      const end = lines.indexOf(delimiter, i + 1);
      if (end === -1) throw new Error(`GITHUB_OUTPUT: ${name}<<${delimiter} is never closed`);
      outputs[name] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0)
      throw new Error(`GITHUB_OUTPUT: line ${i + 1} is neither name=value nor name<<EOF`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

// Workflow-command escaping, as @actions/core's command.ts writes it; one pass, so that an
// escaped `%` followed by `0A` stays what it was.
const ESCAPES: Record<string, string> = { '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' };
const unescapeData = (s: string): string =>
  s.replace(/%(25|0D|0A)/gi, (_, code: string) => ESCAPES[code.toUpperCase()] ?? '');
const unescapeProperty = (s: string): string =>
  s.replace(/%(25|0D|0A|3A|2C)/gi, (_, code: string) => ESCAPES[code.toUpperCase()] ?? '');

/** `::error file=a,line=3::message` lines (and warning, notice) of a step's stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const annotation: Annotation = {
      level: m[1] as Annotation['level'],
      message: unescapeData(m[3] ?? ''),
    };
    for (const pair of (m[2] ?? '').split(',')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const key = pair.slice(0, eq).trim();
      const value = unescapeProperty(pair.slice(eq + 1));
      if (key === 'file' || key === 'title') annotation[key] = value;
      else if (key === 'line' || key === 'endLine' || key === 'col' || key === 'endColumn') {
        annotation[key] = Number(value);
      }
    }
    annotations.push(annotation);
  }
  return annotations;
}
