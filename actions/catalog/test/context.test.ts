import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '@pgforge/action-io';
import { getInputs } from '../src/context.js';

// The runner hands inputs over as INPUT_<NAME> variables, dashes kept; so do these tests.
function inputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    vi.stubEnv(`INPUT_${name.toUpperCase()}`, value);
  }
}

describe('catalog action inputs', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('refuse a namespace with a ClusterImageCatalog, which would drop it without a word', () => {
    inputs({ namespace: 'db' });
    expect(() => getInputs({ RUNNER_TEMP: '/tmp/runner' })).toThrow(
      new UserError(
        'input "namespace": "db" is not taken with kind ClusterImageCatalog, which belongs to no namespace; set kind: ImageCatalog with it, or leave namespace out',
      ),
    );
    inputs({ kind: 'ImageCatalog' });
    expect(getInputs({ RUNNER_TEMP: '/tmp/runner' })).toMatchObject({
      kind: 'ImageCatalog',
      namespace: 'db',
    });
  });
});
