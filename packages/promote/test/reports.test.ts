import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SmokeReport } from '@pgforge/targets';
import { describe, expect, it } from 'vitest';
import { parseImages } from './requests.js';
import { loadReports, smokeVerdict, type LoadedReport } from '../src/reports.js';

const D = `sha256:${'ab'.repeat(32)}`;
const OTHER = `sha256:${'ef'.repeat(32)}`;
const REPO = '127.0.0.1:5000/x/postgresql';

const [operand] = parseImages([
  { reference: `${REPO}-testing@${D}`, tags: [`${REPO}-testing:18.1-202611211315-minimal-sid`] },
]);
const [extension] = parseImages([
  { reference: `127.0.0.1:5000/x/vector-testing@${D}`, tags: ['0.8.1-18-sid'] },
]);

function report(over: Partial<SmokeReport>): SmokeReport {
  return {
    schemaVersion: 1,
    image: `${REPO}-testing:18.1-202611211315-minimal-sid`,
    mode: 'container',
    flavourSource: 'tag',
    expectations: { extensions: [], locales: [], preloadLibraries: [] },
    extensions: [],
    startedAt: '2026-12-03T00:00:00.000Z',
    durationMs: 1,
    passed: true,
    checks: [{ level: 'container', name: 'initdb', status: 'passed', durationMs: 1 }],
    diagnostics: [],
    ...over,
  } as SmokeReport;
}

const loaded = (r: SmokeReport, file = 'report.json'): LoadedReport => ({ file, report: r });

describe('smokeVerdict', () => {
  it('passes an operand on a passing report that pinned its digest', () => {
    expect(smokeVerdict(operand!, [loaded(report({ digest: D }))])).toEqual({
      passed: true,
      file: 'report.json',
    });
  });

  it('passes an extension image mounted by digest in a passing report', () => {
    const r = report({
      digest: OTHER,
      extensions: [
        { name: 'vector', reference: `127.0.0.1:5000/x/vector-testing@${D}`, sqlNames: ['vector'] },
      ],
    });
    expect(smokeVerdict(extension!, [loaded(r)])).toMatchObject({ passed: true });
  });

  it('refuses a failed report for the digest, naming the failed check', () => {
    const r = report({
      digest: D,
      passed: false,
      checks: [
        {
          level: 'container',
          name: 'initdb',
          status: 'failed',
          durationMs: 1,
          error: 'exit 1\nmore',
        },
      ],
    });
    expect(smokeVerdict(operand!, [loaded(r, 'a.json')])).toEqual({
      passed: false,
      reason: `the smoke test of ${D} failed (a.json): container: initdb (exit 1)`,
    });
  });

  it('refuses a digest one of whose reports failed, though another passed', () => {
    const failedKind = report({
      digest: D,
      mode: 'kind',
      passed: false,
      checks: [{ level: 'kind', name: 'cluster ready', status: 'failed', durationMs: 1 }],
    });
    expect(
      smokeVerdict(operand!, [
        loaded(report({ digest: D }), 'container.json'),
        loaded(failedKind, 'kind.json'),
      ]),
    ).toEqual({
      passed: false,
      reason: `the smoke test of ${D} failed (kind.json): kind: cluster ready`,
    });
  });

  it('refuses a report of the same repository for another digest', () => {
    expect(smokeVerdict(operand!, [loaded(report({ digest: OTHER }), 'b.json')])).toEqual({
      passed: false,
      reason: `the smoke report b.json is for ${OTHER}, not ${D}: it tested another image (a tag that moved, or another build)`,
    });
  });

  it('refuses a report that was not pinned to a digest', () => {
    const r = report({ unpinned: 'the local image store’s image was tested' });
    expect(smokeVerdict(operand!, [loaded(r)]).passed).toBe(false);
    expect(smokeVerdict(operand!, [loaded(r)])).toMatchObject({
      reason: expect.stringMatching(/names no digest \(the local image store’s image was tested\)/),
    });
  });

  it('refuses when no report was given, saying how to get one', () => {
    expect(smokeVerdict(operand!, [])).toMatchObject({
      passed: false,
      reason: expect.stringMatching(/^no smoke report was given; run the smoke-test action/),
    });
  });
});

describe('loadReports', () => {
  it('reads report files and directories of them (one level down), skipping other JSON in a directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pgforge-reports-'));
    await mkdir(join(dir, 'job-1'));
    await writeFile(join(dir, 'job-1', 'report.json'), JSON.stringify(report({ digest: D })));
    await writeFile(join(dir, 'sbom.spdx.json'), JSON.stringify({ spdxVersion: 'SPDX-2.3' }));
    const found = await loadReports([dir]);
    expect(found.map((f) => f.file)).toEqual([join(dir, 'job-1', 'report.json')]);
  });

  it('a named file that is not a report is an error naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pgforge-reports-'));
    const file = join(dir, 'x.json');
    await writeFile(file, '{"spdxVersion":"SPDX-2.3"}');
    await expect(loadReports([file])).rejects.toThrow(
      `smoke-reports: ${JSON.stringify(file)} is not allowed; expected a smoke-test report`,
    );
    await expect(loadReports([join(dir, 'missing.json')])).rejects.toThrow(
      /expected an existing report file or directory$/,
    );
  });
});
