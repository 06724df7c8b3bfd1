// A fork's pull request, validated as build-images-pull-request.yml validates it, with no
// credential at all: the matrix, build, smoke-test and sbom bundles run as GitHub's runner runs
// them, with the inputs that workflow's steps give them, and the workflow's own scripts between
// them (the build plan, the SBOM table). Production is the test registry, which the matrix reads;
// the build goes to a registry of the job's own, as the workflow's localhost:5001 container; the
// smoke test runs PostgreSQL from it in a container; and production is left as it was.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltImage } from '@pgforge/operand';
import { RegistryClient } from '@pgforge/oci';
import type { SmokeReport } from '@pgforge/smoke';
import type { Target } from '@pgforge/targets';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import {
  startRegistry,
  type RunningRegistry,
  node24,
  RUNNER_GITHUB,
  runAction,
  type ActionRun,
  runnerAptRoot,
  runStep,
  stepScript,
  type StepRun,
} from '@pgforge/testkit';

const production = inject('registry');
const mirror = inject('mirror');
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORKFLOW = 'build-images-pull-request.yml';
const client = new RegistryClient({ retries: 2 });

interface WorkflowStep {
  id?: string;
  uses?: string;
  with?: Record<string, string>;
}

/** The `with:` keys a step of the workflow gives its action: the test gives exactly those. */
function withKeys(job: string, id: string): string[] {
  const doc = parse(readFileSync(join(ROOT, '.github', 'workflows', WORKFLOW), 'utf8')) as {
    jobs: Record<string, { steps: WorkflowStep[] }>;
  };
  const step = doc.jobs[job]?.steps.find((s) => s.id === id);
  if (!step?.with) throw new Error(`${WORKFLOW}: job ${job} has no step ${id} with inputs`);
  return Object.keys(step.with).sort();
}

let work: string;
let node: string;
let jobRegistry: RunningRegistry;
let namespace: string;
/** DOCKER_CONFIG of every step: empty, as a fork's pull request has no registry secret. */
let noCredentials: string;
let matrix: ActionRun;
let plan: StepRun;
let build: ActionRun;
let smoke: ActionRun;
let sbom: ActionRun;
let sbomTable: StepRun;

async function step(name: string, inputs: Record<string, string>, cwd: string, timeoutMs: number) {
  return runAction({
    bundle: join(ROOT, 'dist', name, 'index.js'),
    action: join(ROOT, 'actions', name, 'action.yml'),
    node,
    inputs,
    cwd,
    env: {
      ...RUNNER_GITHUB,
      DOCKER_CONFIG: noCredentials,
      XDG_CACHE_HOME: join(work, 'cache'),
      PGFORGE_HOST_APT_ROOT: await runnerAptRoot(),
    },
    tempDir: work,
    timeoutMs,
  });
}

const transcript = (r: ActionRun): string =>
  `exit ${r.exitCode}\nstdout:\n${r.stdout.slice(-6000)}\nstderr:\n${r.stderr.slice(-3000)}`;

/** The repositories a registry holds, by its catalog API, page after page. */
async function catalog(host: string): Promise<string[]> {
  const repositories: string[] = [];
  let next: string | undefined = '/v2/_catalog?n=1000';
  while (next !== undefined) {
    const response = await fetch(`http://${host}${next}`);
    expect(response.status, `GET ${next}`).toBe(200);
    repositories.push(...((await response.json()) as { repositories: string[] }).repositories);
    next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  }
  return repositories;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pgforge-pull-request-'));
  node = await node24();
  noCredentials = join(work, 'docker-config');
  await mkdir(noCredentials);
  await writeFile(join(noCredentials, 'config.json'), '{"auths":{}}\n');
  jobRegistry = await startRegistry({ name: 'job-local registry', auth: false });
  namespace = `pr-${randomBytes(4).toString('hex')}`;
  const workspace = join(work, 'workspace');
  await mkdir(workspace);
  await writeFile(
    join(workspace, 'images.yaml'),
    [
      `registry: ${production.host}/${namespace}`,
      'postgres: [17]',
      'distributions: [trixie]',
      'platforms: [linux/amd64]',
      'flavours: { minimal: { packages: [libsasl2-modules, libldap-common] } }',
      `packages: { source: distribution, mirror: ${mirror} }`,
      'base: { resolve-digest: false }',
      '',
    ].join('\n'),
  );

  // The matrix job: compared with production, built into the job's registry.
  matrix = await step(
    'matrix',
    {
      config: 'images.yaml',
      registry: `${production.host}/${namespace}`,
      'testing-registry': `${jobRegistry.host}/pgforge-pull-request`,
      force: 'false',
    },
    workspace,
    240_000,
  );
  if (matrix.exitCode !== 0) return;
  plan = runStep(stepScript(WORKFLOW, 'matrix', 'builds'), {
    TARGETS: matrix.outputs.targets ?? '',
    RUNNER_AMD64: 'ubuntu-24.04',
    RUNNER_ARM64: 'ubuntu-24.04-arm',
    EMULATE_ARM64: 'false',
    CNPG_VERSIONS: '1.30.0',
  });
  const [entry] = JSON.parse(plan.outputs.builds ?? '[]') as {
    target: string;
    platform: string;
    flavour: string;
    slug: string;
  }[];
  if (!entry) return;

  // The build job, for its one entry: build, smoke test, SBOM, the SBOM table.
  build = await step(
    'build',
    {
      targets: matrix.outputs.targets ?? '',
      'all-targets': matrix.outputs['all-targets'] ?? '',
      select: entry.target,
      platform: entry.platform,
      'digests-dir': join(work, 'digests'),
    },
    ROOT,
    1_500_000,
  );
  if (build.exitCode !== 0) return;
  const [image] = JSON.parse(build.outputs.images ?? '[]') as BuiltImage[];
  smoke = await step(
    'smoke-test',
    {
      image: image?.reference ?? '',
      flavour: entry.flavour,
      platform: entry.platform,
      mode: 'container',
      'report-file': join(work, 'smoke', `${entry.target}-${entry.slug}.json`),
    },
    work,
    300_000,
  );
  const sbomDir = join(work, 'sbom', `${entry.target}-${entry.slug}`);
  sbom = await step(
    'sbom',
    { image: image?.reference ?? '', platform: entry.platform, 'output-dir': sbomDir },
    work,
    240_000,
  );
  sbomTable = runStep(stepScript(WORKFLOW, 'build', 'sbom-summary'), { SBOM_DIR: sbomDir });
}, 2_400_000);

