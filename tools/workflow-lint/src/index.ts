export { checkWorkflow } from './check.js';
export { formatFinding, type Finding, type FindingKind } from './finding.js';
export {
  ACTIONLINT_PREDATES,
  actionlint,
  actionParser,
  formatExternal,
  forActionlint,
  workflowParser,
  type ExternalError,
} from './external.js';
export {
  loadProject,
  actionSpec,
  workflowSpec,
  type Project,
  type ActionSpec,
  type WorkflowSpec,
} from './specs.js';
export { parseUse, PROJECT_REPOSITORY, type Use } from './references.js';
export { extractSnippets, prepareSnippet, type Snippet, type PreparedSnippet } from './snippets.js';
export { isPullRequestWorkflow, writesOf } from './check-pull-request.js';
