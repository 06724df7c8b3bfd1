import { afterEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '@pgforge/action-io';
import { getInputs } from '../src/context.js';

// The runner hands inputs over as INPUT_<NAME> variables, dashes kept; so do these tests.
function inputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    vi.stubEnv(`INPUT_${name.toUpperCase()}`, value);
  }
}

const RUNNER = { RUNNER_TEMP: '/tmp/runner', GITHUB_WORKSPACE: '/tmp/ws' };

describe('extension action inputs', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('allow-expired-release: true is passed on', () => {
    inputs({
      name: 'vector',
      package: 'postgresql-{major}-pgvector',
      'allow-expired-release': 'true',
    });
    expect(getInputs(RUNNER).allowExpiredRelease).toBe(true);
  });

  it("allow-expired-release: false, the default, leaves the configuration's setting in force", () => {
    inputs({
      name: 'vector',
      package: 'postgresql-{major}-pgvector',
      'allow-expired-release': 'false',
    });
    expect(getInputs(RUNNER)).not.toHaveProperty('allowExpiredRelease');
    vi.unstubAllEnvs();
    inputs({ name: 'vector', package: 'postgresql-{major}-pgvector' });
    expect(getInputs(RUNNER)).not.toHaveProperty('allowExpiredRelease');
  });

  it('allow-expired-release: anything else names the input, the value and what is allowed', () => {
    inputs({ name: 'vector', package: 'x', 'allow-expired-release': 'sometimes' });
    expect(() => getInputs(RUNNER)).toThrow(InputError);
    expect(() => getInputs(RUNNER)).toThrow(
      'input "allow-expired-release": "sometimes" is not allowed; expected true or false',
    );
  });

  it('sbom-dir is used only with sbom, defaulting under RUNNER_TEMP', () => {
    inputs({ name: 'vector', package: 'x', 'sbom-dir': '/tmp/boms' });
    expect(getInputs(RUNNER)).not.toHaveProperty('sbomDir');
    inputs({ sbom: 'true' });
    expect(getInputs(RUNNER).sbomDir).toBe('/tmp/boms');
    vi.stubEnv('INPUT_SBOM-DIR', '');
    expect(getInputs(RUNNER).sbomDir).toBe('/tmp/runner/pgforge/sbom');
  });
});
