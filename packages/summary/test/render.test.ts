import { describe, expect, it } from 'vitest';
import {
  code,
  codeBlock,
  colorWanted,
  details,
  fold,
  heading,
  join,
  lineBreak,
  list,
  paragraph,
  plain,
  renderMarkdown,
  renderText,
  small,
  strong,
  table,
  type SummaryDocument,
} from '../src/index.js';

const DOCUMENT: SummaryDocument = [
  heading(3, ['Smoke test passed: ', code('r/pg:18')]),
  paragraph(['Timestamp ', code('202611211315'), ' (UTC).']),
  table(
    ['target', 'packages', 'tags', 'decision'],
    [
      [
        code('18-minimal-trixie'),
        fold('2 (1)', join([code('a=1'), code('b|c=2')], lineBreak)),
        join([code('18.1-minimal'), code('18-minimal')], lineBreak),
        [strong('build'), ': changed | <new>'],
      ],
      ['17', '', 'x', ['initdb', lineBreak, small('a note\nof two lines')]],
    ],
  ),
  details(['release notes of ', code('18'), ' <&>'], [list([[strong('security'), ' libc6']])]),
  codeBlock(['```', 'plain'], 'text'),
];

describe('Markdown', () => {
  const md = renderMarkdown(DOCUMENT);

  it('writes the GitHub Flavored Markdown the step summaries always wrote', () => {
    expect(md).toBe(
      [
        '### Smoke test passed: `r/pg:18`',
        '',
        'Timestamp `202611211315` (UTC).',
        '',
        '| target | packages | tags | decision |',
        '| --- | --- | --- | --- |',
        '| `18-minimal-trixie` | <details><summary>2 (1)</summary>`a=1`<br>`b\\|c=2`</details> | `18.1-minimal`<br>`18-minimal` | **build**: changed \\| &lt;new> |',
        '| 17 | | x | initdb<br><sub>a note of two lines</sub> |',
        '',
        '<details><summary>release notes of <code>18</code> &lt;&amp;&gt;</summary>',
        '',
        '- **security** libc6',
        '',
        '</details>',
        '',
        '````text',
        '```',
        'plain',
        '````',
        '',
      ].join('\n'),
    );
  });

  it('fences a code span with more backticks than it holds', () => {
    expect(renderMarkdown([paragraph(code('a`b'))])).toBe('`` a`b ``\n');
  });
});

describe('text', () => {
  const text = renderText(DOCUMENT, { color: false });

  it('pads columns, breaks cells into lines, folds, indents, and writes no markup', () => {
    expect(text).toBe(
      [
        'Smoke test passed: r/pg:18',
        '',
        'Timestamp 202611211315 (UTC).',
        '',
        'target             packages  tags          decision',
        '18-minimal-trixie  2 (1)     18.1-minimal  build: changed | <new>',
        '                             18-minimal',
        '',
        '17                           x             initdb',
        '                                           a note',
        '                                           of two lines',
        '',
        'release notes of 18 <&>',
        '  - security libc6',
        '',
        '  ```',
        '  plain',
        '',
      ].join('\n'),
    );
  });

  it('measures display width: an emoji takes two columns, a combining mark none', () => {
    const t = renderText(
      [
        table(
          ['result', 'time'],
          [
            ['✅ passed', '1 s'],
            ['⏭️ skipped', '2 s'],
            ['e\u0301', '3 s'],
          ],
        ),
      ],
      { color: false },
    );
    expect(t.split('\n')).toEqual([
      'result      time',
      '✅ passed   1 s',
      '⏭️ skipped  2 s',
      'e\u0301           3 s',
      '',
    ]);
  });

  it("drops control characters a value could carry, so none moves the terminal's cursor", () => {
    const t = renderText([paragraph(['a\x1b[2Jb\rc', code('d\x07e\tf')])], { color: false });
    expect(t).toBe('a[2Jbcde f\n');
  });

  it('colours headings, headers and marks only when asked, line by line', () => {
    expect(text).not.toContain('\x1b');
    const coloured = renderText(DOCUMENT, { color: true });
    expect(coloured).toContain('\x1b[1mSmoke test passed: r/pg:18\x1b[22m');
    expect(coloured).toContain('\x1b[1mbuild\x1b[22m: changed');
    // A note of two lines is dim on each, so no style runs into the padding or the next row.
    expect(coloured).toContain('\x1b[2ma note\x1b[22m\n');
    expect(coloured.replace(new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g'), '')).toBe(text);
  });
});

describe('colorWanted', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it.each([
    ['a terminal', tty, {}, true],
    ['a pipe or a file', pipe, {}, false],
    ['NO_COLOR=1 on a terminal', tty, { NO_COLOR: '1' }, false],
    ['NO_COLOR=0, any value but empty', tty, { NO_COLOR: '0' }, false],
    ['an empty NO_COLOR', tty, { NO_COLOR: '' }, true],
    ['NO_COLOR over FORCE_COLOR', tty, { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
    ['FORCE_COLOR=1 into a pipe', pipe, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=0 on a terminal', tty, { FORCE_COLOR: '0' }, false],
    ['a dumb terminal', tty, { TERM: 'dumb' }, false],
  ] as const)('%s: %s', (_, stream, env, wanted) => {
    expect(colorWanted(stream, env)).toBe(wanted);
  });
});

describe('plain', () => {
  it('is the words without marks, a line break a new line, a fold its title', () => {
    expect(plain([strong('a'), code('b'), lineBreak, fold('c', 'd'), small('e')])).toBe('ab\nce');
  });
});

describe('the package', () => {
  it('imports no other @pgforge package, no process and no @actions: it is pure', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const dir = new URL('../src/', import.meta.url);
    for (const file of await readdir(dir)) {
      const text = await readFile(new URL(file, dir), 'utf8');
      expect(text, file).not.toMatch(/from '(@pgforge|@actions)\//);
      // Comments may name process.stdout; code may not use it.
      expect(text, file).not.toMatch(/^(?!\s*(\/?\*|\/\/)).*\bprocess\./m);
    }
  });
});
