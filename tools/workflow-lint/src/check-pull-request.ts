/**
 * A pull request's mode writes nothing. The project's reusable workflows named
 * `<release>-pull-request.yml` validate a pull request the way the release beside them would
 * build it, and publish nothing: so in them no job, and not the workflow, asks for a permission
 * that writes (`packages`, `id-token`, `contents`, `pull-requests`, `attestations`, any of them,
 * or `write-all`); no job promotes, attests or writes catalogs; the images go to a registry on
 * the job's own loopback; and a workflow they call is a pull request's too. A job that calls one
 * grants no write either: GitHub then refuses, when the run starts, any job of it that asks for
 * more, so the caller's grant is what holds the mode to its word on GitHub itself.
 *
 * The file name carries the mode, not an input: GitHub checks every job of a called workflow
 * against its caller's grant before any `if:`, so a mode inside the release workflow would make
 * a pull request's caller grant the release's writes.
 */
import { isMap, isScalar, type Node } from 'yaml';
import { stepLabel, type Context } from './context.js';
import { parseUse } from './references.js';
import { child, entries, text } from './yaml-tree.js';

const PULL_REQUEST_WORKFLOW = /-pull-request\.ya?ml$/;

/** Whether `.github/workflows/<file>` is a pull request's mode of a release workflow. */
export const isPullRequestWorkflow = (path: string): boolean => PULL_REQUEST_WORKFLOW.test(path);

/** The project's actions that publish, sign or open pull requests: the release's alone. */
const RELEASE_ACTIONS: Record<string, string> = {
  promote: 'promotes to production',
  attest: 'signs attestations',
  catalog: 'writes catalogs of production',
};

/** Each scope a `permissions:` value lets write, as `scope: write` (`write-all` for all). */
export function writesOf(permissions: Node | undefined): { at: Node; grant: string }[] {
  if (isScalar(permissions)) {
    const value = text(permissions);
    return value === 'write-all' ? [{ at: permissions, grant: 'write-all' }] : [];
  }
  if (!isMap(permissions)) return [];
  return entries(permissions).flatMap(([scope, value]) =>
    value && text(value) === 'write' ? [{ at: value, grant: `${scope}: write` }] : [],
  );
}

/** `host[:port]` of a registry reference is loopback: this job's own machine. */
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?(?:\/|$)/i;

/**
 * The value with `${{ env.NAME }}` replaced by the workflow's or the job's literal `env:`, so
 * that a registry named once at the top is checked where it is used. Other expressions stay as
 * they are: a registry host must be written out (or come from `env:`) to be known here.
 */
function resolveEnv(c: Context, job: Node, value: string): string {
  const root = c.source.doc.contents as Node | null;
  return value.replace(/\$\{\{\s*env\.([\w-]+)\s*\}\}/g, (whole, name: string) => {
    const literal = text(child(child(job, 'env'), name)) ?? text(child(child(root, 'env'), name));
    return literal === undefined || literal.includes('${{') ? whole : literal;
  });
}

/** In a pull request's workflow: read-only permissions, no release action, loopback images. */
function checkPullRequestWorkflow(c: Context): void {
  const root = c.source.doc.contents as Node | null;
  for (const w of writesOf(child(root, 'permissions'))) {
    c.report(
      w.at,
      'pull-request-write',
      `the workflow grants ${w.grant}, in a pull request's workflow, which writes nothing: grant read at most`,
    );
  }
  for (const job of c.jobs) {
    for (const w of writesOf(child(job.node, 'permissions'))) {
      c.report(
        w.at,
        'pull-request-write',
        `job ${job.id} asks for ${w.grant}, in a pull request's workflow, which writes nothing: a pull request from a fork has no such token, and none of this mode's jobs needs one`,
      );
    }
    const called = parseUse(text(child(job.node, 'uses')) ?? '');
    if (called.kind === 'own-workflow' && !isPullRequestWorkflow(called.path)) {
      c.report(
        child(job.node, 'uses'),
        'pull-request-write',
        `job ${job.id} calls ${called.path}, which is not a pull request's workflow (<name>-pull-request.yml): it may publish`,
      );
    }
    job.steps.forEach((step, i) => {
      const usesNode = child(step, 'uses');
      const use = parseUse(text(usesNode) ?? '');
      if (use.kind !== 'own-action') return;
      const where = `job ${job.id}, ${stepLabel(step, i)}`;
      const does = RELEASE_ACTIONS[use.name];
      if (does !== undefined) {
        c.report(
          usesNode,
          'pull-request-write',
          `${where}: actions/${use.name} ${does}, which a pull request's workflow never does`,
        );
        return;
      }
      const stepWith = child(step, 'with');
      const destination =
        use.name === 'matrix'
          ? { input: 'testing-registry', why: 'the matrix names where the builds go' }
          : use.name === 'extension' && text(child(stepWith, 'push')) === 'true'
            ? { input: 'image', why: 'pushed images go to <image>-testing' }
            : undefined;
      if (destination === undefined) return;
      const node = child(stepWith, destination.input);
      const value = text(node);
      const resolved = value === undefined ? undefined : resolveEnv(c, job.node, value);
      if (resolved === undefined || !LOOPBACK.test(resolved)) {
        c.report(
          node ?? usesNode,
          'pull-request-write',
          `${where}: ${destination.input} ${value === undefined ? 'is not set' : `is ${JSON.stringify(value)}`}; ${destination.why}, and in a pull request's workflow that is a registry on the job's own loopback (localhost:<port>/…, written out or as \${{ env.<name> }}), never one the release publishes to`,
        );
      }
    });
  }
}

/** A job that calls a pull request's workflow grants it no write. */
function checkCallers(c: Context): void {
  const root = c.source.doc.contents as Node | null;
  for (const job of c.jobs) {
    const called = parseUse(text(child(job.node, 'uses')) ?? '');
    if (called.kind !== 'own-workflow' || !isPullRequestWorkflow(called.path)) continue;
    const own = child(job.node, 'permissions');
    const grants = own !== undefined ? writesOf(own) : writesOf(child(root, 'permissions'));
    for (const w of grants) {
      c.report(
        w.at,
        'pull-request-write',
        `job ${job.id} grants ${w.grant} to ${called.path}, which writes nothing: grant contents: read and packages: read, so that GitHub refuses any job of it that asks for more`,
      );
    }
  }
}

export function checkPullRequestMode(c: Context): void {
  if (isPullRequestWorkflow(c.source.file)) checkPullRequestWorkflow(c);
  checkCallers(c);
}
