/**
 * A build run on one machine (`pgforge release`, `pgforge attest`) rather than in a GitHub
 * Actions run: what its provenance can truthfully say. There is no workflow identity to vouch
 * for the builder, so the builder is named as the machine it is, and whoever verifies the
 * attestation trusts it through the key that signed it, not through the builder's name.
 */
export interface LocalRunContext {
  kind: 'local';
  /** The machine's host name. */
  host: string;
  /** The command that ran, as typed (`pgforge release --config images.yaml`). */
  command: string;
  /** One id per run, e.g. a random UUID. */
  invocationId: string;
  /** The checkout the configuration came from, when it is a git work tree. */
  source?: { uri: string; commit: string };
}

/** The build type of images built on one machine by the pgforge CLI. */
export const LOCAL_BUILD_TYPE = 'https://github.com/pgforge/pgforge/cli@v1';

/** `urn:pgforge:local:<host>`: a builder id that claims nothing beyond the machine. */
export function localBuilderId(context: LocalRunContext): string {
  return `urn:pgforge:local:${encodeURIComponent(context.host)}`;
}

export function isLocalRun(context: object): context is LocalRunContext {
  return 'kind' in context && context.kind === 'local';
}

/**
 * A git remote as SLSA's source URI: `git+https://host/owner/repo` (an scp-style
 * `git@host:owner/repo.git` becomes https; credentials in a URL are dropped, never recorded).
 */
export function gitSourceUri(remote: string): string {
  const scp = /^[\w.-]+@([\w.-]+):(.+)$/.exec(remote);
  let url = scp ? `https://${scp[1]}/${scp[2]}` : remote;
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    url = parsed.toString();
  } catch {
    // A local path: recorded as it is.
  }
  return `git+${url.replace(/\.git$/, '').replace(/\/$/, '')}`;
}
