/**
 * Promote from its settings as the action and the CLI both take them: the front ends read the
 * image records (parseImageRecords, with IMAGES_INPUT) and the smoke reports (loadReports); the
 * `repairs` text and the verification settings are parsed here once, for both.
 */
import type { ImageRecord } from '@pgforge/targets';
import { PromoteError } from './errors.js';
import { promoteRequests } from './images.js';
import { promoteImages, type PromoteOptions } from './promote.js';
import type { PromoteResult } from './result.js';
import { checkRepairsAgainstImages, parseRepairs } from './repairs.js';
import { parseVerification, type VerificationSettings } from './verification.js';

export interface PromoteCommandOptions extends Pick<
  PromoteOptions,
  'registry' | 'env' | 'log' | 'verifyAttestation' | 'dryRun' | 'reports' | 'requireSmoke'
> {
  /**
   * The build or extension action's image records. Absent or empty only when `repairs` asks for
   * one repair or more.
   */
  images?: readonly ImageRecord[];
  /** The matrix action's `repairs` output (JSON text or parsed). */
  repairs?: unknown;
  verification: VerificationSettings;
  to?: string;
}

const IMAGES_OR_REPAIRS =
  "the build or extension action's `images` output (a JSON array), unless `repairs` names a repair";

export async function promoteCommand(settings: PromoteCommandOptions): Promise<PromoteResult> {
  const repairs = settings.repairs === undefined ? [] : parseRepairs(settings.repairs);
  const onlyRepairs = repairs.length > 0;
  if (settings.images === undefined && !onlyRepairs) {
    throw PromoteError.notAllowed('images', '', IMAGES_OR_REPAIRS);
  }
  const images =
    settings.images === undefined
      ? []
      : promoteRequests(settings.images, {
          ...(settings.to ? { to: settings.to } : {}),
          allowEmpty: onlyRepairs,
        });
  checkRepairsAgainstImages(repairs, images);
  const verify = await parseVerification(settings.verification);
  return promoteImages({
    images,
    repairs,
    reports: settings.reports,
    requireSmoke: settings.requireSmoke,
    ...(verify ? { verify } : {}),
    dryRun: settings.dryRun,
    registry: settings.registry,
    env: settings.env,
    ...(settings.log ? { log: settings.log } : {}),
    ...(settings.verifyAttestation ? { verifyAttestation: settings.verifyAttestation } : {}),
  });
}
