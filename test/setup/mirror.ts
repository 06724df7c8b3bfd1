import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { TestEnvironmentError } from './errors.js';

// A stand-in for the apt package's systemMirror() until that lands: the tests need the same
// mirror the machine uses, and the repository must never name one.

export interface MirrorOptions {
  env?: NodeJS.ProcessEnv;
  /** Root of the apt configuration; tests of this reader point it elsewhere. */
  aptDir?: string;
}

const OVERRIDE = 'PGFORGE_TEST_MIRROR';

function trimSlash(uri: string): string {
  return uri.replace(/\/+$/, '');
}

// Security archives hold no full suites (no sid, no trixie main), so they are never the mirror.
function isSecurity(suites: readonly string[]): boolean {
  return suites.length > 0 && suites.every((suite) => suite.endsWith('-security'));
}

/** The first archive URI of the deb822 stanzas in one .sources file. */
export function firstDeb822Uri(text: string): string | undefined {
  for (const stanza of text.split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    for (const line of stanza.split('\n')) {
      if (line.startsWith('#')) continue;
      const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
      if (match?.[1] && match[2] !== undefined) fields.set(match[1].toLowerCase(), match[2].trim());
    }
    const types = (fields.get('types') ?? '').split(/\s+/);
    if (!types.includes('deb') || fields.get('enabled') === 'no') continue;
    if (isSecurity((fields.get('suites') ?? '').split(/\s+/).filter(Boolean))) continue;
    const uri = (fields.get('uris') ?? '').split(/\s+/)[0];
    if (uri) return trimSlash(uri);
  }
  return undefined;
}

/** The archive URI of the first `deb` line of a one-line-style sources.list. */
export function firstSourcesListUri(text: string): string | undefined {
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line.startsWith('deb ') && !line.startsWith('deb\t')) continue;
    // `deb [arch=amd64 signed-by=...] URI suite components...`
    const rest = line
      .slice(3)
      .trim()
      .replace(/^\[[^\]]*\]\s*/, '');
    const [uri, suite] = rest.split(/\s+/);
    if (!uri || (suite && isSecurity([suite]))) continue;
    return trimSlash(uri);
  }
  return undefined;
}

/**
 * The Debian archive URI the machine's apt uses (no trailing slash): PGFORGE_TEST_MIRROR when set,
 * else the first `URIs:` of /etc/apt/sources.list.d/*.sources (in file name order), else the first
 * `deb` line of /etc/apt/sources.list.
 */
export async function testMirror(opts: MirrorOptions = {}): Promise<string> {
  const env = opts.env ?? process.env;
  const override = env[OVERRIDE]?.trim();
  if (override) return trimSlash(override);

  const aptDir = opts.aptDir ?? '/etc/apt';
  const partsDir = join(aptDir, 'sources.list.d');
  let names: string[] = [];
  try {
    names = (await readdir(partsDir)).filter((name) => name.endsWith('.sources')).sort();
  } catch {
    // no sources.list.d: fall through to sources.list
  }
  for (const name of names) {
    const uri = firstDeb822Uri(await readFile(join(partsDir, name), 'utf8'));
    if (uri) return uri;
  }
  try {
    const uri = firstSourcesListUri(await readFile(join(aptDir, 'sources.list'), 'utf8'));
    if (uri) return uri;
  } catch {
    // no sources.list either
  }
  throw new TestEnvironmentError(
    `no Debian archive URI found: no deb822 "URIs:" in ${partsDir}/*.sources and no "deb" line in ` +
      `${aptDir}/sources.list; set ${OVERRIDE} to the mirror's archive URI`,
  );
}
