import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  ActionDocsError,
  DATA_FILE,
  DOCS_DIR,
  REPO_ROOT,
  checkExample,
  generateDocs,
  inline,
  readActions,
  readExtras,
  staleDocs,
} from '../action-docs.js';

/** The names in the first column of the table under `## <section>` of a page. */
function tableNames(page: string, section: string): string[] {
  const start = page.indexOf(`\n## ${section}\n`);
  expect(start, `section ${section}`).toBeGreaterThan(-1);
  const rest = page.slice(start + section.length + 5);
  const end = rest.indexOf('\n## ');
  const body = end === -1 ? rest : rest.slice(0, end);
  return [...body.matchAll(/^\| `([^`]+)` +\|/gm)].map((m) => m[1]!);
}

const temps: string[] = [];
afterEach(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A copy of what the pages are made from, and the pages as committed. */
async function copyOfRepo(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pgforge-docs-'));
  temps.push(dir);
  for (const path of ['actions', DATA_FILE, DOCS_DIR]) {
    await cp(join(REPO_ROOT, path), join(dir, path), {
      recursive: true,
      filter: (src) => !/\/(node_modules|src|test)(\/|$)/.test(src.slice(REPO_ROOT.length)),
    });
  }
  return dir;
}

async function editYaml(file: string, edit: (doc: Record<string, unknown>) => void): Promise<void> {
  const doc = parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  edit(doc);
  await writeFile(file, stringify(doc));
}

describe('action reference pages', () => {
  it('are what the action.yml files generate now (npm run docs was run)', async () => {
    expect(await staleDocs(REPO_ROOT)).toEqual([]);
  });

  it('list every input and output of each action.yml, in its order', async () => {
    const actions = await readActions(REPO_ROOT);
    expect(actions.map((a) => a.id).sort()).toEqual([
      'attest',
      'build',
      'catalog',
      'extension',
      'matrix',
      'promote',
      'sbom',
      'smoke-test',
    ]);
    for (const action of actions) {
      const page = await readFile(join(REPO_ROOT, DOCS_DIR, `${action.id}.md`), 'utf8');
      expect(tableNames(page, 'Inputs'), action.id).toEqual(action.inputs.map((i) => i.name));
      expect(tableNames(page, 'Outputs'), action.id).toEqual(action.outputs.map((o) => o.name));
      expect(page).toContain(`uses: pgforge/pgforge/actions/${action.id}@v1`);
      for (const input of action.inputs.filter((i) => i.default !== undefined)) {
        expect(page, `${action.id}.${input.name}`).toContain(input.default!.replace(/\|/g, '\\|'));
      }
    }
    const index = await readFile(join(REPO_ROOT, DOCS_DIR, 'README.md'), 'utf8');
    for (const action of actions) expect(index).toContain(`(${action.id}.md)`);
  });

  it('name the permissions each action needs, and the examples grant exactly those', async () => {
    const actions = await readActions(REPO_ROOT);
    const extras = await readExtras(REPO_ROOT);
    for (const action of actions) {
      const permissions = extras[action.id]!.permissions;
      expect(permissions.find((p) => p.scope === 'contents')?.access, action.id).toBe('read');
      expect(checkExample(action, extras[action.id]!, actions)).toEqual([]);
      const page = await readFile(join(REPO_ROOT, DOCS_DIR, `${action.id}.md`), 'utf8');
      expect(tableNames(page, 'Permissions')).toEqual(permissions.map((p) => p.scope));
    }
    // Whatever pushes to ghcr.io needs packages: write; GitHub signing needs its OIDC token.
    for (const id of ['build', 'extension', 'attest', 'promote']) {
      expect(extras[id]!.permissions.find((p) => p.scope === 'packages')?.access, id).toBe('write');
    }
    expect(extras.attest!.permissions.map((p) => `${p.scope}: ${p.access}`)).toEqual(
      expect.arrayContaining(['id-token: write', 'attestations: write']),
    );
  });

  it('go stale when an input is added to an action.yml, and are current once regenerated', async () => {
    const root = await copyOfRepo();
    expect(await staleDocs(root)).toEqual([]);
    await editYaml(join(root, 'actions/sbom/action.yml'), (doc) => {
      (doc.inputs as Record<string, unknown>)['new-input'] = {
        description: 'A planted input.',
        required: false,
      };
    });
    expect(await staleDocs(root)).toEqual(['docs/actions/sbom.md']);
    const pages = await generateDocs(root);
    expect(tableNames(pages.get('docs/actions/sbom.md')!, 'Inputs')).toContain('new-input');
    for (const [file, content] of pages) await writeFile(join(root, file), content);
    expect(await staleDocs(root)).toEqual([]);
  });

  it('go stale when an output is removed, and a page no action owns is stale too', async () => {
    const root = await copyOfRepo();
    await editYaml(join(root, 'actions/catalog/action.yml'), (doc) => {
      delete (doc.outputs as Record<string, unknown>).directory;
    });
    await writeFile(join(root, DOCS_DIR, 'gone.md'), '# gone\n');
    expect(await staleDocs(root)).toEqual(['docs/actions/catalog.md', 'docs/actions/gone.md']);
  });

  it('refuse an example that gives an undeclared input or misses a required one', async () => {
    const root = await copyOfRepo();
    await editYaml(join(root, DATA_FILE), (doc) => {
      const sbom = doc.sbom as { example: string };
      sbom.example = sbom.example.replace('image: ${{ inputs.image }}', 'imag: x');
    });
    const error = await generateDocs(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionDocsError);
    expect((error as Error).message).toContain('sbom has no input imag');
    expect((error as Error).message).toContain('sbom requires input image');
  });

  it('refuse an unpinned third-party action, an expression in run:, and other permissions', async () => {
    const root = await copyOfRepo();
    await editYaml(join(root, DATA_FILE), (doc) => {
      const catalog = doc.catalog as { example: string };
      catalog.example = catalog.example
        .replace(/actions\/upload-artifact@[0-9a-f]{40} # v[\d.]+/, 'actions/upload-artifact@v4')
        .replace('echo "$TOKEN"', 'echo "${{ secrets.GITHUB_TOKEN }}"')
        .replace('packages: read', 'packages: write');
    });
    const message = String(await generateDocs(root).catch((e: unknown) => e));
    expect(message).toContain('actions/upload-artifact@v4 is not pinned by commit SHA');
    expect(message).toContain('an expression in run:');
    expect(message).toContain('job catalog grants {"contents":"read","packages":"write"}');
  });

  it('refuse an action with no entry in the data file', async () => {
    const root = await copyOfRepo();
    await editYaml(join(root, DATA_FILE), (doc) => {
      delete doc.promote;
    });
    await expect(generateDocs(root)).rejects.toThrow(/no entry for actions\/promote/);
  });
});

describe('inline', () => {
  it('escapes pipes everywhere and < outside code spans', () => {
    expect(inline('a | b `c|d` <registry>/`<name>`\n  e')).toBe(
      'a \\| b `c\\|d` \\<registry>/`<name>` e',
    );
  });
});
