/**
 * A production registry that cannot answer at all is said once for every target it kept, not
 * once per target; a registry that answers for some targets still warns for each it failed.
 */
import { describe, expect, it } from 'vitest';
import { RegistryError, RegistryNetworkError } from '@pgforge/oci';
import { decide, type PublishedImageReader } from '../src/skip.js';
import { sampleTargets } from '../../targets/test/sample.js';

const registryOf = (error: () => Error): PublishedImageReader => ({
  resolveDigest: () => Promise.reject(error()),
  getManifest: () => Promise.reject(error()),
  getConfig: () => Promise.reject(error()),
});

const OPTIONS = { skipUnchanged: true, force: false };

describe('skip decisions against a registry that cannot answer', () => {
  it('one warning naming every target, when the registry refuses or does not resolve', async () => {
    const { all } = sampleTargets();
    const refused = () =>
      new RegistryNetworkError(
        'ghcr.io: HEAD https://ghcr.io/v2/x/manifests/t failed: getaddrinfo ENOTFOUND ghcr.io',
        { registry: 'ghcr.io' },
        { retryable: false },
      );
    const decisions = await decide(all, registryOf(refused), OPTIONS);
    expect(decisions.every((d) => d.kept)).toBe(true);
    const warnings = decisions.flatMap((d) => (d.warning ? [d.warning] : []));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(all.map((t) => t.id).join(', '));
    expect(warnings[0]).toContain('ghcr.io cannot be reached');
    // Each decision still says why it was kept.
    expect(decisions.every((d) => d.reason.startsWith('could not read'))).toBe(true);
  });

  it('a warning per target for failures a moment may mend (503 after retries)', async () => {
    const { all } = sampleTargets();
    const busy = () =>
      new RegistryError('503 from ghcr.io (after 5 attempts)', {
        registry: 'ghcr.io',
        status: 503,
      });
    const decisions = await decide(all, registryOf(busy), OPTIONS);
    expect(decisions.filter((d) => d.warning)).toHaveLength(all.length);
  });
});
