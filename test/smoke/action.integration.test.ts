// The smoke-test action's bundle, run as GitHub's runner runs it (node24, INPUT_* variables,
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, annotations) against an image built from the project's
// Dockerfile.
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SmokeReport } from '@pgforge/smoke';
import {
  node24,
  operandImages,
  type OperandImage,
  runAction,
  type ActionRun,
} from '@pgforge/testkit';

const registry = inject('registry');
const mirror = inject('mirror');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ACTION = join(ROOT, 'actions', 'smoke-test', 'action.yml');
const BUNDLE = join(ROOT, 'dist', 'smoke-test', 'index.js');
const STACK_LINE = /^\s+at /m;

let work: string;
let image: OperandImage;
let node: string;

beforeAll(async () => {
  await access(BUNDLE).catch(() => {
    throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` (it bundles every action)`);
  });
  work = await mkdtemp(join(tmpdir(), 'pgforge-smoke-action-'));
  node = await node24();
  image = (
    await operandImages(
      { postgres: 17, distribution: 'trixie', flavours: ['minimal', 'standard'] },
      { registry: registry.host, mirror, workDir: work },
    )
  ).minimal!;
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function step(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    bundle: BUNDLE,
    action: ACTION,
    node,
    cwd: work,
    inputs,
    tempDir: work,
    timeoutMs: 240_000,
  });
}

const transcript = (r: ActionRun): string =>
  `exit ${r.exitCode}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;

describe('the smoke-test bundle, run as a runner runs it', () => {
  it('passes a good image: report output, passed=true, a summary row per check', async () => {
    const r = await step({ image: image.reference, timeout: '5m' });
    expect(r.exitCode, transcript(r)).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(r.outputs.report?.startsWith(`${r.runnerTemp}/pgforge/smoke-report-`)).toBe(true);
    const report = JSON.parse(await readFile(r.outputs.report ?? '', 'utf8')) as SmokeReport;
    expect(report).toMatchObject({
      image: image.reference,
      mode: 'container',
      passed: true,
      flavour: 'minimal',
      // Pinned before the first check: the digest the registry has for the tag.
      digest: image.digest,
    });
    expect(r.outputs.digest).toBe(image.digest);
    expect(report.checks.length).toBeGreaterThanOrEqual(12);
    expect(r.summary).toContain(`### Smoke test passed: \`${image.reference}\``);
    expect(r.summary).toContain('| level | check | result | time |');
    for (const c of report.checks) {
      expect(r.summary).toMatch(
        new RegExp(
          `\\| container \\| ${c.name.replace(/[()]/g, '\\$&')}.*\\| ✅ passed \\| \\d+\\.\\d\\d s \\|`,
        ),
      );
    }
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.stdout).toContain('::group::Smoke test of');
  });

  it('fails naming the check when an expectation does not hold, and still writes the report and summary', async () => {
    const r = await step({ image: image.reference, 'expected-locales': 'C.UTF-8, xx_XX.UTF-8' });
    expect(r.exitCode, transcript(r)).toBe(1);
    expect(r.outputs.passed).toBe('false');
    const report = JSON.parse(await readFile(r.outputs.report ?? '', 'utf8')) as SmokeReport;
    expect(report.passed).toBe(false);
    expect(report.checks.filter((c) => c.status === 'failed').map((c) => c.name)).toEqual([
      'locale xx_XX.UTF-8',
    ]);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.title).toBe('smoke test');
    expect(errors[0]?.message).toContain(
      'container: locale xx_XX.UTF-8: xx_XX.UTF-8 is not installed: locale -a lists',
    );
    expect(r.summary).toContain('### Smoke test FAILED');
    expect(r.summary).toContain('<details><summary>❌ container: locale xx_XX.UTF-8</summary>');
    expect(r.stdout).not.toMatch(STACK_LINE);
  });

  it('refuses a bad input with one annotation and no stack trace', async () => {
    const r = await step({ image: image.reference, mode: 'cluster' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toEqual([
      {
        level: 'error',
        title: 'input',
        message: 'input "mode": "cluster" is not allowed; expected container, kind, all',
      },
    ]);
    expect(r.stdout).not.toMatch(STACK_LINE);
  });

  it('refuses extension entries CNPG would refuse, naming the entry and field', async () => {
    const r = await step({
      image: image.reference,
      extensions: '- name: Vector\n  image: {}\n',
    });
    expect(r.exitCode).toBe(1);
    const error = r.annotations.find((a) => a.level === 'error');
    expect(error?.title).toBe('input');
    expect(error?.message).toContain(
      'input "extensions": entry 1 (Vector): name "Vector" must be lowercase',
    );
    expect(error?.message).toContain('entry 1 (Vector): image.reference is missing');
    expect(r.outputs.report).toBeUndefined();
  });
});
