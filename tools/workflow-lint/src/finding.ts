/** What the checker reports: one mistake, where it is, and what would fix it. */
export type FindingKind =
  /** Not YAML at all. */
  | 'syntax'
  /** A third-party action not pinned to a full commit (or pinned without its version named). */
  | 'unpinned'
  /** Neither the workflow nor every job says what its token may do. */
  | 'permissions'
  /** `${{ }}` of data a caller, a pull request or a step controls, inside a shell script. */
  | 'injection'
  /** actions/checkout leaving the token in .git/config for every later step to read. */
  | 'credentials'
  /** `secrets: inherit`: every secret of the caller, to a workflow that names none of them. */
  | 'secrets-inherit'
  /** `./actions/<name>` in a reusable workflow: it resolves against the caller's checkout. */
  | 'caller-relative'
  /** A project action or reusable workflow that does not exist. */
  | 'unknown-reference'
  /** `needs.<job>.outputs.<x>` of a job not in `needs`, or an output it does not declare. */
  | 'needs-output'
  /** `steps.<id>.outputs.<x>` of no step, of a later step, or not declared by its action. */
  | 'step-output'
  /** `jobs.<job>.outputs.<x>` in a reusable workflow's outputs that no job declares. */
  | 'job-output'
  /** A `with:` key the action or reusable workflow does not declare, or a required one missing. */
  | 'input'
  /** A `secrets:` key the reusable workflow does not declare, or a required one missing. */
  | 'secret'
  /** `inputs.<x>` or `secrets.<x>` a workflow reads but does not declare. */
  | 'undeclared'
  /** The run's GITHUB_TOKEN sent as a password to a registry that may not be ghcr.io. */
  | 'token-host'
  /** cosign called (by an action given a cosign key, or a command) in a job that never installs it. */
  | 'cosign-missing'
  /** A binary or manifest fetched (curl, wget, kubectl apply -f URL) that no checksum check follows. */
  | 'unchecked-download'
  /** An artifact a reusable workflow uploads or downloads under a name not made from artifact-prefix. */
  | 'artifact-name'
  /** A pull request's workflow (or its caller) asking to write, publish or sign. */
  | 'pull-request-write';

export interface Finding {
  file: string;
  /** 1-based, as editors and GitHub annotations count. */
  line: number;
  column: number;
  kind: FindingKind;
  message: string;
}

export const formatFinding = (f: Finding): string =>
  `${f.file}:${f.line}:${f.column}: [${f.kind}] ${f.message}`;
