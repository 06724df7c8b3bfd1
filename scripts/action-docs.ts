// The reference pages of the actions, docs/actions/<name>.md and docs/actions/README.md, made
// from each actions/<name>/action.yml (title, description, inputs, outputs) and
// scripts/action-docs.yaml (permissions, runner requirements, an example workflow). Generated,
// never edited: `npm run docs` writes them, `npm run check-docs` fails when they differ from a
// fresh generation, as check-dist does for dist/.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { parse, parseDocument } from 'yaml';

/** The repository this script belongs to: its Prettier configuration formats the pages. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DATA_FILE = 'scripts/action-docs.yaml';
export const DOCS_DIR = 'docs/actions';
/** How a caller names the project's actions: the repository, the folder, the major tag. */
export const USES_PREFIX = 'pgforge/pgforge/actions/';
export const USES_REF = 'v1';

/** GitHub's GITHUB_TOKEN scopes, and the access each can be given. */
const SCOPES: Record<string, readonly string[]> = {
  actions: ['read', 'write'],
  attestations: ['read', 'write'],
  checks: ['read', 'write'],
  contents: ['read', 'write'],
  deployments: ['read', 'write'],
  discussions: ['read', 'write'],
  'id-token': ['write'],
  issues: ['read', 'write'],
  models: ['read'],
  packages: ['read', 'write'],
  pages: ['read', 'write'],
  'pull-requests': ['read', 'write'],
  'security-events': ['read', 'write'],
  statuses: ['read', 'write'],
};

export interface ActionInput {
  name: string;
  description: string;
  required: boolean;
  default?: string;
}

export interface ActionOutput {
  name: string;
  description: string;
}

export interface ActionMeta {
  /** The folder under actions/. */
  id: string;
  title: string;
  description: string;
  inputs: ActionInput[];
  outputs: ActionOutput[];
}

export interface Permission {
  scope: string;
  access: string;
  why: string;
}

export interface ActionExtras {
  permissions: Permission[];
  requires: string;
  example: string;
}

/** A mistake in action.yml or scripts/action-docs.yaml, named so that it can be fixed. */
export class ActionDocsError extends Error {
  override name = 'ActionDocsError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ActionDocsError(
      `${where}: expected a non-empty string, got ${JSON.stringify(value)}`,
    );
  }
  return value.trim();
}

/** The actions, in the order scripts/action-docs.yaml lists them (the order of a release). */
export async function readActions(root: string): Promise<ActionMeta[]> {
  const extras = await readExtras(root);
  const dirs = (await readdir(join(root, 'actions'), { withFileTypes: true }))
    .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
    .map((d) => d.name);
  const missing = dirs.filter((d) => !(d in extras));
  if (missing.length > 0) {
    throw new ActionDocsError(
      `${DATA_FILE}: no entry for ${missing.map((m) => `actions/${m}`).join(', ')}; add its permissions, requires and example`,
    );
  }
  const unknown = Object.keys(extras).filter((name) => !dirs.includes(name));
  if (unknown.length > 0) {
    throw new ActionDocsError(
      `${DATA_FILE}: ${unknown.join(', ')} is not an action (no actions/<name>/action.yml)`,
    );
  }
  return Promise.all(Object.keys(extras).map((id) => readAction(root, id)));
}

export async function readAction(root: string, id: string): Promise<ActionMeta> {
  const file = `actions/${id}/action.yml`;
  const doc: unknown = parse(await readFile(join(root, file), 'utf8'));
  if (!isRecord(doc)) throw new ActionDocsError(`${file}: not a YAML mapping`);
  const inputs = isRecord(doc.inputs) ? doc.inputs : {};
  const outputs = isRecord(doc.outputs) ? doc.outputs : {};
  return {
    id,
    title: text(doc.name, `${file}: name`),
    description: text(doc.description, `${file}: description`),
    inputs: Object.entries(inputs).map(([name, spec]) => {
      const where = `${file}: inputs.${name}`;
      if (!isRecord(spec)) throw new ActionDocsError(`${where}: expected a mapping`);
      const input: ActionInput = {
        name,
        description: text(spec.description, `${where}.description`),
        required: spec.required === true || spec.required === 'true',
      };
      if (spec.default !== undefined && spec.default !== null && String(spec.default) !== '') {
        input.default = String(spec.default);
      }
      return input;
    }),
    outputs: Object.entries(outputs).map(([name, spec]) => ({
      name,
      description: text(
        isRecord(spec) ? spec.description : undefined,
        `${file}: outputs.${name}.description`,
      ),
    })),
  };
}

