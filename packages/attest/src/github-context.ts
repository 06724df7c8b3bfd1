/**
 * The GitHub Actions run an attestation describes. The action reads it from the runner's
 * environment (its context.ts); everything here takes it as a plain object.
 */

export interface GithubRunContext {
  /** `https://github.com` (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string;
  /** GITHUB_REPOSITORY_ID: survives renames, unlike the name. */
  repositoryId?: string;
  /** GITHUB_REPOSITORY_OWNER_ID */
  repositoryOwnerId?: string;
  /** The commit the workflow ran on (GITHUB_SHA). */
  sha: string;
  /** `refs/heads/main` (GITHUB_REF); default the ref of `workflowRef`. */
  ref?: string;
  /** `owner/repo/.github/workflows/images.yml@refs/heads/main` (GITHUB_WORKFLOW_REF). */
  workflowRef: string;
  /** GITHUB_RUN_ID */
  runId: string;
  /** GITHUB_RUN_ATTEMPT; default 1. */
  runAttempt?: string;
  /** `push`, `schedule`, `workflow_dispatch`… (GITHUB_EVENT_NAME) */
  eventName?: string;
  /** `github-hosted` or `self-hosted` (RUNNER_ENVIRONMENT). */
  runnerEnvironment?: string;
}

export interface WorkflowIdentity {
  /** `refs/heads/main` */
  ref: string;
  /** `https://github.com/owner/repo` */
  repository: string;
  /** `.github/workflows/images.yml` */
  path: string;
}

/** The workflow file, its repository and ref, taken apart from the workflow ref. */
export function workflowIdentity(context: GithubRunContext): WorkflowIdentity {
  const at = context.workflowRef.lastIndexOf('@');
  const file = at === -1 ? context.workflowRef : context.workflowRef.slice(0, at);
  const ref = at === -1 ? (context.ref ?? '') : context.workflowRef.slice(at + 1);
  // A reusable workflow's ref names the caller's repository first; the path follows owner/repo.
  const parts = file.split('/');
  const repository = parts.slice(0, 2).join('/');
  return {
    ref,
    repository: `${context.serverUrl}/${repository}`,
    path: parts.slice(2).join('/'),
  };
}

/** `https://github.com/owner/repo/.github/workflows/images.yml@refs/heads/main` */
export function workflowUrl(context: GithubRunContext): string {
  return `${context.serverUrl}/${context.workflowRef}`;
}

/** `https://github.com/owner/repo/actions/runs/<id>/attempts/<attempt>` */
export function runUrl(context: GithubRunContext): string {
  return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}/attempts/${context.runAttempt ?? '1'}`;
}

/** `git+https://github.com/owner/repo@refs/heads/main`, as SLSA's GitHub build types write it. */
export function sourceUri(context: GithubRunContext): string {
  const ref = context.ref ?? workflowIdentity(context).ref;
  return `git+${context.serverUrl}/${context.repository}${ref ? `@${ref}` : ''}`;
}