afterAll(async () => {
  await jobRegistry?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('a fork’s pull request, as build-images-pull-request.yml runs it, with no credential', () => {
  it('gives each action exactly the inputs the workflow’s steps give it', () => {
    expect(withKeys('matrix', 'matrix')).toEqual([
      'config',
      'force',
      'registry',
      'testing-registry',
    ]);
    expect(withKeys('build', 'build')).toEqual([
      'all-targets',
      'digests-dir',
      'platform',
      'select',
      'targets',
    ]);
    expect(withKeys('build', 'smoke')).toEqual([
      'flavour',
      'image',
      'mode',
      'platform',
      'report-file',
    ]);
    expect(withKeys('build', 'sbom')).toEqual(['image', 'output-dir', 'platform']);
  });

  it('the matrix compares with production and sends the build to the job’s registry', () => {
    expect(matrix.exitCode, transcript(matrix)).toBe(0);
    const targets = JSON.parse(matrix.outputs.targets ?? '[]') as Target[];
    expect(targets.map((t) => t.id)).toEqual(['17-minimal-trixie']);
    expect(targets[0]?.repository).toBe(`${production.host}/${namespace}/postgresql`);
    expect(targets[0]?.testingRepository).toBe(
      `${jobRegistry.host}/pgforge-pull-request/postgresql-testing`,
    );
    expect(JSON.parse(plan.outputs.builds ?? '[]')).toEqual([
      {
        target: '17-minimal-trixie',
        platform: 'linux/amd64',
        slug: 'linux-amd64',
        flavour: 'minimal',
        runner: 'ubuntu-24.04',
        qemu: false,
      },
    ]);
  });

  it('builds the image into the job’s registry, by digest', async () => {
    expect(build.exitCode, transcript(build)).toBe(0);
    const [image] = JSON.parse(build.outputs.images ?? '[]') as BuiltImage[];
    expect(image?.repository).toBe(`${jobRegistry.host}/pgforge-pull-request/postgresql-testing`);
    expect(image?.reference).toBe(`${image?.repository}@${image?.digest}`);
    expect(image?.pushed).toBe(true);
    expect(await client.headManifest(image?.reference ?? '')).toMatchObject({
      digest: image?.digest,
    });
  });

  it('runs PostgreSQL from it in a container, as CNPG does, and the report names its digest', async () => {
    expect(smoke.exitCode, transcript(smoke)).toBe(0);
    expect(smoke.outputs.passed).toBe('true');
    const [image] = JSON.parse(build.outputs.images ?? '[]') as BuiltImage[];
    const report = JSON.parse(await readFile(smoke.outputs.report ?? '', 'utf8')) as SmokeReport;
    expect(report.digest).toBe(image?.digest);
    expect(report.checks.filter((c) => c.status === 'failed')).toEqual([]);
    expect(report.checks.map((c) => c.name)).toContainEqual(expect.stringMatching(/initdb/));
  });

  it('writes the SBOM, and every package of it to the step summary', () => {
    expect(sbom.exitCode, transcript(sbom)).toBe(0);
    expect(sbom.summary).toContain('## SBOM of');
    expect(sbomTable.code, sbomTable.stderr).toBe(0);
    expect(sbomTable.summary).toMatch(/^<details><summary>SBOM: Container image .*: \d+ packages/);
    expect(sbomTable.summary).toMatch(/^\| postgresql-17 \| 17\.\S+ \| /m);
    expect(sbomTable.summary).toMatch(/^\| libc6 \| /m);
  });

  it('leaves production as it was: no repository of its namespace was written', async () => {
    expect(build.exitCode).toBe(0);
    expect((await catalog(production.host)).filter((r) => r.startsWith(`${namespace}/`))).toEqual(
      [],
    );
    expect(await catalog(jobRegistry.host)).toEqual(['pgforge-pull-request/postgresql-testing']);
  });
});
