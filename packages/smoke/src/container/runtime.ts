/**
 * The long-lived container, started as CNPG's pods run PostgreSQL, and what runs in it: the
 * platform asked for, CNPG's binaries on PATH, the major the tag names.
 */
import { byPlatform } from '@pgforge/platform';
import { CheckFailure } from '../checks.js';
import { mountPath } from '../extensions.js';
import { majorOfReference } from '../flavours.js';
import { parseServerVersion } from '../server-version.js';
import {
  CNPG_BINARIES,
  DATA_VOLUME,
  PGDATA,
  POSTGRES_UID,
  SOCKETS,
  type ContainerSession,
  type ContainerStep,
} from './session.js';

export function containerStarts(s: ContainerSession): ContainerStep {
  return {
    name: 'container starts (read-only root, tmpfs data, UID 26)',
    needs: ['image'],
    opens: 'container',
    run: async () => {
      const env = [
        `PGDATA=${PGDATA}`,
        ...(s.settings.ldLibraryPath.length
          ? [`LD_LIBRARY_PATH=${s.settings.ldLibraryPath.join(':')}`]
          : []),
        ...(s.settings.binPath.length
          ? [`PATH=${[s.imageEnv('PATH') ?? '', ...s.settings.binPath].filter(Boolean).join(':')}`]
          : []),
        ...s.settings.env.map((v) => `${v.name}=${v.value}`),
      ];
      const mounts = s.extensions
        .filter((p) => p.dir !== undefined)
        .map((p) => `type=bind,source=${p.dir},target=${mountPath(p.entry)},readonly`);
      await s.ok([
        'run',
        '--detach',
        '--name',
        s.name,
        '--label',
        'io.pgforge.smoke=container-level',
        '--read-only',
        '--user',
        String(POSTGRES_UID),
        '--network',
        'none',
        '--tmpfs',
        `${DATA_VOLUME}:rw,mode=1777`,
        '--tmpfs',
        `${SOCKETS}:rw,mode=1777`,
        '--tmpfs',
        '/tmp:rw,mode=1777',
        ...env.flatMap((e) => ['--env', e]),
        ...mounts.flatMap((m) => ['--mount', m]),
        ...s.platformArgs,
        '--entrypoint',
        'sleep',
        s.image,
        'infinity',
      ]);
      return `${s.name}${mounts.length ? `, ${mounts.length} extension image(s) mounted read-only` : ''}`;
    },
  };
}

/**
 * An image labelled arm64 can hold amd64 binaries (BuildKit building on an amd64-only base,
 * issue 10), and an amd64 one then runs without emulation: what runs must be what was asked for.
 */
export function runsAsPlatform(s: ContainerSession, platform: string): ContainerStep {
  const wanted = byPlatform(platform).debianArchitecture;
  return {
    name: `runs as ${platform} (dpkg architecture ${wanted})`,
    needs: ['container'],
    run: async () => {
      const said = (await s.inContainer(['dpkg', '--print-architecture'])).stdout.trim();
      if (said !== wanted) {
        throw new CheckFailure(
          `the container runs ${said || 'an unknown architecture'}, not ${wanted}: the image has no ${platform} variant, or its content is another platform's`,
        );
      }
      const machine = (await s.inContainer(['uname', '-m'])).stdout.trim();
      return `dpkg ${said}, uname -m ${machine}`;
    },
  };
}

export function binariesOnPath(s: ContainerSession): ContainerStep {
  return {
    name: 'CNPG binaries on PATH',
    needs: ['container'],
    run: async () => {
      const script =
        `for b in ${CNPG_BINARIES.join(' ')}; do printf '%s=%s\\n' "$b" "$(command -v "$b")"; done; ` +
        `printf 'PATH=%s\\n' "$PATH"`;
      const r = await s.inContainer(['sh', '-c', script]);
      const found = new Map(
        r.stdout
          .trim()
          .split('\n')
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const),
      );
      const missing = CNPG_BINARIES.filter((b) => !found.get(b));
      if (missing.length > 0) {
        throw new CheckFailure(
          `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not on PATH (${found.get('PATH') ?? ''}); CNPG's instance manager runs ${CNPG_BINARIES.join(', ')}`,
        );
      }
      return CNPG_BINARIES.map((b) => found.get(b)).join(' ');
    },
  };
}

/** Also learns the server's version, which the server and extension checks read. */
export function majorMatchesTag(s: ContainerSession): ContainerStep {
  return {
    name: 'PostgreSQL major matches the tag',
    needs: ['container'],
    run: async () => {
      const r = await s.inContainer(['postgres', '--version']);
      const server = parseServerVersion(r.stdout);
      s.server = server;
      if (!server) {
        throw new CheckFailure(`postgres --version printed ${JSON.stringify(r.stdout.trim())}`);
      }
      const tagged = majorOfReference(s.image);
      if (tagged === undefined) {
        return `server ${server.version}; the reference names no major in its tag`;
      }
      if (tagged !== server.major) {
        throw new CheckFailure(
          `the tag says PostgreSQL ${tagged}, the server is ${server.version} (${r.stdout.trim()})`,
        );
      }
      return `tag ${tagged}, server ${server.version}`;
    },
  };
}
