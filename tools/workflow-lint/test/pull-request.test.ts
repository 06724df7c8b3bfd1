// The pull-request mode writes nothing: the checker names each way a workflow of that mode (or
// its caller) could ask to write, on a deliberately bad fixture, and the repository's own
// pull-request workflows ask for no write at all, read straight from their YAML.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  checkWorkflow,
  isPullRequestWorkflow,
  loadProject,
  type Finding,
  type Project,
} from '../src/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const FIXTURE = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'bad-pull-request.yml'),
  'utf8',
);
const WORKFLOWS = readdirSync(join(ROOT, '.github', 'workflows')).map(
  (f) => `.github/workflows/${f}`,
);

let project: Project;
beforeAll(async () => {
  project = await loadProject(ROOT);
});

const lineOf = (text: string, needle: string): number =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

const pullRequestFindings = (file: string, text: string): Finding[] =>
  checkWorkflow(file, text, project).filter((f) => f.kind === 'pull-request-write');

describe('the pull-request check, on a deliberately bad workflow', () => {
  it('names every write, release action, foreign registry and release workflow, each at its line', () => {
    const found = pullRequestFindings('.github/workflows/bad-pull-request.yml', FIXTURE).map(
      (f) => [f.line, f.message] as const,
    );
    const at = (needle: string): number => lineOf(FIXTURE, needle);
    expect(found).toEqual([
      [at('packages: write'), expect.stringMatching(/^job matrix asks for packages: write/)],
      [
        at('testing-registry: ghcr.io'),
        expect.stringMatching(/testing-registry is "ghcr\.io\/acme\/pull-requests"/),
      ],
      [at('id-token: write'), expect.stringMatching(/^job build asks for id-token: write/)],
      [at('attestations: write'), expect.stringMatching(/^job build asks for attestations: write/)],
      [at('uses: $/actions/attest'), expect.stringMatching(/actions\/attest signs attestations/)],
      [at('uses: $/actions/promote'), expect.stringMatching(/actions\/promote promotes/)],
      [at('permissions: write-all'), expect.stringMatching(/^job release asks for write-all/)],
      [
        at('uses: ./.github/workflows/build-images.yml'),
        expect.stringMatching(
          /calls \.github\/workflows\/build-images\.yml, which is not a pull request's workflow/,
        ),
      ],
    ]);
  });

  it('takes the extension’s loopback image, named through env:, as it is', () => {
    const messages = pullRequestFindings('.github/workflows/bad-pull-request.yml', FIXTURE).map(
      (f) => f.message,
    );
    expect(messages.some((m) => m.includes('input image'))).toBe(false);
    const foreign = FIXTURE.replace(
      'TESTING_REGISTRY: localhost:5001/pr',
      'TESTING_REGISTRY: quay.io/acme',
    );
    expect(
      pullRequestFindings('.github/workflows/bad-pull-request.yml', foreign).map((f) => f.message),
    ).toContainEqual(
      expect.stringMatching(
        /image is "\$\{\{ env\.TESTING_REGISTRY \}\}\/vector"; pushed images go to <image>-testing/,
      ),
    );
  });

  it('holds the same file to nothing of this when it is not a pull request’s', () => {
    expect(pullRequestFindings('.github/workflows/bad-release.yml', FIXTURE)).toEqual([]);
  });

  it('names a caller that grants a pull request’s workflow a write, at job or workflow level', () => {
    const caller = [
      'on: pull_request',
      'permissions:',
      '  contents: read',
      '  id-token: write',
      'jobs:',
      '  images:',
      '    uses: pgforge/pgforge/.github/workflows/build-images-pull-request.yml@v1',
      '',
    ].join('\n');
    expect(pullRequestFindings('.github/workflows/pr.yml', caller).map((f) => f.message)).toEqual([
      'job images grants id-token: write to .github/workflows/build-images-pull-request.yml, which writes nothing: grant contents: read and packages: read, so that GitHub refuses any job of it that asks for more',
    ]);
    const readOnly = caller.replace('  id-token: write\n', '  packages: read\n');
    expect(pullRequestFindings('.github/workflows/pr.yml', readOnly)).toEqual([]);
  });
});

describe('the repository’s pull-request workflows', () => {
  const pullRequest = WORKFLOWS.filter(isPullRequestWorkflow);

  it('are the pull-request modes of both release workflows', () => {
    expect(pullRequest.sort()).toEqual([
      '.github/workflows/build-images-pull-request.yml',
      '.github/workflows/extension-images-pull-request.yml',
    ]);
  });

  it.each(pullRequest)('%s: no job, nor the workflow, asks for any write', (file) => {
    const doc = parse(readFileSync(join(ROOT, file), 'utf8')) as {
      permissions?: unknown;
      jobs: Record<string, { permissions?: unknown; uses?: string; steps?: { uses?: string }[] }>;
    };
    expect(doc.permissions).toEqual({});
    for (const [id, job] of Object.entries(doc.jobs)) {
      expect(job.permissions, `job ${id} says what it needs`).toBeDefined();
      const values =
        typeof job.permissions === 'string'
          ? [job.permissions]
          : Object.values(job.permissions as Record<string, string>);
      expect(
        values.filter((v) => v !== 'read'),
        `job ${id}`,
      ).toEqual([]);
      const uses = (job.steps ?? []).map((s) => s.uses ?? '');
      expect(
        uses.filter((u) => /actions\/(promote|attest|catalog)$/.test(u)),
        `job ${id}`,
      ).toEqual([]);
      expect(job.uses, `job ${id} calls no other workflow`).toBeUndefined();
    }
  });
});
