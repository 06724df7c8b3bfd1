// The map the repository carries, held to the code: each package's README says what it must
// never import (`**Never imports:**`), and its sources do not; the list names at least every
// package built on it (an import of one would close a circle), as the package.json files declare
// them; and docs/architecture.md lists every package, each after all it depends on.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCOPE = '@pgforge/';
/** The one adapter to the runner, and the development tools: the rules' exceptions. */
const RUNNER_ADAPTER = 'action-io';
const DEVELOPMENT_TOOLS = ['testkit', 'workflow-lint'];

/** The workspaces under `dir` (a package.json each), by directory name. */
function workspaces(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((d) => statSync(join(ROOT, dir, d, 'package.json'), { throwIfNoEntry: false }))
    .sort();
}

/** The product's packages (packages/), and the development tools beside them (tools/). */
const products = workspaces('packages');
const tools = workspaces('tools');
const names = [...products, ...tools].sort();
const home = (name: string): string =>
  join(ROOT, tools.includes(name) ? 'tools' : 'packages', name);

/** Each package's workspace dependencies (runtime), by directory name. */
const dependencies = new Map(
  names.map((n) => {
    const pkg = JSON.parse(readFileSync(join(home(n), 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    const own = Object.keys(pkg.dependencies ?? {})
      .filter((d) => d.startsWith(SCOPE))
      .map((d) => d.slice(SCOPE.length));
    return [n, own];
  }),
);

/** Every package that depends on `name`, directly or through another. */
function dependents(name: string): string[] {
  const found = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const [n, deps] of dependencies) {
      if (!found.has(n) && deps.some((d) => d === name || found.has(d))) {
        found.add(n);
        grew = true;
      }
    }
  }
  return [...found].sort();
}

/** The backticked names of the README's `**Never imports:**` paragraph; undefined without one. */
function neverImports(name: string): string[] | undefined {
  let text: string;
  try {
    text = readFileSync(join(home(name), 'README.md'), 'utf8');
  } catch {
    return undefined;
  }
  const paragraph = text.split(/\n\s*\n/).find((p) => p.startsWith('**Never imports:**'));
  return paragraph === undefined
    ? undefined
    : [...paragraph.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
}

/** Whether `specifier` is one a rule names: exactly, a subpath of it, or under a `/*` scope. */
function forbids(rule: string, specifier: string, self: string): boolean {
  if (rule.endsWith('/*')) {
    const scope = rule.slice(0, -1);
    return specifier.startsWith(scope) && !specifier.startsWith(`${SCOPE}${self}`);
  }
  return specifier === rule || specifier.startsWith(`${rule}/`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(?:[mc]?ts|[mc]?js)$/.test(e.name) ? [path] : [];
  });
}

/** Every module a file imports or re-exports, `import type` and `import()` included. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

describe('each package', () => {
  it('has a README saying what it must never import', () => {
    const without = names.filter((n) => neverImports(n) === undefined);
    expect(without, 'packages/<name>/README.md lacks a **Never imports:** paragraph').toEqual([]);
  });

  describe.each(names)('%s', (name) => {
    const rules = neverImports(name) ?? [];

    it('imports nothing its README forbids', () => {
      const broken = sourceFiles(join(home(name), 'src')).flatMap((file) =>
        importsOf(file)
          .filter((specifier) => rules.some((rule) => forbids(rule, specifier, name)))
          .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
      );
      expect(broken).toEqual([]);
    });

    it('forbids every package built on it, as the package.json files declare them', () => {
      const missing = dependents(name).filter(
        (d) => !rules.some((rule) => forbids(rule, `${SCOPE}${d}`, name)),
      );
      expect(missing, 'add them to the README’s **Never imports:**').toEqual([]);
    });

    if (name !== RUNNER_ADAPTER) {
      // A development tool forbids the others: each stands on the product alone.
      it('forbids the runner’s API and the development tools', () => {
        for (const specifier of [
          '@actions/core',
          `${SCOPE}${RUNNER_ADAPTER}`,
          ...DEVELOPMENT_TOOLS.filter((t) => t !== name).map((t) => `${SCOPE}${t}`),
        ]) {
          expect(
            rules.some((r) => forbids(r, specifier, name)),
            specifier,
          ).toBe(true);
        }
      });
    }
  });
});

describe('docs/architecture.md', () => {
  const text = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
  const section = text.slice(
    text.indexOf('## Packages'),
    text.indexOf('\n## ', text.indexOf('## Packages') + 1),
  );
  const listed = [...section.matchAll(/^\| `([a-z0-9-]+)` +\|/gm)].map((m) => m[1] ?? '');

  it('lists every product package once, and no development tool', () => {
    expect([...listed].sort()).toEqual(products);
  });

  it('keeps the development tools out of packages/', () => {
    expect(products.filter((p) => DEVELOPMENT_TOOLS.includes(p))).toEqual([]);
    expect(tools).toEqual(DEVELOPMENT_TOOLS);
  });

  it('lists each package after every package it depends on', () => {
    const late = listed.flatMap((name, i) =>
      (dependencies.get(name) ?? [])
        .filter((d) => !listed.slice(0, i).includes(d))
        .map((d) => `${name} depends on ${d}, listed after it`),
    );
    expect(late).toEqual([]);
  });
});

/**
 * The circles among one workspace's source files, following relative imports (`import type`
 * included: a type that two files take from each other says one of them holds what both need).
 */
function fileCircles(dir: string): string[][] {
  const files = sourceFiles(dir);
  const known = new Set(files);
  const edges = new Map(
    files.map((file) => [
      file,
      importsOf(file)
        .filter((s) => s.startsWith('.'))
        .map((s) => {
          // `./x.js` is `./x.ts`; `./x` and `./dir` (no rule allows them today) count too.
          const path = resolve(dirname(file), s);
          return [path.replace(/\.js$/, '.ts'), path, `${path}.ts`, join(path, 'index.ts')].find(
            (candidate) => known.has(candidate),
          );
        })
        .filter((target): target is string => target !== undefined),
    ]),
  );
  // Tarjan's strongly connected components: each of more than one file is a circle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
        onStack.delete(w);
        component.push(relative(ROOT, w));
        if (w === v) break;
      }
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) circles.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return circles;
}

describe('no circle of files', () => {
  const roots = [
    ...names.map((n) => join(home(n), 'src')),
    ...workspaces('actions').map((n) => join(ROOT, 'actions', n, 'src')),
  ];
  it.each(roots.map((r) => [relative(ROOT, r), r]))('%s', (_, dir) => {
    expect(fileCircles(dir)).toEqual([]);
  });

  it('finds one when there is one', () => {
    // The check itself, on a planted pair: a.ts and b.ts importing each other.
    const planted = join(ROOT, 'scripts', 'test', 'fixtures', 'circle');
    expect(fileCircles(planted)).toEqual([
      ['scripts/test/fixtures/circle/a.ts', 'scripts/test/fixtures/circle/b.ts'],
    ]);
  });
});
