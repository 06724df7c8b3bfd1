/**
 * `environment` was once an input of build: `production` wrote every tag, aliases included,
 * the moment an image was pushed, before any test. Build now writes only the testing
 * repository, and promote alone writes production. A workflow that still says `production`
 * must not believe it released anything, so that value is an error; `testing` is harmless.
 */
export interface RetiredEnvironment {
  error?: string;
  warning?: string;
}

export function retiredEnvironment(
  value: string | undefined,
  given: 'input' | 'flag',
): RetiredEnvironment {
  if (value === undefined || value === '') return {};
  const name = given === 'input' ? 'input "environment"' : '--environment';
  const why =
    'build pushes to <name>-testing and writes the immutable tag there only; the promote step ' +
    '(actions/promote, pgforge promote) writes the production tags once the image has passed its smoke test';
  if (value === 'production') {
    return { error: `${name}: "production" is no longer accepted: ${why}` };
  }
  return { warning: `${name} is deprecated and has no effect (${JSON.stringify(value)}): ${why}` };
}
