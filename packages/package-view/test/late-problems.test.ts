/**
 * Mistakes the configuration shows only once the archives are asked (an unreachable mirror, a
 * Release past its Valid-Until) still name the file, the line and the key the user sets.
 */
import { describe, expect, it } from 'vitest';
import { AptClient, ReleaseExpiredError } from '@pgforge/apt';
import { ConfigError, formatProblem, parseConfig, type Config } from '@pgforge/config';
import { resolveDistribution } from '@pgforge/package-view';
import { freePort } from '@pgforge/testkit';
import { fixtureView } from './fixture-indexes.js';

const resolve = async (
  c: Config,
  distribution: string,
  apt: Parameters<typeof resolveDistribution>[2],
) => resolveDistribution(c, distribution, apt, { view: await fixtureView(c, distribution) });

const failing = (error: Error) => ({ packages: () => Promise.reject(error) });

const expired = (suite: string) =>
  new ReleaseExpiredError(
    'http://mirror.invalid/debian',
    suite,
    new Date('2026-11-06T08:08:01Z'),
    new Date('2026-12-06T00:00:00Z'),
  );

async function problemOf(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  const [p] = (error as ConfigError).problems;
  return { p: p!, line: formatProblem(p!) };
}

describe('problems found late name file, line and key', () => {
  it('a sid Release past Valid-Until names packages.allow-expired-release, at the distribution that needs it', async () => {
    const config = parseConfig(
      [
        'postgres: [18]',
        'distributions: [sid]',
        'platforms: [linux/amd64]',
        'packages:',
        '  source: distribution',
        '  mirror: http://mirror.invalid/debian',
      ].join('\n'),
      'images.yaml',
    );
    const { p, line } = await problemOf(resolve(config, 'sid', failing(expired('sid'))));
    expect(p.field).toBe('packages.allow-expired-release');
    expect(p.line).toBe(2);
    expect(line).toMatch(/^images\.yaml:2: packages\.allow-expired-release: Release of sid/);
    expect(line).toContain('set packages.allow-expired-release: true');
    expect(line).toContain('--allow-expired-release');
    expect(line).not.toContain('allowExpiredRelease');
  });

  it('… and at the setting itself when the file says false', async () => {
    const config = parseConfig(
      [
        'postgres: [18]',
        'distributions: [sid]',
        'platforms: [linux/amd64]',
        'packages:',
        '  source: distribution',
        '  mirror: http://mirror.invalid/debian',
        '  allow-expired-release: false',
      ].join('\n'),
      'images.yaml',
    );
    const { p } = await problemOf(resolve(config, 'sid', failing(expired('sid'))));
    expect(p.line).toBe(7);
  });

  it('a packages.mirror nothing listens on names the file and the line of the setting, at once', async () => {
    const port = await freePort();
    const config = parseConfig(
      [
        'postgres: [17]',
        'distributions: [trixie]',
        'platforms: [linux/amd64]',
        'packages:',
        '  source: distribution',
        `  mirror: http://127.0.0.1:${port}/debian`,
      ].join('\n'),
      'images.yaml',
    );
    const started = Date.now();
    const { p, line } = await problemOf(resolve(config, 'trixie', new AptClient({ retries: 3 })));
    expect(p.field).toBe('packages.mirror');
    expect(p.line).toBe(6);
    expect(line).toContain(
      `images.yaml:6: packages.mirror: http://127.0.0.1:${port}/debian cannot be reached`,
    );
    expect(line).toContain('ECONNREFUSED');
    expect(line).toContain('not retried');
    // No retries: well under the first backoff of a retried failure.
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
