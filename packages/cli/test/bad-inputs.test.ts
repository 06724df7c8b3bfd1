/**
 * Bad inputs through the CLI as a user meets them: each row runs `pgforge` as a process in a
 * directory of its own holding the row's files: the committed bundle, what users run (as
 * package.test.ts does; check-dist keeps it current), or the source through tsx with
 * PGFORGE_CLI=source (about four times slower: every row transpiles the whole CLI),
 * and holds it to the project's promise for a mistake: the exit code (2 for the command line,
 * 1 for an input file), one `error:` line that names the file, field or flag, the value and
 * what is allowed, nothing on stdout, and no stack trace. Every row fails before anything
 * reaches a network. The classes are those of issue 23's count of malformed inputs.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const COMMAND =
  process.env.PGFORGE_CLI === 'source'
    ? [
        '--import',
        pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href,
        join(ROOT, 'packages/cli/src/main.ts'),
      ]
    : [join(ROOT, 'dist/cli/index.js')];

interface Row {
  class: string;
  /** Arguments after `pgforge`. */
  args: string[];
  /** Files to write in the row's working directory, by relative path. */
  files?: Record<string, string>;
  code: 1 | 2;
  /** What stderr's error must say. */
  error: RegExp;
}

const DIGEST = `sha256:${'a'.repeat(64)}`;
const OK = 'registry: ghcr.io/example\n';

