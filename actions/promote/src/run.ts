import { failWith, log, reportFailure, setOutput, writeSummary } from '@pgforge/action-io';
import { registryClientFromEnvironment } from '@pgforge/oci';
import { loadReports, PromoteRefusedError, promoteCommand } from '@pgforge/promote';
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
    // Refused by a gate: what was written (repairs refused alone) goes out as a success's
    // outputs would, the summary says what was refused, and each refusal is its own annotation.
    // Every other error goes to reportFailure.
    if (error instanceof PromoteRefusedError) {
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
