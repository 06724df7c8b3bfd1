import { describe, expect, it } from 'vitest';
import { parseFlags, usage, UsageError, type CommandSpec } from '../src/args.js';
import { BUILD } from '../src/commands/build.js';
import { EXTENSION } from '../src/commands/extension.js';
import { SMOKE_TEST } from '../src/commands/smoke-test.js';
import { jsonFlag, summaryFlag } from '../src/output.js';

const SPEC = {
  name: 'demo',
  summary: 'a command to parse with',
  flags: [
    { name: 'image', type: 'string', value: 'REF', description: 'the image', required: true },
    { name: 'push', type: 'boolean', description: 'push', default: 'true' },
    { name: 'force', type: 'boolean', description: 'keep all', default: 'false' },
    {
      name: 'mode',
      type: 'string',
      value: 'MODE',
      description: 'how',
      choices: ['a', 'b'],
      default: 'a',
    },
    { name: 'dir', type: 'string', value: 'DIR', description: 'where', aliases: ['old-dir'] },
  ],
} as const satisfies CommandSpec;

function parse<S extends CommandSpec>(spec: S, args: string[]) {
  const warnings: string[] = [];
  const parsed = parseFlags(spec, args, (m) => warnings.push(m));
  if (parsed.help) throw new Error('asked for help');
  return { values: parsed.values, warnings };
}

describe('parseFlags', () => {
  it('gives a flag with a value of its own when alone that value, or the next word', () => {
    const spec = {
      name: 'demo',
      summary: 'a command with a summary',
      flags: [summaryFlag('the summary'), jsonFlag('the result')],
    } as const satisfies CommandSpec;
    expect(parse(spec, ['--summary']).values.summary).toBe('text');
    expect(parse(spec, ['--summary', '--json']).values).toEqual({ summary: 'text', json: true });
    expect(parse(spec, ['--summary', 'markdown']).values.summary).toBe('markdown');
    expect(parse(spec, ['--summary=markdown']).values.summary).toBe('markdown');
    expect(parse(spec, []).values.summary).toBeUndefined();
    // It was a boolean that printed Markdown: `true` still does, `false` is no summary.
    expect(parse(spec, ['--summary', 'true'])).toEqual({
      values: { summary: 'markdown', json: false },
      warnings: ['--summary true is deprecated; use --summary markdown'],
    });
    expect(parse(spec, ['--summary=false'])).toEqual({
      values: { json: false },
      warnings: ['--summary false is deprecated; leave --summary out'],
    });
    expect(() => parse(spec, ['--summary', 'html'])).toThrow(
      new UsageError('--summary: "html" is not allowed; expected text, markdown'),
    );
    expect(usage(spec)).toMatch(
      /^ {2}--summary \[FORMAT\] +print the summary instead: .*\(alone: text\)$/m,
    );
  });

  it('applies the defaults of the spec and takes --x v and --x=v alike', () => {
    const { values } = parse(SPEC, ['--image', 'r1', '--dir=/tmp/x']);
    expect(values).toEqual({ image: 'r1', push: true, force: false, mode: 'a', dir: '/tmp/x' });
  });

  it('takes a boolean as a switch, or with true/false as an action input takes it', () => {
    expect(parse(SPEC, ['--image', 'r', '--force']).values.force).toBe(true);
    expect(parse(SPEC, ['--image', 'r', '--push', 'false']).values.push).toBe(false);
    expect(parse(SPEC, ['--image', 'r', '--push=False']).values.push).toBe(false);
    expect(parse(SPEC, ['--force', '--image', 'r']).values).toMatchObject({
      force: true,
      image: 'r',
    });
  });

  it('names the flag, the value and what is allowed', () => {
    expect(() => parse(SPEC, ['--image', 'r', '--push', 'yes'])).toThrow(
      new UsageError('--push: "yes" is not allowed; expected true or false'),
    );
    expect(() => parse(SPEC, ['--image', 'r', '--mode', 'c'])).toThrow(
      new UsageError('--mode: "c" is not allowed; expected a, b'),
    );
    expect(() => parse(SPEC, ['--image', 'r', '--colour', 'red'])).toThrow(
      /^--colour is not a flag of pgforge demo; expected one of --image, --push, --force, --mode, --dir$/,
    );
    expect(() => parse(SPEC, [])).toThrow(new UsageError('--image: required (the image)'));
    expect(() => parse(SPEC, ['--image'])).toThrow(new UsageError('--image: needs a value (REF)'));
    expect(() => parse(SPEC, ['--dir', '--push', '--image', 'r'])).toThrow(
      new UsageError('--dir: needs a value (DIR)'),
    );
    expect(() => parse(SPEC, ['--image', 'r', 'stray'])).toThrow(/"stray" is not a flag/);
  });

  it('takes a deprecated spelling with a one-line warning', () => {
    const { values, warnings } = parse(SPEC, ['--image', 'r', '--old-dir', 'd']);
    expect(values.dir).toBe('d');
    expect(warnings).toEqual(['--old-dir is deprecated; use --dir']);
  });

  it('asks for help wherever --help or -h stands, before checking required flags', () => {
    expect(parseFlags(SPEC, ['--help'], () => undefined)).toEqual({ help: true });
    expect(parseFlags(SPEC, ['--push', '-h'], () => undefined)).toEqual({ help: true });
  });
});

