/**
 * Every summary the project writes, as a terminal shows it (`--summary`, `pgforge release`):
 * columns aligned by display width, and none of the Markdown or HTML the step summary is made
 * of. The documents are the packages' own, built from one result of each command
 * (summary-fixtures.ts).
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderText, type Table } from '@pgforge/summary';
import { SUMMARIES } from './summary-fixtures.js';

/** A line as display columns: each column the grapheme that starts there, or '' after a wide one. */
function columns(line: string): string[] {
  const out: string[] = [];
  for (const { segment } of new Intl.Segmenter().segment(line)) {
    out.push(segment, ...Array<string>(Math.max(0, stringWidth(segment) - 1)).fill(''));
  }
  return out;
}

describe.each(Object.entries(SUMMARIES))('the %s summary in a terminal', (_, make) => {
  const document = make();
  const text = renderText(document, { color: false });

  it('has no Markdown table syntax, HTML or Markdown marks', () => {
    expect(text).not.toMatch(/^\s*\|/m);
    expect(text).not.toMatch(/\|\s*$/m);
    expect(text).not.toMatch(/\| ?---/);
    expect(text).not.toMatch(/\\\|/);
    expect(text).not.toMatch(/<\/?(details|summary|br|sub|code|strong)\b[^>]*>/);
    expect(text).not.toMatch(/&(lt|gt|amp);/);
    expect(text).not.toContain('**');
    expect(text).not.toContain('`');
    expect(text).not.toMatch(/^#+ /m);
    expect(text).not.toContain('\x1b');
  });

  it('aligns every table in columns of its widest cell', () => {
    const tables = document.filter((b): b is Table => b.kind === 'table');
    for (const table of tables) {
      const lines = renderText([table], { color: false }).trimEnd().split('\n');
      const header = lines[0] ?? '';
      // Each column starts two spaces after the widest cell of the column before it, its header
      // cell there too; every other cell starts there as well, or is blank there (an empty
      // cell, or a line of a taller cell beside it).
      const columnStarts = [0];
      for (const [i, h] of table.header.entries()) {
        if (i === 0) continue;
        const before = columnStarts[i - 1] ?? 0;
        const widest = Math.max(
          stringWidth(table.header[i - 1] ?? ''),
          ...lines.slice(1).map((l) => {
            const cells = columns(l).slice(before);
            const end = cells.findIndex((c, k) => c === ' ' && cells[k + 1] === ' ');
            return end === -1 ? cells.length : end;
          }),
        );
        columnStarts.push(before + widest + 2);
        expect(columns(header).slice(columnStarts[i]).join('').startsWith(h), header).toBe(true);
      }
      for (const line of lines.slice(1)) {
        const cols = columns(line);
        for (const start of columnStarts.slice(1)) {
          if (cols.length <= start) continue;
          expect(cols.slice(start - 2, start).join(''), `${line}\n${header}`).toBe('  ');
          // The cell begins right there, or is blank (then spaces run on to the next column).
          const blank = cols[start] === ' ' && (cols[start + 1] ?? ' ') === ' ';
          expect(cols[start] !== ' ' || blank, `${line}\n${header}`).toBe(true);
        }
      }
    }
  });

  it('is the step summary in Markdown: the same document', () => {
    const markdown = renderMarkdown(document);
    for (const table of document.filter((b): b is Table => b.kind === 'table')) {
      expect(markdown).toContain(`| ${table.header.join(' | ')} |`);
      expect(text).toMatch(new RegExp(`^${table.header.map(escape).join(' +')}$`, 'm'));
    }
  });
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('what a terminal shows of the cells', () => {
  it('a line break is a line of its own; a folded cell its title; a note under the cell', () => {
    const build = renderText(SUMMARIES.build!(), { color: false });
    expect(build).toMatch(
      /^17-minimal-trixie +a{12} +linux\/amd64 98\.8 MB +.*17\.1-202611211315-minimal-trixie/m,
    );
    expect(build).toMatch(/^ +linux\/arm64 95\.1 MB +17\.1-minimal-trixie/m);
    const matrix = renderText(SUMMARIES.matrix!(), { color: false });
    expect(matrix).toMatch(
      /^17-minimal-trixie +17\.1-1 +1 \(0\) +17\.1-202611211315-minimal-trixie +build: changed/m,
    );
    expect(matrix).not.toContain('postgresql-17=17.1-1');
    const smoke = renderText(SUMMARIES['smoke-test']!(), { color: false });
    expect(smoke).toMatch(/^ +\/var\/lib\/postgresql\/data\/pgdata; ℹ️ CMD is \["bash"\]$/m);
  });

  it('a folded section is its title, with its body indented under it', () => {
    const build = renderText(SUMMARIES.build!(), { color: false });
    expect(build).toContain(
      'release notes of 17-minimal-trixie: 2 packages changed since ghcr.io/example/postgresql@sha256:',
    );
    expect(build).toContain(
      '  - security libkrb5-3 1.21.3-5+deb13u1 → 1.21.3-5+deb13u2 (trixie-security; CVE-2026-107364)',
    );
    expect(build).toMatch(/^build log of 17-minimal-trixie \(last 2 lines\)\n {4}#1 \[internal\]/m);
  });
});
