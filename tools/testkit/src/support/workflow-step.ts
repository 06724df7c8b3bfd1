/**
 * A workflow's `run:` step, taken from the workflow file as committed and run with bash (and
 * jq) as a runner runs it: `bash -e -o pipefail`, its `env:` given, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files read back. Tests hold the scripts the reusable workflows run to what
 * they promise without a runner.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../root.js';

interface Step {
  id?: string;
  run?: string;
}

/** The `run:` of step `step` (by id) of job `job` in `.github/workflows/<workflow>`. */
export function stepScript(workflow: string, job: string, step: string): string {
  const doc = parse(readFileSync(join(ROOT, '.github', 'workflows', workflow), 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const run = doc.jobs[job]?.steps.find((s) => s.id === step)?.run;
  if (!run) throw new Error(`${workflow}: job ${job} has no step ${step} with a run script`);
  return run;
}

export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT's `name=value` lines, values as written. */
  outputs: Record<string, string>;
  summary: string;
}

/** Runs `run` with `env` as a step does (the workflow's `env:` must be given too). */
export function runStep(run: string, env: Record<string, string>): StepRun {
  const dir = mkdtempSync(join(tmpdir(), 'pgforge-step-'));
  try {
    const output = join(dir, 'output');
    const summary = join(dir, 'summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const r = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', run], {
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        ...env,
      },
      encoding: 'utf8',
    });
    const outputs: Record<string, string> = {};
    for (const line of readFileSync(output, 'utf8').split('\n').filter(Boolean)) {
      const at = line.indexOf('=');
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
    return {
      code: r.status,
      stdout: r.stdout,
      stderr: r.stderr,
      outputs,
      summary: readFileSync(summary, 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
