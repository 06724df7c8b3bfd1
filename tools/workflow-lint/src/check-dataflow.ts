/**
 * Data flow: every output read is one that is written, and every input given is one that is
 * read. GitHub evaluates a misspelt `needs.build.outputs.imags` or `steps.x.outputs.y` to an
 * empty string without a word, and passes an undeclared `with:` key to an action that ignores
 * it, so these mistakes only show as a wrong result far downstream.
 */
import type { Node } from 'yaml';
import { child, entries, keyNode, scalars, text } from './yaml-tree.js';
import { stepLabel, type Context, type Job } from './context.js';
import {
  contextProperties,
  expressionsIn,
  jobOutputs,
  neededJobs,
  needsOutputs,
  stepOutputs,
  type Expression,
} from './expressions.js';
import { parseUse } from './references.js';
import type { InputSpec } from './specs.js';

/** Where an expression sits in a job: a step (by index), the job's outputs, or elsewhere. */
type Area = { step: number } | 'outputs' | 'job';

/** The expressions of a node's scalars; an `if:` directly below `node` is a bare expression. */
function expressionsOf(c: Context, node: Node | undefined, skip: string[] = []): Expression[] {
  return entries(node).flatMap(([key, value]) =>
    skip.includes(key) || !value
      ? []
      : key === 'if'
        ? expressionsIn(c.source, value, true)
        : scalars(value).flatMap((s) => expressionsIn(c.source, s)),
  );
}

function jobOutputNames(c: Context, job: Job | undefined): Set<string> | undefined {
  if (!job) return undefined;
  const uses = parseUse(text(child(job.node, 'uses')) ?? '');
  if (uses.kind === 'own-workflow') return c.project.workflows.get(uses.path)?.outputs;
  if (uses.kind === 'remote') return undefined; // another repository's workflow: not known here
  return new Set(entries(child(job.node, 'outputs')).map(([k]) => k));
}

function stepOutputNames(c: Context, step: Node): Set<string> | undefined {
  const uses = parseUse(text(child(step, 'uses')) ?? '');
  return uses.kind === 'own-action' ? c.project.actions.get(uses.name)?.outputs : undefined;
}

function checkExpression(c: Context, job: Job, area: Area, e: Expression, where: string): void {
  for (const needed of neededJobs(e.body)) {
    if (!job.needs.includes(needed)) {
      c.report(
        e.at,
        'needs-output',
        `${where}: reads needs.${needed}, but ${needed} is not in the job's needs (${job.needs.join(', ') || 'none'})`,
      );
    }
  }
  for (const ref of needsOutputs(e.body)) {
    if (!job.needs.includes(ref.owner)) continue;
    const names = jobOutputNames(
      c,
      c.jobs.find((j) => j.id === ref.owner),
    );
    if (names && !names.has(ref.output)) {
      c.report(
        e.at,
        'needs-output',
        `${where}: reads needs.${ref.owner}.outputs.${ref.output}, but job ${ref.owner} declares ${[...names].join(', ') || 'no outputs'}`,
      );
    }
  }
  for (const ref of stepOutputs(e.body)) {
    if (area === 'job') {
      c.report(
        e.at,
        'step-output',
        `${where}: steps.${ref.owner} is not available outside steps and outputs`,
      );
      continue;
    }
    const index = job.steps.findIndex((s) => text(child(s, 'id')) === ref.owner);
    if (index < 0) {
      c.report(
        e.at,
        'step-output',
        `${where}: reads steps.${ref.owner}.outputs.${ref.output}, but job ${job.id} has no step with id ${ref.owner}`,
      );
      continue;
    }
    if (area !== 'outputs' && index >= area.step) {
      c.report(
        e.at,
        'step-output',
        `${where}: reads steps.${ref.owner}.outputs.${ref.output} before step ${ref.owner} has run`,
      );
      continue;
    }
    const step = job.steps[index];
    const names = step ? stepOutputNames(c, step) : undefined;
    if (names && !names.has(ref.output)) {
      c.report(
        e.at,
        'step-output',
        `${where}: reads steps.${ref.owner}.outputs.${ref.output}, but ${text(child(step, 'uses'))} declares ${[...names].join(', ')}`,
      );
    }
  }
  checkDeclared(c, e, where);
}

