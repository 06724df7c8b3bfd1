import { defineConfig } from 'vitest/config';
// By path, not as @pgforge/testkit/sequencer: the config is bundled with what it imports by path,
// while a package it imports is left to Node, which does not load the kit's TypeScript.
import { LaneSequencer } from './tools/testkit/src/setup/sequencer.js';

// Two projects: `unit` needs nothing but Node; `integration` needs the real parts (Docker with
// buildx, a registry, base images, the Debian mirror), which the test kit's global setup provides
// (@pgforge/testkit, tools/testkit/src/setup/global.ts).
export default defineConfig({
  test: {
    // Integration files in their lanes' order (tools/testkit/src/setup/sequencer.ts).
    sequence: { sequencer: LaneSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/test/**/*.test.ts',
            'tools/*/test/**/*.test.ts',
            'actions/*/test/**/*.test.ts',
            'scripts/test/**/*.test.ts',
          ],
          exclude: ['**/*.integration.test.ts'],
          // Some unit tests run real tools (dpkg-deb, actionlint, npm pack): on a busy 2-core
          // machine they pass 5 s now and then, which says nothing about the code.
          testTimeout: 30_000,
          // GitHub's workflow parser imports its JSON schemas without an import attribute, which
          // only a bundler accepts: vitest transforms it instead of handing it to Node.
          server: { deps: { inline: ['@actions/workflow-parser'] } },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.integration.test.ts', 'packages/*/test/**/*.integration.test.ts'],
          globalSetup: ['@pgforge/testkit/global'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // Two workers, two lanes (tools/testkit/src/setup/lanes.ts, held by file-lane.ts before
          // each file loads): the files one at a time in the serial lane, the emulated arm64 build
          // beside it, and a few files whose names are all their own in whichever lane is free. A
          // group of its own, after the unit files.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          setupFiles: ['@pgforge/testkit/file-lane'],
        },
      },
    ],
  },
});
