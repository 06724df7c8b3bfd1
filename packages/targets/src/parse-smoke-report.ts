/**
 * The one reader of smoke-test reports (smoke-report.ts), as promote's front ends find them in
 * files: every field promote's smoke gate reads is checked here, once.
 */
import { isObject, shown, type InputOrigin } from './input-origin.js';
import type { SmokeReport } from './smoke-report.js';

export interface ReportOrigin extends InputOrigin {
  /** The file the report was read from: the value each message names. */
  file: string;
  /**
   * A file named by itself must be a report (default); one found in a directory may be other
   * JSON (an SBOM downloaded beside it), which is passed over: undefined.
   */
  required?: boolean;
}

const EXPECTED = 'a smoke-test report (the smoke-test action writes one to report-file)';
const LEVELS = ['container', 'kind'];
const STATUSES = ['passed', 'failed', 'skipped'];

const string = (v: unknown): boolean => typeof v === 'string';
const optionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';

/** What is wrong with a check; undefined when nothing is. */
function checkProblem(check: unknown, where: string): string | undefined {
  if (!isObject(check)) return `${where} is ${shown(check)}, not a check`;
  if (!LEVELS.includes(check.level as string)) {
    return `${where}.level is ${shown(check.level)}, not ${LEVELS.join(' or ')}`;
  }
  if (!string(check.name)) return `${where}.name is ${shown(check.name)}, not a name`;
  if (!STATUSES.includes(check.status as string)) {
    return `${where}.status is ${shown(check.status)}, not ${STATUSES.join(', ')}`;
  }
  if (!optionalString(check.error)) return `${where}.error is ${shown(check.error)}, not text`;
  return undefined;
}

/** What is wrong with a report; undefined when nothing is. */
function reportProblem(r: Record<string, unknown>): string | undefined {
  if (r.schemaVersion !== 1) return `schemaVersion is ${shown(r.schemaVersion)}, not 1`;
  if (!string(r.image)) return `image is ${shown(r.image)}, not a reference`;
  for (const field of ['digest', 'reference', 'unpinned'] as const) {
    if (!optionalString(r[field])) return `${field} is ${shown(r[field])}, not text`;
  }
  if (typeof r.passed !== 'boolean') return `passed is ${shown(r.passed)}, not true or false`;
  if (!Array.isArray(r.checks)) return `checks is ${shown(r.checks)}, not a list`;
  for (const [i, check] of r.checks.entries()) {
    const problem = checkProblem(check, `checks[${i}]`);
    if (problem !== undefined) return problem;
  }
  if (!Array.isArray(r.extensions)) return `extensions is ${shown(r.extensions)}, not a list`;
  for (const [i, e] of r.extensions.entries()) {
    if (!isObject(e) || !string(e.reference)) {
      return `extensions[${i}] is ${shown(e)}, not an extension image with its reference`;
    }
  }
  return undefined;
}

/**
 * The report in `json` (its text, or the value parsed already). Text that is not JSON is always
 * a mistake, thrown as `origin.error` naming the file; JSON that is not a report is one too,
 * unless `origin.required` is false. Fields no gate reads (timings, expectations, diagnostics)
 * are taken as written.
 */
export function parseSmokeReport(
  json: unknown,
  origin: ReportOrigin & { required?: true },
): SmokeReport;
export function parseSmokeReport(json: unknown, origin: ReportOrigin): SmokeReport | undefined;
export function parseSmokeReport(json: unknown, origin: ReportOrigin): SmokeReport | undefined {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw origin.error(
        origin.input,
        origin.file,
        `${EXPECTED}; it is not JSON (${(error as Error).message})`,
      );
    }
  }
  const problem = isObject(value) ? reportProblem(value) : `it is ${shown(value)}`;
  if (problem === undefined) return value as unknown as SmokeReport;
  if (origin.required === false) return undefined;
  throw origin.error(origin.input, origin.file, `${EXPECTED}; ${problem}`);
}
