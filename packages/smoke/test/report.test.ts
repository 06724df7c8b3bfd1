import { describe, expect, it } from 'vitest';
import { countLine, failureMessage, summaryMarkdown } from '../src/report.js';
import type { SmokeReport } from '../src/types.js';

const report: SmokeReport = {
  schemaVersion: 1,
  image: 'r/postgresql:17-standard-trixie',
  mode: 'container',
  flavour: 'standard',
  flavourSource: 'tag',
  expectations: { extensions: ['vector'], locales: ['en_US.UTF-8'], preloadLibraries: [] },
  extensions: [],
  startedAt: '2026-11-21T10:00:00.000Z',
  durationMs: 4321,
  passed: false,
  checks: [
    {
      level: 'container',
      name: 'initdb',
      status: 'passed',
      durationMs: 1037,
      detail: '/var/lib/postgresql/data/pgdata',
    },
    {
      level: 'container',
      name: 'locale en_US.UTF-8',
      status: 'failed',
      durationMs: 98,
      error: 'en_US.UTF-8 is not installed: locale -a lists C, C.utf8, POSIX',
      log: 'server log (last lines):\nLOG: ready | ok',
    },
    {
      level: 'container',
      name: 'server stops',
      status: 'skipped',
      durationMs: 0,
      error: 'not run: "x" did not pass',
    },
  ],
  diagnostics: [],
};

describe('summaryMarkdown', () => {
  const md = summaryMarkdown(report);

  it('has one row per check with its level, result and time', () => {
    expect(md).toContain('### Smoke test FAILED: `r/postgresql:17-standard-trixie`');
    expect(md).toContain(
      'Mode container, flavour standard (from the tag); 3 checks: 1 passed, 1 failed, 1 skipped; 4.32 s.',
    );
    expect(md).toContain(
      '| container | initdb<br><sub>/var/lib/postgresql/data/pgdata</sub> | ✅ passed | 1.04 s |',
    );
    expect(md).toContain(
      '| container | locale en_US.UTF-8<br><sub>en_US.UTF-8 is not installed: locale -a lists C, C.utf8, POSIX</sub> | ❌ failed | 0.10 s |',
    );
    expect(md).toContain('| ⏭️ skipped | 0.00 s |');
  });

  it('shows each failure with its log in a details block', () => {
    expect(md).toContain('<details><summary>❌ container: locale en_US.UTF-8</summary>');
    expect(md).toContain('server log (last lines):\nLOG: ready | ok');
  });
});

describe('failureMessage', () => {
  it('names each failed check on its own line', () => {
    expect(failureMessage(report)).toBe(
      'smoke test of r/postgresql:17-standard-trixie failed: 1 of 3 checks\n' +
        '- container: locale en_US.UTF-8: en_US.UTF-8 is not installed: locale -a lists C, C.utf8, POSIX',
    );
  });
});

describe('countLine', () => {
  it('leaves out kinds there are none of', () => {
    expect(countLine(report.checks.slice(0, 1))).toBe('1 check: 1 passed');
  });
});
