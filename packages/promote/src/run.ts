/**
 * Promote from its settings as the action and the CLI both take them: the `images` and
 * `repairs` text, the report paths and the verification settings are parsed here once, for
 * both.
 */
import { PromoteError } from './errors.js';
import { parseImages } from './images.js';
import { promoteCommand, type PromoteOptions, type PromoteResult } from './promote.js';
import { checkRepairsAgainstImages, parseRepairs } from './repairs.js';
import { loadReports } from './reports.js';
import { parseVerification, type VerificationSettings } from './verification.js';

export interface PromoteSettings extends Pick<
  PromoteOptions,
  'registry' | 'env' | 'log' | 'verifyAttestation' | 'dryRun'
> {
  /**
   * The build or extension action's `images` output (JSON text or parsed). Absent or empty only
   * when `repairs` asks for one repair or more.
   */
  images?: unknown;
  /** The matrix action's `repairs` output (JSON text or parsed). */
  repairs?: unknown;
  /** Report files, or directories of them. */
  smokeReports: string[];
  requireSmoke: boolean;
  verification: VerificationSettings;
  to?: string;
}

const IMAGES_OR_REPAIRS =
  "the build or extension action's `images` output (a JSON array), unless `repairs` names a repair";

export async function runPromote(settings: PromoteSettings): Promise<PromoteResult> {
  const repairs = settings.repairs === undefined ? [] : parseRepairs(settings.repairs);
  const onlyRepairs = repairs.length > 0;
  if (settings.images === undefined || settings.images === '') {
    if (!onlyRepairs) throw PromoteError.notAllowed('images', '', IMAGES_OR_REPAIRS);
  }
  const images =
    settings.images === undefined || settings.images === ''
      ? []
      : parseImages(settings.images, {
          ...(settings.to ? { to: settings.to } : {}),
          allowEmpty: onlyRepairs,
        });
  checkRepairsAgainstImages(repairs, images);
  // Smoke reports are for images coming in; a repair brings none.
  const reports = await loadReports(settings.smokeReports);
  const verify = await parseVerification(settings.verification);
  return promoteCommand({
    images,
    repairs,
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
