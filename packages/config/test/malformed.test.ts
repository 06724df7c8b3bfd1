import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfigError,
  formatProblem,
  loadConfig,
  parseConfig,
  type ConfigOverrides,
  type ConfigProblem,
} from '../src/index.js';

/** Lines of a YAML file; the case's `line` counts from 1 in this list. */
const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;

interface Case {
  name: string;
  text: string;
  overrides?: ConfigOverrides;
  field: string;
  /** The offending value as the user wrote it, which the message must show. */
  shows: string;
  /** A distinctive part of what the message says is allowed. */
  allowed: string;
  /** Expected line in `text`; undefined for a problem in an override. */
  line?: number;
  /** Default: the file name given to parseConfig. */
  origin?: string;
}

const FILE = 'images.yaml';
const LONG_FLAVOUR = 'f'.repeat(32);
const LONG_LITERAL = `{major}-{flavour}-{distribution}-${'x'.repeat(100)}`; // 133 characters
const LONG_RENDER = `{version}-{flavour}-{distribution}-${'x'.repeat(80)}`; // 115 written, 133 rendered

const cases: Case[] = [
  // Wrong types of every top-level key.
  {
    name: 'registry is a number',
    text: yaml('registry: 42'),
    field: 'registry',
    shows: '42',
    allowed: 'a registry host',
    line: 1,
  },
  {
    name: 'name is a list',
    text: yaml('registry: ghcr.io/example', 'name: [a, b]'),
    field: 'name',
    shows: '["a","b"]',
    allowed: 'a repository name in lower case',
    line: 2,
  },
  {
    name: 'postgres is a boolean',
    text: yaml('postgres: true'),
    field: 'postgres',
    shows: 'true',
    allowed: '"supported", or a list of majors',
    line: 1,
  },
  {
    name: 'postgres is a string other than "supported"',
    text: yaml('postgres: latest'),
    field: 'postgres',
    shows: '"latest"',
    allowed: '"supported", or a list of majors',
    line: 1,
  },
  {
    name: 'postgres item is true',
    text: yaml('postgres:', '  - 17', '  - true'),
    field: 'postgres[1]',
    shows: 'true',
    allowed: 'a major (17), a release ("17.6") or a preview ("19~beta3")',
    line: 3,
  },
  {
    name: 'postgres item is "abc"',
    text: yaml('postgres:', '  - 17', '  - abc'),
    field: 'postgres[1]',
    shows: '"abc"',
    allowed: 'a major (17), a release ("17.6")',
    line: 3,
  },
  {
    name: 'postgres item is 9 (before 10)',
    text: yaml('registry: ghcr.io/example', 'postgres: [9]'),
    field: 'postgres[0]',
    shows: '9',
    allowed: 'majors from 10 to 99',
    line: 2,
  },
  {
    name: 'postgres item is "9.6" (a string before 10)',
    text: yaml('postgres: [17, "9.6"]'),
    field: 'postgres[1]',
    shows: '"9.6"',
    allowed: 'majors from 10 to 99',
    line: 1,
  },
  {
    name: 'postgres item is "17.x"',
    text: yaml('postgres: ["17.x"]'),
    field: 'postgres[0]',
    shows: '"17.x"',
    allowed: 'a release ("17.6")',
    line: 1,
  },
  {
    name: 'postgres item is "latest"',
    text: yaml('postgres:', '  - latest'),
    field: 'postgres[0]',
    shows: '"latest"',
    allowed: 'a preview ("19~beta3")',
    line: 2,
  },
  {
    name: 'postgres item is the float 17.6 (unquoted)',
    text: yaml('postgres: [17.6]'),
    field: 'postgres[0]',
    shows: '17.6',
    allowed: 'a release ("17.6")',
    line: 1,
  },
  {
    name: 'distributions is not a list',
    text: yaml('distributions: trixie'),
    field: 'distributions',
    shows: '"trixie"',
    allowed: 'a list of Debian suite code names',
    line: 1,
  },
  {
    name: 'distribution in capitals',
    text: yaml('distributions:', '  - bookworm', '  - Trixie'),
    field: 'distributions[1]',
    shows: '"Trixie"',
    allowed: 'a Debian suite code name in lower case',
    line: 3,
  },
  {
    name: 'platform windows/amd64',
    text: yaml('platforms: [windows/amd64]'),
    field: 'platforms[0]',
    shows: '"windows/amd64"',
    allowed: 'linux/amd64, linux/arm64',
    line: 1,
  },
  {
    name: 'platform linux/amd65',
    text: yaml('platforms:', '  - linux/amd64', '  - linux/amd65'),
    field: 'platforms[1]',
    shows: '"linux/amd65"',
    allowed: 'linux/amd64, linux/arm64',
    line: 3,
  },
  {
    name: 'base.image empty',
    text: yaml('base:', '  image: ""'),
    field: 'base.image',
    shows: '""',
    allowed: 'an image reference',
    line: 2,
  },
  {
    name: 'base.image with an unknown placeholder',
    text: yaml('base:', '  image: debian:{dist}-slim'),
    field: 'base.image',
    shows: 'debian:{dist}-slim',
    allowed: 'allowed: {distribution}',
    line: 2,
  },
  {
    name: 'base.resolve-digest is a string',
    text: yaml('base:', '  resolve-digest: "no"'),
    field: 'base.resolve-digest',
    shows: '"no"',
    allowed: 'expected true or false',
    line: 2,
  },
  {
    name: 'packages.source pgdgx',
    text: yaml('packages:', '  source: pgdgx'),
    field: 'packages.source',
    shows: '"pgdgx"',
    allowed: '"pgdg", "distribution"',
    line: 2,
  },
  {
    name: 'packages.mirror ftp://x',
    text: yaml('packages:', '  source: distribution', '  mirror: ftp://x'),
    field: 'packages.mirror',
    shows: '"ftp://x"',
    allowed: 'an http://, https:// or file:// archive URI',
    line: 3,
  },
  {
    name: 'packages.keyring empty list',
    text: yaml('packages:', '  keyring: []'),
    field: 'packages.keyring',
    shows: '[]',
    allowed: 'keyring file paths',
    line: 2,
  },
  {
    name: 'packages.allow-expired-release "yes"',
    text: yaml('packages:', '  allow-expired-release: "yes"'),
    field: 'packages.allow-expired-release',
    shows: '"yes"',
    allowed: 'expected true or false',
    line: 2,
  },
  {
    name: 'flavours is a list',
    text: yaml('flavours: [minimal]'),
    field: 'flavours',
    shows: '["minimal"]',
    allowed: 'a mapping of flavour names to flavours',
    line: 1,
  },
  {
    name: 'tags is a string',
    text: yaml('tags: latest'),
    field: 'tags',
    shows: '"latest"',
    allowed: 'a mapping with immutable, aliases',
    line: 1,
  },
  {
    name: 'tags.aliases is a string',
    text: yaml('tags:', '  aliases: "{major}-{flavour}-{distribution}"'),
    field: 'tags.aliases',
    shows: '"{major}-{flavour}-{distribution}"',
    allowed: 'a list of tag templates',
    line: 2,
  },

  // Unknown keys at every level.
  {
    name: 'unknown top-level key',
    text: yaml('registry: ghcr.io/example', 'flavors: {}'),
    field: 'flavors',
    shows: '"flavors"',
    allowed: 'allowed: registry, name, postgres',
    line: 2,
  },
  {
    name: 'unknown key in base',
    text: yaml('base:', '  imag: debian:trixie-slim'),
    field: 'base.imag',
    shows: '"imag"',
    allowed: 'allowed: image, resolve-digest',
    line: 2,
  },
  {
    name: 'unknown key in packages',
    text: yaml('packages:', '  source: pgdg', '  sources: pgdg'),
    field: 'packages.sources',
    shows: '"sources"',
    allowed: 'allowed: source, mirror',
    line: 3,
  },
  {
    name: 'unknown key in a flavour',
    text: yaml('flavours:', '  x:', '    packges: [curl]'),
    field: 'flavours.x.packges',
    shows: '"packges"',
    allowed: 'allowed: from, description, packages',
    line: 3,
  },
  {
    name: 'unknown key in a package object',
    text: yaml(
      'flavours:',
      '  x:',
      '    packages:',
      '      - name: postgresql-{major}-jit',
      '        min_major: 18',
    ),
    field: 'flavours.x.packages[0].min_major',
    shows: '"min_major"',
    allowed: 'allowed: name, min-major, max-major, distributions, optional',
    line: 5,
  },
  {
    name: 'unknown key in tags',
    text: yaml('tags:', '  alias: ["{major}-{flavour}-{distribution}"]'),
    field: 'tags.alias',
    shows: '"alias"',
    allowed: 'allowed: immutable, aliases',
    line: 2,
  },

  // Flavours.
  {
    name: 'from names an unknown flavour',
    text: yaml('flavours:', '  minimal: {}', '  full:', '    from: standard'),
    field: 'flavours.full.from',
    shows: '"standard"',
    allowed: 'defined: minimal, full',
    line: 4,
  },
  {
    name: 'from cycle of 2',
    text: yaml('flavours:', '  a:', '    from: b', '  b:', '    from: a'),
    field: 'flavours.a.from',
    shows: '"b"',
    allowed: 'must end at a flavour without from',
    line: 3,
  },
  {
    name: 'from cycle of 3',
    text: yaml('flavours:', '  a:', '    from: c', '  b:', '    from: a', '  c:', '    from: b'),
    field: 'flavours.a.from',
    shows: '"c" makes a cycle: a → c → b → a',
    allowed: 'must end at a flavour without from',
    line: 3,
  },
  {
    name: 'from itself',
    text: yaml('flavours:', '  minimal: {}', '  a:', '    from: a'),
    field: 'flavours.a.from',
    shows: '"a"',
    allowed: 'must end at a flavour without from',
    line: 4,
  },
  {
    name: 'min-major above max-major',
    text: yaml(
      'flavours:',
      '  a:',
      '    packages:',
      '      - name: postgresql-{major}-jit',
      '        min-major: 18',
      '        max-major: 17',
    ),
    field: 'flavours.a.packages[0].min-major',
    shows: '18',
    allowed: 'expected min-major at most max-major',
    line: 5,
  },
  {
    name: 'min-major below 10',
    text: yaml('flavours:', '  a:', '    packages:', '      - name: curl', '        min-major: 5'),
    field: 'flavours.a.packages[0].min-major',
    shows: '5',
    allowed: 'a PostgreSQL major from 10 to 99',
    line: 5,
  },
  {
    name: 'flavour name with capitals',
    text: yaml('flavours:', '  minimal: {}', '  Full:', '    from: minimal'),
    field: 'flavours.Full',
    shows: '"Full"',
    allowed: 'lower-case letters, digits and -',
    line: 3,
  },
  {
    name: 'flavour name over 32 characters',
    text: yaml('flavours:', `  ${'a'.repeat(33)}: {}`),
    field: `flavours.${'a'.repeat(33)}`,
    shows: `"${'a'.repeat(33)}"`,
    allowed: 'at most 32 characters',
    line: 2,
  },
  {
    name: 'flavours empty',
    text: yaml('flavours: {}'),
    field: 'flavours',
    shows: '{}',
    allowed: 'a mapping of flavour names to flavours',
    line: 1,
  },
  {
    name: 'package name with capitals',
    text: yaml('flavours:', '  a:', '    packages: [curl, PostGIS]'),
    field: 'flavours.a.packages[1]',
    shows: '"PostGIS"',
    allowed: 'a Debian package name in lower case',
    line: 3,
  },
  {
    name: 'package name with a space',
    text: yaml('flavours:', '  a:', '    packages:', '      - postgresql-{major} cron'),
    field: 'flavours.a.packages[0]',
    shows: '"postgresql-{major} cron"',
    allowed: 'a Debian package name in lower case',
    line: 4,
  },
  {
    name: 'package object name with capitals',
    text: yaml(
      'flavours:',
      '  a:',
      '    packages:',
      '      - name: PostGIS',
      '        optional: true',
    ),
    field: 'flavours.a.packages[0].name',
    shows: '"PostGIS"',
    allowed: 'a Debian package name in lower case',
    line: 4,
  },

  // Tags.
  {
    name: 'unknown placeholder in tags.immutable',
    text: yaml('tags:', '  immutable: "{version}-{timestamp}-{flavor}-{distribution}"'),
    field: 'tags.immutable',
    shows: '{version}-{timestamp}-{flavor}-{distribution}',
    allowed: 'allowed: {version} {major} {timestamp} {flavour} {distribution}',
    line: 2,
  },
  {
    name: 'unknown placeholder in an alias',
    text: yaml('tags:', '  aliases:', '    - "{major}-{flavour}-{distribution}"', '    - "{os}"'),
    field: 'tags.aliases[1]',
    shows: '{os}',
    allowed: 'allowed: {version} {major} {timestamp} {flavour} {distribution}',
    line: 4,
  },
  {
    name: 'immutable without {timestamp}',
    text: yaml('tags:', '  immutable: "{version}-{flavour}-{distribution}"'),
    field: 'tags.immutable',
    shows: '"{version}-{flavour}-{distribution}"',
    allowed: 'must hold it',
    line: 2,
  },
  {
    name: 'alias "latest"',
    text: yaml('tags:', '  aliases: [latest]'),
    field: 'tags.aliases[0]',
    shows: '"latest"',
    allowed: 'every tag names a version, a flavour and a distribution',
    line: 2,
  },
  {
    name: 'alias that collides across flavours',
    text: yaml('tags:', '  aliases: ["{version}-{distribution}"]'),
    field: 'tags.aliases[0]',
    shows: '"{version}-{distribution}"',
    allowed: 'add {flavour}',
    line: 2,
  },
  {
    name: 'alias that collides across distributions',
    text: yaml('tags:', '  aliases: ["{version}-{flavour}"]'),
    field: 'tags.aliases[0]',
    shows: '"{version}-{flavour}"',
    allowed: 'add {distribution}',
    line: 2,
  },
  {
    name: 'alias that collides across majors',
    text: yaml('tags:', '  aliases: ["{flavour}-{distribution}"]'),
    field: 'tags.aliases[0]',
    shows: '"{flavour}-{distribution}"',
    allowed: 'add {major} or {version}',
    line: 2,
  },
  {
    name: 'alias that collides across flavours and distributions (one problem)',
    text: yaml('tags:', '  aliases: ["{version}"]'),
    field: 'tags.aliases[0]',
    shows: '"{version}"',
    allowed: 'add {flavour} and {distribution}',
    line: 2,
  },
  {
    name: 'immutable template over 128 characters as written',
    text: yaml('tags:', `  immutable: "{timestamp}-${LONG_LITERAL}"`),
    field: 'tags.immutable',
    shows: `{timestamp}-${LONG_LITERAL}`.slice(0, 60),
    allowed: 'at most 128 characters',
    line: 2,
  },
  {
    name: 'alias template over 128 characters as written',
    text: yaml('tags:', `  aliases: ["${LONG_LITERAL}"]`),
    field: 'tags.aliases[0]',
    shows: LONG_LITERAL.slice(0, 60),
    allowed: 'at most 128 characters',
    line: 2,
  },
  {
    name: 'alias that renders over 128 characters with a long flavour',
    text: yaml('flavours:', `  ${LONG_FLAVOUR}: {}`, 'tags:', `  aliases: ["${LONG_RENDER}"]`),
    field: 'tags.aliases[0]',
    shows: LONG_RENDER.slice(0, 60),
    allowed: 'a tag has at most 128',
    line: 4,
  },
  {
    name: 'tag with a slash',
    text: yaml('tags:', '  aliases: ["{version}/x"]'),
    field: 'tags.aliases[0]',
    shows: '"{version}/x"',
    allowed: 'letters, digits, _ . -',
    line: 2,
  },
  {
    name: 'tag with a space',
    text: yaml('tags:', '  aliases: ["a b"]'),
    field: 'tags.aliases[0]',
    shows: '"a b"',
    allowed: 'letters, digits, _ . -',
    line: 2,
  },
  {
    name: 'tag with a non-ASCII letter',
    text: yaml('tags:', '  aliases: ["ä"]'),
    field: 'tags.aliases[0]',
    shows: '"ä"',
    allowed: 'letters, digits, _ . -',
    line: 2,
  },
  {
    name: 'tag starting with -',
    text: yaml('tags:', '  aliases: ["-{major}-{flavour}-{distribution}"]'),
    field: 'tags.aliases[0]',
    shows: '"-{major}-{flavour}-{distribution}"',
    allowed: '(not first)',
    line: 2,
  },

  // Duplicates and empty lists.
  {
    name: 'duplicate major: 17 and "17.6"',
    text: yaml('postgres:', '  - 17', '  - "17.6"'),
    field: 'postgres[1]',
    shows: '"17.6"',
    allowed: 'one version per major',
    line: 3,
  },
  {
    name: 'duplicate major: 17 twice',
    text: yaml('postgres: [17, 18, 17]'),
    field: 'postgres[2]',
    shows: '17',
    allowed: 'list each once',
    line: 1,
  },
  {
    name: 'duplicate distribution',
    text: yaml('distributions:', '  - trixie', '  - bookworm', '  - trixie'),
    field: 'distributions[2]',
    shows: '"trixie"',
    allowed: 'list each once',
    line: 4,
  },
  {
    name: 'duplicate platform',
    text: yaml('platforms: [linux/amd64, linux/arm64, linux/amd64]'),
    field: 'platforms[2]',
    shows: '"linux/amd64"',
    allowed: 'list each once',
    line: 1,
  },
  {
    name: 'duplicate alias',
    text: yaml(
      'tags:',
      '  aliases:',
      '    - "{major}-{flavour}-{distribution}"',
      '    - "{major}-{flavour}-{distribution}"',
    ),
    field: 'tags.aliases[1]',
    shows: '"{major}-{flavour}-{distribution}"',
    allowed: 'list each once',
    line: 4,
  },
  {
    name: 'postgres empty',
    text: yaml('postgres: []'),
    field: 'postgres',
    shows: '[]',
    allowed: '"supported", or a list of majors',
    line: 1,
  },
  {
    name: 'distributions empty',
    text: yaml('registry: ghcr.io/example', 'distributions: []'),
    field: 'distributions',
    shows: '[]',
    allowed: 'with at least one entry',
    line: 2,
  },
  {
    name: 'platforms empty',
    text: yaml('platforms: []'),
    field: 'platforms',
    shows: '[]',
    allowed: 'with at least one entry',
    line: 1,
  },

  // The file as a whole.
  {
    name: 'top level is a list',
    text: yaml('- registry: ghcr.io/example'),
    field: '',
    shows: '[{"registry":"ghcr.io/example"}]',
    allowed: 'expected a mapping of settings at the top level',
    line: 1,
  },
  {
    name: 'top level is a list, after a comment',
    text: yaml('# images to build', '- minimal', '- full'),
    field: '',
    shows: '["minimal","full"]',
    allowed: 'expected a mapping of settings at the top level',
    line: 2,
  },
  {
    name: 'top level is a string',
    text: yaml('ghcr.io/example'),
    field: '',
    shows: '"ghcr.io/example"',
    allowed: 'expected a mapping of settings at the top level',
    line: 1,
  },
  {
    name: 'YAML syntax error',
    text: yaml('registry: ghcr.io/example', 'name: postgresql', 'postgres: 17: 18'),
    field: '',
    shows: '"postgres: 17: 18"',
    allowed: 'Nested mappings are not allowed',
    line: 3,
  },
  {
    name: 'YAML with an unclosed flow sequence',
    text: yaml('distributions: [bookworm, trixie', 'platforms: [linux/amd64]'),
    field: '',
    shows: '"platforms: [linux/amd64]"',
    allowed: 'end with a ]',
    line: 2,
  },
  {
    name: 'duplicate YAML key',
    text: yaml('registry: ghcr.io/example', 'postgres: [17]', 'registry: ghcr.io/other'),
    field: '',
    shows: '"registry: ghcr.io/other"',
    allowed: 'Map keys must be unique',
    line: 3,
  },
  {
    name: 'duplicate YAML key inside a flavour',
    text: yaml('flavours:', '  a:', '    packages: [curl]', '    packages: [wget]'),
    field: '',
    shows: '"packages: [wget]"',
    allowed: 'Map keys must be unique',
    line: 4,
  },
  {
    // "Billion laughs": each line nine aliases of the one before; yaml stops it, this says where.
    name: 'an alias bomb',
    text: yaml(
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'registry: ghcr.io/example',
    ),
    field: '',
    shows: '"d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]"',
    allowed: 'expand to more than 100 copies',
    line: 4,
  },
  {
    name: 'base.image that is no image reference',
    text: yaml('distributions: [trixie]', 'base:', '  image: "Debian:{distribution}-slim!!"'),
    field: 'base.image',
    shows: '"Debian:{distribution}-slim!!"',
    allowed: 'must be lowercase',
    line: 3,
  },
  {
    name: 'base.image without {distribution} for several distributions',
    text: yaml('distributions: [bookworm, trixie]', 'base:', '  image: debian:trixie-slim'),
    field: 'base.image',
    shows: '"debian:trixie-slim" is one base for bookworm, trixie',
    allowed: 'write {distribution} in it',
    line: 3,
  },
  {
    name: 'a package rule for a distribution that is not configured',
    text: yaml(
      'distributions: [bookworm, trixie]',
      'flavours:',
      '  minimal:',
      '    packages:',
      '      - name: curl',
      '        distributions: [trixie, bookwrom]',
    ),
    field: 'flavours.minimal.packages[0].distributions[1]',
    shows: '"bookwrom"',
    allowed:
      'is not a configured distribution, so the rule installs "curl" nowhere; configured: bookworm, trixie',
    line: 6,
  },
  {
    name: 'annotation with an invalid key',
    text: yaml('annotations:', '  org.opencontainers.image.vendor: Example', '  Vendor: Example'),
    field: 'annotations.Vendor',
    shows: '"Vendor"',
    allowed: 'a reverse-DNS annotation key in lower case',
    line: 3,
  },
  {
    name: 'annotation with a non-string value',
    text: yaml('annotations:', '  org.example.build: 3'),
    field: 'annotations.org.example.build',
    shows: '3',
    allowed: 'expected a string',
    line: 2,
  },

  // Overrides from action inputs.
  {
    name: 'override postgres "abc"',
    text: yaml('postgres: [17]'),
    overrides: { postgres: ['abc'] },
    field: 'postgres[0]',
    shows: '"abc"',
    allowed: 'a major (17), a release ("17.6")',
    origin: 'input "postgres"',
  },
  {
    name: 'override postgres "9.6"',
    text: yaml('registry: ghcr.io/example'),
    overrides: { postgres: ['18', '9.6'] },
    field: 'postgres[1]',
    shows: '"9.6"',
    allowed: 'majors from 10 to 99',
    origin: 'input "postgres"',
  },
  {
    name: 'override flavours naming an unknown flavour',
    text: yaml('registry: ghcr.io/example'),
    overrides: { flavours: ['standard', 'nope'] },
    field: 'flavours[1]',
    shows: '"nope"',
    allowed: 'defined: minimal, standard, full',
    origin: 'input "flavours"',
  },
  {
    name: 'override distributions "Trixie"',
    text: yaml('distributions: [bookworm]'),
    overrides: { distributions: ['Trixie'] },
    field: 'distributions[0]',
    shows: '"Trixie"',
    allowed: 'a Debian suite code name in lower case',
    origin: 'input "distributions"',
  },
  {
    name: 'override platforms "linux/amd65"',
    text: yaml('registry: ghcr.io/example'),
    overrides: { platforms: ['linux/amd65'] },
    field: 'platforms[0]',
    shows: '"linux/amd65"',
    allowed: 'linux/amd64, linux/arm64',
    origin: 'input "platforms"',
  },
  {
    // Capitals are lowered (a workflow's repository owner); a space is still a mistake.
    name: 'override registry with a space',
    text: yaml('registry: ghcr.io/example'),
    overrides: { registry: 'ghcr.io/My Org' },
    field: 'registry',
    shows: '"ghcr.io/my org"',
    allowed: 'in lower case',
    origin: 'input "registry"',
  },
];

