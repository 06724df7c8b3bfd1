/**
 * Token scopes and which registries are loopback: what the authenticator (auth.ts) and the
 * request pipeline (registry-http.ts) both read, in a file of its own so neither imports the other
 * for it.
 */

/** The default for `insecureRegistries`: loopback, as docker treats it (plain http). */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.startsWith('[')
    ? registry.slice(1, registry.indexOf(']'))
    : (registry.split(':')[0] ?? '');
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export function pullScope(repository: string): string {
  return `repository:${repository}:pull`;
}

export function pushScope(repository: string): string {
  return `repository:${repository}:pull,push`;
}

/** True when token scope `granted` allows all `wanted` does (`x:pull,push` covers `x:pull`). */
export function scopeCovers(granted: string, wanted: string): boolean {
  const g = granted.lastIndexOf(':');
  const w = wanted.lastIndexOf(':');
  if (g < 0 || w < 0 || granted.slice(0, g) !== wanted.slice(0, w)) return granted === wanted;
  const actions = new Set(granted.slice(g + 1).split(','));
  return (
    actions.has('*') ||
    wanted
      .slice(w + 1)
      .split(',')
      .every((a) => actions.has(a))
  );
}
