/** What the project's actions and reusable workflows declare: the interface callers must match. */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface InputSpec {
  required: boolean;
  hasDefault: boolean;
}

export interface ActionSpec {
  name: string;
  inputs: Map<string, InputSpec>;
  outputs: Set<string>;
}

export interface WorkflowSpec {
  /** `.github/workflows/<file>` */
  path: string;
  /** Whether it can be called at all (`on: workflow_call`). */
  callable: boolean;
  inputs: Map<string, InputSpec>;
  secrets: Map<string, InputSpec>;
  outputs: Set<string>;
}

export interface Project {
  actions: Map<string, ActionSpec>;
  workflows: Map<string, WorkflowSpec>;
}

type Raw = Record<string, unknown>;
const asRecord = (v: unknown): Raw =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {};

function inputSpecs(raw: unknown): Map<string, InputSpec> {
  return new Map(
    Object.entries(asRecord(raw)).map(([name, spec]) => {
      const s = asRecord(spec);
      return [name, { required: s.required === true, hasDefault: s.default !== undefined }];
    }),
  );
}

export function actionSpec(name: string, text: string): ActionSpec {
  const raw = asRecord(parse(text));
  return {
    name,
    inputs: inputSpecs(raw.inputs),
    outputs: new Set(Object.keys(asRecord(raw.outputs))),
  };
}

export function workflowSpec(path: string, text: string): WorkflowSpec {
  const raw = asRecord(parse(text));
  // `on: workflow_call` may be a string, a list or a mapping.
  const on = raw.on ?? raw.true;
  const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(asRecord(on));
  const call = asRecord(asRecord(on).workflow_call);
  return {
    path,
    callable: events.includes('workflow_call'),
    inputs: inputSpecs(call.inputs),
    secrets: inputSpecs(call.secrets),
    outputs: new Set(Object.keys(asRecord(call.outputs))),
  };
}

async function yamlFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
}

/** The actions under actions/ and the workflows under .github/workflows of a checkout. */
export async function loadProject(root: string): Promise<Project> {
  const actions = new Map<string, ActionSpec>();
  const actionsDir = join(root, 'actions');
  for (const name of existsSync(actionsDir) ? (await readdir(actionsDir)).sort() : []) {
    for (const file of ['action.yml', 'action.yaml']) {
      const path = join(actionsDir, name, file);
      if (existsSync(path)) actions.set(name, actionSpec(name, await readFile(path, 'utf8')));
    }
  }
  const workflows = new Map<string, WorkflowSpec>();
  const workflowsDir = join(root, '.github', 'workflows');
  for (const file of await yamlFiles(workflowsDir)) {
    const path = `.github/workflows/${file}`;
    workflows.set(path, workflowSpec(path, await readFile(join(workflowsDir, file), 'utf8')));
  }
  return { actions, workflows };
}
