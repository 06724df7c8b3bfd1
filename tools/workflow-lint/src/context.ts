/** One workflow under check: its jobs, what it declares, and the findings so far. */
import { isScalar, isSeq, type Node } from 'yaml';
import type { Finding, FindingKind } from './finding.js';
import type { Project } from './specs.js';
import {
  child,
  entries,
  items,
  keyNode,
  positionOf,
  text,
  type Position,
  type Source,
} from './yaml-tree.js';

export interface Job {
  id: string;
  node: Node;
  key: Node | undefined;
  needs: string[];
  steps: Node[];
}

export interface Context {
  source: Source;
  project: Project;
  /** `on: workflow_call`: the workflow runs in its caller's repository and checkout. */
  reusable: boolean;
  /** What `inputs.<x>` may name: workflow_call and workflow_dispatch inputs. */
  inputs: Set<string>;
  /** What `secrets.<x>` may name in a reusable workflow. */
  secrets: Set<string>;
  jobs: Job[];
  findings: Finding[];
  report(at: Node | Position | undefined, kind: FindingKind, message: string): void;
}

function eventNames(on: Node | undefined): string[] {
  if (isScalar(on)) return [String(on.value)];
  if (isSeq(on)) return items(on).flatMap((i) => (text(i) ? [text(i) ?? ''] : []));
  return entries(on).map(([k]) => k);
}

function needsOf(job: Node | undefined): string[] {
  const needs = child(job, 'needs');
  if (isScalar(needs)) return [String(needs.value)];
  return items(needs).flatMap((n) => (text(n) !== undefined ? [text(n) ?? ''] : []));
}

export function createContext(source: Source, project: Project): Context {
  const root = source.doc.contents as Node | null;
  // YAML 1.1 readers turn `on` into true; the yaml library (1.2 core) keeps it a string.
  const on = child(root, 'on');
  const events = eventNames(on);
  const declared = (event: string, section: string): string[] =>
    entries(child(child(on, event), section)).map(([k]) => k);
  const jobs = entries(child(root, 'jobs')).map(([id, node]) => ({
    id,
    node: node as Node,
    key: keyNode(child(root, 'jobs'), id),
    needs: needsOf(node),
    steps: items(child(node, 'steps')),
  }));
  const context: Context = {
    source,
    project,
    reusable: events.includes('workflow_call'),
    inputs: new Set([
      ...declared('workflow_call', 'inputs'),
      ...declared('workflow_dispatch', 'inputs'),
    ]),
    secrets: new Set(['GITHUB_TOKEN', ...declared('workflow_call', 'secrets')]),
    jobs,
    findings: [],
    report(at, kind, message) {
      const pos = at && 'line' in at && 'column' in at ? at : positionOf(source, at as Node);
      context.findings.push({
        file: source.file,
        line: pos.line,
        column: pos.column,
        kind,
        message,
      });
    },
  };
  return context;
}

/** `step 3 (id build)`: how a finding names a step. */
export function stepLabel(step: Node, index: number): string {
  const id = text(child(step, 'id'));
  const name = text(child(step, 'name'));
  return `step ${index + 1}${id ? ` (id ${id})` : name ? ` (${name})` : ''}`;
}
