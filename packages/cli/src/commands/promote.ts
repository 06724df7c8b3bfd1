import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registryClientFromEnvironment } from '@pgforge/oci';
import {
  IMAGES_INPUT,
  loadReports,
  PromoteRefusedError,
  promoteSummaryDocument,
  promoteCommand,
  VERIFY_METHODS,
  type PromoteResult,
} from '@pgforge/promote';
import { parseImageRecords } from '@pgforge/targets';
import {
  documentOrFile,
  list,
  startsAsJson,
  UsageError,
  type CommandSpec,
  type FlagValues,
} from '../args.js';
import { jsonFlag, oneOutput, printJson, printSummary, summaryFlag } from '../output.js';

export const PROMOTE = {
  name: 'promote',
  summary: 'copy tested images to production by digest, gates first and tags last',
  flags: [
    {
      name: 'images',
      type: 'string',
      value: 'JSON|FILE',
      description:
        "the build or extension command's images (JSON, or a file holding it); may be left out with --repairs",
    },
    {
      name: 'repairs',
      type: 'string',
      value: 'JSON|FILE',
      description:
        "the matrix's repairs (matrix --repair): production tags to point back at images production holds",
    },
    {
      name: 'smoke-reports',
      type: 'string',
      value: 'LIST',
      description: 'smoke-test report files, or directories holding them',
    },
    {
      name: 'require-smoke',
      type: 'boolean',
      description: 'refuse images without a passing smoke report for their digest',
      default: 'true',
    },
    {
      name: 'verify',
      type: 'string',
      value: 'METHOD',
      description: 'none | cosign-key | github: the attestation each image must carry',
      choices: VERIFY_METHODS,
      default: 'none',
    },
    {
      name: 'cosign-public-key',
      type: 'string',
      value: 'FILE',
      description: 'with --verify cosign-key: the public key',
    },
    {
      name: 'certificate-identity',
      type: 'string',
      value: 'ID',
      description: 'with --verify github: the signing workflow',
    },
    {
      name: 'certificate-identity-regexp',
      type: 'string',
      value: 'REGEXP',
      description: 'with --verify github: a pattern the signing workflow matches',
    },
    {
      name: 'certificate-oidc-issuer',
      type: 'string',
      value: 'URL',
      description: "with --verify github: the certificate's OIDC issuer",
      default: 'https://token.actions.githubusercontent.com',
    },
    {
      name: 'predicate-type',
      type: 'string',
      value: 'URI',
      description: 'the predicate type of the attestation to verify',
      default: 'https://slsa.dev/provenance/v1',
    },
    {
      name: 'to',
      type: 'string',
      value: 'REPO',
      description: 'the production repository for every image',
      defaultText: "each image's own (its testing repository without -testing)",
    },
    {
      name: 'dry-run',
      type: 'boolean',
      description: 'check the gates and print what would be written, writing nothing',
      default: 'false',
    },
    summaryFlag('the summary (a row per image: digest, production, tags; then the repairs)'),
    jsonFlag(
      'each promoted image and its tags; with --repairs, { promoted, repaired } (the default)',
    ),
  ],
} as const satisfies CommandSpec;

export async function promote(values: FlagValues<typeof PROMOTE>): Promise<number> {
  oneOutput(values);
  if (values.images === undefined && values.repairs === undefined) {
    throw new UsageError(
      "--images: required, unless --repairs is given (the build or extension command's images)",
    );
  }
  // `[` (an images output) or `{` (what pgforge build prints) is the text itself.
  const images =
    values.images === undefined
      ? undefined
      : (await documentOrFile('images', values.images, startsAsJson, { json: true })).text;
  const repairs =
    values.repairs === undefined
      ? undefined
      : (await documentOrFile('repairs', values.repairs, startsAsJson, { json: true })).text;
  // The promoted images, as before repairs; given repairs, both lists.
  const print = (result: PromoteResult): void =>
    printJson(
      repairs === undefined
        ? result.promoted
        : { promoted: result.promoted, repaired: result.repaired },
    );
  // What stdout holds, the same for a run that ends well and one whose repairs were refused.
  const show = (result: PromoteResult): void => {
    if (values.summary) {
      printSummary(
        promoteSummaryDocument(result.promoted, result.dryRun, result.repaired),
        values.summary,
      );
    } else print(result);
  };
  const env = { ...process.env };
  const registry = registryClientFromEnvironment({ env });
  try {
    const result = await promoteCommand({
      ...(images !== undefined ? { images: parseImageRecords(images, IMAGES_INPUT) } : {}),
      ...(repairs !== undefined ? { repairs } : {}),
      reports: await loadReports(
        values['smoke-reports'] ? (list(values['smoke-reports']) ?? []) : [],
      ),
      requireSmoke: values['require-smoke'],
      verification: {
        verify: values.verify,
        ...(values['cosign-public-key'] ? { cosignPublicKey: values['cosign-public-key'] } : {}),
        ...(values['certificate-identity']
          ? { certificateIdentity: values['certificate-identity'] }
          : {}),
        ...(values['certificate-identity-regexp']
          ? { certificateIdentityRegexp: values['certificate-identity-regexp'] }
          : {}),
        certificateOidcIssuer: values['certificate-oidc-issuer'],
        predicateType: values['predicate-type'],
        workDir: await mkdtemp(join(tmpdir(), 'pgforge-promote-')),
      },
      ...(values.to ? { to: values.to } : {}),
      dryRun: values['dry-run'],
      registry,
      env,
      log: (m) => void process.stderr.write(`${m}\n`),
    });
    show(result);
    return 0;
  } catch (error) {
    // Repairs refused alone: what was written is still the result; the refusals fail the run.
    if (error instanceof PromoteRefusedError && error.done) show(error.done);
    throw error;
  }
}
