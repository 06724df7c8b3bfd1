// The workflows under .github/workflows cannot run here (the end-to-end one needs kind on a
// GitHub runner), so they are checked for what would break them on GitHub: every step that
// uses one of the project's own actions (`$/actions/<name>` or `./actions/<name>`) names an action that exists,
// passes only inputs its action.yml declares and every required one, and reads only outputs it
// declares. An action that is not there yet is a failure naming it, not a skip.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * `actions/build` for a step that uses the project's own action, as `$/actions/build` (the
 * workflow's own repository at its own ref) or `./actions/build` (the checkout); else undefined.
 */
function ownAction(uses: string | undefined): string | undefined {
  const m = /^(?:\$|\.)\/(actions\/[\w-]+)\/*$/.exec(uses ?? '');
  return m?.[1];
}
const WORKFLOWS = join(ROOT, '.github', 'workflows');

interface ActionInput {
  required?: boolean;
  default?: unknown;
}
interface ActionFile {
  inputs?: Record<string, ActionInput | null>;
  outputs?: Record<string, unknown>;
}
interface WorkflowStep {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs?: Record<string, { steps?: WorkflowStep[] }>;
}

interface LocalUse {
  workflow: string;
  job: string;
  step: WorkflowStep;
  /** `./actions/build` */
  action: string;
}

function workflowFiles(): string[] {
  if (!existsSync(WORKFLOWS)) return [];
  return readdirSync(WORKFLOWS)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(WORKFLOWS, f));
}

function localUses(): LocalUse[] {
  return workflowFiles().flatMap((file) => {
    const doc = parse(readFileSync(file, 'utf8')) as Workflow;
    return Object.entries(doc.jobs ?? {}).flatMap(([job, spec]) =>
      (spec.steps ?? [])
        .filter((step) => ownAction(step.uses) !== undefined)
        .map((step) => ({
          workflow: file.slice(ROOT.length + 1),
          job,
          step,
          action: ownAction(step.uses) ?? '',
        })),
    );
  });
}

function actionFile(action: string): ActionFile | undefined {
  for (const name of ['action.yml', 'action.yaml']) {
    const path = join(ROOT, action, name);
    if (existsSync(path)) return parse(readFileSync(path, 'utf8')) as ActionFile;
  }
  return undefined;
}

/** The problems of one `uses: ./actions/<name>` step, as sentences. */
function checkLocalUse(use: LocalUse, jobSteps: WorkflowStep[]): string[] {
  const at = `${use.workflow}, job ${use.job}, step ${use.step.id ?? use.action}`;
  const action = actionFile(use.action);
  if (!action) {
    return [`${at}: ${use.action}/action.yml does not exist (the step uses ${use.action})`];
  }
  const declared = action.inputs ?? {};
  const given = Object.keys(use.step.with ?? {});
  const problems = given
    .filter((name) => !(name in declared))
    .map(
      (name) =>
        `${at}: ${use.action} has no input "${name}"; it declares ${Object.keys(declared).join(', ')}`,
    );
  for (const [name, spec] of Object.entries(declared)) {
    if (spec?.required === true && spec.default === undefined && !given.includes(name)) {
      problems.push(
        `${at}: ${use.action} requires the input "${name}", which the step does not pass`,
      );
    }
  }
  // Outputs read from steps that use local actions.
  const byId = new Map(jobSteps.filter((s) => s.id).map((s) => [s.id as string, s]));
  const text = JSON.stringify(use.step.with ?? {});
  for (const [, id = '', output = ''] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
    const source = byId.get(id);
    if (!source) {
      problems.push(`${at}: reads steps.${id}.outputs.${output}, but the job has no step ${id}`);
      continue;
    }
    const action = ownAction(source.uses);
    if (action === undefined) continue;
    const outputs = actionFile(action)?.outputs;
    if (outputs && !(output in outputs)) {
      problems.push(
        `${at}: reads steps.${id}.outputs.${output}, but ${source.uses} declares ${Object.keys(outputs).join(', ')}`,
      );
    }
  }
  return problems;
}

function stepsOfJob(use: LocalUse): WorkflowStep[] {
  const doc = parse(readFileSync(join(ROOT, use.workflow), 'utf8')) as Workflow;
  return doc.jobs?.[use.job]?.steps ?? [];
}

const uses = localUses();

describe('.github/workflows/e2e-kind.yml', () => {
  const file = join(WORKFLOWS, 'e2e-kind.yml');

  it('runs matrix, build, extension and smoke-test (mode all) on a GitHub-hosted runner', () => {
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const doc = parse(readFileSync(file, 'utf8')) as Workflow & {
      jobs: Record<string, { 'runs-on': string; steps: WorkflowStep[] }>;
    };
    const [job] = Object.values(doc.jobs);
    expect(job?.['runs-on']).toMatch(/^ubuntu-/);
    const local = (job?.steps ?? []).filter((s) => ownAction(s.uses) !== undefined);
    expect(local.map((s) => ownAction(s.uses))).toEqual([
      'actions/matrix',
      'actions/build',
      'actions/extension',
      'actions/smoke-test',
    ]);
    // The extension action emits one entry per distribution, all of one name, and the smoke
    // test gets them as they are: it must choose the operand's (trixie) on kind too.
    const matrix = local[0];
    const extension = local[2];
    const distributions = String(extension?.with?.distributions ?? '').split(',');
    expect(
      distributions.length,
      'the extension step builds for one distribution only',
    ).toBeGreaterThan(1);
    expect(distributions).toContain(String(matrix?.with?.distributions));
    const smoke = local[3];
    expect(smoke?.with).toMatchObject({
      mode: 'all',
      image: '${{ fromJSON(steps.build.outputs.images)[0].reference }}',
      extensions: '${{ steps.extension.outputs.cluster-extensions }}',
    });
    // Every other uses: is pinned to a full commit.
    for (const step of job?.steps ?? []) {
      if (step.uses && ownAction(step.uses) === undefined) {
        expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
      }
    }
  });
});

describe('every use of the project’s own actions in .github/workflows', () => {
  it('finds some to check', () => {
    expect(uses.length).toBeGreaterThan(0);
  });

  it.each(
    uses.map((u) => [`${u.workflow} ${u.job}: ${u.step.id ?? u.action} (${u.action})`, u] as const),
  )('%s passes only declared inputs, all required ones, and reads declared outputs', (_, use) => {
    expect(checkLocalUse(use, stepsOfJob(use))).toEqual([]);
  });
});

describe('the consistency check itself', () => {
  const use = (action: string, withInputs: Record<string, unknown>): LocalUse => ({
    workflow: 'w.yml',
    job: 'j',
    step: { id: 's', uses: action, with: withInputs },
    action,
  });

  it('names an action that does not exist', () => {
    expect(checkLocalUse(use('./actions/nope', {}), [])).toEqual([
      'w.yml, job j, step s: ./actions/nope/action.yml does not exist (the step uses ./actions/nope)',
    ]);
  });

  it('names an undeclared input, a missing required one and an undeclared output', () => {
    const steps: WorkflowStep[] = [{ id: 'm', uses: './actions/matrix' }];
    const problems = checkLocalUse(
      use('./actions/smoke-test', { imag: 'x', extensions: '${{ steps.m.outputs.bake }}' }),
      steps,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^w\.yml, job j, step s: \.\/actions\/smoke-test has no input "imag"; it declares image, /,
      ),
      'w.yml, job j, step s: ./actions/smoke-test requires the input "image", which the step does not pass',
      expect.stringMatching(
        /reads steps\.m\.outputs\.bake, but \.\/actions\/matrix declares matrix, targets/,
      ),
    ]);
  });
});
