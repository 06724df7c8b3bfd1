import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  booleanInput,
  choiceInput,
  InputError,
  listInput,
  log,
  stringInput,
} from '@pgforge/action-io';
import { isPemText } from '@pgforge/attest';
import { IMAGES_INPUT, VERIFY_METHODS, type VerificationSettings } from '@pgforge/promote';
import { parseImageRecords, type ImageRecord } from '@pgforge/targets';

export interface PromoteInputs {
  /** Absent: repairs alone (promoteCommand says so when there are none either). */
  images?: ImageRecord[];
  repairs?: string;
  smokeReports: string[];
  requireSmoke: boolean;
  verification: VerificationSettings;
  to?: string;
  dryRun: boolean;
}

/** Parses every input once into the typed object `main` runs with. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): PromoteInputs {
  const text = stringInput('images');
  const images =
    text === undefined
      ? undefined
      : parseImageRecords(text, {
          ...IMAGES_INPUT,
          error: (field, value, allowed) => new InputError(field, value, allowed),
        });
  const repairs = stringInput('repairs');
  const to = stringInput('to');
  const key = stringInput('cosign-public-key');
  if (key !== undefined && isPemText(key)) log.mask(key);
  const optional = (name: string): string | undefined => stringInput(name);
  const identity = optional('certificate-identity');
  const regexp = optional('certificate-identity-regexp');
  const issuer = optional('certificate-oidc-issuer');
  const predicateType = optional('predicate-type');
  return {
    ...(images !== undefined ? { images } : {}),
    ...(repairs !== undefined ? { repairs } : {}),
    smokeReports: listInput('smoke-reports') ?? [],
    requireSmoke: booleanInput('require-smoke', true),
    verification: {
      verify: choiceInput('verify', VERIFY_METHODS, 'none'),
      ...(key ? { cosignPublicKey: key } : {}),
      ...(identity ? { certificateIdentity: identity } : {}),
      ...(regexp ? { certificateIdentityRegexp: regexp } : {}),
      ...(issuer ? { certificateOidcIssuer: issuer } : {}),
      ...(predicateType ? { predicateType } : {}),
      workDir: join(env.RUNNER_TEMP || tmpdir(), 'pgforge', 'promote'),
    },
    ...(to ? { to } : {}),
    dryRun: booleanInput('dry-run', false),
  };
}
