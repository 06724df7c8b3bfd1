/**
 * What every `uses:` names: a third-party action by full commit (a tag can be moved to other
 * code), with its version in a comment for people and Dependabot; the project's own actions and
 * workflows by a scheme that works where the workflow runs.
 */
import type { Node } from 'yaml';
import { child, positionOf, text } from './yaml-tree.js';
import { stepLabel, type Context } from './context.js';
import { FULL_SHA, parseUse, RELEASE_TAG, type Use } from './references.js';

const VERSION_COMMENT = /#\s*v?\d+(\.\d+)*/;

export function checkUse(c: Context, node: Node, where: string, isJob: boolean): Use | undefined {
  const value = text(node);
  if (value === undefined) return undefined;
  const use = parseUse(value);
  switch (use.kind) {
    case 'invalid':
      c.report(node, 'unknown-reference', `${where}: ${use.reason}`);
      break;
    case 'remote': {
      if (!FULL_SHA.test(use.ref)) {
        c.report(
          node,
          'unpinned',
          `${where}: ${value} is not pinned to a full commit SHA; use ${use.repository}${use.path ? `/${use.path}` : ''}@<40-hex commit> # ${use.ref}`,
        );
        break;
      }
      const line = c.source.text.split('\n')[positionOf(c.source, node).line - 1] ?? '';
      if (!VERSION_COMMENT.test(line.slice(line.indexOf(use.ref)))) {
        c.report(
          node,
          'unpinned',
          `${where}: ${value} names no version; add it as a comment (# v1.2.3)`,
        );
      }
      break;
    }
    case 'own-action':
      if (
        use.via === 'published' &&
        !(FULL_SHA.test(use.ref ?? '') || RELEASE_TAG.test(use.ref ?? ''))
      ) {
        c.report(
          node,
          'unpinned',
          `${where}: ${value} must name a release tag (v1, v1.2.3) or a full commit`,
        );
      }
      if (isJob) {
        c.report(
          node,
          'unknown-reference',
          `${where}: actions/${use.name} is an action, not a workflow`,
        );
      } else if (!c.project.actions.has(use.name)) {
        c.report(
          node,
          'unknown-reference',
          `${where}: there is no action actions/${use.name}; the project has ${[...c.project.actions.keys()].join(', ')}`,
        );
      }
      if (use.via === 'local' && c.reusable) {
        c.report(
          node,
          'caller-relative',
          `${where}: ${value} resolves against the caller's checkout, which has no actions/${use.name}; use $/actions/${use.name}`,
        );
      }
      break;
    case 'own-workflow': {
      if (
        use.via === 'published' &&
        !(FULL_SHA.test(use.ref ?? '') || RELEASE_TAG.test(use.ref ?? ''))
      ) {
        c.report(
          node,
          'unpinned',
          `${where}: ${value} must name a release tag (v1, v1.2.3) or a full commit`,
        );
      }
      const spec = c.project.workflows.get(use.path);
      if (!spec || !spec.callable) {
        c.report(
          node,
          'unknown-reference',
          `${where}: ${use.path} ${spec ? 'has no on: workflow_call' : 'does not exist'}`,
        );
      }
      break;
    }
    case 'local':
    case 'docker':
      break;
  }
  return use;
}

export function checkPins(c: Context): void {
  for (const job of c.jobs) {
    const uses = child(job.node, 'uses');
    if (uses) checkUse(c, uses, `job ${job.id}`, true);
    job.steps.forEach((step, i) => {
      const stepUses = child(step, 'uses');
      const where = `job ${job.id}, ${stepLabel(step, i)}`;
      const use = stepUses ? checkUse(c, stepUses, where, false) : undefined;
      // actions/checkout writes the job's token into .git/config, where every later step (and
      // anything it runs) can read it; none of these workflows pushes with it.
      const persist = text(child(child(step, 'with'), 'persist-credentials'));
      if (use?.kind === 'remote' && use.repository === 'actions/checkout' && persist !== 'false') {
        c.report(
          stepUses,
          'credentials',
          `${where}: actions/checkout keeps the token in .git/config; set persist-credentials: false`,
        );
      }
    });
  }
}
