/**
 * PostgreSQL as CNPG runs it: a healthy Cluster with the extension images mounted, a Database
 * holding the extensions, and SQL and `locale -a` in the instance pod.
 */
import { CheckFailure } from '../checks.js';
import { serverPreloadLibraries } from '../extension-plan.js';
import { localeListed } from '../locales.js';
import { quoteLiteral } from '../sql.js';
import {
  APP_DATABASE,
  clusterManifest,
  databaseManifest,
  type DatabaseExtension,
} from './manifests.js';
import type { ImageCopy } from './local-image.js';
import type { KindSession, KindStep } from './session.js';

const HEALTHY = 'Cluster in healthy state';

export function clusterHealthy(s: KindSession): KindStep {
  const { pgCluster } = s;
  return {
    name: `Cluster ${pgCluster}: ${HEALTHY}`,
    needs: ['operator', 'images', 'pulls'],
    opens: 'postgres',
    run: async () => {
      await s.apply(
        clusterManifest({
          name: pgCluster,
          imageName: s.operand.local,
          // The flavour's, and what each mounted image says it needs.
          preloadLibraries: serverPreloadLibraries(s.expectations.preloadLibraries, s.extensions),
          extensions: s.extensions.map((p, i) => ({
            ...p.entry,
            image: { ...p.entry.image, reference: (s.images[i + 1] as ImageCopy).local },
          })),
        }),
      );
      await s.kubectl([
        'wait',
        `cluster/${pgCluster}`,
        '--for=condition=Ready',
        `--timeout=${s.deadline.remainingSeconds()}s`,
      ]);
      const phase = (
        await s.kubectl(['get', `cluster/${pgCluster}`, '-o', 'jsonpath={.status.phase}'])
      ).stdout.trim();
      if (phase !== HEALTHY) {
        throw new CheckFailure(
          `the Cluster is Ready but its phase is ${JSON.stringify(phase)}, not "${HEALTHY}"`,
        );
      }
      return phase;
    },
  };
}

export function databaseApplied(s: KindSession): KindStep {
  return {
    name: `Database ${APP_DATABASE} with extensions applied`,
    needs: ['postgres'],
    opens: 'database',
    run: async () => {
      await s.apply(
        databaseManifest({
          name: s.databaseName,
          cluster: s.pgCluster,
          extensions: s.wantedExtensions,
        }),
      );
      await s.kubectl([
        'wait',
        `database/${s.databaseName}`,
        '--for=jsonpath={.status.applied}=true',
        `--timeout=${s.deadline.remainingSeconds()}s`,
      ]);
      return s.wantedExtensions.map((e) => e.name).join(', ') || 'no extensions';
    },
  };
}

export function selectVersion(s: KindSession): KindStep {
  return {
    name: 'SELECT version()',
    needs: ['postgres'],
    run: async () => (await s.psql('SELECT version()')).stdout.trim(),
  };
}

export function extensionInDatabase(s: KindSession, e: DatabaseExtension): KindStep {
  return {
    name: `extension ${e.name} in database ${APP_DATABASE}`,
    needs: ['database'],
    run: async () => {
      const version = (
        await s.psql(`SELECT extversion FROM pg_extension WHERE extname = ${quoteLiteral(e.name)}`)
      ).stdout.trim();
      if (version === '')
        throw new CheckFailure(`${e.name} is not in pg_extension of ${APP_DATABASE}`);
      if (e.version !== undefined && version !== e.version) {
        throw new CheckFailure(`${e.name} is ${version}; the image's annotation says ${e.version}`);
      }
      return `${e.name} ${version}`;
    },
  };
}

export function localeInPod(s: KindSession, locale: string): KindStep {
  return {
    name: `locale ${locale}`,
    needs: ['postgres'],
    run: async () => {
      const listed = (
        await s.kubectl(['exec', s.pod, '-c', 'postgres', '--', 'locale', '-a'])
      ).stdout
        .trim()
        .split('\n');
      if (!localeListed(listed, locale)) {
        throw new CheckFailure(
          `${locale} is not installed: locale -a lists ${listed.join(', ') || 'nothing'}`,
        );
      }
      return 'listed by locale -a in the instance pod';
    },
  };
}