export async function readExtras(root: string): Promise<Record<string, ActionExtras>> {
  const doc: unknown = parse(await readFile(join(root, DATA_FILE), 'utf8'));
  if (!isRecord(doc)) throw new ActionDocsError(`${DATA_FILE}: not a YAML mapping`);
  const result: Record<string, ActionExtras> = {};
  for (const [id, entry] of Object.entries(doc)) {
    const where = `${DATA_FILE}: ${id}`;
    if (!isRecord(entry) || !isRecord(entry.permissions)) {
      throw new ActionDocsError(`${where}: expected permissions, requires and example`);
    }
    const permissions = Object.entries(entry.permissions).map(([scope, spec]): Permission => {
      const at = `${where}.permissions.${scope}`;
      const allowed = SCOPES[scope];
      if (!allowed) {
        throw new ActionDocsError(
          `${at}: not a GITHUB_TOKEN permission (one of ${Object.keys(SCOPES).join(', ')})`,
        );
      }
      if (!isRecord(spec)) throw new ActionDocsError(`${at}: expected access and why`);
      const access = text(spec.access, `${at}.access`);
      if (!allowed.includes(access)) {
        throw new ActionDocsError(`${at}.access: ${access} is not allowed (${allowed.join(', ')})`);
      }
      return { scope, access, why: text(spec.why, `${at}.why`) };
    });
    result[id] = {
      permissions,
      requires: text(entry.requires, `${where}.requires`),
      example: text(entry.example, `${where}.example`) + '\n',
    };
  }
  return result;
}

/**
 * Holds an example workflow to what a caller may copy: every pgforge step gives only declared
 * inputs and every required one, the jobs running `action` grant exactly its permissions,
 * third-party actions are pinned by commit SHA with the version in a comment, no `run:` holds an
 * expression (template injection), and no job passes `secrets: inherit`. Returns the problems.
 */
