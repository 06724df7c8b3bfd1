/** The image itself, before a container of it runs: present, configured as CNPG needs, UID 26. */
import { CheckFailure } from '../checks.js';
import {
  POSTGRES_UID,
  type ContainerSession,
  type ContainerStep,
  type ImageConfig,
} from './session.js';

export function imageAvailable(s: ContainerSession): ContainerStep {
  return {
    name: 'image available',
    opens: 'image',
    run: async () => {
      let inspect = await s.docker(['image', 'inspect', s.image]);
      let how = 'in the local image store';
      if (inspect.code !== 0) {
        await s.ok(['pull', '--quiet', ...s.platformArgs, s.image]);
        inspect = await s.ok(['image', 'inspect', s.image]);
        how = 'pulled';
      }
      s.config = (JSON.parse(inspect.stdout) as ImageConfig[])[0] ?? {};
      return `${how} (${(s.config.Id ?? '').slice(0, 19)})`;
    },
  };
}

export function imageConfiguration(s: ContainerSession): ContainerStep {
  return {
    name: 'image configuration (USER 26, no ENTRYPOINT)',
    needs: ['image'],
    run: async () => {
      const c = s.config.Config ?? {};
      const problems: string[] = [];
      const user = c.User ?? '';
      if (!new RegExp(`^${POSTGRES_UID}(:\\d+)?$`).test(user)) {
        problems.push(
          `USER is ${user === '' ? 'not set (root)' : JSON.stringify(user)}; CNPG runs PostgreSQL as UID ${POSTGRES_UID}: the image must end with USER ${POSTGRES_UID}`,
        );
      }
      if (c.Entrypoint?.length) {
        problems.push(
          `ENTRYPOINT is ${JSON.stringify(c.Entrypoint)}; CNPG's operand images have none`,
        );
      }
      if (problems.length > 0) throw new CheckFailure(problems.join('; '));
      // CNPG sets the container's command itself (its instance manager), so a CMD is never
      // run: CNPG's own images keep debian's CMD ["bash"]. An ENTRYPOINT would wrap that
      // command, which is why it fails and CMD does not.
      const notes = c.Cmd?.length
        ? [`CMD is ${JSON.stringify(c.Cmd)}; CNPG replaces the command, so it is never run`]
        : [];
      return { detail: `USER ${user}, PATH=${s.imageEnv('PATH') ?? ''}`, notes };
    },
  };
}

export function runsAsPostgresUid(s: ContainerSession): ContainerStep {
  return {
    name: `runs as UID ${POSTGRES_UID}`,
    needs: ['image'],
    run: async () => {
      const r = await s.ok([
        'run',
        '--rm',
        '--network',
        'none',
        ...s.platformArgs,
        '--entrypoint',
        'sh',
        s.image,
        '-c',
        'id -u; id -un 2>/dev/null || echo "(no user name)"',
      ]);
      const [uid = '', user = ''] = r.stdout.trim().split('\n');
      if (uid.trim() !== String(POSTGRES_UID)) {
        throw new CheckFailure(
          `the image runs as UID ${uid.trim()} (${user.trim()}), not ${POSTGRES_UID}; CNPG runs PostgreSQL as UID ${POSTGRES_UID}`,
        );
      }
      return `UID ${uid.trim()} (${user.trim()})`;
    },
  };
}
