/**
 * What a `uses:` names. The project's own actions are referenced, in its reusable workflows, as
 * `$/actions/<name>` (GitHub's self-repository reference: this repository at the commit the
 * caller resolved), in its other workflows also as `./actions/<name>`, and by users as
 * `pgforge/pgforge/actions/<name>@<ref>`, where the ref is a commit or a release tag (`v1`,
 * `v1.2.3`) that the project moves itself.
 */
export const PROJECT_REPOSITORY = 'pgforge/pgforge';

export type Use =
  | { kind: 'own-action'; name: string; via: 'self' | 'local' | 'published'; ref?: string }
  | { kind: 'own-workflow'; path: string; via: 'self' | 'local' | 'published'; ref?: string }
  | { kind: 'local'; path: string }
  | { kind: 'docker'; image: string }
  | { kind: 'remote'; repository: string; path: string; ref: string }
  | { kind: 'invalid'; reason: string };

export const FULL_SHA = /^[0-9a-f]{40}$/;
export const RELEASE_TAG = /^v\d+(\.\d+){0,2}$/;

function inRepository(path: string, via: 'self' | 'local' | 'published', ref?: string): Use {
  const trimmed = path.replace(/\/+$/, '');
  const action = /^actions\/([\w.-]+)$/.exec(trimmed);
  if (action?.[1]) return { kind: 'own-action', name: action[1], via, ...(ref ? { ref } : {}) };
  if (/^\.github\/workflows\/[\w.-]+\.ya?ml$/.test(trimmed)) {
    return { kind: 'own-workflow', path: trimmed, via, ...(ref ? { ref } : {}) };
  }
  return { kind: 'local', path: trimmed };
}

export function parseUse(uses: string): Use {
  const value = uses.trim();
  if (value.startsWith('docker://')) return { kind: 'docker', image: value.slice(9) };
  if (value.startsWith('$/')) return inRepository(value.slice(2).replace(/^\.\//, ''), 'self');
  if (value.startsWith('./')) return inRepository(value.slice(2), 'local');
  const m = /^([\w.-]+\/[\w.-]+)((?:\/[^@\s]+)?)@([^@\s]+)$/.exec(value);
  if (!m) {
    return {
      kind: 'invalid',
      reason: `"${value}" is not ./<path>, $/<path>, docker://<image> or <owner>/<repo>[/<path>]@<ref>`,
    };
  }
  const [, repository = '', rest = '', ref = ''] = m;
  if (repository.toLowerCase() === PROJECT_REPOSITORY) {
    return inRepository(rest.replace(/^\//, ''), 'published', ref);
  }
  return { kind: 'remote', repository, path: rest.replace(/^\//, ''), ref };
}
