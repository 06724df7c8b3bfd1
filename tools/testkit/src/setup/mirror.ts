import { readSystemAptSources, systemMirror } from '@pgforge/apt';
import { TestEnvironmentError } from './errors.js';

const OVERRIDE = 'PGFORGE_TEST_MIRROR';
const SECURITY_OVERRIDE = 'PGFORGE_TEST_SECURITY_MIRROR';

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

/**
 * The Debian security archive the debootstrapped bases name beside the mirror (as the official
 * images name theirs): PGFORGE_TEST_SECURITY_MIRROR when set (the counterpart of
 * PGFORGE_TEST_MIRROR), else the first `deb` URI of the machine's apt sources (under `root`, read
 * by the product's own reader, in apt's order) whose entry's suites are all `<codename>-security`
 * (on a bookworm machine, `bookworm-security`; the security archive of every release is the same
 * URI). Without its trailing slash. The repository never names a mirror.
 */
export function testSecurityMirror(env: NodeJS.ProcessEnv = process.env, root = '/'): string {
  const override = env[SECURITY_OVERRIDE]?.trim();
  if (override) return override.replace(/\/+$/, '');
  for (const entry of readSystemAptSources(root)) {
    if (!entry.types.includes('deb')) continue;
    if (!entry.suites.every((suite) => /^[a-z]+-security$/.test(suite))) continue;
    const uri = entry.uris[0];
    if (uri !== undefined) return uri.replace(/\/+$/, '');
  }
  throw new TestEnvironmentError(
    "no Debian security archive in this machine's apt sources (no `deb` entry whose suites are " +
      `all <codename>-security, such as bookworm-security); set ${SECURITY_OVERRIDE} to one`,
  );
}
