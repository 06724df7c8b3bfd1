import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  booleanInput,
  choiceInput,
  InputError,
  log,
  parsedInput,
  stringInput,
  UserError,
} from '@pgforge/action-io';
import {
  ATTEST_KINDS,
  cosignKeyOf,
  parseSubjects,
  SIGNING_METHODS,
  type AttestKind,
  type AttestSubject,
  type CosignKey,
  type GithubRunContext,
  type SigningMethod,
} from '@pgforge/attest';
import { parseTargetList, type Target } from '@pgforge/targets';

export type SigningChoice =
  { method: 'cosign-key'; key: CosignKey; password?: string } | { method: 'github'; token: string };

export interface AttestInputs {
  subjects: AttestSubject[];
  kind: AttestKind;
  sbomFile?: string;
  targets?: Target[];
  signing: SigningChoice;
  push: boolean;
  outputDir: string;
  workDir: string;
  /** The run the provenance describes (provenance only). */
  run?: GithubRunContext;
  startedOn?: Date;
  finishedOn?: Date;
  /** `owner/repo`, for `gh attestation verify --repo`. */
  repository?: string;
  env: Record<string, string | undefined>;
  homeDir: string;
}

const SUBJECTS =
  "image references with a digest (registry/repository@sha256:…), one per line, or the build action's images output";

function date(name: string): Date | undefined {
  const v = stringInput(name);
  if (v === undefined) return undefined;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) {
    throw new InputError(name, v, 'an RFC 3339 date and time, e.g. 2026-11-21T13:15:00Z');
  }
  return d;
}

/** The key as a file, or as PEM text (masked). */
function cosignKey(): CosignKey | undefined {
  const v = stringInput('cosign-key');
  if (v === undefined) return undefined;
  const key = cosignKeyOf(v);
  if (key && 'path' in key) return key;
  // PEM text, or neither: a secret either way, since a key pasted without its armour is still one.
  log.mask(v);
  if (key) return key;
  throw new UserError(
    'input "cosign-key": the value is neither an existing file nor the PEM text of a private key ' +
      '("-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----" …); it is not shown, as it may be a secret',
  );
}

function signingMethod(env: NodeJS.ProcessEnv, key: CosignKey | undefined): SigningMethod {
  const explicit = stringInput('signing');
  if (explicit !== undefined) return choiceInput('signing', SIGNING_METHODS, 'github');
  if (key) return 'cosign-key';
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL) return 'github';
  throw new InputError(
    'signing',
    '',
    'github (Sigstore through GitHub: this run has no OIDC token, so give the job `permissions: id-token: write`) ' +
      'or cosign-key (with the cosign-key input)',
  );
}

/** The run, from the variables GitHub's runner sets; each one a provenance needs must be there. */
export function runContext(env: NodeJS.ProcessEnv): GithubRunContext {
  const required = [
    'GITHUB_REPOSITORY',
    'GITHUB_SHA',
    'GITHUB_WORKFLOW_REF',
    'GITHUB_RUN_ID',
  ] as const;
  const missing = required.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new UserError(
      `a provenance attestation describes a GitHub Actions run, and ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set`,
    );
  }
  const optional = (name: string): string | undefined => env[name] || undefined;
  const value = (name: (typeof required)[number]): string => env[name] ?? '';
  const context: GithubRunContext = {
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    repository: value('GITHUB_REPOSITORY'),
    sha: value('GITHUB_SHA'),
    workflowRef: value('GITHUB_WORKFLOW_REF'),
    runId: value('GITHUB_RUN_ID'),
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
  };
  const extra = {
    ref: optional('GITHUB_REF'),
    repositoryId: optional('GITHUB_REPOSITORY_ID'),
    repositoryOwnerId: optional('GITHUB_REPOSITORY_OWNER_ID'),
    eventName: optional('GITHUB_EVENT_NAME'),
    runnerEnvironment: optional('RUNNER_ENVIRONMENT'),
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined) (context as unknown as Record<string, string>)[key] = value;
  }
  return context;
}

/** Parses every input once into the typed object `main` runs with. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): AttestInputs {
  // Secrets first: masked before anything else can print them.
  const password = stringInput('cosign-password');
  if (password !== undefined) log.mask(password);
  const key = cosignKey();

  const subjectsText = stringInput('subjects');
  if (subjectsText === undefined) throw new InputError('subjects', '', SUBJECTS);
  const subjects = parseSubjects(subjectsText);
  const kind = choiceInput('kind', ATTEST_KINDS, 'provenance');
  const sbomFile = stringInput('sbom');
  if (kind === 'sbom' && sbomFile === undefined) {
    throw new InputError('sbom', '', 'the path of an SPDX or CycloneDX JSON file (kind is sbom)');
  }
  const method = signingMethod(env, key);
  let signing: SigningChoice;
  if (method === 'cosign-key') {
    if (!key) {
      throw new InputError(
        'cosign-key',
        '',
        'a cosign private key file or its PEM text (signing is cosign-key)',
      );
    }
    signing = { method, key, ...(password !== undefined ? { password } : {}) };
  } else if (!env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    throw new UserError(
      "signing: github needs the workflow's OIDC token: give the job `permissions: id-token: write` " +
        '(and `attestations: write`), or use signing: cosign-key with a key pair',
    );
  } else {
    signing = { method, token: stringInput('github-token') ?? '' };
  }
  const targets = parsedInput(
    'targets',
    parseTargetList,
    "the matrix action's targets output: a JSON array of targets",
  );
  const temp = env.RUNNER_TEMP || tmpdir();
  const startedOn = date('started-on');
  const finishedOn = date('finished-on');
  return {
    subjects,
    kind,
    ...(sbomFile !== undefined ? { sbomFile } : {}),
    ...(targets ? { targets } : {}),
    signing,
    push: booleanInput('push-to-registry', true),
    outputDir: stringInput('output-dir') ?? 'attestations',
    workDir: join(temp, 'pgforge', 'attest'),
    ...(kind === 'provenance' ? { run: runContext(env) } : {}),
    ...(startedOn ? { startedOn } : {}),
    ...(finishedOn ? { finishedOn } : {}),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    env: { ...env },
    homeDir: homedir(),
  };
}
