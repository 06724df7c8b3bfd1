/**
 * The server's life in the container: initdb, started with the settings CNPG would write,
 * answering SQL with its preloads, then stopped cleanly.
 */
import { CheckFailure } from '../checks.js';
import { confLine } from '../extensions.js';
import {
  FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH,
  PGDATA,
  SERVER_LOG,
  SOCKETS,
  type ContainerSession,
  type ContainerStep,
} from './session.js';

export function initdb(s: ContainerSession): ContainerStep {
  return {
    name: 'initdb',
    needs: ['container'],
    opens: 'cluster',
    run: async () => {
      await s.inContainer([
        'initdb',
        '-D',
        PGDATA,
        '--username=postgres',
        '--auth=trust',
        '--encoding=UTF8',
        '--locale=C',
        '--no-sync',
      ]);
      return PGDATA;
    },
  };
}

export function serverStarts(s: ContainerSession): ContainerStep {
  return {
    name: 'server starts (pg_ctl start)',
    needs: ['cluster'],
    opens: 'server',
    run: async () => {
      const lines = [
        '# pgforge smoke test: what CNPG would set for this instance',
        confLine('listen_addresses', ''),
        confLine('unix_socket_directories', SOCKETS),
      ];
      if (s.preloadLibraries.length > 0) {
        lines.push(confLine('shared_preload_libraries', s.preloadLibraries.join(',')));
      }
      // An older server refuses unknown settings; the extension checks say why instead.
      if (
        s.extensions.length > 0 &&
        s.server !== undefined &&
        s.server.major >= FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH
      ) {
        lines.push(confLine('extension_control_path', s.settings.extensionControlPath));
        lines.push(confLine('dynamic_library_path', s.settings.dynamicLibraryPath));
      }
      await s.inContainer(
        ['sh', '-c', 'cat >> "$PGDATA/postgresql.conf"'],
        `${lines.join('\n')}\n`,
      );
      await s.inContainer([
        'pg_ctl',
        '-D',
        PGDATA,
        '-l',
        SERVER_LOG,
        '-w',
        '-t',
        String(s.deadline.remainingSeconds()),
        'start',
      ]);
      return lines.slice(1).join('; ');
    },
    onFailure: s.serverLog,
  };
}

export function selectVersion(s: ContainerSession): ContainerStep {
  return {
    name: 'SELECT version()',
    needs: ['server'],
    run: async () => (await s.psql(['SELECT version()'])).stdout.trim(),
    onFailure: s.serverLog,
  };
}

export function preloadLibrariesLoaded(s: ContainerSession): ContainerStep {
  return {
    name: `shared_preload_libraries loaded (${s.preloadLibraries.join(', ')})`,
    needs: ['server'],
    run: async () => (await s.psql(['SHOW shared_preload_libraries'])).stdout.trim(),
    onFailure: s.serverLog,
  };
}

export function serverStops(s: ContainerSession): ContainerStep {
  return {
    name: 'server stops (pg_ctl stop -m fast)',
    needs: ['server'],
    run: async () => {
      await s.inContainer(['pg_ctl', '-D', PGDATA, '-m', 'fast', '-w', 'stop']);
    },
    onFailure: s.serverLog,
  };
}

export function controlDataShutDown(s: ContainerSession): ContainerStep {
  return {
    name: 'pg_controldata reads the stopped cluster',
    needs: ['server'],
    run: async () => {
      const r = await s.inContainer(['pg_controldata', '-D', PGDATA]);
      const state = /^Database cluster state:\s*(.+)$/m.exec(r.stdout)?.[1]?.trim();
      if (state !== 'shut down') {
        throw new CheckFailure(
          `pg_controldata says the cluster state is ${JSON.stringify(state)}, not "shut down"`,
        );
      }
      return `cluster state: ${state}`;
    },
  };
}
