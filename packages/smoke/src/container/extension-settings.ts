/** The settings CNPG derives for the mounted extension images, as the running server has them. */
import { CheckFailure } from '../checks.js';
import {
  FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH,
  type ContainerSession,
  type ContainerStep,
} from './session.js';

export function extensionSettings(s: ContainerSession): ContainerStep {
  return {
    name: 'extension settings (extension_control_path, dynamic_library_path, LD_LIBRARY_PATH)',
    needs: ['server'],
    run: async () => {
      if (!s.server || s.server.major < FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH) {
        throw new CheckFailure(
          `extension images need PostgreSQL ${FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH} or later (extension_control_path); the server is ${s.server?.version ?? 'unknown'}`,
        );
      }
      const shown = (
        await s.psql(['SHOW extension_control_path', 'SHOW dynamic_library_path'])
      ).stdout
        .trim()
        .split('\n');
      const environ = await s.inContainer([
        'sh',
        '-c',
        `tr '\\0' '\\n' < "/proc/$(head -n 1 "$PGDATA/postmaster.pid")/environ"`,
      ]);
      const env = new Map(
        environ.stdout
          .split('\n')
          .filter((l) => l.includes('='))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const),
      );
      const expected: [string, string | undefined, string | undefined][] = [
        ['extension_control_path', s.settings.extensionControlPath, shown[0]],
        ['dynamic_library_path', s.settings.dynamicLibraryPath, shown[1]],
        [
          'LD_LIBRARY_PATH',
          s.settings.ldLibraryPath.length ? s.settings.ldLibraryPath.join(':') : undefined,
          env.get('LD_LIBRARY_PATH'),
        ],
        ...s.settings.env.map((v): [string, string, string | undefined] => [
          v.name,
          v.value,
          env.get(v.name),
        ]),
      ];
      const wrong = expected.filter(([, want, got]) => want !== got);
      if (wrong.length > 0) {
        throw new CheckFailure(
          wrong
            .map(
              ([key, want, got]) =>
                `${key} is ${JSON.stringify(got ?? null)}, CNPG would set ${JSON.stringify(want ?? null)}`,
            )
            .join('; '),
        );
      }
      return expected
        .filter(([, want]) => want !== undefined)
        .map(([k, want]) => `${k}=${want}`)
        .join(' ');
    },
    onFailure: s.serverLog,
  };
}
