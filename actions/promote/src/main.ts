import {
  failWith,
  InputError,
  log,
  reportFailure,
  setOutput,
  writeSummary,
} from '@pgforge/action-io';
import { registryClientFromEnvironment } from '@pgforge/oci';
import {
  loadReports,
  PromoteOptionError,
  PromoteRefusedError,
  promoteCommand,
} from '@pgforge/promote';
import { getInputs } from './context.js';

async function main(): Promise<void> {
  const { smokeReports, ...inputs } = getInputs();
  const env = { ...process.env };
  const registry = registryClientFromEnvironment({ env });
  try {
    const reports = await loadReports(smokeReports);
    const result = await promoteCommand({ ...inputs, reports, registry, env, log: log.info });
    setOutput('promoted', result.promoted);
    setOutput('repaired', result.repaired);
    await writeSummary(result.summary);
  } catch (error) {
    if (error instanceof PromoteOptionError) {
      throw new InputError(error.option, error.value, error.expected);
    }
    if (error instanceof PromoteRefusedError) {
      // Repairs refused alone: the rest was written, and is reported as a success would be.
      const done = error.done;
      setOutput('promoted', done?.promoted ?? []);
      setOutput('repaired', done?.repaired ?? []);
      await writeSummary(
        [
          ...(done ? [done.summary] : []),
          done
            ? `### Repairs refused: ${done.dryRun ? 'their tags would not move' : 'their tags were not moved'}`
            : `### Promote refused: nothing was written to production`,
          '',
          ...error.refusals.map((r) => `- \`${r.image}\`: ${r.reason}`),
          '',
        ].join('\n'),
      );
      failWith(
        'promote',
        error.refusals.map((r) => `${r.image}: ${r.reason}`),
      );
      return;
    }
    throw error;
  }
}

main().catch(reportFailure);
