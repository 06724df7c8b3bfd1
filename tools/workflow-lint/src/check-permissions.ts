/** A token that may do everything by default: the workflow or every job must say what it needs. */
import { hasKey } from './yaml-tree.js';
import type { Context } from './context.js';

export function checkPermissions(c: Context): void {
  if (hasKey(c.source.doc.contents, 'permissions')) return;
  for (const job of c.jobs) {
    if (!hasKey(job.node, 'permissions')) {
      c.report(
        job.key ?? job.node,
        'permissions',
        `job ${job.id} has no permissions and the workflow sets none: its token gets the repository's defaults; set permissions (at least contents: read) on the workflow or the job`,
      );
    }
  }
}
