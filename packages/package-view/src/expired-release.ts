import type { ReleaseExpiredError } from '@pgforge/apt';
import { ConfigError, problemAt, type Config } from '@pgforge/config';

/**
 * A Release past its Valid-Until (sid on a mirror that lags) as the configuration problem it is:
 * named by the key the user sets, at its line when the file has it, else at the distribution
 * that needs it.
 */
export function expiredReleaseProblem(config: Config, error: ReleaseExpiredError): ConfigError {
  const { suite } = error;
  const distribution = config.distributions.findIndex(
    (d) => suite === d || suite.startsWith(`${d}-`),
  );
  const expired = error.message.replace(/; allow-expired-release accepts it.*$/, '');
  return new ConfigError([
    problemAt(
      config,
      ['packages.allow-expired-release', `distributions[${distribution}]`, 'distributions'],
      error.mirror,
      `${expired}: set packages.allow-expired-release: true (the matrix's --allow-expired-release, or its input allow-expired-release: true) to accept it, as apt's -o Acquire::Check-Valid-Until=false does`,
    ),
  ]);
}
