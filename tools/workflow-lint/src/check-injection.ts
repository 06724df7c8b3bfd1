/**
 * Template injection: `${{ }}` is expanded into a script's text before the shell (or
 * github-script's JavaScript) reads it, so a value someone else chose becomes code. Such values
 * go through `env:` and are read as `"$VAR"`.
 */
import type { Node } from 'yaml';
import { child, keyNode, text } from './yaml-tree.js';
import { stepLabel, type Context } from './context.js';
import { expressionsIn, untrusted } from './expressions.js';
import { parseUse } from './references.js';

function checkScript(c: Context, script: Node, where: string): void {
  for (const e of expressionsIn(c.source, script)) {
    const what = untrusted(e.body);
    if (what) {
      c.report(
        e.at,
        'injection',
        `${where}: \${{${e.body}}} puts ${what} into the script's text; pass it through env: and use "$NAME"`,
      );
    }
  }
}

export function checkInjection(c: Context): void {
  for (const job of c.jobs) {
    job.steps.forEach((step, i) => {
      const where = `job ${job.id}, ${stepLabel(step, i)}`;
      const run = child(step, 'run');
      if (run) checkScript(c, run, where);
      const uses = parseUse(text(child(step, 'uses')) ?? '');
      const script = child(child(step, 'with'), 'script');
      if (uses.kind === 'remote' && uses.repository === 'actions/github-script' && script) {
        checkScript(c, script, where);
      }
    });
  }
}

export function checkSecretsInherit(c: Context): void {
  for (const job of c.jobs) {
    if (text(child(job.node, 'secrets')) === 'inherit') {
      c.report(
        keyNode(job.node, 'secrets') ?? job.node,
        'secrets-inherit',
        `job ${job.id}: secrets: inherit hands every secret of this repository to the called workflow; pass the ones it declares by name`,
      );
    }
  }
}
