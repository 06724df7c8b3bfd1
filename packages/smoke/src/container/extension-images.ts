/**
 * Each mounted extension image: an image with nothing to create has its modules loaded (or its
 * programs listed); one with control files has them found and each extension created from the
 * mount, at the version its annotation says.
 */
import { CheckFailure } from '../checks.js';
import { mountPath } from '../extensions.js';
import { unmountedRequirements, type ExtensionPlan } from '../extension-plan.js';
import { quoteIdent, quoteLiteral } from '../sql.js';
import {
  FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH,
  type ContainerSession,
  type ContainerStep,
} from './session.js';

/** The checks of one image, in order. */
export function extensionImageSteps(s: ContainerSession, plan: ExtensionPlan): ContainerStep[] {
  if (!plan.createExtension) {
    // A module PostgreSQL loads by name: preloaded ones loaded when the server started, the
    // others load now, from the mount (the library path and its system/ libraries).
    return [
      ...plan.modules.map((module) => moduleLoaded(s, plan, module)),
      ...(plan.modules.length === 0 ? [programs(plan)] : []),
    ];
  }
  return [controlFile(plan), ...plan.sqlNames.map((sqlName) => createsFromMount(s, plan, sqlName))];
}

function moduleLoaded(s: ContainerSession, plan: ExtensionPlan, module: string): ContainerStep {
  const preloaded = plan.preload.includes(module);
  return {
    name: `${preloaded ? 'preloaded' : 'LOAD'} ${module} from ${mountPath(plan.entry)}`,
    needs: ['server'],
    run: async () => {
      if (preloaded) {
        const shown = (await s.psql(['SHOW shared_preload_libraries'])).stdout.trim();
        if (
          !shown
            .split(',')
            .map((l) => l.trim())
            .includes(module)
        ) {
          throw new CheckFailure(`shared_preload_libraries is "${shown}", without ${module}`);
        }
        return `${module} (shared_preload_libraries)`;
      }
      await s.psql([`LOAD ${quoteLiteral(module)}`]);
      return `${module} loaded`;
    },
    onFailure: s.serverLog,
  };
}

function programs(plan: ExtensionPlan): ContainerStep {
  return {
    name: `extension image ${plan.entry.name}: programs`,
    run: async () => {
      const found = plan.files.filter((f) => f.startsWith('bin/'));
      if (found.length === 0) {
        throw new CheckFailure(
          `the image says it has nothing to CREATE EXTENSION, but holds no module (lib/*.so) and no program (bin/)`,
        );
      }
      return found.join(', ');
    },
  };
}

function controlFile(plan: ExtensionPlan): ContainerStep {
  return {
    name: `extension image ${plan.entry.name}: control file`,
    run: async () => {
      if (plan.createExtension && plan.controlFiles.length > 0 && plan.sqlNames.length === 0) {
        throw new CheckFailure(
          `the image's io.pgforge.extension.sql-names names no control file it holds (${plan.controlFiles.join(', ')})`,
        );
      }
      if (plan.controlFiles.length === 0) {
        // Bitcode (one file per source file) would crowd out what tells the story.
        const bitcode = plan.files.filter((f) => f.startsWith('lib/bitcode/')).length;
        const others = plan.files.filter((f) => !f.startsWith('lib/bitcode/'));
        const shown =
          others.slice(0, 12).join(', ') +
          (others.length > 12 ? `, … (${others.length} files)` : '') +
          (bitcode ? ` and ${bitcode} bitcode files` : '');
        throw new CheckFailure(
          `no control file in ${mountPath(plan.entry)}/${(plan.entry.extension_control_path ?? ['share']).join(', ')}/extension (extension_control_path); the image holds ${plan.files.length ? shown : 'no files'}`,
        );
      }
      return plan.controlFiles.join(', ');
    },
  };
}

function createsFromMount(
  s: ContainerSession,
  plan: ExtensionPlan,
  sqlName: string,
): ContainerStep {
  return {
    name: `CREATE EXTENSION ${sqlName} from ${mountPath(plan.entry)}`,
    needs: ['server'],
    run: async () => {
      if (!s.server || s.server.major < FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH) {
        throw new CheckFailure(
          `needs PostgreSQL ${FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH} or later; the server is ${s.server?.version ?? 'unknown'}`,
        );
      }
      const r = await s
        .psql([
          `CREATE EXTENSION IF NOT EXISTS ${quoteIdent(sqlName)}${
            plan.versions.has(sqlName)
              ? ` VERSION ${quoteLiteral(plan.versions.get(sqlName) ?? '')}`
              : ''
          } CASCADE`,
          `SELECT extversion FROM pg_extension WHERE extname = ${quoteLiteral(sqlName)}`,
        ])
        .catch((error: unknown) => {
          const missing = unmountedRequirements(plan, s.extensions);
          if (!(error instanceof CheckFailure) || missing.length === 0) throw error;
          throw new CheckFailure(
            `${error.message}; ${plan.entry.name} requires ${missing.join(', ')}, which no ` +
              'mounted image declares and the operand may lack: mount the image that ' +
              'provides it beside this one, as the Cluster must list it too',
            error.log,
          );
        });
      const version = r.stdout.trim();
      // With several control files and none named like the entry, no one of them is the
      // image's version; each must still create.
      const mustMatch = plan.primary === sqlName;
      if (mustMatch && plan.sqlVersion === undefined) {
        throw new CheckFailure(
          `${sqlName} ${version} was created, but the image has no io.cloudnativepg.image.sql.version annotation to compare with`,
        );
      }
      if (mustMatch && version !== plan.sqlVersion) {
        throw new CheckFailure(
          `${sqlName} ${version} was created, but the image's io.cloudnativepg.image.sql.version annotation says ${plan.sqlVersion}`,
        );
      }
      return `${sqlName} ${version}${mustMatch ? ' (as the annotation says)' : ''}`;
    },
    onFailure: s.serverLog,
  };
}
