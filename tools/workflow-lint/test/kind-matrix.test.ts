// The reusable workflows' kind matrix: the `run:` script that builds it, taken from the workflow
// file as committed and run with bash and jq as a runner runs it, one kind job per entry and
// CNPG release of the comma-separated `cnpg-version` input.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

interface Step {
  id?: string;
  run?: string;
}

function script(workflow: string, job: string, step: string): string {
  const doc = parse(readFileSync(join(ROOT, '.github', 'workflows', workflow), 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const run = doc.jobs[job]?.steps.find((s) => s.id === step)?.run;
  if (!run) throw new Error(`${workflow}: job ${job} has no step ${step} with a run script`);
  return run;
}

/** Runs `run` with `env`, as a step, and returns what it wrote to GITHUB_OUTPUT. */
function outputs(run: string, env: Record<string, string>): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'pgforge-kind-matrix-'));
  try {
    const file = join(dir, 'output');
    execFileSync('bash', ['-e', '-o', 'pipefail', '-c', run], {
      env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: file, ...env },
    });
    const out: Record<string, unknown> = {};
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const at = line.indexOf('=');
      out[line.slice(0, at)] = JSON.parse(line.slice(at + 1));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the kind matrix of the reusable workflows', () => {
  it('build-images: each amd64 entry once per CNPG release, blanks and spaces ignored', () => {
    const builds = [
      { target: 'a', platform: 'linux/amd64', slug: 'amd64' },
      { target: 'a', platform: 'linux/arm64', slug: 'arm64' },
      { target: 'b', platform: 'linux/amd64', slug: 'amd64' },
    ];
    const images = [
      { target: 'a', reference: 'r/a@sha256:1' },
      { target: 'b', reference: 'r/b@sha256:2' },
    ];
    const out = outputs(script('build-images.yml', 'merge', 'smoke'), {
      BUILDS: JSON.stringify(builds),
      IMAGES: JSON.stringify(images),
      CNPG_VERSIONS: ' 1.29.2, 1.30.0 ,',
    });
    expect(out.smoke).toHaveLength(3);
    expect(out.kind).toEqual([
      { ...builds[0], reference: 'r/a@sha256:1', cnpg: '1.29.2' },
      { ...builds[0], reference: 'r/a@sha256:1', cnpg: '1.30.0' },
      { ...builds[2], reference: 'r/b@sha256:2', cnpg: '1.29.2' },
      { ...builds[2], reference: 'r/b@sha256:2', cnpg: '1.30.0' },
    ]);
    const one = outputs(script('build-images.yml', 'merge', 'smoke'), {
      BUILDS: JSON.stringify(builds),
      IMAGES: JSON.stringify(images),
      CNPG_VERSIONS: '1.30.0',
    });
    expect((one.kind as { cnpg: string }[]).map((k) => k.cnpg)).toEqual(['1.30.0', '1.30.0']);
  });

  it('extension-images: each major and distribution once per CNPG release', () => {
    const images = [
      { major: 18, distribution: 'trixie' },
      { major: 18, distribution: 'trixie' },
      { major: 17, distribution: 'bookworm' },
    ];
    const out = outputs(script('extension-images.yml', 'extension', 'smoke'), {
      IMAGES: JSON.stringify(images),
      OPERAND: 'ghcr.io/o/postgresql:{major}-minimal-{distribution}',
      CNPG_VERSIONS: '1.29.2,1.30.0',
    });
    expect(out.kind).toEqual(
      ['17', '18'].flatMap((major) =>
        ['1.29.2', '1.30.0'].map((cnpg) => ({
          major,
          distribution: major === '17' ? 'bookworm' : 'trixie',
          operand: `ghcr.io/o/postgresql:${major}-minimal-${major === '17' ? 'bookworm' : 'trixie'}`,
          cnpg,
        })),
      ),
    );
  });
});
