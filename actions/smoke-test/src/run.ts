import { failWith, log, reportFailure, setOutput, writeSummary } from '@pgforge/action-io';
import { failedChecks, smokeCommand } from '@pgforge/smoke';
import { getInputs } from './context.js';

async function main(): Promise<void> {
  const inputs = getInputs();
  const result = await log.group(`Smoke test of ${inputs.image} (${inputs.mode})`, () =>
    smokeCommand({ ...inputs, log: log.info }),
  );
  setOutput('report', result.reportFile);
  setOutput('passed', result.passed);
  // What was tested, by digest (empty when the image could not be pinned): promote trusts the
  // report for this digest only.
  setOutput('digest', result.report.digest ?? '');
  await writeSummary(result.summary);
  if (result.passed) {
    log.info(`${result.report.checks.length} checks passed; report: ${result.reportFile}`);
  } else {
    // One annotation per failed check, named; the report and summary are already written.
    failWith('smoke test', failedChecks(result.report));
  }
}

main().catch(reportFailure);
