/** A GitHub run and a matrix target as the provenance tests use them. */
import type { GithubRunContext } from '../src/index.js';

export const RUN: GithubRunContext = {
  serverUrl: 'https://github.com',
  repository: 'example/images',
  repositoryId: '123456',
  repositoryOwnerId: '7890',
  sha: '4f9a2c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39',
  ref: 'refs/heads/main',
  workflowRef: 'example/images/.github/workflows/build-images.yml@refs/heads/main',
  runId: '987654321',
  runAttempt: '2',
  eventName: 'push',
  runnerEnvironment: 'github-hosted',
};

export const DIGEST = `sha256:${'ab'.repeat(32)}`;
export const BASE_DIGEST = `sha256:${'cd'.repeat(32)}`;
