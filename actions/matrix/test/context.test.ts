import { afterEach, describe, expect, it, vi } from 'vitest';
import { getInputs } from '../src/context.js';

// The runner hands inputs over as INPUT_<NAME> variables, dashes kept; so do these tests.
function inputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    vi.stubEnv(`INPUT_${name.toUpperCase()}`, value);
  }
}

const RUNNER = { RUNNER_TEMP: '/tmp/runner', GITHUB_WORKSPACE: '/tmp/ws' };

describe('matrix action inputs', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('allow-expired-release: true overrides the configuration', () => {
    inputs({ 'allow-expired-release': 'true' });
    expect(getInputs(RUNNER).overrides.allowExpiredRelease).toBe(true);
  });

  it("allow-expired-release: false, the default, leaves the configuration's setting in force", () => {
    inputs({ 'allow-expired-release': 'false' });
    expect(getInputs(RUNNER).overrides).not.toHaveProperty('allowExpiredRelease');
    vi.unstubAllEnvs();
    expect(getInputs(RUNNER).overrides).not.toHaveProperty('allowExpiredRelease');
  });

  it('allow-expired-release: anything else names the input, the value and what is allowed', () => {
    inputs({ 'allow-expired-release': 'sometimes' });
    expect(() => getInputs(RUNNER)).toThrow(
      'input "allow-expired-release": "sometimes" is not allowed; expected true or false',
    );
  });

  it('testing-registry: where builds go, lower-cased; production is left as configured', () => {
    inputs({ 'testing-registry': 'Localhost:5001/PR' });
    const parsed = getInputs(RUNNER);
    expect(parsed.testingRegistry).toBe('localhost:5001/pr');
    expect(parsed.overrides.registry).toBeUndefined();
    vi.unstubAllEnvs();
    expect(getInputs(RUNNER)).not.toHaveProperty('testingRegistry');
  });

  it('testing-registry: a URL names the input, the value and what is allowed', () => {
    inputs({ 'testing-registry': 'http://localhost:5001' });
    expect(() => getInputs(RUNNER)).toThrow(
      'input "testing-registry": "http://localhost:5001" is not allowed; expected a registry host with an optional port and namespace in lower case',
    );
  });
});
