/**
 * What a smoke test run produces: one result per check, gathered into a report. The report is
 * handed to promote, so its types live beside its parser in @pgforge/targets; here they keep
 * the names the smoke test's own code uses.
 */
import type { SmokeMode } from '@pgforge/targets';

export type {
  CheckResult,
  CheckStatus,
  ExtensionReport,
  SmokeDiagnostic as Diagnostic,
  SmokeExpectations as Expectations,
  SmokeLevel as Level,
  SmokeMode as Mode,
  SmokeReport,
} from '@pgforge/targets';

export const MODES: readonly SmokeMode[] = ['container', 'kind', 'all'];
