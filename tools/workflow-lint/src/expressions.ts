/** `${{ }}` expressions in workflow strings, and the contexts they read. */
import type { Node } from 'yaml';
import { positionAt, positionOf, text, type Position, type Source } from './yaml-tree.js';

export interface Expression {
  /** What is between `${{` and `}}`. */
  body: string;
  at: Position;
}

const EMBEDDED = /\$\{\{([\s\S]*?)\}\}/g;

/** String literals removed, so that `'needs.x'` in a comparison is not a reference. */
const code = (body: string): string => body.replace(/'(?:[^']|'')*'/g, "''");

/**
 * The expressions of a scalar: each `${{ }}` in it, or, for an `if:` (whose whole value is an
 * expression when it has no `${{`), the value itself.
 */
export function expressionsIn(source: Source, node: Node, bare = false): Expression[] {
  const value = text(node);
  if (value === undefined) return [];
  const start = node.range?.[0] ?? 0;
  const end = node.range?.[1] ?? source.text.length;
  const found: Expression[] = [];
  let searchFrom = start;
  for (const m of value.matchAll(EMBEDDED)) {
    // The value is the scalar as parsed; its expression is found again in the source text (past
    // quotes and block indentation) so that the finding names the expression's own line.
    const offset = source.text.indexOf(m[0], searchFrom);
    const inNode = offset >= 0 && offset < end;
    if (inNode) searchFrom = offset + m[0].length;
    found.push({
      body: m[1] ?? '',
      at: inNode ? positionAt(source, offset) : positionOf(source, node),
    });
  }
  if (bare && found.length === 0) found.push({ body: value, at: positionOf(source, node) });
  return found;
}

const NAME = '[A-Za-z_][\\w-]*';
const notAfterDot = '(?<![\\w.-])';

export interface OutputReference {
  /** The job (needs, jobs) or step id. */
  owner: string;
  output: string;
}

function outputs(body: string, context: string): OutputReference[] {
  const re = new RegExp(`${notAfterDot}${context}\\.(${NAME})\\.outputs\\.(${NAME})`, 'g');
  return [...code(body).matchAll(re)].map((m) => ({ owner: m[1] ?? '', output: m[2] ?? '' }));
}

export const needsOutputs = (body: string): OutputReference[] => outputs(body, 'needs');
export const stepOutputs = (body: string): OutputReference[] => outputs(body, 'steps');
export const jobOutputs = (body: string): OutputReference[] => outputs(body, 'jobs');

/** Every job named as `needs.<job>` (outputs or result). */
export function neededJobs(body: string): string[] {
  const re = new RegExp(`${notAfterDot}needs\\.(${NAME})`, 'g');
  return [...code(body).matchAll(re)].map((m) => m[1] ?? '');
}

/** `inputs.<x>` or `secrets.<x>` (not `github.event.inputs.<x>`). */
export function contextProperties(body: string, context: 'inputs' | 'secrets'): string[] {
  const re = new RegExp(`${notAfterDot}${context}\\.(${NAME})`, 'g');
  return [...code(body).matchAll(re)].map((m) => m[1] ?? '');
}

/**
 * What a shell script must never have expanded into its text: values a caller, a pull request,
 * a matrix or another step chose. They reach the script through `env:` instead, where the shell
 * treats them as data.
 */
const UNTRUSTED: { re: RegExp; what: string }[] = [
  { re: new RegExp(`${notAfterDot}inputs\\.`), what: 'inputs' },
  { re: new RegExp(`${notAfterDot}github\\.event\\b`), what: 'event data (github.event)' },
  {
    re: new RegExp(`${notAfterDot}github\\.head_ref\\b`),
    what: 'the head branch name (github.head_ref)',
  },
  // A branch or tag name may hold `$(…)`, `;` or backquotes: git refuses none of them.
  {
    re: new RegExp(
      `${notAfterDot}(?:github\\.(?:ref|ref_name|workflow_ref)|job\\.workflow_ref)\\b`,
    ),
    what: 'a ref name (git allows shell metacharacters in one)',
  },
  { re: new RegExp(`${notAfterDot}matrix\\.`), what: 'matrix values' },
  { re: new RegExp(`${notAfterDot}steps\\.${NAME}\\.outputs\\b`), what: 'step outputs' },
  { re: new RegExp(`${notAfterDot}needs\\.${NAME}\\.outputs\\b`), what: 'job outputs' },
];

export function untrusted(body: string): string | undefined {
  const c = code(body);
  return UNTRUSTED.find((u) => u.re.test(c))?.what;
}
