// The extension action's committed bundle, run as GitHub's runner runs it (node24), against the
// Debian mirror: pushed to the test registry, written as a layout, and a person's mistake told as
// one annotation without a stack trace.
import { randomBytes } from 'node:crypto';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { parseReference, RegistryClient } from '@pgforge/oci';
import { node24, runAction, type ActionRun, run, runnerAptRoot } from '@pgforge/testkit';

const registry = inject('registry');
const mirror = inject('mirror');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ACTION = join(ROOT, 'actions', 'extension', 'action.yml');
const BUNDLE = join(ROOT, 'dist', 'extension', 'index.js');
const STACK_LINE = /^\s+at /m;

let work: string;
let workspace: string;
let repository: string;
let node: string;

beforeAll(async () => {
  await access(BUNDLE).catch(() => {
    throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` (node scripts/bundle.mjs)`);
  });
  node = await node24();
  work = await mkdtemp(join(tmpdir(), 'pgforge-extension-action-'));
  workspace = await mkdtemp(join(work, 'workspace-'));
  repository = `${registry.host}/ext-action-${randomBytes(4).toString('hex')}`;
  await writeFile(
    join(workspace, 'images.yaml'),
    [
      `registry: ${repository}`,
      `packages: { source: distribution, mirror: ${mirror}, allow-expired-release: true }`,
      '',
    ].join('\n'),
  );
});

let runnerApt: string;
beforeAll(async () => {
  runnerApt = await runnerAptRoot();
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function runBundle(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    bundle: BUNDLE,
    action: ACTION,
    node,
    cwd: workspace,
    inputs: {
      name: 'vector',
      package: 'postgresql-{major}-pgvector',
      postgres: '18',
      distributions: 'sid',
      platforms: 'linux/amd64',
      timestamp: '2026-11-21T13:15:00Z',
      ...inputs,
    },
    // The user's APT cache: the bundle reads it as the library does. The host's apt
    // configuration is a GitHub runner's (Ubuntu's, Microsoft's): the view is the base's own.
    env: {
      XDG_CACHE_HOME: join(homedir(), '.cache'),
      SOURCE_DATE_EPOCH: '1763730900',
      PGFORGE_HOST_APT_ROOT: runnerApt,
    },
    tempDir: work,
    timeoutMs: 240_000,
  });
}

const transcript = (r: ActionRun): string =>
  `exit ${r.exitCode}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;

interface ImageOutput {
  reference: string;
  digest: string;
  tags: string[];
  promote: { repository: string; tags: string[]; immutable: number };
  major: number;
  distribution: string;
  platforms: { platform: string }[];
}

describe('the extension action bundle on Node 24', () => {
  it('pushes by digest and tags, and outputs images and cluster-extensions', async () => {
    const sbomDir = join(work, 'sbom');
    const r = await runBundle({ push: 'true', sbom: 'true', 'sbom-dir': sbomDir });
    expect(r.exitCode, transcript(r)).toBe(0);
    const images = JSON.parse(r.outputs.images ?? '[]') as ImageOutput[];
    expect(images).toHaveLength(1);
    const [image] = images;
    // Pushed to the testing repository under the immutable tag alone; production is promote's.
    expect(image?.reference).toBe(`${repository}/vector-testing@${image?.digest}`);
    expect(image?.tags).toEqual([expect.stringMatching(/^\d+\.\d+\.\d+-202611211315-18-sid$/)]);
    const version = image?.tags[0]?.split('-')[0];
    expect(image?.promote).toEqual({
      repository: `${repository}/vector`,
      tags: [`${repository}/vector:${image?.tags[0]}`, `${repository}/vector:${version}-18-sid`],
      immutable: 1,
    });
    expect(image?.platforms.map((p) => p.platform)).toEqual(['linux/amd64']);
    const client = new RegistryClient();
    expect(await client.resolveDigest(`${repository}/vector-testing:${image?.tags[0]}`)).toBe(
      image?.digest,
    );
    expect(await client.listTags(parseReference(`${repository}/vector`))).toEqual([]);
    expect(parse(r.outputs['cluster-extensions'] ?? '')).toEqual([
      { name: 'vector', image: { reference: image?.reference } },
    ]);
    expect(r.outputs.layout).toBeUndefined();
    // In-line SBOMs: what the image was assembled from, attached to its platform image.
    const files = JSON.parse(r.outputs['sbom-files'] ?? '[]') as string[];
    expect(files.map((f) => f.slice(sbomDir.length)).sort()).toEqual([
      expect.stringMatching(/\.cdx\.json$/),
      expect.stringMatching(/\.spdx\.json$/),
    ]);
    const cdx = JSON.parse(
      await readFile(
        files.find((f) => f.endsWith('.cdx.json'))!,
        'utf8',
      ),
    ) as {
      components: { name: string; version?: string; purl?: string }[];
    };
    expect(cdx.components.map((c) => c.purl)).toContainEqual(
      expect.stringMatching(/^pkg:deb\/debian\/postgresql-18-pgvector@.*arch=amd64/),
    );
    const [platform] = image!.platforms as unknown as { digest: string }[];
    const referrers = await client.referrers(`${repository}/vector-testing`, platform!.digest);
    expect(referrers).toHaveLength(2);
    expect(r.summary).toContain('### Extension images: vector');
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('writes an OCI image layout when not pushing, with the same digest', async () => {
    const pushed = await runBundle({ push: 'true' });
    const r = await runBundle({ output: join(work, 'layout') });
    expect(r.exitCode, transcript(r)).toBe(0);
    expect(r.outputs.layout).toBe(join(work, 'layout'));
    const [image] = JSON.parse(r.outputs.images ?? '[]') as ImageOutput[];
    const [before] = JSON.parse(pushed.outputs.images ?? '[]') as ImageOutput[];
    expect(image?.digest).toBe(before?.digest);
    const listed = await run('umoci', ['ls', '--layout', join(work, 'layout')]);
    expect(listed.stdout.trim().split('\n').sort()).toEqual([...(image?.tags ?? [])].sort());
  });

  it('tells an unknown package as one error annotation, without a stack trace', async () => {
    const r = await runBundle({ package: 'postgresql-{major}-nosuchextension' });
    expect(r.exitCode, transcript(r)).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(
      /package postgresql-18-nosuchextension is not in Debian sid/,
    );
    expect(r.stdout).not.toMatch(STACK_LINE);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('tells a bad input by its name', async () => {
    const r = await runBundle({ 'system-libraries': 'some' });
    expect(r.exitCode, transcript(r)).toBe(1);
    expect(r.annotations.map((a) => a.message)).toEqual([
      'input "system-libraries": "some" is not allowed; expected auto, none',
    ]);
  });
});
