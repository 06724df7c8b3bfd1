import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root, from the kit's place in it (tools/testkit/src/): what the kit runs
 * (dist/ bundles, action.yml files, workflows) and the test files the lanes name are found there.
 */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
