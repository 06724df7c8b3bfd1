// The scripts of the pull-request workflows, taken from the files as committed and run with
// bash and jq as a runner runs them: the jobs they plan (one per target and platform, one kind
// job per amd64 entry and CNPG release; one per extension major and distribution), the SBOM
// table they write to the step summary, and the verdict branch protection can require.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStep, stepScript } from '@pgforge/testkit';

const BUILD = 'build-images-pull-request.yml';
const EXTENSION = 'extension-images-pull-request.yml';
const json = (text: string | undefined): unknown => JSON.parse(text ?? 'null');

describe('build-images-pull-request.yml', () => {
  const targets = [
    { id: '17-minimal-trixie', flavour: 'minimal', platforms: ['linux/amd64', 'linux/arm64'] },
    { id: '17-acme-trixie', flavour: 'acme', platforms: ['linux/amd64'] },
  ];
  const plan = (env: Record<string, string>) =>
    runStep(stepScript(BUILD, 'matrix', 'builds'), {
      TARGETS: JSON.stringify(targets),
      RUNNER_AMD64: 'ubuntu-24.04',
      RUNNER_ARM64: 'ubuntu-24.04-arm',
      EMULATE_ARM64: 'false',
      CNPG_VERSIONS: '1.29.2, 1.30.0',
      ...env,
    });

  it('builds each target on each platform’s native runner, a fork’s own flavour left to its default', () => {
    const r = plan({});
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.outputs.builds)).toEqual([
      {
        target: '17-minimal-trixie',
        platform: 'linux/amd64',
        slug: 'linux-amd64',
        flavour: 'minimal',
        runner: 'ubuntu-24.04',
        qemu: false,
      },
      {
        target: '17-minimal-trixie',
        platform: 'linux/arm64',
        slug: 'linux-arm64',
        flavour: 'minimal',
        runner: 'ubuntu-24.04-arm',
        qemu: false,
      },
      {
        target: '17-acme-trixie',
        platform: 'linux/amd64',
        slug: 'linux-amd64',
        flavour: '',
        runner: 'ubuntu-24.04',
        qemu: false,
      },
    ]);
  });

  it('emulates arm64 on the amd64 runner when asked', () => {
    const builds = json(plan({ EMULATE_ARM64: 'true' }).outputs.builds) as {
      platform: string;
      runner: string;
      qemu: boolean;
    }[];
    expect(builds.find((b) => b.platform === 'linux/arm64')).toMatchObject({
      runner: 'ubuntu-24.04',
      qemu: true,
    });
  });

  it('plans one kind job per amd64 entry and CNPG release, none for nothing changed', () => {
    const kind = json(plan({}).outputs.kind) as {
      target: string;
      platform: string;
      cnpg: string;
    }[];
    expect(kind.map((k) => [k.target, k.platform, k.cnpg])).toEqual([
      ['17-minimal-trixie', 'linux/amd64', '1.29.2'],
      ['17-minimal-trixie', 'linux/amd64', '1.30.0'],
      ['17-acme-trixie', 'linux/amd64', '1.29.2'],
      ['17-acme-trixie', 'linux/amd64', '1.30.0'],
    ]);
    const none = plan({ TARGETS: '[]' });
    expect([json(none.outputs.builds), json(none.outputs.kind)]).toEqual([[], []]);
  });

  it('has the verdict pass when every job passed or had nothing to do, and fail otherwise', () => {
    const verdict = (MATRIX: string, BUILD_: string, KIND: string) =>
      runStep(stepScript(BUILD, 'verdict', 'verdict'), { MATRIX, BUILD: BUILD_, KIND });
    expect(verdict('success', 'success', 'success').code).toBe(0);
    expect(verdict('success', 'success', 'skipped').code).toBe(0);
    const nothing = verdict('success', 'skipped', 'skipped');
    expect([nothing.code, nothing.summary]).toEqual([0, 'No target changed: nothing to build\n']);
    const failed = verdict('success', 'failure', 'success');
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(
      '::error title=pull request::not every job passed: build (failure)',
    );
    expect(verdict('success', 'success', 'cancelled').code).toBe(1);
    const noMatrix = verdict('failure', 'skipped', 'skipped');
    expect(noMatrix.code).toBe(1);
    expect(noMatrix.stdout).toContain('the matrix did not succeed (failure): nothing was built');
  });
});

