import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but Node; `integration` needs the real parts (Docker with
// buildx, a registry, base images, the Debian mirror), which test/setup/global.ts provides.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/test/**/*.test.ts',
            'actions/*/test/**/*.test.ts',
            'scripts/test/**/*.test.ts',
          ],
          exclude: ['**/*.integration.test.ts'],
          // GitHub's workflow parser imports its JSON schemas without an import attribute, which
          // only a bundler accepts: vitest transforms it instead of handing it to Node.
          server: { deps: { inline: ['@actions/workflow-parser'] } },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.integration.test.ts', 'packages/*/test/**/*.integration.test.ts'],
          globalSetup: ['test/setup/global.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