const ROWS: Row[] = [
  // Broken YAML
  {
    class: 'broken YAML',
    args: ['matrix'],
    files: { 'images.yaml': 'postgres: [17\n' },
    code: 1,
    error:
      /^error: images\.yaml:2: not valid YAML: .*must be sufficiently indented and end with a \]/,
  },
  {
    class: 'broken YAML',
    args: ['matrix', '--config', 'conf/images.yaml'],
    files: { 'conf/images.yaml': 'registry: ghcr.io/a\n\tname: pg\n' },
    code: 1,
    error: /^error: conf\/images\.yaml:2: not valid YAML: Tabs are not allowed as indentation/,
  },
  {
    class: 'broken YAML',
    args: ['matrix'],
    files: { 'images.yaml': 'registry: ghcr.io/a\nregistry: ghcr.io/b\n' },
    code: 1,
    error:
      /^error: images\.yaml:2: not valid YAML: Map keys must be unique.*"registry: ghcr\.io\/b"/,
  },
  // A value not allowed
  {
    class: 'garbage',
    args: ['matrix', '--summary', 'html'],
    code: 2,
    error: /^error: --summary: "html" is not allowed; expected text, markdown$/,
  },
  {
    class: 'garbage',
    args: ['build', '--targets', '[]', '--summary=md'],
    code: 2,
    error: /^error: --summary: "md" is not allowed; expected text, markdown$/,
  },
  {
    class: 'garbage',
    args: ['build', '--targets', '[]', '--progress', 'tty'],
    code: 2,
    error: /^error: --progress: "tty" is not allowed; expected auto, plain, quiet$/,
  },
  // Wrong types
  {
    class: 'wrong types',
    args: ['matrix'],
    files: { 'images.yaml': 'postgres: seventeen\n' },
    code: 1,
    error:
      /^error: images\.yaml:1: postgres: "seventeen" is not allowed; expected "supported", or a list of majors/,
  },
  {
    class: 'wrong types',
    args: ['matrix'],
    files: { 'images.yaml': 'platforms: linux/amd64\n' },
    code: 1,
    error:
      /^error: images\.yaml:1: platforms: "linux\/amd64" is a string; expected a list of platforms/,
  },
  {
    class: 'wrong types',
    args: ['matrix'],
    files: { 'images.yaml': 'base: { resolve-digest: "yes" }\n' },
    code: 1,
    error:
      /^error: images\.yaml:1: base\.resolve-digest: "yes" is a string; expected true or false/,
  },
  {
    class: 'wrong types',
    args: ['matrix', '--force', 'yes'],
    code: 2,
    error: /^error: --force: "yes" is not allowed; expected true or false/,
  },
  // Unknown keys
  {
    class: 'unknown keys',
    args: ['matrix'],
    files: { 'images.yaml': 'postgress: [17]\n' },
    code: 1,
    error:
      /^error: images\.yaml:1: postgress: unknown key "postgress"; allowed: registry, name, postgres/,
  },
  {
    class: 'unknown keys',
    args: ['matrix'],
    files: { 'images.yaml': 'packages: { sorce: pgdg }\n' },
    code: 1,
    error: /^error: images\.yaml:1: packages\.sorce: unknown key "sorce"; allowed: source, mirror/,
  },
  {
    class: 'unknown keys',
    args: ['matrix', '--confg', 'images.yaml'],
    code: 2,
    error: /^error: --confg is not a flag of pgforge matrix; did you mean --config\?/,
  },
  {
    class: 'unknown keys',
    args: ['matirx'],
    code: 2,
    error: /^error: unknown command "matirx"; did you mean matrix\?/,
  },
  // Flavour cycles
  {
    class: 'flavour cycles',
    args: ['matrix'],
    files: {
      'images.yaml': `${OK}flavours:\n  a: { from: b, packages: [] }\n  b: { from: a, packages: [] }\n`,
    },
    code: 1,
    error:
      /^error: images\.yaml:3: flavours\.a\.from: "b" makes a cycle: a → b → a; every chain of from must end/,
  },
  {
    class: 'flavour cycles',
    args: ['matrix'],
    files: { 'images.yaml': `${OK}flavours:\n  a: { from: a, packages: [] }\n` },
    code: 1,
    error: /^error: images\.yaml:3: flavours\.a\.from: "a" makes a cycle: a → a/,
  },
  {
    class: 'flavour cycles',
    args: ['matrix'],
    files: { 'images.yaml': `${OK}flavours:\n  a: { from: nosuch, packages: [] }\n` },
    code: 1,
    error: /^error: images\.yaml:3: flavours\.a\.from: "nosuch" is not a flavour; defined: a/,
  },
  {
    class: 'flavour cycles',
    args: ['matrix', '--flavours', 'standrd'],
    files: { 'images.yaml': OK },
    code: 2,
    error:
      /^error: --flavours: flavours\[0\]: "standrd" is not a flavour; defined: minimal, standard, full/,
  },
  // Platforms
  {
    class: 'platforms',
    args: ['matrix'],
    files: { 'images.yaml': 'platforms: [linux/sparc]\n' },
    code: 1,
    error:
      /^error: images\.yaml:1: platforms\[0\]: "linux\/sparc" is not allowed; expected linux\/amd64, linux\/arm64/,
  },
  {
    class: 'platforms',
    args: ['matrix', '--platforms', 'windows/amd64'],
    files: { 'images.yaml': OK },
    code: 2,
    error:
      /^error: --platforms: platforms\[0\]: "windows\/amd64" is not allowed; expected linux\/amd64/,
  },
  {
    class: 'platforms',
    args: ['extension', '--package', 'x', '--postgres', '18', '--platforms', 'linux/sparc'],
    code: 2,
    error: /^error: --platforms: unknown platform "linux\/sparc"; known: linux\/amd64/,
  },
  // Versions
  {
    class: 'versions',
    args: ['matrix'],
    files: { 'images.yaml': 'postgres: [9]\n' },
    code: 1,
    error:
      /^error: images\.yaml:1: postgres\[0\]: 9 is not allowed; expected a major .*majors from 10 to 99/,
  },
  {
    class: 'versions',
    args: ['matrix'],
    files: { 'images.yaml': 'postgres: ["19~gamma1"]\n' },
    code: 1,
    error:
      /^error: images\.yaml:1: postgres\[0\]: "19~gamma1" is not allowed; expected .*a preview \("19~beta3"\)/,
  },
  {
    class: 'versions',
    args: ['matrix', '--postgres', '17,17.2'],
    files: { 'images.yaml': OK },
    code: 2,
    error:
      /^error: --postgres: postgres\[1\]: "17\.2" names major 17 again .*one version per major/,
  },
  {
    class: 'versions',
    args: ['matrix', '--postgres', ''],
    code: 2,
    error:
      /^error: --postgres: the value is empty; expected LIST, or leave the flag out for its default/,
  },
  {
    class: 'versions',
    args: ['extension', '--package', 'x', '--postgres', ''],
    code: 2,
    error:
      /^error: --postgres: the value is empty; .*leave the flag out for its default \(the configuration's\)/,
  },
  {
    class: 'versions',
    args: ['matrix', '--postgres', ','],
    code: 2,
    error: /^error: --postgres: "," lists nothing; expected override postgres/,
  },
  // Names
  {
    class: 'names',
    args: ['matrix'],
    files: { 'images.yaml': `${OK}name: "Bad Name!"\n` },
    code: 1,
    error:
      /^error: images\.yaml:2: name: "Bad Name!" is not allowed; expected a repository name in lower case/,
  },
  {
    class: 'names',
    args: ['extension', '--name', 'Vector', '--package', 'x', '--postgres', '18'],
    code: 2,
    error: /^error: --name: "Vector" is not an extension name CNPG accepts: lowercase letters/,
  },
  {
    class: 'names',
    args: ['sbom', '--image', 'Ghcr.io/Example/PG:18'],
    code: 2,
    error:
      /^error: --image: "Ghcr\.io\/Example\/PG:18" is not an image reference \(.*\); expected \[registry\/\]repository/,
  },
  // Templates
  {
    class: 'templates',
    args: ['matrix'],
    files: { 'images.yaml': `${OK}tags: { immutable: "{version}-{nope}", aliases: [] }\n` },
    code: 1,
    error:
      /^error: images\.yaml:2: tags\.immutable: "\{version\}-\{nope\}" has an unknown placeholder \{nope\}; allowed: \{version\}/,
  },
  {
    class: 'templates',
    args: ['matrix'],
    files: { 'images.yaml': `${OK}tags: { immutable: "{version}-{flavour}-{distribution}" }\n` },
    code: 1,
    error:
      /^error: images\.yaml:2: tags\.immutable: .* has no \{timestamp\}; the immutable tag must hold it/,
  },
  {
    class: 'templates',
    args: ['matrix'],
    files: { 'images.yaml': `${OK}base: { image: "debian:{codename}-slim" }\n` },
    code: 1,
    error:
      /^error: images\.yaml:2: base\.image: "debian:\{codename\}-slim" has an unknown placeholder \{codename\}; allowed: \{distribution\}/,
  },
  {
    class: 'templates',
    args: ['extension', '--package', 'x', '--postgres', '18', '--tags', '{version}-{nope}'],
    code: 2,
    error: /^error: --tags: "\{version\}-\{nope\}" uses \{nope\}; the placeholders are \{version\}/,
  },
  // Tags
  {
    class: 'tags',
    args: ['matrix'],
    files: { 'images.yaml': `${OK}tags: { aliases: [latest] }\n` },
    code: 1,
    error: /^error: images\.yaml:2: tags\.aliases\[0\]: "latest" is never written/,
  },
  {
    class: 'tags',
    args: ['matrix'],
    files: { 'images.yaml': `${OK}tags: { aliases: ["{version}-{distribution}"] }\n` },
    code: 1,
    error:
      /^error: images\.yaml:2: tags\.aliases\[0\]: .* gives the same tag to every flavour; add \{flavour\}/,
  },
  {
    class: 'tags',
    args: ['extension', '--package', 'x', '--postgres', '18', '--tags', 'latest'],
    code: 2,
    error:
      /^error: --tags: "latest" has no placeholder, so every image would get it and it would move on each push \("latest" is never written\)/,
  },
  {
    class: 'tags',
    args: ['extension', '--package', 'x', '--postgres', '18', '--tags', 'stable,{version}-{major}'],
    code: 2,
    error: /^error: --tags: "stable" has no placeholder/,
  },
  // Garbage
  {
    class: 'garbage',
    args: ['matrix'],
    files: { 'images.yaml': '\u0000\u0001garbage\u00ff' },
    code: 1,
    error:
      /^error: images\.yaml:1: .* is a string; expected a mapping of settings at the top level/,
  },
  {
    class: 'garbage',
    args: ['matrix'],
    files: { 'images.yaml': '- a\n- b\n' },
    code: 1,
    error: /^error: images\.yaml:1: \["a","b"\] is a list; expected a mapping of settings/,
  },
  {
    class: 'garbage',
    args: ['matrix', '--timestamp', 'yesterday'],
    code: 2,
    error: /^error: --timestamp: "yesterday" is not allowed; expected an RFC 3339 date and time/,
  },
  {
    class: 'garbage',
    args: ['smoke-test', '--image', 'pg', '--timeout', 'soon'],
    code: 2,
    error: /^error: --timeout: "soon" is not allowed; expected a duration such as 90s/,
  },
  {
    class: 'garbage',
    args: ['build', '--targets', '[{"id": 1}]'],
    code: 2,
    error: /^error: --targets: item 0 lacks postgres, distribution, flavour/,
  },
  // Empty or missing files
  {
    class: 'empty or missing files',
    args: ['matrix'],
    files: { 'images.yaml': '' },
    code: 1,
    error:
      /^error: images\.yaml:1: the file is empty; it would build CNPG's own images into ghcr\.io\/cloudnative-pg: write at least registry:/,
  },
  {
    class: 'empty or missing files',
    args: ['release', '--config', 'images.yaml'],
    files: { 'images.yaml': '# to do\n' },
    code: 1,
    error: /^error: images\.yaml:1: the file is empty \(comments only\)/,
  },
  {
    class: 'empty or missing files',
    args: ['matrix', '--config', 'missing.yaml'],
    code: 1,
    error: /^error: missing\.yaml: file not found/,
  },
  {
    class: 'empty or missing files',
    args: ['build', '--targets', 'targets.json'],
    files: { 'targets.json': '\n' },
    code: 1,
    error: /^error: --targets targets\.json: the file is empty/,
  },
  {
    class: 'empty or missing files',
    args: ['promote', '--images', './build.json'],
    code: 1,
    error: /^error: --images: file not found: \.\/build\.json/,
  },
  {
    class: 'empty or missing files',
    args: ['build', '--targets', 'out'],
    files: { 'out/keep': '' },
    code: 1,
    error: /^error: --targets: out is a directory; expected a file/,
  },
  {
    class: 'empty or missing files',
    args: ['extension', '--package-list', 'packages.txt', '--postgres', '18'],
    code: 1,
    error: /^error: --package-list: file not found: packages\.txt/,
  },
  {
    class: 'empty or missing files',
    args: ['extension', '--directory', 'nonexistent/tree', '--postgres', '18'],
    code: 1,
    error: /^error: --directory: not found: nonexistent\/tree/,
  },
  // Keyrings
  {
    class: 'keyrings',
    args: ['matrix'],
    files: { 'images.yaml': `${OK}packages: { keyring: /nonexistent/key.asc }\n` },
    code: 1,
    error:
      /^error: images\.yaml:2: packages\.keyring: "\/nonexistent\/key\.asc" is a string; expected a list of keyring file paths/,
  },
  {
    class: 'keyrings',
    args: ['matrix'],
    files: { 'images.yaml': `${OK}packages: { keyring: [keys/missing.asc] }\n` },
    code: 1,
    error:
      /^error: images\.yaml: packages\.keyring\[0\]: keyring .*keys\/missing\.asc: cannot be read: ENOENT.*; set packages\.keyring to the public key file/,
  },
  {
    class: 'keyrings',
    args: ['matrix'],
    files: { 'images.yaml': `${OK}packages: { keyring: [key.asc] }\n`, 'key.asc': 'not a key\n' },
    code: 1,
    error:
      /^error: images\.yaml: packages\.keyring\[0\]: keyring .*key\.asc: holds no readable OpenPGP public key/,
  },
  // JSON inputs
  {
    class: 'JSON inputs',
    args: ['build', '--targets', '{bad'],
    code: 2,
    error: /^error: --targets: not JSON: unexpected "b" at line 1, column 2 \(position 1\)$/m,
  },
  {
    class: 'JSON inputs',
    args: ['build', '--targets', 'targets.json'],
    files: { 'targets.json': '[\n  {"id": "a",}\n]\n' },
    code: 1,
    error: /^error: --targets targets\.json: not JSON: unexpected "\}" at line 2, column 14/,
  },
  {
    class: 'JSON inputs',
    args: ['build', '--targets', '{}'],
    code: 2,
    error: /^error: --targets: not a JSON array of targets/,
  },
  {
    class: 'JSON inputs',
    args: ['build', '--targets', 'targets'],
    code: 2,
    error:
      /^error: --targets: "targets" is neither JSON \(which starts with \[ or \{\) nor a file that exists/,
  },
  {
    class: 'JSON inputs',
    args: ['promote', '--images', '[{'],
    code: 2,
    error: /^error: --images: not JSON: unexpected end at line 1, column 3/,
  },
  {
    class: 'JSON inputs',
    args: ['promote', '--images', '[]'],
    code: 2,
    error:
      /^error: --images: "\[\]" is not allowed; expected the build or extension action's `images` output/,
  },
  {
    class: 'JSON inputs',
    args: ['promote', '--repairs', '[{"image":'],
    code: 2,
    error: /^error: --repairs: not JSON: unexpected end at line 1, column 11/,
  },
  {
    class: 'JSON inputs',
    args: ['promote', '--repairs', '{"image": "x"}'],
    code: 2,
    error:
      /^error: --repairs: "\{\\"image\\":\\"x\\"\}" is not allowed; expected the matrix action's `repairs` output: a JSON array of objects with `image`/,
  },
  {
    class: 'JSON inputs',
    args: ['promote', '--repairs', 'repairs.json'],
    files: { 'repairs.json': '[{"image": "ghcr.io/example/postgresql:18", "tags": ["18"]}]\n' },
    code: 2,
    error:
      /^error: --repairs\[0\]\.image: "ghcr\.io\/example\/postgresql:18" is not allowed; expected a reference by digest, <repository>@sha256:…/,
  },
  {
    class: 'JSON inputs',
    args: [
      'promote',
      '--repairs',
      `[{"image": "ghcr.io/example/postgresql@${DIGEST}", "tags": ["ghcr.io/example/other:18"]}]`,
    ],
    code: 2,
    error:
      /^error: --repairs\[0\]\.tags\[0\]: "ghcr\.io\/example\/other:18" is not allowed; expected a tag of ghcr\.io\/example\/postgresql, the image's own repository/,
  },
  {
    class: 'JSON inputs',
    args: ['promote', '--repairs', `[{"image": "ghcr.io/example/postgresql@${DIGEST}"}]`],
    code: 2,
    error:
      /^error: --repairs\[0\]\.tags: "" is not allowed; expected a non-empty array of tags of ghcr\.io\/example\/postgresql/,
  },
  {
    class: 'JSON inputs',
    args: ['promote', '--repairs', '[]'],
    code: 2,
    error:
      /^error: --images: "" is not allowed; expected the build or extension action's `images` output \(a JSON array\), unless `repairs` names a repair/,
  },
  {
    class: 'empty or missing files',
    args: ['promote', '--repairs', './repairs.json'],
    code: 1,
    error: /^error: --repairs: file not found: \.\/repairs\.json/,
  },
  {
    class: 'JSON inputs',
    args: ['promote', '--smoke-reports', 'reports'],
    code: 2,
    error: /^error: --images: required, unless --repairs is given/,
  },
  {
    class: 'JSON inputs',
    args: ['attest', '--subjects', '{"x":', '--cosign-key', 'cosign.key'],
    files: { 'cosign.key': 'not a key\n' },
    code: 2,
    error: /^error: --subjects: not JSON: unexpected end at line 1, column 6/,
  },
  // Path traversal
  {
    class: 'path traversal',
    args: ['extension', '--name', '../../etc', '--package', 'x', '--postgres', '18'],
    code: 2,
    error: /^error: --name: "\.\.\/\.\.\/etc" is not an extension name CNPG accepts/,
  },
  {
    class: 'path traversal',
    args: ['matrix'],
    files: { 'images.yaml': `${OK}packages: { keyring: ["../../../../../../etc/shadow"] }\n` },
    code: 1,
    error: /^error: images\.yaml: packages\.keyring\[0\]: keyring \/etc\/shadow: /,
  },
  {
    class: 'path traversal',
    args: ['sbom', '--image', '../../pg:18'],
    code: 2,
    error: /^error: --image: "\.\.\/\.\.\/pg:18" is not an image reference/,
  },
  // Shell metacharacters
  {
    class: 'shell metacharacters',
    args: ['matrix'],
    files: { 'images.yaml': 'registry: "ghcr.io/x; rm -rf /"\n' },
    code: 1,
    error:
      /^error: images\.yaml:1: registry: "ghcr\.io\/x; rm -rf \/" is not allowed; expected a registry host/,
  },
  {
    class: 'shell metacharacters',
    args: ['matrix', '--registry', 'ghcr.io/x$(id)'],
    code: 2,
    error:
      /^error: --registry: registry: "ghcr\.io\/x\$\(id\)" is not allowed; expected a registry host/,
  },
  {
    class: 'shell metacharacters',
    args: ['matrix', '--testing-registry', 'localhost:5001/pr;id'],
    code: 2,
    error:
      /^error: --testing-registry: "localhost:5001\/pr;id" is not allowed; expected a registry host/,
  },
  {
    class: 'shell metacharacters',
    args: ['matrix'],
    files: { 'images.yaml': `${OK}flavours:\n  minimal: { packages: ["libfoo; rm -rf /"] }\n` },
    code: 1,
    error:
      /^error: images\.yaml:3: flavours\.minimal\.packages\[0\]: "libfoo; rm -rf \/" is not allowed; expected a Debian package name/,
  },
  {
    class: 'shell metacharacters',
    args: ['extension', '--package', 'postgresql-{major}-x;reboot', '--postgres', '18'],
    code: 2,
    error:
      /^error: --package: "postgresql-\{major\}-x;reboot" is not a Debian package name template/,
  },
  {
    class: 'shell metacharacters',
    args: ['smoke-test', '--image', 'pg:18`id`'],
    code: 2,
    error: /^error: --image: "pg:18`id`" is not an image reference/,
  },
  // Conflicting flags
  {
    class: 'conflicting flags',
    args: ['build', '--targets', '[]', '--mode', 'merge', '--platform', 'linux/arm64'],
    code: 2,
    error: /^error: --platform linux\/arm64: not with --mode merge, which joins the platforms/,
  },
  {
    class: 'conflicting flags',
    args: ['catalog', '--namespace', 'db'],
    code: 2,
    error:
      /^error: --namespace db: a ClusterImageCatalog belongs to no namespace; give --kind ImageCatalog with it/,
  },
  {
    class: 'conflicting flags',
    args: ['catalog', '--kind', 'ImageCatalog'],
    code: 2,
    error: /^error: --namespace: required with --kind ImageCatalog/,
  },
  {
    class: 'conflicting flags',
    args: ['extension', '--package', 'x', '--directory', 'tree', '--postgres', '18'],
    files: { 'tree/keep': '' },
    code: 2,
    error: /^error: --directory: give either package or directory, not both/,
  },
  {
    class: 'conflicting flags',
    args: ['sbom', '--image', 'r/pg:18', '--summary', 'markdown', '--json'],
    code: 2,
    error: /^error: --json and --summary both choose what stdout holds; give one of them/,
  },
  {
    class: 'conflicting flags',
    args: ['matrix', '--json', '--summary'],
    code: 2,
    error: /^error: --json and --summary both choose what stdout holds; give one of them/,
  },
  {
    class: 'conflicting flags',
    args: ['matrix', '--postgres', '17', '--postgres', '18'],
    code: 2,
    error:
      /^error: --postgres is given twice \("17" and "18"\); give it once \(a list takes commas: --postgres 17,18\)/,
  },
  {
    class: 'conflicting flags',
    args: ['attest', '--subjects', `r/pg@${DIGEST}`, '--kind', 'sbom', '--cosign-key', 'k'],
    files: { k: 'not a key\n' },
    code: 2,
    error: /^error: --sbom: required with --kind sbom/,
  },
  {
    class: 'conflicting flags',
    args: ['matrix'],
    files: {
      'images.yaml': `${OK}distributions: [trixie]\nflavours:\n  minimal:\n    packages: [{ name: libfoo, distributions: [bookworm] }]\n`,
    },
    code: 1,
    error:
      /^error: images\.yaml:5: flavours\.minimal\.packages\[0\]\.distributions\[0\]: "bookworm" is not a configured distribution, so the rule installs "libfoo" nowhere; configured: trixie/,
  },
];

/** A line of a JavaScript stack: `    at f (file.js:1:2)` or `    at file:///…`. */
const STACK = /^\s+at .+(:\d+:\d+\)?|<anonymous>)$/m;

function pgforge(
  args: string[],
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...COMMAND, ...args], {
      cwd,
      // A cache of its own; no debug output; the rows never get as far as a network.
      env: {
        ...process.env,
        XDG_CACHE_HOME: join(cwd, '.cache'),
        PGFORGE_DEBUG: '',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => void (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe.concurrent('bad inputs through pgforge', () => {
  it.each(
    ROWS.map(
      (row, i) =>
        [
          `${String(i + 1).padStart(2, '0')} ${row.class}: pgforge ${row.args.join(' ')}`,
          row,
        ] as const,
    ),
  )(
    '%s',
    async (_, row) => {
      const cwd = await mkdtemp(join(tmpdir(), 'pgforge-bad-input-'));
      dirs.push(cwd);
      for (const [path, text] of Object.entries(row.files ?? {})) {
        await mkdir(dirname(join(cwd, path)), { recursive: true });
        await writeFile(join(cwd, path), text);
      }
      const r = await pgforge(row.args, cwd);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
      expect(errors.length, r.stderr).toBeGreaterThan(0);
      expect(errors.join('\n')).toMatch(row.error);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stdout).toBe('');
      expect(r.code, r.stderr).toBe(row.code);
    },
    90_000,
  );

  it('covers every class of mistake of the count', () => {
    expect(new Set(ROWS.map((r) => r.class))).toEqual(
      new Set([
        'broken YAML',
        'wrong types',
        'unknown keys',
        'flavour cycles',
        'platforms',
        'versions',
        'names',
        'templates',
        'tags',
        'garbage',
        'empty or missing files',
        'keyrings',
        'JSON inputs',
        'path traversal',
        'shell metacharacters',
        'conflicting flags',
      ]),
    );
  });
});