export function checkExample(
  action: ActionMeta,
  extras: ActionExtras,
  actions: readonly ActionMeta[],
): string[] {
  const where = `${DATA_FILE}: ${action.id}.example`;
  const problems: string[] = [];
  const doc = parseDocument(extras.example);
  if (doc.errors.length > 0) return doc.errors.map((e) => `${where}: ${e.message}`);
  const workflow: unknown = doc.toJS();
  if (!isRecord(workflow) || !('on' in workflow) || !isRecord(workflow.jobs)) {
    return [`${where}: not a whole workflow (on:, jobs:)`];
  }
  const want = Object.fromEntries(extras.permissions.map((p) => [p.scope, p.access]));
  let runs = 0;
  for (const [jobId, job] of Object.entries(workflow.jobs)) {
    if (!isRecord(job)) continue;
    if (job.secrets === 'inherit') problems.push(`${where}: job ${jobId} passes secrets: inherit`);
    const steps = Array.isArray(job.steps) ? job.steps : [];
    let usesThis = false;
    for (const [index, step] of steps.entries()) {
      if (!isRecord(step)) continue;
      const at = `${where}: jobs.${jobId}.steps[${index}]`;
      if (typeof step.run === 'string' && step.run.includes('${{')) {
        problems.push(`${at}: an expression in run: (pass it through env:)`);
      }
      if (typeof step.uses !== 'string') continue;
      if (step.uses.startsWith(USES_PREFIX)) {
        const match = /^([a-z0-9-]+)@(.+)$/.exec(step.uses.slice(USES_PREFIX.length));
        const used = actions.find((a) => a.id === match?.[1]);
        if (!match || !used || match[2] !== USES_REF) {
          problems.push(`${at}: ${step.uses} is not ${USES_PREFIX}<action>@${USES_REF}`);
          continue;
        }
        if (used.id === action.id) usesThis = true;
        const given = isRecord(step.with) ? Object.keys(step.with) : [];
        for (const name of given) {
          if (!used.inputs.some((i) => i.name === name)) {
            problems.push(`${at}: ${used.id} has no input ${name}`);
          }
        }
        for (const input of used.inputs) {
          if (input.required && !given.includes(input.name)) {
            problems.push(`${at}: ${used.id} requires input ${input.name}`);
          }
        }
      } else if (!step.uses.startsWith('./') && !step.uses.startsWith('docker://')) {
        const pinned = new RegExp(
          `uses: ${step.uses.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} # v\\d`,
        ).test(extras.example);
        if (!/@[0-9a-f]{40}$/.test(step.uses) || !pinned) {
          problems.push(`${at}: ${step.uses} is not pinned by commit SHA with a # vX.Y.Z comment`);
        }
      }
    }
    if (!usesThis) continue;
    runs += 1;
    const granted = isRecord(job.permissions) ? job.permissions : {};
    const same =
      Object.keys(granted).length === Object.keys(want).length &&
      Object.entries(want).every(([scope, access]) => granted[scope] === access);
    if (!same) {
      problems.push(
        `${where}: job ${jobId} grants ${JSON.stringify(granted)}, the permissions listed are ${JSON.stringify(want)}`,
      );
    }
  }
  if (runs === 0) problems.push(`${where}: no step uses ${USES_PREFIX}${action.id}@${USES_REF}`);
  return problems;
}

/**
 * Text for a Markdown table cell or paragraph: one line, `|` escaped (GitHub needs it even in
 * code spans inside tables), `<` escaped outside code spans so that `<registry>` is not taken
 * for an HTML tag.
 */
export function inline(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '\\<')))
    .join('')
    .replace(/\|/g, '\\|');
}

function code(value: string): string {
  const fence = value.includes('`') ? '``' : '`';
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`.replace(/\|/g, '\\|');
}

/** The description's opening: its first sentence, or two when the first is a mere motto. */
function summary(description: string): string {
  const flat = description.replace(/\s+/g, ' ').trim();
  const ends = [...flat.matchAll(/\.(\s|$)/g)].map((m) => m.index + 1);
  return flat.slice(0, ends.find((end) => end >= 60) ?? flat.length);
}

function header(sources: string): string {
  return `<!-- Generated by \`npm run docs\` from ${sources}. Do not edit: \`npm run check-docs\` fails when this differs. -->`;
}

export function renderAction(action: ActionMeta, extras: ActionExtras): string {
  const source = `actions/${action.id}/action.yml`;
  const lines = [
    header(`${source} and ${DATA_FILE}`),
    '',
    `# ${action.title}`,
    '',
    inline(action.description),
    '',
    `Defined in [\`${source}\`](../../${source}). Use it as \`uses: ${USES_PREFIX}${action.id}@${USES_REF}\` (see [releasing](../releasing.md) for what \`@${USES_REF}\` names). On a laptop, \`pgforge ${action.id} --help\` lists the same inputs as flags, with the same names and defaults.`,
    '',
    '## Example',
    '',
    '```yaml',
    extras.example.trimEnd(),
    '```',
    '',
    '## Inputs',
    '',
  ];
  if (action.inputs.length === 0) lines.push('None.');
  else {
    lines.push('| input | required | default | description |', '| --- | --- | --- | --- |');
    for (const input of action.inputs) {
      lines.push(
        `| \`${input.name}\` | ${input.required ? 'yes' : 'no'} | ${input.default === undefined ? '' : code(input.default)} | ${inline(input.description)} |`,
      );
    }
  }
  lines.push('', '## Outputs', '');
  if (action.outputs.length === 0) lines.push('None.');
  else {
    lines.push('| output | description |', '| --- | --- |');
    for (const output of action.outputs) {
      lines.push(`| \`${output.name}\` | ${inline(output.description)} |`);
    }
  }
  lines.push(
    '',
    '## Permissions',
    '',
    "The job's `permissions:`. A job that sets `permissions:` gets no scope it does not name, so grant each of these:",
    '',
    '| permission | access | why |',
    '| --- | --- | --- |',
    ...extras.permissions.map((p) => `| \`${p.scope}\` | \`${p.access}\` | ${inline(p.why)} |`),
    '',
    "Registry credentials come from Docker's configuration (`docker login`, as in the example); for ghcr.io the job's `GITHUB_TOKEN` is enough once the package grants the repository access (\"Manage Actions access\" in the package's settings).",
    '',
    '## Runner',
    '',
    inline(extras.requires),
    '',
  );
  return lines.join('\n');
}