describe('extension-images-pull-request.yml', () => {
  const plan = (env: Record<string, string>) =>
    runStep(stepScript(EXTENSION, 'plan', 'plan'), {
      POSTGRES: '18',
      DISTRIBUTIONS: 'bookworm, trixie',
      OPERAND: 'ghcr.io/cloudnative-pg/postgresql:{major}-minimal-{distribution}',
      CNPG_VERSIONS: '1.30.0',
      ...env,
    });

  it('plans one job per major and distribution, with the operand each is mounted in', () => {
    const r = plan({ POSTGRES: '17,18' });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.outputs.entries)).toEqual(
      ['17', '18'].flatMap((major) =>
        ['bookworm', 'trixie'].map((distribution) => ({
          major,
          distribution,
          operand: `ghcr.io/cloudnative-pg/postgresql:${major}-minimal-${distribution}`,
        })),
      ),
    );
    expect((json(r.outputs.kind) as { cnpg: string }[]).map((k) => k.cnpg)).toEqual([
      '1.30.0',
      '1.30.0',
      '1.30.0',
      '1.30.0',
    ]);
  });

  it('refuses an empty list of majors or distributions, saying which', () => {
    const r = plan({ DISTRIBUTIONS: ' , ' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error title=postgres::postgres (18) and distributions ( , ) must each name at least one',
    );
  });

  it('has the verdict fail when the extension jobs did not all pass', () => {
    const verdict = (PLAN: string, EXTENSION_: string, KIND: string) =>
      runStep(stepScript(EXTENSION, 'verdict', 'verdict'), { PLAN, EXTENSION: EXTENSION_, KIND });
    expect(verdict('success', 'success', 'skipped').code).toBe(0);
    expect(verdict('success', 'failure', 'skipped').code).toBe(1);
    expect(verdict('success', 'success', 'failure').code).toBe(1);
    expect(verdict('failure', 'skipped', 'skipped').code).toBe(1);
  });
});

describe('the SBOM table both write to the step summary', () => {
  const spdx = {
    name: 'localhost:5001/pr/postgresql-testing',
    packages: [
      {
        name: 'localhost:5001/pr/postgresql-testing',
        primaryPackagePurpose: 'CONTAINER',
        description:
          'Container image localhost:5001/pr/postgresql-testing@sha256:ab for linux/amd64',
      },
      { name: 'debian', versionInfo: '13', primaryPackagePurpose: 'OPERATING_SYSTEM' },
      { name: 'postgresql-17', versionInfo: '17.6-1', licenseDeclared: 'PostgreSQL' },
      { name: 'libc6', versionInfo: '2.41-12', licenseDeclared: 'LGPL-2.1-or-later | odd' },
    ],
  };

  it.each([
    [BUILD, 'build'],
    [EXTENSION, 'extension'],
  ])('%s lists every package of every SPDX document, sorted, pipes escaped', async (file, job) => {
    const dir = await mkdtemp(join(tmpdir(), 'pgforge-sbom-summary-'));
    await mkdir(join(dir, 'one'));
    await writeFile(join(dir, 'one', 'postgresql-linux-amd64.spdx.json'), JSON.stringify(spdx));
    const r = runStep(stepScript(file, job, 'sbom-summary'), { SBOM_DIR: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.summary).toBe(
      [
        '<details><summary>SBOM: Container image localhost:5001/pr/postgresql-testing@sha256:ab for linux/amd64: 2 packages</summary>',
        '',
        '| package | version | licence |',
        '| --- | --- | --- |',
        '| libc6 | 2.41-12 | LGPL-2.1-or-later \\| odd |',
        '| postgresql-17 | 17.6-1 | PostgreSQL |',
        '',
        '</details>',
        '',
        '',
      ].join('\n'),
    );
    const empty = runStep(stepScript(file, job, 'sbom-summary'), { SBOM_DIR: join(dir, 'none') });
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain('::error title=sbom::no SPDX document under');
  });
});
