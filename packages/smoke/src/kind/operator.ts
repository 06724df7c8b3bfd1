/** CNPG's operator, installed from its release manifest (checked against its pinned SHA-256). */
import { downloadCnpgManifest } from './operator-manifest.js';
import type { KindSession, KindStep } from './session.js';

export const OPERATOR_NAMESPACE = 'cnpg-system';
export const OPERATOR_DEPLOYMENT = 'cnpg-controller-manager';

export function operatorInstalled(s: KindSession): KindStep {
  const { cnpgVersion } = s.options;
  return {
    name: `CNPG operator ${cnpgVersion}`,
    needs: ['cluster'],
    opens: 'operator',
    run: async () => {
      const manifest = s.options.operatorManifest ?? downloadCnpgManifest;
      const { url, text } = await manifest(cnpgVersion);
      await s.kubectl(['apply', '--server-side', '-f', '-'], text);
      await s.kubectl([
        'rollout',
        'status',
        `deployment/${OPERATOR_DEPLOYMENT}`,
        '-n',
        OPERATOR_NAMESPACE,
        `--timeout=${s.deadline.remainingSeconds()}s`,
      ]);
      return url;
    },
  };
}
