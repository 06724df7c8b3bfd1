/**
 * Licences from Debian machine-readable copyright files (DEP-5, copyright-format 1.0): the
 * `License:` short names of the Files paragraphs, as one SPDX license expression. A file that
 * is not machine-readable, or does not parse, gives NOASSERTION: nothing is guessed from prose.
 */
import { parseDeb822 } from '@pgforge/apt';
import type { Deb822Paragraph } from '@pgforge/apt';
import { licenseRef, spdxExceptionId, spdxLicenseId } from './license-ids.js';

export const NOASSERTION = 'NOASSERTION';

/** A LicenseRef the expression uses: the Debian name, and its text when the file has it. */
export interface LicenseReference {
  id: string;
  name: string;
  text?: string;
}

export interface CopyrightLicense {
  /** An SPDX license expression, or NOASSERTION. */
  expression: string;
  /** The LicenseRef-… identifiers in `expression`, sorted by id. */
  references: LicenseReference[];
}

const UNKNOWN: CopyrightLicense = { expression: NOASSERTION, references: [] };

// An expression tree, written out with the parentheses SPDX precedence (AND over OR) needs.
type Expr = { leaf: string } | { op: 'AND' | 'OR'; args: Expr[] };

function write(expr: Expr, parent?: 'AND' | 'OR'): string {
  if ('leaf' in expr) return expr.leaf;
  const text = expr.args.map((a) => write(a, expr.op)).join(` ${expr.op} `);
  return parent === 'AND' && expr.op === 'OR' ? `(${text})` : text;
}

function join(op: 'AND' | 'OR', args: Expr[]): Expr {
  const flat: Expr[] = [];
  for (const a of args) {
    if ('op' in a && a.op === op) flat.push(...a.args);
    else flat.push(a);
  }
  const seen = new Set<string>();
  const unique = flat.filter((a) => {
    const key = write(a);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const [only] = unique;
  return unique.length === 1 && only ? only : { op, args: unique };
}

interface Names {
  /** Debian name → the LicenseRef standing for it. */
  refs: Map<string, string>;
}

/** One license term: `GPL-2+`, or `GPL-2+ with OpenSSL exception`. */
function term(words: string[], names: Names): Expr {
  const text = words.join(' ');
  const m = /^(\S+)\s+with\s+(.+?)\s+exception$/i.exec(text);
  if (m?.[1] && m[2]) {
    const id = spdxLicenseId(m[1]);
    const exception = spdxExceptionId(m[2]) ?? spdxExceptionId(`${m[2]}-exception`);
    if (id && exception) return { leaf: `${id} WITH ${exception}` };
  } else if (words.length === 1) {
    const id = spdxLicenseId(text);
    if (id) return { leaf: id };
  }
  const ref = licenseRef(text);
  names.refs.set(text, ref);
  return { leaf: ref };
}

/** `A or B and C`: SPDX precedence (AND binds tighter), as DEP-5 leaves it to the reader. */
function segment(text: string, names: Names): Expr | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const ors: Expr[] = [];
  let ands: Expr[] = [];
  let current: string[] = [];
  const flushTerm = (): void => {
    if (current.length > 0) ands.push(term(current, names));
    current = [];
  };
  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower === 'or') {
      flushTerm();
      if (ands.length > 0) ors.push(join('AND', ands));
      ands = [];
    } else if (lower === 'and') {
      flushTerm();
    } else {
      current.push(word);
    }
  }
  flushTerm();
  if (ands.length > 0) ors.push(join('AND', ands));
  if (ors.length === 0) return undefined;
  return join('OR', ors);
}

/**
 * A DEP-5 license line as an SPDX expression: `GPL-2+ or Artistic-2.0, and BSD-3-clause` is
 * `(GPL-2.0-or-later OR Artistic-2.0) AND BSD-3-Clause` (a comma has the lowest precedence).
 */
function licenseLine(line: string, names: Names): Expr | undefined {
  let result: Expr | undefined;
  for (const part of line.split(',')) {
    let text = part.trim();
    let op: 'AND' | 'OR' = 'AND';
    const lead = /^(and|or)\s+/i.exec(text);
    if (lead?.[1]) {
      op = lead[1].toLowerCase() === 'or' ? 'OR' : 'AND';
      text = text.slice(lead[0].length);
    }
    const expr = segment(text, names);
    if (!expr) continue;
    result = result ? join(op, [result, expr]) : expr;
  }
  return result;
}

/** True when the header paragraph says the file follows copyright-format 1.0 (DEP-5). */
export function isMachineReadable(header: Deb822Paragraph | undefined): boolean {
  const format = header?.get('Format') ?? header?.get('Format-Specification');
  return format !== undefined && /copyright-format\/1\.0|dep-?5/i.test(format);
}

/** The text of a stand-alone License paragraph: continuation lines, with ` .` as blank lines. */
function licenseText(value: string): string | undefined {
  const lines = value.split('\n').slice(1);
  const text = lines
    .map((l) => (l === '.' ? '' : l))
    .join('\n')
    .trim();
  return text === '' ? undefined : text;
}

/** The licence of one package from its copyright file's text. */
export function parseCopyright(text: string): CopyrightLicense {
  let paragraphs: Deb822Paragraph[];
  try {
    paragraphs = parseDeb822(text);
  } catch {
    return UNKNOWN;
  }
  const [header, ...rest] = paragraphs;
  if (!isMachineReadable(header)) return UNKNOWN;

  const names: Names = { refs: new Map() };
  const texts = new Map<string, string>();
  const exprs: Expr[] = [];
  for (const p of rest) {
    const license = p.get('License');
    if (license === undefined) continue;
    const name = license.split('\n')[0]?.trim() ?? '';
    if (!p.has('Files')) {
      const body = licenseText(license);
      if (name && body) texts.set(name, body);
      continue;
    }
    const expr = name ? licenseLine(name, names) : undefined;
    if (expr) exprs.push(expr);
  }
  if (exprs.length === 0) {
    // No Files paragraph names a licence: the header's summary is all there is.
    const summary = header?.get('License')?.split('\n')[0]?.trim();
    const expr = summary ? licenseLine(summary, names) : undefined;
    if (expr) exprs.push(expr);
  }
  if (exprs.length === 0) return UNKNOWN;

  // The same licences in any order are the same expression: sort the conjuncts.
  const combined = join('AND', exprs);
  const parts = 'op' in combined && combined.op === 'AND' ? combined.args : [combined];
  const expression = parts
    .map((p) => write(p, parts.length > 1 ? 'AND' : undefined))
    .sort()
    .join(' AND ');
  const references = [...names.refs.entries()]
    .map(([name, id]) => {
      const body = texts.get(name);
      return body === undefined ? { id, name } : { id, name, text: body };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { expression, references: dedupeById(references) };
}

function dedupeById(refs: LicenseReference[]): LicenseReference[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
