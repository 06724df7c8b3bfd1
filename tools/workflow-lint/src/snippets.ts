/**
 * The YAML of the documentation, checked as users will paste it. A fenced ```yaml block is one
 * of:
 *
 * - a workflow (`jobs:` at the top; with no `on:`, it is checked as the jobs of a workflow
 *   triggered by workflow_dispatch, since that is the part a user pastes under their own `on:`);
 * - a mapping of jobs (each with `runs-on`, `uses` or `steps`): checked as the `jobs:` of such a
 *   workflow, so each job must say its own permissions;
 * - a list of steps (each with `uses` or `run`): checked as the steps of one job with read-only
 *   permissions, so the steps must be whole: every output they read comes from a step among
 *   them, every action they use is pinned;
 * - a configuration file (a mapping with none of `jobs`, `steps`, `uses`, `runs-on`): loaded as
 *   images.yaml is, against schema/images.schema.json and the configuration's own rules;
 * - anything else is an error, unless the line before its fence is the marker
 *   `<!-- workflow-lint: skip (why) -->` (blank lines between allowed), which says why it is
 *   not meant to run.
 */
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { child, entries, hasKey, items } from './yaml-tree.js';

export interface Snippet {
  file: string;
  /** The Markdown line of the snippet's first YAML line. */
  line: number;
  text: string;
  /** The reason given by a skip marker. */
  skip?: string;
}

const SKIP = /^<!--\s*workflow-lint:\s*skip\s*(?:\((.*)\))?\s*-->$/;

export function extractSnippets(file: string, markdown: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*ya?ml\b/.exec(lines[i] ?? '');
    if (!open) continue;
    const indent = open[1]?.length ?? 0;
    const fence = open[2] ?? '```';
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] ?? '').trim().startsWith(fence); j++) {
      body.push((lines[j] ?? '').slice(indent));
    }
    // The marker's line, across the blank line Prettier puts after an HTML comment.
    let before = i - 1;
    while (before > 0 && (lines[before] ?? '').trim() === '') before--;
    const marker = SKIP.exec((lines[before] ?? '').trim());
    snippets.push({
      file,
      line: i + 2,
      text: `${body.join('\n')}\n`,
      ...(marker ? { skip: marker[1] ?? 'marked' } : {}),
    });
    i = j;
  }
  return snippets;
}

export type PreparedSnippet =
  | {
      kind: 'workflow';
      text: string;
      /** Lines the wrapper added before the snippet. */ offset: number;
    }
  | { kind: 'config'; text: string }
  | { kind: 'skip'; reason: string }
  | { kind: 'unknown'; reason: string };

const indent = (text: string, by: number): string =>
  text
    .split('\n')
    .map((l) => (l === '' ? l : `${' '.repeat(by)}${l}`))
    .join('\n');

const WORKFLOW_KEYS = ['jobs', 'steps', 'uses', 'runs-on'];
const isJob = (n: Node | undefined): boolean =>
  isMap(n) && (hasKey(n, 'runs-on') || hasKey(n, 'uses') || hasKey(n, 'steps'));
const isStep = (n: Node): boolean => isMap(n) && (hasKey(n, 'uses') || hasKey(n, 'run'));

export function prepareSnippet(snippet: Snippet): PreparedSnippet {
  if (snippet.skip !== undefined) return { kind: 'skip', reason: snippet.skip };
  const doc = parseDocument(snippet.text);
  if (doc.errors.length > 0)
    return { kind: 'unknown', reason: doc.errors[0]?.message ?? 'not YAML' };
  const root = doc.contents as Node | null;
  if (isMap(root) && hasKey(root, 'jobs')) {
    if (child(root, 'on') !== undefined) return { kind: 'workflow', text: snippet.text, offset: 0 };
    return { kind: 'workflow', text: `on: workflow_dispatch\n${snippet.text}`, offset: 1 };
  }
  const pairs = entries(root);
  if (isMap(root) && pairs.length > 0 && pairs.every(([, v]) => isJob(v))) {
    return {
      kind: 'workflow',
      text: `on: workflow_dispatch\njobs:\n${indent(snippet.text, 2)}`,
      offset: 2,
    };
  }
  if (isSeq(root) && items(root).length > 0 && items(root).every(isStep)) {
    const wrapper = [
      'on: workflow_dispatch',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  snippet:',
      '    runs-on: ubuntu-latest',
      '    steps:',
    ];
    return {
      kind: 'workflow',
      text: `${wrapper.join('\n')}\n${indent(snippet.text, 6)}`,
      offset: wrapper.length,
    };
  }
  if (isMap(root) && !pairs.some(([k]) => WORKFLOW_KEYS.includes(k))) {
    return { kind: 'config', text: snippet.text };
  }
  return {
    kind: 'unknown',
    reason:
      'neither a workflow, jobs, a list of steps nor a configuration file; mark it <!-- workflow-lint: skip (why) --> if it is not meant to run',
  };
}
