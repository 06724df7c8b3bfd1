import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReference, RegistryClient } from '@pgforge/oci';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { node24, runAction, type ActionRun } from '@pgforge/testkit';
import { pushExtensionImage } from './images.js';
import type { ExtensionTestImage } from './images.js';

// Runs the committed bundle of the sbom action as GitHub's runner does, on the Node it declares
// (node24), against the test registry.

const registry = inject('registry');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ACTION = join(ROOT, 'actions', 'sbom', 'action.yml');
const BUNDLE = join(ROOT, 'dist', 'sbom', 'index.js');
const STACK_LINE = /^\s+at /m;

let work: string;
let ext: ExtensionTestImage;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pgforge-sbom-action-'));
  ext = await pushExtensionImage(registry.host, work);
}, 10 * 60_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function transcript(r: ActionRun): string {
  return `exit ${r.exitCode}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
}

async function runSbom(inputs: Record<string, string>): Promise<ActionRun> {
  const workspace = await mkdtemp(join(work, 'workspace-'));
  return runAction({
    bundle: BUNDLE,
    action: ACTION,
    node: await node24(),
    cwd: workspace,
    inputs,
    // No Docker credentials: the test registry needs none, and the user's must not leak in.
    env: { DOCKER_CONFIG: join(work, 'no-docker-config') },
    tempDir: work,
    timeoutMs: 180_000,
  });
}

describe('the sbom action bundle', () => {
  it('exists (run `node scripts/bundle.mjs` after changing the sources)', () => {
    expect(existsSync(BUNDLE), BUNDLE).toBe(true);
  });

  it('writes, attaches and diffs, and reports it in outputs and the step summary', async () => {
    const r = await runSbom({
      image: ext.reference,
      format: 'both',
      'output-dir': 'sboms',
      attach: 'true',
      'compare-to': ext.reference,
      created: '2026-11-21T10:15:42Z',
    });
    expect(r.exitCode, transcript(r)).toBe(0);
    const files = JSON.parse(r.outputs.files ?? '[]') as string[];
    expect(files).toHaveLength(4);
    for (const file of files) {
      expect(file.startsWith('sboms/'), file).toBe(true);
      expect(existsSync(join(r.env.GITHUB_WORKSPACE!, file)), file).toBe(true);
    }
    expect(r.outputs.spdx?.split('\n')).toEqual(files.filter((f) => f.endsWith('.spdx.json')));
    expect(r.outputs.cyclonedx?.split('\n')).toEqual(files.filter((f) => f.endsWith('.cdx.json')));

    const diff = JSON.parse(r.outputs.diff ?? '{}') as Record<
      string,
      { unchanged: number; added: unknown[] }
    >;
    expect(Object.keys(diff)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(diff['linux/amd64']).toMatchObject({ added: [], removed: [], unchanged: 1 });

    const attached = JSON.parse(r.outputs.attached ?? '[]') as {
      platform: string;
      mediaType: string;
      digest: string;
      subject: string;
    }[];
    expect(attached).toHaveLength(4);
    const client = new RegistryClient();
    const repo = parseReference(ext.reference);
    for (const a of attached) {
      const found = await client.referrers(repo, a.subject, { artifactType: a.mediaType });
      expect(found.map((d) => d.digest)).toContain(a.digest);
    }

    expect(r.summary).toContain(`## SBOM of \`${ext.reference}\``);
    expect(r.summary).toContain('| linux/arm64 |');
    expect(r.summary).toContain('No package changed.');
    const cdx = JSON.parse(
      await readFile(
        join(
          r.env.GITHUB_WORKSPACE!,
          files.find((f) => f.endsWith('.cdx.json'))!,
        ),
        'utf8',
      ),
    ) as { metadata: { timestamp: string } };
    expect(cdx.metadata.timestamp).toBe('2026-11-21T10:15:42Z');
  });

  it('fails on a bad format with one annotation naming the input, and no stack trace', async () => {
    const r = await runSbom({ image: ext.reference, format: 'spdx' });
    expect(r.exitCode, transcript(r)).toBe(1);
    expect(r.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(
          /^input "format": "spdx" is not allowed; expected spdx-json, cyclonedx-json or both$/,
        ),
      }),
    ]);
    expect(r.stdout + r.stderr).not.toMatch(STACK_LINE);
  });

  it('fails on an image that does not exist with one error naming it', async () => {
    const missing = `${registry.host}/${parseReference(ext.reference).repository}:nope`;
    const r = await runSbom({ image: missing });
    expect(r.exitCode, transcript(r)).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(':nope');
    expect(r.stdout + r.stderr).not.toMatch(STACK_LINE);
  });
});
