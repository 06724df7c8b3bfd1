/**
 * The smoke gate. An image is promoted only on a passing smoke report for its own digest: the
 * report of an operand image names the digest it pinned before its first check, and the
 * report of a test that mounted extension images names each of them by digest. A report for
 * the same repository but another digest (a tag that moved, another build) does not count.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatReference, parseReference } from '@pgforge/oci';
import { parseSmokeReport, type ReportOrigin, type SmokeReport } from '@pgforge/targets';
import { PromoteError } from './errors.js';
import type { PromoteRequest } from './images.js';

export interface LoadedReport {
  /** Where it was read from (or written to, in one process): what a verdict names. */
  file: string;
  report: SmokeReport;
}

const origin = (file: string): ReportOrigin => ({
  input: 'smoke-reports',
  file,
  error: (field, value, allowed) => PromoteError.notAllowed(field, value, allowed),
});

async function filesOf(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info)
    throw PromoteError.notAllowed('smoke-reports', path, 'an existing report file or directory');
  if (!info.isDirectory()) return [path];
  // A directory of downloaded artifacts: each job's report, one level down at most.
  const found: string[] = [];
  for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const full = join(path, entry.name);
    if (entry.isFile() && entry.name.endsWith('.json')) found.push(full);
    else if (entry.isDirectory()) {
      for (const inner of (await readdir(full)).sort()) {
        if (inner.endsWith('.json')) found.push(join(full, inner));
      }
    }
  }
  return found;
}

/**
 * Reads every report named (files, or directories of `.json` files), for promote's front ends.
 * A directory may hold other JSON (SBOMs), passed over; a file named must be a report.
 */
export async function loadReports(paths: string[]): Promise<LoadedReport[]> {
  const loaded: LoadedReport[] = [];
  for (const path of paths) {
    for (const file of await filesOf(path)) {
      const text = await readFile(file, 'utf8');
      const report = parseSmokeReport(text, { ...origin(file), required: paths.includes(file) });
      if (report !== undefined) loaded.push({ file, report });
    }
  }
  return loaded;
}

export type SmokeVerdict = { passed: true; file: string } | { passed: false; reason: string };

const digestOf = (reference: string): string | undefined => {
  try {
    return parseReference(reference).digest;
  } catch {
    return undefined;
  }
};

const repositoryOf = (reference: string): string | undefined => {
  try {
    const ref = parseReference(reference);
    return formatReference({ registry: ref.registry, repository: ref.repository });
  } catch {
    return undefined;
  }
};

/** What the report tested that is `digest`: the operand, or an extension image mounted in it. */
function covers(report: SmokeReport, digest: string): 'operand' | 'extension' | undefined {
  if (report.digest === digest) return 'operand';
  if (report.extensions.some((e) => digestOf(e.reference) === digest)) return 'extension';
  return undefined;
}

function failedChecks(report: SmokeReport): string {
  const failed = report.checks.filter((c) => c.status === 'failed');
  if (failed.length === 0) return 'no check ran';
  return failed
    .slice(0, 3)
    .map((c) => `${c.level}: ${c.name}${c.error ? ` (${c.error.split('\n')[0]})` : ''}`)
    .join('; ');
}

export function smokeVerdict(request: PromoteRequest, reports: LoadedReport[]): SmokeVerdict {
  const mine = reports.filter((r) => covers(r.report, request.digest) !== undefined);
  // One failed test of the digest refuses it, whatever else passed (a kind job that failed
  // beside a container job that passed).
  const failing = mine.find((r) => !r.report.passed);
  if (failing) {
    return {
      passed: false,
      reason: `the smoke test of ${request.digest} failed (${failing.file}): ${failedChecks(failing.report)}`,
    };
  }
  const passing = mine[0];
  if (passing) return { passed: true, file: passing.file };
  // Reports of the same repository that tested something else say more than "none".
  const source = formatReference({
    registry: request.sourceRef.registry,
    repository: request.sourceRef.repository,
  });
  const sameRepository = (reference: string | undefined): boolean =>
    reference !== undefined && repositoryOf(reference) === source;
  for (const { file, report } of reports) {
    if (sameRepository(report.reference ?? report.image)) {
      return {
        passed: false,
        reason: report.digest
          ? `the smoke report ${file} is for ${report.digest}, not ${request.digest}: it tested another image (a tag that moved, or another build)`
          : `the smoke report ${file} names no digest (${report.unpinned ?? 'it was not pinned'}), so it cannot vouch for ${request.digest}`,
      };
    }
    const other = report.extensions.find((e) => sameRepository(e.reference));
    if (other) {
      return {
        passed: false,
        reason: `the smoke report ${file} mounted ${other.reference}, not ${request.digest}`,
      };
    }
  }
  return {
    passed: false,
    reason:
      reports.length === 0
        ? 'no smoke report was given; run the smoke-test action on it and pass its report in smoke-reports (or set require-smoke: false)'
        : `none of the ${reports.length} smoke report${reports.length === 1 ? '' : 's'} given is for ${request.digest}; run the smoke-test action on it and pass its report`,
  };
}
