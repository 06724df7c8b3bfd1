import { systemMirror } from '@pgforge/apt';
import { TestEnvironmentError } from './errors.js';

const OVERRIDE = 'PGFORGE_TEST_MIRROR';

/**
 * The Debian archive the tests use: PGFORGE_TEST_MIRROR when set (a GitHub runner's apt sources
 * name Ubuntu's archive), else the machine's own apt sources, read by the product's own reader.
 * The repository never names a mirror.
 */
export function testMirror(env: NodeJS.ProcessEnv = process.env): string {
  const override = env[OVERRIDE]?.trim();
  if (override) return override.replace(/\/+$/, '');
  const mirror = systemMirror();
  if (!mirror) {
    throw new TestEnvironmentError(
      `no Debian archive in this machine's apt sources; set ${OVERRIDE} to one`,
    );
  }
  return mirror;
}
