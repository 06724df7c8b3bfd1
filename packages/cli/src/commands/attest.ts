import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ATTEST_KINDS,
  attestCommand,
  cosignKeyOf,
  parseSubjects,
  SIGNING_METHODS,
} from '@pgforge/attest';
import { registryClientFromEnvironment } from '@pgforge/oci';
import { parseTargetList } from '@pgforge/targets';
import {
  documentOrFile,
  documentProblem,
  InputFileError,
  startsAsJson,
  time,
  UsageError,
  type CommandContext,
  type CommandSpec,
  type FlagValues,
} from '../args.js';
import { localRun } from '../local-run.js';
import { jsonFlag, oneOutput, printJson, printSummary, summaryFlag } from '../output.js';

export const ATTEST = {
  name: 'attest',
  summary: 'SLSA provenance or SBOM attestations of image digests, signed with a cosign key',
  flags: [
    {
      name: 'subjects',
      type: 'string',
      value: 'REFS|JSON|FILE',
      description:
        "images by digest (comma separated), or the build or extension command's images (JSON, or a file holding either)",
      required: true,
    },
    {
      name: 'kind',
      type: 'string',
      value: 'KIND',
      description: 'provenance | sbom',
      choices: ATTEST_KINDS,
      default: 'provenance',
    },
    {
      name: 'sbom',
      type: 'string',
      value: 'FILE',
      description: 'with --kind sbom: the SPDX or CycloneDX JSON file',
    },
    {
      name: 'targets',
      type: 'string',
      value: 'FILE|JSON',
      description: "the matrix's targets: provenance then records each image's target",
    },
    {
      name: 'signing',
      type: 'string',
      value: 'METHOD',
      description: 'cosign-key (github needs a workflow run: use the action there)',
      choices: SIGNING_METHODS,
      defaultText: 'cosign-key',
    },
    {
      name: 'cosign-key',
      type: 'string',
      value: 'FILE',
      description: 'the private key (cosign generate-key-pair); its password in COSIGN_PASSWORD',
    },
    {
      name: 'push-to-registry',
      type: 'boolean',
      description: "push each attestation to the image's repository (cosign's .att tag)",
      default: 'true',
    },
    {
      name: 'output-dir',
      type: 'string',
      value: 'DIR',
      description: "where the envelopes, the images' manifests and the public key go",
      default: 'attestations',
    },
    {
      name: 'started-on',
      type: 'string',
      value: 'TIME',
      description: 'provenance: when the build started, RFC 3339',
      defaultText: "the target's timestamp",
    },
    {
      name: 'finished-on',
      type: 'string',
      value: 'TIME',
      description: 'provenance: when the build finished, RFC 3339',
    },
    summaryFlag('the summary (a row per attestation, the commands that verify them)'),
    jsonFlag('attestations and publicKey (the default)'),
  ],
} as const satisfies CommandSpec;

/** A list of references or a JSON document is the value itself; anything else names a file. */
const inlineSubjects = (v: string): boolean => /^\s*[[{]/.test(v) || v.includes('@sha256:');

export async function attest(
  values: FlagValues<typeof ATTEST>,
  context: CommandContext,
): Promise<number> {
  oneOutput(values);
  if (values.signing === 'github') {
    throw new UsageError(
      '--signing github: Sigstore signing through GitHub needs the OIDC token of a workflow run ' +
        '(use the attest action there); on this machine use --cosign-key FILE',
    );
  }
  if (values.kind === 'sbom' && values.sbom === undefined) {
    throw new UsageError(
      '--sbom: required with --kind sbom (the SPDX or CycloneDX JSON file to attest)',
    );
  }
  if (values.kind !== 'sbom' && values.sbom !== undefined) {
    throw new UsageError(`--sbom ${values.sbom}: only with --kind sbom; --kind is ${values.kind}`);
  }
  const key = values['cosign-key'];
  if (key === undefined) {
    throw new UsageError(
      '--cosign-key: required to sign on this machine (cosign generate-key-pair makes one; its password goes in COSIGN_PASSWORD)',
    );
  }
  const cosignKey = cosignKeyOf(key);
  if (!cosignKey) throw new InputFileError(`--cosign-key: file not found: ${key}`);
  const subjectsText = (
    await documentOrFile('subjects', values.subjects, inlineSubjects, { json: true })
  ).text;
  const targetsDoc = values.targets
    ? await documentOrFile('targets', values.targets, startsAsJson, { json: true })
    : undefined;
  const env = { ...process.env };
  const workDir = await mkdtemp(join(tmpdir(), 'pgforge-attest-'));
  try {
    const subjects = parseSubjects(subjectsText);
    let targets;
    try {
      targets = targetsDoc ? parseTargetList(targetsDoc.text) : undefined;
    } catch (e) {
      if (!targetsDoc) throw e;
      throw documentProblem(targetsDoc, (e as Error).message);
    }
    const startedOn = values['started-on'] ? time('started-on', values['started-on']) : undefined;
    const finishedOn = values['finished-on']
      ? time('finished-on', values['finished-on'])
      : undefined;
    const result = await attestCommand({
      subjects,
      kind: values.kind,
      ...(values.kind === 'provenance'
        ? {
            provenance: {
              context: await localRun(context.argv, process.cwd(), env),
              ...(targets ? { targets } : {}),
              ...(startedOn ? { startedOn } : {}),
              ...(finishedOn ? { finishedOn } : {}),
            },
          }
        : {}),
      ...(values.sbom ? { sbomFile: values.sbom } : {}),
      signing: {
        method: 'cosign-key',
        key: cosignKey,
        ...(env.COSIGN_PASSWORD !== undefined ? { password: env.COSIGN_PASSWORD } : {}),
        env,
      },
      push: values['push-to-registry'],
      outputDir: values['output-dir'],
      workDir,
      registry: registryClientFromEnvironment({ env }),
      log: (m) => void process.stderr.write(`${m}\n`),
    });
    if (values.summary) printSummary(result.summaryDocument, values.summary);
    else printJson({ attestations: result.attestations, publicKey: result.publicKey });
    return 0;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
