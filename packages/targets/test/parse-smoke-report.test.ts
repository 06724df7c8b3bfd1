import { describe, expect, it } from 'vitest';
import { parseSmokeReport, type ReportOrigin, type SmokeReport } from '@pgforge/targets';
import { InputMistake, mistake, thrown } from './mistake.js';

const D = `sha256:${'ab'.repeat(32)}`;
const FILE = 'reports/17-minimal-trixie.json';

const ORIGIN: ReportOrigin = {
  input: 'smoke-reports',
  file: FILE,
  error: mistake,
};

/** A report as the smoke-test action writes it. */
const REPORT: SmokeReport = {
  schemaVersion: 1,
  image: 'ghcr.io/example/postgresql-testing:17.6-202611211315-minimal-trixie',
  digest: D,
  reference: `ghcr.io/example/postgresql-testing:17.6-202611211315-minimal-trixie@${D}`,
  mode: 'container',
  flavour: 'minimal',
  flavourSource: 'tag',
  expectations: { extensions: [], locales: [], preloadLibraries: [] },
  extensions: [
    { name: 'vector', reference: `ghcr.io/example/pgvector-testing@${D}`, sqlNames: ['vector'] },
  ],
  startedAt: '2026-12-03T00:00:00.000Z',
  durationMs: 1,
  passed: false,
  checks: [
    { level: 'container', name: 'initdb', status: 'passed', durationMs: 1 },
    { level: 'kind', name: 'cluster ready', status: 'failed', durationMs: 1, error: 'timed out' },
  ],
  diagnostics: [],
};

const EXPECTED = 'a smoke-test report (the smoke-test action writes one to report-file)';

describe('parseSmokeReport', () => {
  it('reads a report, from its text or the value parsed', () => {
    expect(parseSmokeReport(JSON.stringify(REPORT), ORIGIN)).toEqual(REPORT);
    expect(parseSmokeReport(REPORT, ORIGIN)).toBe(REPORT);
  });

  it('passes over other JSON where none is required (an SBOM beside the reports)', () => {
    const sbom = '{"spdxVersion":"SPDX-2.3"}';
    expect(parseSmokeReport(sbom, { ...ORIGIN, required: false })).toBeUndefined();
    expect(thrown(() => parseSmokeReport(sbom, ORIGIN)).message).toBe(
      `smoke-reports: ${JSON.stringify(FILE)} is not allowed; expected ${EXPECTED}; schemaVersion is undefined, not 1`,
    );
  });

  it('refuses text that is not JSON, required or not', () => {
    for (const origin of [ORIGIN, { ...ORIGIN, required: false }]) {
      const error = thrown(() => parseSmokeReport('{', origin));
      expect(error).toBeInstanceOf(InputMistake);
      expect(error.message).toMatch(
        /^smoke-reports: ".*" is not allowed; expected a smoke-test report .*; it is not JSON \(.+\)$/,
      );
    }
  });

  const check = (over: Record<string, unknown>): unknown => ({
    ...REPORT,
    checks: [{ ...REPORT.checks[0], ...over }],
  });

  it.each<[string, unknown, string]>([
    ['a list', [1], 'it is [1]'],
    ['another schema version', { ...REPORT, schemaVersion: 2 }, 'schemaVersion is 2, not 1'],
    ['no image', { ...REPORT, image: undefined }, 'image is undefined, not a reference'],
    ['a digest that is no text', { ...REPORT, digest: 1 }, 'digest is 1, not text'],
    ['a reference that is no text', { ...REPORT, reference: {} }, 'reference is {}, not text'],
    ['an unpinned that is no text', { ...REPORT, unpinned: true }, 'unpinned is true, not text'],
    [
      'a verdict that is no boolean',
      { ...REPORT, passed: 'yes' },
      'passed is "yes", not true or false',
    ],
    ['checks that are not a list', { ...REPORT, checks: {} }, 'checks is {}, not a list'],
    [
      'a check that is no object',
      { ...REPORT, checks: ['initdb'] },
      'checks[0] is "initdb", not a check',
    ],
    [
      'a check of no level',
      check({ level: 'vm' }),
      'checks[0].level is "vm", not container or kind',
    ],
    [
      'a check without a name',
      check({ name: undefined }),
      'checks[0].name is undefined, not a name',
    ],
    [
      'a check of no status',
      check({ status: 'ok' }),
      'checks[0].status is "ok", not passed, failed, skipped',
    ],
    ['a check whose error is no text', check({ error: 42 }), 'checks[0].error is 42, not text'],
    [
      'extensions that are not a list',
      { ...REPORT, extensions: null },
      'extensions is null, not a list',
    ],
    [
      'an extension image without its reference',
      { ...REPORT, extensions: [{ name: 'vector' }] },
      'extensions[0] is {"name":"vector"}, not an extension image with its reference',
    ],
  ])('refuses %s, naming the file and the field', (_name, value, problem) => {
    const error = thrown(() => parseSmokeReport(value, ORIGIN));
    expect(error).toBeInstanceOf(InputMistake);
    expect(error.message).toBe(
      `smoke-reports: ${JSON.stringify(FILE)} is not allowed; expected ${EXPECTED}; ${problem}`,
    );
  });
});
