/**
 * The run's GITHUB_TOKEN is a credential for GitHub: sent as a password to any other registry,
 * it is that registry's operator's to replay against GitHub (with `packages: write`, say). A
 * login may send it to `ghcr.io` only: a registry written as `ghcr.io`, or an expression whose
 * token is guarded by `<registry> == 'ghcr.io' &&`. A reusable workflow called with the token as
 * a secret and another `registry-host` is the same mistake one level up.
 */
import type { Node } from 'yaml';
import { child, entries, scalars, text } from './yaml-tree.js';
import { stepLabel, type Context } from './context.js';
import { expressionsIn } from './expressions.js';
import { parseUse } from './references.js';

const GHCR = 'ghcr.io';
const TOKEN = /(?<![\w.-])(?:github\.token|secrets\.github_token)\b/gi;
const NAMES_TOKEN = new RegExp(TOKEN.source, 'i');
const WHOLE_EXPRESSION = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** How many times `body` names the token, and how many of those are behind a ghcr.io guard. */
function tokenUses(body: string, registry: string): { all: number; guarded: number } {
  const all = [...body.matchAll(TOKEN)].length;
  const guard = new RegExp(
    `${escape(squeeze(registry))}\\s*==\\s*'${escape(GHCR)}'\\s*&&\\s*\\(?\\s*(?:github\\.token|secrets\\.github_token)\\b`,
    'gi',
  );
  return { all, guarded: [...squeeze(body).matchAll(guard)].length };
}

/** The registry a value names: a literal host, or the body of the one expression it is. */
function registryOf(value: string | undefined): { literal: string } | { expression: string } {
  if (value === undefined) return { literal: 'docker.io' }; // docker/login-action's default
  const whole = WHOLE_EXPRESSION.exec(value);
  if (whole) return { expression: whole[1] ?? '' };
  return { literal: value.trim() };
}

function checkSend(
  c: Context,
  where: string,
  registryValue: string | undefined,
  values: Node[],
  registryKey: string,
): void {
  const registry = registryOf(registryValue);
  for (const node of values) {
    for (const e of expressionsIn(c.source, node)) {
      if (!NAMES_TOKEN.test(e.body)) continue;
      if ('literal' in registry) {
        if (registry.literal.toLowerCase() === GHCR) continue;
        c.report(
          e.at,
          'token-host',
          `${where}: sends github.token to ${registry.literal}${registryValue === undefined ? ` (no ${registryKey}: Docker Hub)` : ''}; the run's token is a GitHub credential and goes to ${GHCR} only: take this registry's password from a secret`,
        );
        continue;
      }
      const uses = tokenUses(e.body, registry.expression);
      if (uses.guarded < uses.all) {
        c.report(
          e.at,
          'token-host',
          `${where}: sends github.token to \${{ ${squeeze(registry.expression)} }}, which need not be ${GHCR}; the run's token goes to ${GHCR} only: write (${squeeze(registry.expression)} == '${GHCR}' && github.token) and take any other registry's password from a secret`,
        );
      }
    }
  }
}

export function checkRegistryToken(c: Context): void {
  for (const job of c.jobs) {
    // A reusable workflow given the token as a secret and another registry-host.
    const called = parseUse(text(child(job.node, 'uses')) ?? '');
    const withNode = child(job.node, 'with');
    if (called.kind !== 'invalid' && child(withNode, 'registry-host')) {
      const secrets = entries(child(job.node, 'secrets')).flatMap(([, v]) => (v ? [v] : []));
      checkSend(
        c,
        `job ${job.id}`,
        text(child(withNode, 'registry-host')),
        secrets.flatMap((s) => scalars(s)),
        'registry-host',
      );
    }
    job.steps.forEach((step, i) => {
      const use = parseUse(text(child(step, 'uses')) ?? '');
      const isLogin =
        use.kind === 'remote' && use.repository.toLowerCase() === 'docker/login-action';
      const stepWith = child(step, 'with');
      if (!isLogin && !child(stepWith, 'registry')) return;
      const values = entries(stepWith)
        .filter(([k]) => k !== 'registry')
        .flatMap(([, v]) => scalars(v));
      checkSend(
        c,
        `job ${job.id}, ${stepLabel(step, i)}`,
        text(child(stepWith, 'registry')),
        values,
        'registry',
      );
    });
  }
}
