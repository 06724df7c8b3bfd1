import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '@pgforge/action-io';
import { getInputs } from '../src/context.js';

// The runner hands inputs over as INPUT_<NAME> variables, dashes kept; so do these tests.
function inputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    vi.stubEnv(`INPUT_${name.toUpperCase()}`, value);
  }
}

const RUNNER = { RUNNER_TEMP: '/tmp/runner', GITHUB_WORKSPACE: '/tmp/ws' };

describe('build action inputs', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('refuse a platform with mode merge, which joins every platform the builds left', () => {
    inputs({ targets: '[]', mode: 'merge', platform: 'linux/arm64' });
    expect(() => getInputs(RUNNER)).toThrow(UserError);
    expect(() => getInputs(RUNNER)).toThrow(
      /^input "platform": "linux\/arm64" is not taken with mode merge/,
    );
    vi.stubEnv('INPUT_MODE', 'build');
    expect(getInputs(RUNNER)).toMatchObject({ mode: 'build', platform: 'linux/arm64' });
  });
});