function checkDeclared(c: Context, e: Expression, where: string): void {
  for (const name of contextProperties(e.body, 'inputs')) {
    if (!c.inputs.has(name)) {
      c.report(
        e.at,
        'undeclared',
        `${where}: reads inputs.${name}, which the workflow does not declare (${[...c.inputs].join(', ') || 'no inputs'})`,
      );
    }
  }
  if (!c.reusable) return;
  for (const name of contextProperties(e.body, 'secrets')) {
    if (!c.secrets.has(name)) {
      c.report(
        e.at,
        'undeclared',
        `${where}: reads secrets.${name}, which on.workflow_call.secrets does not declare`,
      );
    }
  }
}

/** `with:` (or `secrets:`) against what the action or workflow declares. */
function checkGiven(
  c: Context,
  given: Node | undefined,
  at: Node,
  declared: Map<string, InputSpec>,
  what: { kind: 'input' | 'secret'; noun: string; of: string; where: string },
): void {
  const keys = entries(given).map(([k]) => k);
  for (const key of keys) {
    if (!declared.has(key)) {
      c.report(
        keyNode(given, key) ?? at,
        what.kind,
        `${what.where}: ${what.of} has no ${what.noun} "${key}"; it declares ${[...declared.keys()].join(', ') || 'none'}`,
      );
    }
  }
  for (const [name, spec] of declared) {
    if (spec.required && !spec.hasDefault && !keys.includes(name)) {
      c.report(
        at,
        what.kind,
        `${what.where}: ${what.of} requires the ${what.noun} "${name}", which is not given`,
      );
    }
  }
}

function checkJob(c: Context, job: Job): void {
  const where = `job ${job.id}`;
  for (const e of expressionsOf(c, job.node, ['steps', 'outputs']))
    checkExpression(c, job, 'job', e, where);
  for (const e of expressionsOf(c, child(job.node, 'outputs')))
    checkExpression(c, job, 'outputs', e, `${where} outputs`);
  job.steps.forEach((step, i) => {
    const stepWhere = `${where}, ${stepLabel(step, i)}`;
    for (const e of expressionsOf(c, step)) checkExpression(c, job, { step: i }, e, stepWhere);
    const usesNode = child(step, 'uses');
    const use = parseUse(text(usesNode) ?? '');
    const action = use.kind === 'own-action' ? c.project.actions.get(use.name) : undefined;
    if (action && usesNode) {
      checkGiven(c, child(step, 'with'), usesNode, action.inputs, {
        kind: 'input',
        noun: 'input',
        of: `actions/${action.name}`,
        where: stepWhere,
      });
    }
  });
  const usesNode = child(job.node, 'uses');
  const use = parseUse(text(usesNode) ?? '');
  const workflow = use.kind === 'own-workflow' ? c.project.workflows.get(use.path) : undefined;
  if (workflow?.callable && usesNode) {
    const of = use.kind === 'own-workflow' ? use.path : '';
    checkGiven(c, child(job.node, 'with'), usesNode, workflow.inputs, {
      kind: 'input',
      noun: 'input',
      of,
      where,
    });
    if (text(child(job.node, 'secrets')) !== 'inherit') {
      checkGiven(c, child(job.node, 'secrets'), usesNode, workflow.secrets, {
        kind: 'secret',
        noun: 'secret',
        of,
        where,
      });
    }
  }
}

export function checkDataFlow(c: Context): void {
  const root = c.source.doc.contents as Node | null;
  for (const job of c.jobs) checkJob(c, job);
  // The workflow's own level: env, concurrency, run-name, and a reusable workflow's outputs.
  for (const e of expressionsOf(c, root ?? undefined, ['jobs', 'on']))
    checkDeclared(c, e, 'workflow');
  const outputs = child(child(child(root, 'on'), 'workflow_call'), 'outputs');
  for (const [name, spec] of entries(outputs)) {
    for (const e of scalars(child(spec, 'value')).flatMap((s) => expressionsIn(c.source, s))) {
      for (const ref of jobOutputs(e.body)) {
        const job = c.jobs.find((j) => j.id === ref.owner);
        const names = jobOutputNames(c, job);
        if (!job || (names && !names.has(ref.output))) {
          c.report(
            e.at,
            'job-output',
            `output ${name}: reads jobs.${ref.owner}.outputs.${ref.output}, but ${job ? `job ${ref.owner} declares ${[...(names ?? [])].join(', ') || 'no outputs'}` : `there is no job ${ref.owner}`}`,
          );
        }
      }
    }
  }
}