export function renderIndex(
  actions: readonly ActionMeta[],
  extras: Record<string, ActionExtras>,
): string {
  const lines = [
    header(`actions/*/action.yml and ${DATA_FILE}`),
    '',
    '# Actions',
    '',
    `Each action is \`uses: ${USES_PREFIX}<action>@${USES_REF}\`. A release runs them in this order: matrix, build (or extension), smoke-test, sbom and attest, promote, catalog. The reusable workflow \`.github/workflows/build-images.yml\` runs the whole chain; [the fork guide](../fork.md) shows how to call it.`,
    '',
    '| action | does | permissions |',
    '| --- | --- | --- |',
  ];
  for (const action of actions) {
    const permissions = (extras[action.id]?.permissions ?? [])
      .map((p) => `\`${p.scope}: ${p.access}\``)
      .join(', ');
    lines.push(
      `| [\`${action.id}\`](${action.id}.md) | ${inline(summary(action.description))} | ${permissions} |`,
    );
  }
  lines.push(
    '',
    'These pages are generated from each `action.yml` and `scripts/action-docs.yaml` by `npm run docs`; `npm run check-docs` (part of `npm test`) fails when one is stale.',
    '',
  );
  return lines.join('\n');
}

async function format(markdown: string, file: string): Promise<string> {
  const config = (await prettier.resolveConfig(join(REPO_ROOT, file))) ?? {};
  return prettier.format(markdown, { ...config, filepath: file });
}

function extrasOf(extras: Record<string, ActionExtras>, id: string): ActionExtras {
  const entry = extras[id];
  if (!entry) throw new ActionDocsError(`${DATA_FILE}: no entry for actions/${id}`);
  return entry;
}

/** Every page, by path relative to `root`, formatted as `prettier --check` wants it. */
export async function generateDocs(root: string): Promise<Map<string, string>> {
  const actions = await readActions(root);
  const extras = await readExtras(root);
  const problems = actions.flatMap((a) => checkExample(a, extrasOf(extras, a.id), actions));
  if (problems.length > 0) throw new ActionDocsError(problems.join('\n'));
  const pages = new Map<string, string>();
  for (const action of actions) {
    const file = `${DOCS_DIR}/${action.id}.md`;
    pages.set(file, await format(renderAction(action, extrasOf(extras, action.id)), file));
  }
  const index = `${DOCS_DIR}/README.md`;
  pages.set(index, await format(renderIndex(actions, extras), index));
  return pages;
}

/** The pages under docs/actions/ that differ from a fresh generation, are missing, or are left over. */
export async function staleDocs(root: string): Promise<string[]> {
  const pages = await generateDocs(root);
  const stale: string[] = [];
  for (const [file, content] of pages) {
    const path = join(root, file);
    if (!existsSync(path) || (await readFile(path, 'utf8')) !== content) stale.push(file);
  }
  if (existsSync(join(root, DOCS_DIR))) {
    for (const name of await readdir(join(root, DOCS_DIR))) {
      const file = `${DOCS_DIR}/${name}`;
      if (name.endsWith('.md') && !pages.has(file)) stale.push(file);
    }
  }
  return stale.sort();
}
