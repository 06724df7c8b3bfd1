/**
 * The smoke-test report: what the smoke test hands promote, one result per check. The smoke-test
 * action writes it to a file, and `parseSmokeReport` reads it back; in one process
 * (`pgforge release`) it is passed as it is.
 */

/** Which levels a run ran: the container level, the kind level, or both. */
export type SmokeMode = 'container' | 'kind' | 'all';

/** Where a check ran: in a plain container, or on a kind cluster with the CNPG operator. */
export type SmokeLevel = 'container' | 'kind';

export type CheckStatus = 'passed' | 'failed' | 'skipped';

export interface CheckResult {
  level: SmokeLevel;
  /** What was checked, as a person reads it: `pg_controldata on PATH`, `CREATE EXTENSION vector`. */
  name: string;
  status: CheckStatus;
  durationMs: number;
  /** What was seen when it passed (a version, a path). */
  detail?: string;
  /**
   * Things worth knowing that do not fail the check: a CMD the operator overrides anyway,
   * for instance.
   */
  notes?: string[];
  /** Why it failed, or why it was skipped. */
  error?: string;
  /** The last lines of the server log (or of a command) when it failed. */
  log?: string;
}

/** Output of a command run to find out why a level failed (describe, events, logs). */
export interface SmokeDiagnostic {
  level: SmokeLevel;
  command: string;
  output: string;
}

/** What an image must hold: extensions that must create, locales that must exist. */
export interface SmokeExpectations {
  /** `CREATE EXTENSION` must succeed for each (plpgsql is always there and never listed). */
  extensions: string[];
  /** Each must be listed by `locale -a` and usable as a database's locale. */
  locales: string[];
  /** `shared_preload_libraries`: the libraries some promised extensions need loaded at start. */
  preloadLibraries: string[];
}

/** One extension image of the run, as far as the checks need it. */
export interface ExtensionReport {
  name: string;
  reference: string;
  /** The extensions its control files declare and the checks create. */
  sqlNames: string[];
  /** `io.cloudnativepg.image.sql.version`, when the image carries it. */
  sqlVersion?: string;
  /** When several entries had this name: why this one was mounted, and which there were. */
  choice?: {
    /** The operand image: its PostgreSQL major and distribution, and where they came from. */
    operand: string;
    reason: string;
    candidates: { reference: string; pgmajor?: string; os?: string }[];
  };
}

export interface SmokeReport {
  /** Changes when a field changes meaning. */
  schemaVersion: 1;
  /** The image as it was given (a tag, or a digest reference). */
  image: string;
  /**
   * The registry's digest of what was tested (the index of a multi-platform image), resolved
   * before the first check; promote trusts the report for this digest only.
   */
  digest?: string;
  /** What the checks ran: `repository:tag@digest`. */
  reference?: string;
  /** Why the image could not be pinned (a local image, a registry out of reach). */
  unpinned?: string;
  /** The platform the container level ran, when one was asked for. */
  platform?: string;
  mode: SmokeMode;
  flavour?: string;
  /** Where the flavour came from: the input, the image's tag, or nowhere (explicit expectations). */
  flavourSource: 'input' | 'tag' | 'none';
  expectations: SmokeExpectations;
  extensions: ExtensionReport[];
  startedAt: string;
  durationMs: number;
  passed: boolean;
  checks: CheckResult[];
  diagnostics: SmokeDiagnostic[];
}
