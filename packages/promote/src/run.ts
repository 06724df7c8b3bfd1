/**
 * Promote from its settings as the action and the CLI both take them: the `images` text, the
 * report paths and the verification settings are parsed here once, for both.
 */
import { parseImages } from './images.js';
import { promoteCommand, type PromoteOptions, type PromoteResult } from './promote.js';
import { loadReports } from './reports.js';
import { parseVerification, type VerificationSettings } from './verification.js';

export interface PromoteSettings extends Pick<
  PromoteOptions,
  'registry' | 'env' | 'log' | 'verifyAttestation' | 'dryRun'
> {
  /** The build or extension action's `images` output (JSON text or parsed). */
  images: unknown;
  /** Report files, or directories of them. */
  smokeReports: string[];
  requireSmoke: boolean;
  verification: VerificationSettings;
  to?: string;
}

export async function runPromote(settings: PromoteSettings): Promise<PromoteResult> {
  const images = parseImages(settings.images, settings.to ? { to: settings.to } : {});
  const reports = await loadReports(settings.smokeReports);
  const verify = await parseVerification(settings.verification);
  return promoteCommand({
    images,
    reports,
    requireSmoke: settings.requireSmoke,
    ...(verify ? { verify } : {}),
    dryRun: settings.dryRun,
    registry: settings.registry,
    env: settings.env,
    ...(settings.log ? { log: settings.log } : {}),
    ...(settings.verifyAttestation ? { verifyAttestation: settings.verifyAttestation } : {}),
  });
}
