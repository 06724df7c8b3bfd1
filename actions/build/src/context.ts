import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  booleanInput,
  choiceInput,
  InputError,
  listInput,
  parsedInput,
  runnerContext,
  stringInput,
  UserError,
} from '@pgforge/action-io';
import { parsePlatform } from '@pgforge/oci';
import { projectDockerfile } from '@pgforge/bake';
import { parseTargetList, type Target } from '@pgforge/targets';
import { retiredEnvironment, type Provenance } from '@pgforge/operand';

export interface BuildInputs {
  mode: 'build' | 'merge';
  targets: Target[];
  allTargets?: Target[];
  select?: string[];
  push: boolean;
  /** About the retired `environment` input, when a workflow still gives it. */
  warnings: string[];
  provenance: Provenance;
  platform?: string;
  digestsDir: string;
  sourceDateEpoch?: number;
  rewriteTimestamp: boolean;
  retries: number;
  builder?: string;
  sbomDir?: string;
  dockerfile: string;
  workDir: string;
  workspace: string;
  homeDir: string;
}

const TARGETS = "the matrix action's targets output: a JSON array of targets";

function integer(name: string, min: number): number | undefined {
  const v = stringInput(name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min) {
    throw new InputError(name, v, `a whole number of at least ${min}`);
  }
  return Number(v);
}

/** Parses every input once into the typed object `main` runs with. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): BuildInputs {
  const targets = parsedInput('targets', parseTargetList, TARGETS);
  if (targets === undefined) throw new InputError('targets', '', TARGETS);
  const allTargets = parsedInput('all-targets', parseTargetList, TARGETS);
  const provenance = choiceInput('provenance', ['max', 'min', 'false'] as const, 'max');
  const platform = parsedInput(
    'platform',
    (v) => {
      parsePlatform(v);
      return v;
    },
    'one platform, os/architecture[/variant], e.g. linux/arm64',
  );
  const temp = env.RUNNER_TEMP || tmpdir();
  const select = listInput('select');
  const sourceDateEpoch = integer('source-date-epoch', 0);
  const builder = stringInput('builder');
  const environment = retiredEnvironment(stringInput('environment'), 'input');
  if (environment.error) throw new UserError(environment.error);
  const mode = choiceInput('mode', ['build', 'merge'] as const, 'build');
  // A merge joins every platform the per-platform jobs left; a platform there would be ignored.
  if (mode === 'merge' && platform) {
    throw new UserError(
      `input "platform": "${platform}" is not taken with mode merge, which joins the platforms the per-platform builds left in digests-dir; give platform to each mode build job, and none to the merge`,
    );
  }
  return {
    mode,
    targets,
    ...(allTargets ? { allTargets } : {}),
    ...(select ? { select } : {}),
    push: booleanInput('push', true),
    warnings: environment.warning ? [environment.warning] : [],
    provenance: provenance === 'false' ? false : provenance,
    ...(platform ? { platform } : {}),
    digestsDir: stringInput('digests-dir') ?? join(temp, 'pgforge', 'digests'),
    ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
    rewriteTimestamp: booleanInput('rewrite-timestamp', false),
    retries: integer('retries', 0) ?? 2,
    ...(builder ? { builder } : {}),
    ...(booleanInput('sbom', false)
      ? { sbomDir: stringInput('sbom-dir') ?? join(temp, 'pgforge', 'sbom') }
      : {}),
    dockerfile: projectDockerfile(),
    workDir: join(temp, 'pgforge', 'build'),
    workspace: runnerContext(env).workspace ?? process.cwd(),
    homeDir: homedir(),
  };
}