function problemsOf(text: string, overrides?: ConfigOverrides): ConfigError {
  try {
    parseConfig(text, FILE, overrides ? { overrides } : {});
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw new Error(`expected a ConfigError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a ConfigError, but the configuration was accepted');
}

/** What a message for a person must never hold. */
function expectReadable(text: string): void {
  expect(text).not.toContain('Error:');
  expect(text).not.toMatch(/^\s*at /m);
  expect(text).not.toContain('[object Object]');
  expect(text).not.toContain('undefined');
}

describe('malformed configurations', () => {
  it('has at least 40 cases, each with its own name', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases)('$name', (c) => {
    const error = problemsOf(c.text, c.overrides);
    expect(error.problems).toHaveLength(1);
    const p = error.problems[0] as ConfigProblem;
    expect(p.origin).toBe(c.origin ?? FILE);
    expect(p.field).toBe(c.field);
    expect(p.message).toContain(c.shows);
    expect(p.message).toContain(c.allowed);
    expect(p.line).toBe(c.line);
    if (c.line !== undefined) {
      // The column points into that line, at something the line really holds.
      const text = c.text.split('\n')[c.line - 1] ?? '';
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeLessThanOrEqual(text.length + 1);
    } else {
      expect(p.column).toBeUndefined();
    }
    expectReadable(p.message);
    expectReadable(error.message);
    expect(error.message).toBe(formatProblem(p));
    expect(error.message.startsWith(c.line === undefined ? p.origin : `${FILE}:${c.line}: `)).toBe(
      true,
    );
  });
});

describe('problem placement', () => {
  it('reports each mistake of a file once, in document order', () => {
    const error = problemsOf(
      yaml('registry: 42', 'platforms: [linux/amd65]', 'packages:', '  source: pgdgx'),
    );
    expect(error.problems.map((p) => [p.field, p.line])).toEqual([
      ['registry', 1],
      ['platforms[0]', 2],
      ['packages.source', 4],
    ]);
    expect(error.message.split('\n')).toHaveLength(3);
  });

  it('blames the override, not the file, when an override replaces a wrong value', () => {
    const error = problemsOf(yaml('postgres: [17]', 'platforms: [linux/amd65]'), {
      postgres: ['abc'],
    });
    expect(error.problems.map((p) => [p.origin, p.field, p.line])).toEqual([
      ['input "postgres"', 'postgres[0]', undefined],
      [FILE, 'platforms[0]', 2],
    ]);
  });

  it('lets an override fix a wrong value in the file', () => {
    const config = parseConfig(yaml('postgres: [abc]'), FILE, { overrides: { postgres: ['18'] } });
    expect(config.postgres).toEqual([{ major: 18 }]);
  });

  describe('loadConfig', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'pgforge-config-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('says a file someone named is missing', async () => {
      const error = await loadConfig('nope.yaml', { cwd: dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        { origin: 'nope.yaml', field: '', message: 'file not found' },
      ]);
      expectReadable((error as ConfigError).message);
    });
  });
});

describe('allow-expired-release as an override', () => {
  it('true accepts an expired Release whatever the file says; absent leaves the file in force', () => {
    const text = yaml('packages:', '  allow-expired-release: false');
    expect(
      parseConfig(text, FILE, { overrides: { allowExpiredRelease: true } }).packages
        .allowExpiredRelease,
    ).toBe(true);
    expect(parseConfig(text, FILE).packages.allowExpiredRelease).toBe(false);
    expect(
      parseConfig(yaml('packages:', '  allow-expired-release: true'), FILE, {
        overrides: { allowExpiredRelease: false },
      }).packages.allowExpiredRelease,
    ).toBe(true);
  });
});