describe('renamed flags keep their old spelling', () => {
  it('smoke-test: --expect-extensions, --expect-locales, --extensions-file and --report', () => {
    const { values, warnings } = parse(SMOKE_TEST, [
      '--image',
      'img',
      '--expect-extensions',
      'vector',
      '--expect-locales=C.UTF-8',
      '--extensions-file',
      'ext.yaml',
      '--report',
      'r.json',
    ]);
    expect(values).toMatchObject({
      'expected-extensions': 'vector',
      'expected-locales': 'C.UTF-8',
      extensions: 'ext.yaml',
      'report-file': 'r.json',
    });
    expect(warnings).toEqual([
      '--expect-extensions is deprecated; use --expected-extensions',
      '--expect-locales is deprecated; use --expected-locales',
      '--extensions-file is deprecated; use --extensions',
      '--report is deprecated; use --report-file',
    ]);
  });

  it('build: --sbom DIR is --sbom --sbom-dir DIR', () => {
    const old = parse(BUILD, ['--targets', 't.json', '--sbom', 'out/sbom']);
    expect(old.values).toMatchObject({ sbom: true, 'sbom-dir': 'out/sbom' });
    expect(old.warnings).toEqual(['--sbom out/sbom is deprecated; use --sbom --sbom-dir out/sbom']);
    const now = parse(BUILD, ['--targets', 't.json', '--sbom', '--sbom-dir', 'x']);
    expect(now).toEqual({
      values: expect.objectContaining({ sbom: true, 'sbom-dir': 'x' }),
      warnings: [],
    });
    expect(parse(BUILD, ['--targets', 't.json']).values).toMatchObject({
      sbom: false,
      'sbom-dir': 'pgforge-sbom',
    });
  });

  it('extension: --allow-expired-release and --sbom-dir, as the action names them', () => {
    const { values } = parse(EXTENSION, [
      '--name',
      'vector',
      '--allow-expired-release',
      '--sbom',
      '--sbom-dir',
      'boms',
    ]);
    expect(values).toMatchObject({ 'allow-expired-release': true, sbom: true, 'sbom-dir': 'boms' });
    expect(parse(EXTENSION, ['--name', 'vector']).values['allow-expired-release']).toBe(false);
  });
});

describe('usage', () => {
  it('lists each flag with its value, default and required-ness', () => {
    const text = usage(SPEC);
    expect(text).toContain('pgforge demo [options]');
    expect(text).toMatch(/--image REF +the image \(required\)\n/);
    expect(text).toMatch(/--push \[BOOL\] +push \(default: true\)\n/);
    expect(text).toMatch(/--mode MODE +how \(default: a\)\n/);
    // A deprecated spelling works but is not advertised.
    expect(text).not.toContain('old-dir');
  });
});
