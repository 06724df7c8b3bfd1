/** What the runner tells about the workflow run, for annotations. Read at the edge only. */
export interface RunnerContext {
  revision?: string;
  url?: string;
  owner?: string;
  workspace?: string;
}

export function runnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    revision: env.GITHUB_SHA || undefined,
    url: env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : undefined,
    owner: env.GITHUB_REPOSITORY_OWNER || undefined,
    workspace: env.GITHUB_WORKSPACE || undefined,
  };
}
