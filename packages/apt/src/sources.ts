/**
 * The machine's apt sources, read the way apt reads them: `/etc/apt/sources.list` first, then
 * `/etc/apt/sources.list.d/` in file-name order, `.list` files in the one-line style and
 * `.sources` files in deb822 (sources.list(5)).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeb822 } from './deb822.js';
import { AptError, AptSourcesError, errorText } from './errors.js';

export interface AptSourceEntry {
  types: string[];
  uris: string[];
  suites: string[];
  components: string[];
  /** Signed-By / signed-by as written: keyring paths or fingerprints, or an embedded key. */
  signedBy?: string;
}

// apt ignores files in sources.list.d whose names hold other characters (Dir::Ignore-Files-…).
const PART_NAME = /^[A-Za-z0-9_.-]+\.(list|sources)$/;

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new AptSourcesError(file, `cannot be read: ${errorText(error)}`);
  }
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

const words = (value: string | undefined): string[] =>
  value === undefined ? [] : value.split(/\s+/).filter((w) => w !== '');

/** Entries of a one-line-style file: `deb [opt=val ...] uri suite [component ...]`. */
export function parseSourcesList(text: string, file: string): AptSourceEntry[] {
  const entries: AptSourceEntry[] = [];
  text.split(/\r?\n/).forEach((rawLine, index) => {
    // '#' starts a comment anywhere on the line, as apt reads it.
    const line = rawLine.replace(/#.*$/, '').trim();
    if (line === '') return;
    const fail = (reason: string): AptSourcesError =>
      new AptSourcesError(file, `line ${index + 1}: ${reason} in "${rawLine.trim()}"`);
    const m = /^(\S+)\s*(?:\[([^\]]*)\])?\s*(.*)$/.exec(line);
    const type = m?.[1] ?? '';
    if (!m || (type !== 'deb' && type !== 'deb-src')) throw fail('expected deb or deb-src');
    if (m[2] === undefined && line.slice(type.length).trimStart().startsWith('[')) {
      throw fail('unclosed "[" of the options');
    }
    const options = new Map<string, string>();
    for (const option of words(m[2])) {
      const eq = option.indexOf('=');
      if (eq <= 0) throw fail(`option "${option}" is not name=value`);
      options.set(option.slice(0, eq).toLowerCase(), option.slice(eq + 1));
    }
    const [uri, suite, ...components] = words(m[3]);
    if (uri === undefined || suite === undefined) throw fail('expected a URI and a suite');
    const entry: AptSourceEntry = { types: [type], uris: [uri], suites: [suite], components };
    const signedBy = options.get('signed-by');
    if (signedBy !== undefined) entry.signedBy = signedBy;
    entries.push(entry);
  });
  return entries;
}

/** Entries of a deb822 `.sources` file; paragraphs with `Enabled: no` are left out. */
export function parseSourcesDeb822(text: string, file: string): AptSourceEntry[] {
  const entries: AptSourceEntry[] = [];
  let paragraphs;
  try {
    paragraphs = parseDeb822(text, file);
  } catch (error) {
    if (error instanceof AptError) throw new AptSourcesError(file, error.message);
    throw error;
  }
  for (const p of paragraphs) {
    if (p.get('Enabled')?.trim().toLowerCase() === 'no') continue;
    const types = words(p.get('Types'));
    const uris = words(p.get('URIs'));
    const suites = words(p.get('Suites'));
    const where = `paragraph at line ${p.line}`;
    if (types.length === 0) throw new AptSourcesError(file, `${where} has no Types`);
    if (uris.length === 0) throw new AptSourcesError(file, `${where} has no URIs`);
    if (suites.length === 0) throw new AptSourcesError(file, `${where} has no Suites`);
    const entry: AptSourceEntry = { types, uris, suites, components: words(p.get('Components')) };
    const signedBy = p.get('Signed-By');
    if (signedBy !== undefined) {
      // An embedded key writes its empty lines as "." (deb822 continuation rules).
      entry.signedBy = signedBy.includes('\n')
        ? signedBy
            .split('\n')
            .map((l) => (l === '.' ? '' : l))
            .join('\n')
        : signedBy.trim();
    }
    entries.push(entry);
  }
  return entries;
}

/** The entries of all of the machine's apt source files under `root`, in apt's order. */
export function readSystemAptSources(root = '/'): AptSourceEntry[] {
  const entries: AptSourceEntry[] = [];
  const list = join(root, 'etc/apt/sources.list');
  if (exists(list)) entries.push(...parseSourcesList(readText(list), list));
  const dir = join(root, 'etc/apt/sources.list.d');
  let names: string[] = [];
  if (exists(dir)) {
    try {
      names = readdirSync(dir)
        .filter((n) => PART_NAME.test(n))
        .sort();
    } catch (error) {
      throw new AptSourcesError(dir, `cannot be listed: ${errorText(error)}`);
    }
  }
  for (const name of names) {
    const file = join(dir, name);
    const text = readText(file);
    entries.push(
      ...(name.endsWith('.sources')
        ? parseSourcesDeb822(text, file)
        : parseSourcesList(text, file)),
    );
  }
  return entries;
}

// Security and updates archives carry only fixes on top of a suite, not the suite itself.
const PARTIAL_SUITE = /(-security|-updates|\/updates)$/;

/**
 * The machine's Debian archive: the first `deb` URI whose entry names at least one suite that
 * is not a -security or -updates suite, without its trailing slash. Undefined when none.
 */
export function systemMirror(root = '/'): string | undefined {
  for (const entry of readSystemAptSources(root)) {
    if (!entry.types.includes('deb')) continue;
    if (entry.suites.every((s) => PARTIAL_SUITE.test(s))) continue;
    const uri = entry.uris[0];
    if (uri !== undefined) return uri.replace(/\/+$/, '');
  }
  return undefined;
}
