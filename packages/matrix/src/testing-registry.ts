/**
 * The matrix's `testing-registry`: where the builds of a run are tested when that is not the
 * configuration's registry. A pull request builds into a registry of its own job
 * (`localhost:5001/pr`) while the matrix still compares every target with production, so that
 * only what changed is built and nothing is written where the release writes.
 */

/** images.yaml's `registry` pattern (schema/images.schema.json): host, optional port, namespace. */
export const REGISTRY_NAME =
  /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(\/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$/;

export const TESTING_REGISTRY_EXPECTED =
  'a registry host with an optional port and namespace in lower case, e.g. localhost:5001/pr';

/**
 * The value as the targets take it: lower case (it often comes from a workflow expression, as
 * the registry override does), or undefined when it is not a registry name at all.
 */
export function testingRegistry(value: string): string | undefined {
  const name = value.trim().toLowerCase();
  return REGISTRY_NAME.test(name) ? name : undefined;
}
