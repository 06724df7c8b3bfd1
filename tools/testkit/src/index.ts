// The test kit: what the integration tests, the benchmarks and scripts/base-images.ts stand on.
// vitest's global setup, per-file lane and sequencer are entry points of their own (`./global`,
// `./file-lane`, `./sequencer`): each is loaded by vitest where it runs, never by a test.

// The real parts and how they are started.
export * from './setup/provided.js';
export * from './setup/errors.js';
export * from './setup/docker.js';
export * from './setup/registry.js';
export * from './setup/mirror.js';
export * from './setup/base-images.js';
export * from './setup/multi-arch-base.js';
export * from './setup/slim.js';
export * from './setup/emulation.js';
export * from './setup/cleanup.js';
export * from './setup/diagnostics.js';
export type { LaneFiles } from './setup/lanes.js';

// What tests and benchmarks build on those parts.
export * from './support/apt-archive.js';
export * from './support/apt-root.js';
export * from './support/cosign.js';
export * from './support/extension-images.js';
export * from './support/fault-proxy.js';
export * from './support/mirror-proxy.js';
export * from './support/node24.js';
export * from './support/operand-images.js';
export * from './support/paper-base.js';
export * from './support/pgdg-debs.js';
export * from './support/push.js';
export * from './support/registry-images.js';
export * from './support/runner-apt.js';
export * from './support/runner.js';
export * from './support/security-debs.js';
export * from './support/targets.js';
export * from './support/tested-operand.js';
export * from './support/workflow-step.js';
